package org.budgetledger.app.inquiry;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.app.importer.ImportedDocument;
import org.budgetledger.app.importer.ImportedDocuments;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.projections.budget.BudgetView;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;
import org.springframework.stereotype.Service;

/**
 * The rows a budget's imported document prints in each table, by key: the rows beyond the ledger's
 * own (a 收入总表 by 功能科目, the 类 and 款 rows of a 支出总表) that a page shows as the reconciliation compares
 * them. The document is the last one the ledger had recorded by the view's as-of instant: a budget
 * imported again from a later document shows, at an earlier point, the rows of the document it then
 * held. A document is parsed once per content hash: it never changes, and a large one takes a
 * second to read.
 */
@Service
public class PrintedRowKeys {
  private static final int DOCUMENTS_KEPT = 16;

  private final ImportedDocuments documents;
  private final Map<String, Map<TableKind, List<String>>> byHash =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(
            Map.Entry<String, Map<TableKind, List<String>>> eldest) {
          return size() > DOCUMENTS_KEPT;
        }
      };

  public PrintedRowKeys(ImportedDocuments documents) {
    this.documents = documents;
  }

  /**
   * The keys of the rows the document held at the view's point prints in {@code kind}; none for a
   * budget not imported by then.
   */
  public List<String> of(BudgetView view, TableKind kind) {
    return of(view).getOrDefault(kind, List.of());
  }

  /** The keys of the rows that document prints, by table: one query for a page of tables. */
  public Map<TableKind, List<String>> of(BudgetView view) {
    BudgetId id = view.header().id();
    List<String> hashes = documents.hashes(id, view.at().asOf());
    return hashes.isEmpty() ? Map.of() : printed(id, hashes.get(hashes.size() - 1));
  }

  private Map<TableKind, List<String>> printed(BudgetId id, String hash) {
    synchronized (byHash) {
      Map<TableKind, List<String>> kept = byHash.get(hash);
      if (kept != null) {
        return kept;
      }
    }
    Map<TableKind, List<String>> read = new EnumMap<>(TableKind.class);
    documents.of(id).stream()
        .filter(d -> d.contentHash().equals(hash))
        .findFirst()
        .map(ImportedDocument::publishedTables)
        .ifPresent(
            set ->
                set.tables()
                    .forEach(
                        (kind, table) ->
                            read.put(kind, table.rows().stream().map(TableRow::key).toList())));
    Map<TableKind, List<String>> kept = Map.copyOf(read);
    synchronized (byHash) {
      byHash.put(hash, kept);
    }
    return kept;
  }
}
