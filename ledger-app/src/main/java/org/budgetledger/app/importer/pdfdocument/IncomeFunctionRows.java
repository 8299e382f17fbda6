package org.budgetledger.app.importer.pdfdocument;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows of a 收入总表 printed by 功能分类科目 (Shanghai, Yantai, Changsha: 类/款/项 × income source) rather
 * than by unit: told by their codes alone, every coded row a 类 (3 digits), 款 (5) or 项 (7) of the
 * functional classification, whichever way the family prints them (类/款/项 columns, one code column,
 * names resolved in the year's catalogue). A table whose coded rows include any other code (a
 * unit's 201001) is by unit, and has none.
 */
final class IncomeFunctionRows {
  /** The canonical text's header over these rows: their code, then their name. */
  static final String HEADER = "支出功能分类科目";

  static final String NAME_HEADER = "科目名称";

  private static final Pattern FUNCTION_CODE = Pattern.compile("2\\d{2}(\\d{2}){0,2}");

  private IncomeFunctionRows() {}

  static List<CodedRow> of(PublishedGrid grid, CanonicalColumns columns) {
    List<CodedRow> coded = columns.codedRows().stream().filter(r -> !r.total()).toList();
    boolean byFunction =
        coded.stream().allMatch(r -> FUNCTION_CODE.matcher(r.code()).matches())
            && coded.stream().anyMatch(r -> r.code().length() > 3);
    return byFunction ? coded : List.of();
  }
}
