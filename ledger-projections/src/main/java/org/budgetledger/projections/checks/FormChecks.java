package org.budgetledger.projections.checks;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.projections.tables.CellSource;
import org.budgetledger.projections.tables.DisclosureTable;
import org.budgetledger.projections.tables.TableCell;
import org.budgetledger.projections.tables.TableKind;
import org.budgetledger.projections.tables.TableRow;

/**
 * Family 7, form: placeholders and unfinished sentences (主要原因是。, XX, ××), doubled punctuation, an
 * empty table without its note (说明：本单位不涉及此项工作内容) and a note on a table that has figures, and the
 * wording of the other scope (本单位 in a 部门预算, 本部门 in a 单位预算).
 */
final class FormChecks {
  private static final Pattern UNFINISHED = Pattern.compile("(原因(是|为|：|:)|主要是|用于|包括)\\s*[。；;]");
  private static final Pattern PLACEHOLDER = Pattern.compile("[XxＸｘ×]{2,}|[＊*]{3,}|[□■]{2,}|待补充");
  private static final Pattern DOUBLED = Pattern.compile("([，。、；：！？])\\1|[，、；：][。]|[。][，、；]");
  private static final Pattern ABSENT = Pattern.compile("没有|无|不涉及|未安排");
  private static final Pattern EMPTY_NOTE = Pattern.compile("不涉及|无此项|没有|为空|无相关|无数据|空表");

  private FormChecks() {}

  static void run(CheckedDocument document, List<Paragraph> paragraphs, List<Finding> out) {
    for (Paragraph paragraph : paragraphs) {
      String text = paragraph.text();
      find(paragraph, UNFINISHED.matcher(text), "句子完整", CheckStatus.FAIL, "句子未写完：“%s”后没有内容。", out);
      find(
          paragraph,
          PLACEHOLDER.matcher(text),
          "无占位符",
          CheckStatus.FAIL,
          "文中留有占位符“%s”，未替换为实际内容。",
          out);
      find(paragraph, DOUBLED.matcher(text), "标点不重复", CheckStatus.WARN, "标点重复：“%s”。", out);
      scopeWording(document, paragraph, out);
    }
    boolean budgetHasMoney =
        document.tables().tables().values().stream()
            .filter(t -> ALWAYS_FILLED.contains(t.kind()))
            .anyMatch(t -> !isEmpty(t));
    for (DisclosureTable table : document.tables().tables().values()) {
      if (budgetHasMoney && ALWAYS_FILLED.contains(table.kind()) && isEmpty(table)) {
        // A budget with money fills these tables; empty, this one was not read (its columns did
        // not map), which the document's own notes cannot explain.
        out.add(
            Finding.of(
                "空表附说明",
                CheckKind.FORM,
                CheckStatus.WARN,
                table.number() + " " + table.kind().chinese() + "读出后没有任何数字，而本文件其他表有收支：此表未能读出，无法判定。",
                Place.table(table.kind(), table.number() + " " + table.kind().chinese())));
        continue;
      }
      emptyTable(table, paragraphs, out);
    }
  }

  private static void find(
      Paragraph paragraph,
      Matcher m,
      String rule,
      CheckStatus status,
      String message,
      List<Finding> out) {
    while (m.find()) {
      out.add(
          Finding.of(
              rule,
              CheckKind.FORM,
              status,
              String.format(message, m.group()),
              Place.line(paragraph.lineAt(m.start()))));
    }
  }

  private static void scopeWording(
      CheckedDocument document, Paragraph paragraph, List<Finding> out) {
    DocumentScope other = document.scope().other();
    String text = paragraph.text();
    if (isTableNote(document, text)) {
      return;
    }
    int at = text.indexOf(other.selfReference());
    while (at >= 0) {
      if (!text.startsWith(other.selfReference() + "（", at) && !precededBySlash(text, at)) {
        out.add(
            Finding.of(
                "部门与单位用语",
                CheckKind.FORM,
                CheckStatus.WARN,
                "本文件是"
                    + document.scope().title()
                    + "，此处却写“"
                    + other.selfReference()
                    + "”，应为“"
                    + document.scope().selfReference()
                    + "”。",
                Place.line(paragraph.lineAt(at))));
      }
      at = text.indexOf(other.selfReference(), at + 1);
    }
  }

  /** A table's own note (说明：本单位不涉及此项工作内容) is the empty-table rule's, not wording. */
  private static boolean isTableNote(CheckedDocument document, String text) {
    String stripped = text.strip();
    return document.tables().tables().values().stream()
        .flatMap(t -> t.notes().stream())
        .anyMatch(n -> n.strip().equals(stripped) || stripped.startsWith(n.strip()));
  }

  /** 本部门（单位） and 本部门/本单位 name both on purpose. */
  private static boolean precededBySlash(String text, int at) {
    return at > 0 && (text.charAt(at - 1) == '/' || text.charAt(at - 1) == '（');
  }

  /** Tables every budget with money prints figures in. */
  private static final Set<TableKind> ALWAYS_FILLED =
      EnumSet.of(
          TableKind.INCOME_EXPENDITURE_SUMMARY,
          TableKind.INCOME_SUMMARY,
          TableKind.EXPENDITURE_SUMMARY,
          TableKind.FISCAL_APPROPRIATION_SUMMARY);

  private static boolean isEmpty(DisclosureTable table) {
    return table.rows().stream()
        .flatMap(r -> r.cells().stream())
        .filter(TableCell::isMoney)
        .allMatch(FormChecks::blank);
  }

  private static void emptyTable(
      DisclosureTable table, List<Paragraph> paragraphs, List<Finding> out) {
    boolean empty =
        table.rows().stream()
            .flatMap(r -> r.cells().stream())
            .filter(TableCell::isMoney)
            .allMatch(FormChecks::blank);
    boolean noted = table.notes().stream().anyMatch(n -> EMPTY_NOTE.matcher(n).find());
    String label = table.number() + " " + table.kind().chinese();
    Place place = Place.table(table.kind(), label);
    if (empty && !noted && hasMoneyColumns(table)) {
      Optional<Paragraph> explained = explained(table, paragraphs);
      if (explained.isPresent()) {
        out.add(
            Finding.of(
                "空表附说明",
                CheckKind.FORM,
                CheckStatus.PASS,
                label + "为空表，表下无说明，但情况说明写明“" + explained.get().text().strip() + "”。",
                Place.line(explained.get().lines().get(0))));
      } else if (paragraphs.stream().noneMatch(p -> p.text().contains("情况说明"))) {
        out.add(
            Finding.of(
                "空表附说明",
                CheckKind.FORM,
                CheckStatus.WARN,
                label + "没有任何数字，表下也无说明；本文件只有表格，说明可能另行公开，无法判定。",
                place));
      } else {
        out.add(
            Finding.of(
                "空表附说明",
                CheckKind.FORM,
                CheckStatus.FAIL,
                label + "没有任何数字，表下和情况说明都没有说明为何为空（如“本单位不涉及此项工作内容”）。",
                place));
      }
    } else if (!empty && noted) {
      out.add(
          Finding.of(
              "空表附说明",
              CheckKind.FORM,
              CheckStatus.FAIL,
              label + "有数字，却注明“" + table.notes().get(0) + "”。",
              place));
    } else if (empty && noted) {
      out.add(
          Finding.of(
              "空表附说明",
              CheckKind.FORM,
              CheckStatus.PASS,
              label + "为空表，并注明“" + table.notes().get(0) + "”。",
              place));
    }
  }

  /** A sentence of the narrative saying that the table's kind of money is not used. */
  private static Optional<Paragraph> explained(DisclosureTable table, List<Paragraph> paragraphs) {
    String topic =
        switch (table.kind()) {
          case GOVERNMENT_FUND_EXPENDITURE -> "政府性基金";
          case STATE_CAPITAL_EXPENDITURE -> "国有资本经营";
          case THREE_PUBLIC_EXPENSES -> "三公";
          case PROCUREMENT -> "政府采购";
          case PURCHASED_SERVICES -> "政府购买服务";
          default -> null;
        };
    if (topic == null) {
      return Optional.empty();
    }
    return paragraphs.stream()
        .filter(p -> p.text().contains(topic) && ABSENT.matcher(p.text()).find())
        .findFirst();
  }

  private static boolean hasMoneyColumns(DisclosureTable table) {
    return table.rows().stream()
            .map(TableRow::cells)
            .flatMap(List::stream)
            .anyMatch(TableCell::isMoney)
        || table.rows().isEmpty();
  }

  /** Printed empty: blank or a dash. A printed 0 or 0.00 states zero; it is not an empty cell. */
  private static boolean blank(TableCell cell) {
    if (cell.source() instanceof CellSource.Printed printed) {
      String text = printed.text().strip();
      return text.isEmpty() || text.equals("-") || text.equals("—");
    }
    return cell.amount().isZero();
  }
}
