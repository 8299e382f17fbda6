package org.budgetledger.app.importer.pdfdocument;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.budgetledger.app.importer.document.DisclosureDocumentParser;
import org.budgetledger.app.importer.document.ParseResult;
import org.budgetledger.app.importer.layout.LayoutProfile;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.layout.MeasureVocabulary;
import org.budgetledger.app.importer.pdf.PdfContent;
import org.budgetledger.app.importer.pdf.PdfRow;
import org.budgetledger.app.importer.pdf.PdfTable;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, the shapes other departments of a family print their tables in: each family's corpus
 * document with one table reshaped must give the same figures (or the same figures with the change
 * named in the import's notes), never a wrong one and never a crash.
 */
class UnseenShapesTest {
  private static final Set<TableKind> BALANCE_SHEETS =
      Set.of(TableKind.INCOME_EXPENDITURE_SUMMARY, TableKind.FISCAL_APPROPRIATION_SUMMARY);
  private static final Set<String> NOT_MONEY =
      Set.of(
          "rowNumber",
          "unit",
          "unitCode",
          "functionCode",
          "functionName",
          "function",
          "functionClass",
          "functionSection",
          "functionItem",
          "govEconomic",
          "deptEconomic");
  private static final String UNKNOWN_WORD = "某某专项资金";

  private final LayoutProfiles profiles = LayoutProfiles.builtIn();
  private final PdfDisclosureReader reader = new PdfDisclosureReader(profiles);
  private final DisclosureDocumentParser parser = new DisclosureDocumentParser();

  static Stream<String> documents() {
    return UnseenVariantsTest.DOCUMENTS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void twoColumnsOfMoneyInTheOtherOrderReadTheSame(String file) throws Exception {
    PdfContent content = original(file);
    int swapped = 0;
    for (int i : canonicalTables(file, false)) {
      List<String> measures = measures(file, content.tables().get(i));
      List<String> columns = content.tables().get(i).columns();
      for (int c = 0; c + 1 < measures.size(); c++) {
        if (money(measures.get(c))
            && money(measures.get(c + 1))
            && !measures.get(c).equals(measures.get(c + 1))
            && parent(columns.get(c)).equals(parent(columns.get(c + 1)))) {
          int a = c;
          assertSameFigures(
              file,
              ShapeVariants.rewritten(content, i, t -> ShapeVariants.columnsSwapped(t, a, a + 1)));
          swapped++;
          break;
        }
      }
    }
    assertThat(swapped).as("tables with two sibling columns of money").isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void a合计RowAtTheBottomReadsTheSame(String file) throws Exception {
    PdfContent content = original(file);
    int moved = 0;
    for (int i : canonicalTables(file, false)) {
      List<PdfRow> rows = content.tables().get(i).rows();
      int total = -1;
      for (int r = 0; r < rows.size(); r++) {
        if (isTotal(rows.get(r))) {
          total = r;
          break;
        }
      }
      if (total >= 0 && total < rows.size() - 1) {
        assertSameFigures(
            file, ShapeVariants.rowsMovedToTheBottom(content, i, UnseenShapesTest::isTotal));
        moved++;
      }
    }
    // a family may print every 合计 row last already (Shenzhen's tables by unit)
    assertThat(moved).as("tables with a 合计 row above others").isNotNegative();
  }

  /**
   * A column of money headed in words no vocabulary has (another fund source, say) is not read as
   * any canonical column; the import names it with its page, table and header.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void aColumnOfMoneyInWordsTheFamilyLacksIsNamedAndNotRead(String file) throws Exception {
    PdfContent content = original(file);
    int inserted = 0;
    for (int i : canonicalTables(file, false)) {
      PdfTable table = content.tables().get(i);
      List<String> measures = measures(file, table);
      int after = -1;
      for (int c = 0; c < measures.size(); c++) {
        if (money(measures.get(c))) {
          after = c;
          break;
        }
      }
      int column = after;
      if (!CanonicalTextRenderer.MAPPED.contains(kind(file, table))
          || column < 0
          || table.rows().stream()
              .noneMatch(r -> figure(r.text(column)) && nonZero(r.text(column)))) {
        continue;
      }
      PdfContent variant =
          ShapeVariants.rewritten(
              content, i, t -> ShapeVariants.columnInserted(t, column, UNKNOWN_WORD));
      RenderedDisclosure read = assertSameFigures(file, variant);
      if (read == null || read.family().profile().textFormat() != null) {
        // refused naming the column, or (Beijing's 三公 table, read by its header words) the
        // same figures: the format's parser says nothing of a column it does not read
        inserted++;
        continue;
      }
      assertThat(read.remarks())
          .as("%s, table %s", file, table.title())
          .anySatisfy(
              r ->
                  assertThat(r)
                      .contains("第 " + table.firstPage() + " 页")
                      .contains(table.title().replaceAll("\\s", ""))
                      .contains(UNKNOWN_WORD));
      inserted++;
    }
    assertThat(inserted).isPositive();
  }

  /**
   * Each canonical table of 4+ rows run onto one more page whose continuation prints the title
   * again, or 续表, with the header: the same figures, not a second table whose rows are lost.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void aContinuationThatRepeatsItsTitleOr续表ReadsTheSame(String file) throws Exception {
    PdfContent content = original(file);
    int split = 0;
    for (int i : canonicalTables(file, true)) {
      PdfTable table = content.tables().get(i);
      if (table.rows().size() < 4
          || table.rows().subList(table.rows().size() - 2, table.rows().size()).stream()
              .anyMatch(UnseenShapesTest::isTotal)) {
        continue;
      }
      for (String title : List.of(table.title(), "续表", table.title() + "（续）")) {
        PdfContent variant = ContentVariants.splitOverOneMorePage(content, i, 2);
        List<PdfTable> tables = new ArrayList<>(variant.tables());
        PdfTable next = tables.get(i + 1);
        tables.set(
            i + 1,
            new PdfTable(
                title,
                List.of(title),
                next.unitLine(),
                next.pages(),
                next.columns(),
                next.headerRows(),
                next.rows(),
                next.ruled()));
        assertSameFigures(
            file,
            new PdfContent(
                variant.file(), variant.pageCount(), tables, variant.lines(), variant.remarks()));
      }
      split++;
    }
    assertThat(split).as("tables split").isPositive();
  }

  /** The corpus's own columns of money no vocabulary word names are named, with page and column. */
  @org.junit.jupiter.api.Test
  void theCorpusColumnsOfMoneyLeftUnreadAreNamed() throws Exception {
    // a 其中 of 政府采购 (shenzhen c9051f27 p.22) is no figure the ledger holds: named, not read
    assertThat(
            reader
                .read("shenzhen-2026-c9051f27.pdf", original("shenzhen-2026-c9051f27.pdf"))
                .remarks())
        .anyMatch(r -> r.startsWith("第 22 页“支出总表”第 11 列“2026年政府采购项目/其中：") && r.endsWith("其金额未读取"));
    // last year's 执行数 and the 增减 columns (central-mof p.10) are read and checked against each
    // other since 2026-12-06 (PriorYearColumns): said how many hold, no longer named unread
    assertThat(
            reader
                .read("central-mof-2026-a926cacd.pdf", original("central-mof-2026-a926cacd.pdf"))
                .remarks())
        .noneMatch(r -> r.contains("其金额未读取"))
        .anyMatch(r -> r.startsWith("第 10 页“一般公共预算支出表”：上年数 52 个、增减 52 组"));
    // 上年实户资金余额 (xian-2026 p.23 收入总表, p.24 支出总表) is a source of the vocabulary since
    // 2026-12-06 (common.yaml): no longer named
    assertThat(reader.read("xian-2026-838aeef9.pdf", original("xian-2026-838aeef9.pdf")).remarks())
        .noneMatch(r -> r.contains("上年实户资金余额"));
    assertThat(
            reader
                .read("jiangsu-2019-d64c3b59.pdf", original("jiangsu-2019-d64c3b59.pdf"))
                .remarks())
        // its 三公 table's 会议费 and 培训费 are words of the vocabulary (common.yaml): none left
        .isEmpty();
  }

  /** A 收支总表 printing one more column of money is not read by position into the wrong one. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void aBalanceSheetWithOneMoreColumnIsNotMisread(String file) throws Exception {
    PdfContent content = original(file);
    for (int i : canonicalTables(file, true)) {
      PdfTable table = content.tables().get(i);
      if (!BALANCE_SHEETS.contains(kind(file, table))) {
        continue;
      }
      int amount = -1;
      for (int c = 0; c < table.columns().size(); c++) {
        int col = c;
        if (table.rows().stream().anyMatch(r -> figure(r.text(col)))) {
          amount = c;
          break;
        }
      }
      int column = amount;
      PdfContent variant =
          ShapeVariants.rewritten(
              content, i, t -> ShapeVariants.columnInserted(t, column, UNKNOWN_WORD));
      RenderedDisclosure read = readOrRefusedNaming(file, variant, table);
      if (read != null) {
        assertSameFiguresAs(file, read);
      }
    }
  }

  /** Header words wrapped over two header rows (一般公共/预算拨款) read as the whole word. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void headerWordsWrappedOverTwoRowsReadTheSame(String file) throws Exception {
    PdfContent content = original(file);
    PdfContent variant = content;
    MeasureVocabulary words = profiles.vocabulary(profile(file));
    for (int i : canonicalTables(file, false)) {
      variant =
          ShapeVariants.rewritten(
              variant, i, t -> ShapeVariants.leafWordsWrapped(t, w -> wraps(words, w)));
    }
    assertSameFigures(file, variant);
  }

  /**
   * A word of 6 characters or more, neither of whose halves is a word of its own: 部门经济科目名称 split as
   * 部门经济 / 科目名称 would be a heading and its 科目名称 column, which a wrapped header cannot be told from.
   */
  private static boolean wraps(MeasureVocabulary words, String word) {
    int half = (word.length() + 1) / 2;
    return word.length() >= 6
        && words.measure(List.of(word.substring(0, half))).isEmpty()
        && words.measure(List.of(word.substring(half))).isEmpty();
  }

  /** A fund table printed with its 合计 row empty and a note: no rows, the other tables the same. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void aFundTablePrintedEmptyWithANoteReadsAsNoRows(String file) throws Exception {
    PdfContent content = original(file);
    for (TableKind kind :
        List.of(TableKind.GOVERNMENT_FUND_EXPENDITURE, TableKind.STATE_CAPITAL_EXPENDITURE)) {
      Optional<Integer> fund = tableOf(file, kind);
      if (fund.isEmpty()) {
        continue;
      }
      PdfContent variant =
          ShapeVariants.printedEmpty(
              content,
              fund.get(),
              UnseenShapesTest::isTotal,
              "注：本单位无" + kind.chinese() + "，故本表为空表。");
      RenderedDisclosure read = reader.read(file, variant);
      ParseResult parsed = parser.parse(file, read.text());
      assertThat(parsed.document()).isNotNull();
      var table =
          kind == TableKind.GOVERNMENT_FUND_EXPENDITURE
              ? parsed.document().governmentFundExpenditure()
              : parsed.document().stateCapitalExpenditure();
      if (table != null) {
        assertThat(table.rows()).as("%s rows", kind).isEmpty();
      }
      assertOtherTablesTheSame(file, read, kind);
    }
  }

  /** A fund table left out, a note in its place: not published, the other tables the same. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void aFundTableLeftOutWithANoteIsNotPublished(String file) throws Exception {
    PdfContent content = original(file);
    for (TableKind kind :
        List.of(TableKind.GOVERNMENT_FUND_EXPENDITURE, TableKind.STATE_CAPITAL_EXPENDITURE)) {
      Optional<Integer> fund = tableOf(file, kind);
      if (fund.isEmpty()) {
        continue;
      }
      PdfContent variant =
          ShapeVariants.leftOut(content, fund.get(), "本单位无" + kind.chinese() + "，故未公开本表。");
      RenderedDisclosure read = reader.read(file, variant);
      if (read.family().profile().textFormat() == null) {
        assertThat(read.text().lines().filter(l -> l.startsWith("未公开：")).findFirst())
            .as("未公开 line")
            .hasValueSatisfying(
                l ->
                    assertThat(l)
                        .contains(
                            org.budgetledger.projections.tables.TableNumbering.label(
                                org.budgetledger.core.model.DisclosureFormat.MUNICIPAL, kind)));
      }
      assertThat(parser.parse(file, read.text()).document()).isNotNull();
      assertOtherTablesTheSame(file, read, kind);
    }
  }

  /** A 三公 table of zeros (a department with none) is read as zeros, not as a missing table. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void a三公TableOfZerosReadsAsZeros(String file) throws Exception {
    PdfContent content = original(file);
    int i = tableOf(file, TableKind.THREE_PUBLIC_EXPENSES).orElseThrow();
    PdfTable table = content.tables().get(i);
    List<String> measures = measures(file, table);
    List<Integer> money = new ArrayList<>();
    for (int c = 0; c < table.columns().size(); c++) {
      int col = c;
      if (!NOT_MONEY.contains(String.valueOf(measures.get(c)))
          && table.rows().stream().anyMatch(r -> figure(r.text(col)))) {
        money.add(c);
      }
    }
    PdfContent variant =
        ShapeVariants.rewritten(content, i, t -> ShapeVariants.figuresReplaced(t, money, "0.00"));
    RenderedDisclosure read = reader.read(file, variant);
    ParseResult parsed = parser.parse(file, read.text());
    var three = parsed.document().threePublicExpenses();
    assertThat(three).isNotNull();
    if (three.total() != null && !three.total().notPrinted()) {
      assertThat(three.total().value().isZero()).as("三公 total %s", three.total()).isTrue();
    }
    for (var item : Arrays.asList(three.abroad(), three.reception(), three.vehicleSubtotal())) {
      if (item != null && !item.notPrinted()) {
        assertThat(item.value().isZero()).as("三公 item %s", item).isTrue();
      }
    }
    assertOtherTablesTheSame(file, read, TableKind.THREE_PUBLIC_EXPENSES);
  }

  // --- helpers

  private static PdfContent original(String file) {
    return CorpusPdfs.read(file).content();
  }

  private LayoutProfile profile(String file) {
    return CorpusPdfs.read(file).family().profile();
  }

  private TableKind kind(String file, PdfTable table) {
    return profile(file).tableTitled(table.title()).flatMap(t -> t.canonical()).orElse(null);
  }

  /** The canonical tables' indexes, balance sheets included or not. */
  private List<Integer> canonicalTables(String file, boolean balanceSheets) {
    PdfContent content = original(file);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < content.tables().size(); i++) {
      TableKind kind = kind(file, content.tables().get(i));
      if (kind != null && (balanceSheets || !BALANCE_SHEETS.contains(kind))) {
        out.add(i);
      }
    }
    return out;
  }

  private Optional<Integer> tableOf(String file, TableKind kind) {
    PdfContent content = original(file);
    for (int i = 0; i < content.tables().size(); i++) {
      if (kind(file, content.tables().get(i)) == kind) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private List<String> measures(String file, PdfTable table) {
    MeasureVocabulary words = profiles.vocabulary(profile(file));
    return table.columns().stream()
        .map(p -> words.measure(Arrays.asList(p.split("/"))).orElse(null))
        .toList();
  }

  private static boolean money(String measure) {
    return measure != null && !NOT_MONEY.contains(measure);
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  private static boolean figure(String text) {
    return text.replaceAll("\\s", "").matches("-?[\\d,]*\\d(\\.\\d+)?");
  }

  private static boolean nonZero(String text) {
    return text.matches(".*[1-9].*");
  }

  static boolean isTotal(PdfRow row) {
    return row.texts().stream()
        .map(t -> t.replaceAll("\\s", ""))
        .anyMatch(t -> t.equals("合计") || t.equals("总计"));
  }

  private RenderedDisclosure readOrRefusedNaming(String file, PdfContent variant, PdfTable table) {
    try {
      return reader.read(file, variant);
    } catch (PdfDisclosureException e) {
      var problem = e.problems().get(0);
      assertThat(problem.pdf()).as("place of %s", problem).isNotNull();
      assertThat(problem.pdf().page()).isEqualTo(table.firstPage());
      return null;
    }
  }

  private RenderedDisclosure assertSameFigures(String file, PdfContent variant) throws Exception {
    return assertSameFiguresAs(file, reader.read(file, variant));
  }

  private RenderedDisclosure assertSameFiguresAs(String file, RenderedDisclosure after)
      throws Exception {
    RenderedDisclosure before = reader.read(file, original(file));
    assertThat(after.identity()).isEqualTo(before.identity());
    if (before.family().profile().textFormat() == null) {
      // a family written as printed (Beijing) differs in its header lines: its parse is compared
      assertSameLines(figures(before.text()), figures(after.text()));
    }
    ParseResult read = parser.parse(file, before.text());
    ParseResult variantRead = parser.parse(file, after.text());
    if (before.family().profile().textFormat() != null
        && variantRead.problems().size() > read.problems().size()) {
      // the format's tables are read by position: a column out of place is refused, each problem
      // naming its line and the table's column, never read one column off
      assertThat(variantRead.problems())
          .filteredOn(p -> !read.problems().contains(p))
          .isNotEmpty()
          .allSatisfy(
              p -> {
                assertThat(p.lineNo()).isPositive();
                assertThat(p.field()).matches("预算\\d+表 .+ / .+");
              });
      return null;
    }
    assertThat(variantRead.problems())
        .as("problems %s", variantRead.problems().stream().limit(3).toList())
        .hasSameSizeAs(read.problems());
    // the lines a table continues at are where it is printed, not its figures
    assertThat(
            RecordDifferences.between(
                variantRead.document(),
                read.document(),
                Set.of("header.contentHash"),
                List.of("(?i).*line.*", ".*continuedAt")))
        .isEmpty();
    return after;
  }

  private void assertOtherTablesTheSame(String file, RenderedDisclosure after, TableKind changed)
      throws Exception {
    RenderedDisclosure before = reader.read(file, original(file));
    String field =
        switch (changed) {
          case GOVERNMENT_FUND_EXPENDITURE -> "governmentFundExpenditure";
          case STATE_CAPITAL_EXPENDITURE -> "stateCapitalExpenditure";
          case THREE_PUBLIC_EXPENSES -> "threePublicExpenses";
          default -> throw new IllegalArgumentException(changed.name());
        };
    ParseResult read = parser.parse(file, before.text());
    ParseResult variantRead = parser.parse(file, after.text());
    assertThat(
            RecordDifferences.between(
                variantRead.document(),
                read.document(),
                Set.of("header.contentHash", field, "header.unpublished", "warnings"),
                List.of("(?i).*line.*")))
        .isEmpty();
  }

  /** The lines that differ, not the whole text, in the failure. */
  private static void assertSameLines(List<String> before, List<String> after) {
    List<String> lost = new ArrayList<>(before);
    after.forEach(lost::remove);
    List<String> gained = new ArrayList<>(after);
    before.forEach(gained::remove);
    assertThat(gained).as("lines read in the variant only, %s lost", lost).isEmpty();
    assertThat(lost).as("lines of the original lost").isEmpty();
    assertThat(after).as("line order").isEqualTo(before);
  }

  /** The canonical text's lines, each table's cover line reduced to its kind. */
  private static List<String> figures(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      lines.add(line.startsWith(CoverLines.TITLE) ? line.split("\t", -1)[0] : line);
    }
    return lines;
  }
}
