package org.budgetledger.app.importer.layout;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.MoneyUnit;

/**
 * One layout family as data (a file under {@code resources/layouts/}): how its documents show
 * themselves ({@code markers}: every one must match a line of the document), how tables are
 * numbered, the tables it publishes with their content, unit and decimals, how codes print, and the
 * header words it uses for each canonical measure beyond the shared vocabulary.
 *
 * @param family stable id of the family ({@code beijing13}); never a department or a file name
 * @param name what a person calls the family
 * @param markers patterns that together tell a document of this family from its own text
 * @param numbering pattern of a table's printed number, group {@code n} the number; null when the
 *     family numbers no tables (titles alone)
 * @param unit the family's usual 金额单位, used when a table prints none
 * @param decimals the family's usual printed decimals
 * @param codes how function codes print in the family's tables
 * @param tables the tables it publishes, in its own order
 * @param measures header words of this family beyond {@code common.yaml}
 * @param textFormat the ledger's disclosure format whose tables and numbering the family's are (its
 *     tables then read through the disclosure text parser), null when it has its own
 */
public record LayoutProfile(
    String family,
    String name,
    List<Pattern> markers,
    Pattern numbering,
    MoneyUnit unit,
    int decimals,
    CodePrinting codes,
    List<ProfileTable> tables,
    List<MeasureRule> measures,
    DisclosureFormat textFormat) {

  public LayoutProfile {
    markers = List.copyOf(markers);
    tables = List.copyOf(tables);
    measures = List.copyOf(measures);
  }

  /**
   * The table a title names, by the longest title pattern that matches (财政拨款收支总表 before 收支总表), e.g.
   * {@code 预算03表 支出总表} or {@code 表2：2026年…收入预算总表}.
   */
  public Optional<ProfileTable> tableTitled(String title) {
    String normalized = Texts.normalize(title);
    ProfileTable best = null;
    int bestLength = 0;
    for (ProfileTable table : tables) {
      int length = table.matchLength(normalized);
      if (length > bestLength) {
        best = table;
        bestLength = length;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The printed number in a title ({@code 03} of 预算03表), empty when it prints none. */
  public Optional<String> numberIn(String title) {
    if (numbering == null) {
      return Optional.empty();
    }
    var m = numbering.matcher(Texts.normalize(title));
    return m.find() ? Optional.of(m.group("n")) : Optional.empty();
  }

  /**
   * A table's number as the line prints it, separators after it dropped ({@code 公开01表}, {@code 一}
   * of {@code 一、收支预算总表}), empty when the line prints none.
   */
  public Optional<String> printedLabel(String line) {
    if (numbering == null) {
      return Optional.empty();
    }
    var m = numbering.matcher(Texts.normalize(line));
    return m.find() ? Optional.of(m.group().replaceAll("[、：:.．]+$", "")) : Optional.empty();
  }
}
