package org.budgetledger.app.importer.pdfdocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.budgetledger.app.importer.document.DisclosureDocumentParser;
import org.budgetledger.app.importer.document.ParseResult;
import org.budgetledger.app.importer.layout.LayoutProfile;
import org.budgetledger.app.importer.layout.LayoutProfiles;
import org.budgetledger.app.importer.pdf.PdfContent;
import org.budgetledger.app.importer.pdf.PdfTable;
import org.budgetledger.app.importer.problem.ProblemKind;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11: the importer reads documents of a family it was never shown. Without new PDFs, each
 * family's smallest corpus document is printed another way, as other documents of its family print
 * it, and must give the same figures as the original (the canonical text the ledger imports, its
 * titles and printed header words aside), or be refused naming its page and table: never a wrong
 * figure.
 */
class UnseenVariantsTest {
  /** One document per family, the smallest of two. */
  static final List<String> DOCUMENTS =
      List.of(
          "beijing13-2026-2eda0861.pdf",
          "central-mof-2026-a926cacd.pdf",
          "changsha-2025-e293995d.pdf",
          "guangzhou-2026-c04460f2.pdf",
          "hangzhou-zhejiang-2026-c0afe4e6.pdf",
          "jiangsu-2019-d64c3b59.pdf",
          "quanzhou-2026-6bcadf36.pdf",
          "shanghai9-2026-0afcacdd.pdf",
          "shenzhen-2026-c9051f27.pdf",
          "xian-2026-838aeef9.pdf",
          "yantai-2026-8bfe1f02.pdf");

  private static final Pattern LEADING_YEAR = Pattern.compile("^(\\d{4})年度?");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})年(?!度)");
  private static final Pattern NAME_CODE = Pattern.compile("X[0-9A-F]+U[0-9A-F]+-");
  private static final Pattern UNIT = Pattern.compile("单位\\s*[：:]\\s*(万元|元)");

  /** Header words of the same meaning in other documents (common.yaml), one swapped for another. */
  private static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("一般公共预算拨款", "公共财政拨款"),
          Map.entry("一般公共预算资金", "一般公共预算拨款"),
          Map.entry("一般公共预算", "一般公共预算资金"),
          Map.entry("政府性基金预算", "政府性基金预算拨款"),
          Map.entry("上年结转结余", "上年结转"),
          Map.entry("上年结转", "上年结转结余"),
          Map.entry("事业收入", "事业收入资金"),
          Map.entry("其他收入", "其它收入"),
          Map.entry("人员经费", "人员经费支出"),
          Map.entry("公用经费", "日常公用经费"),
          Map.entry("因公出国（境）费用", "因公出国(境)费"));

  private final PdfDisclosureReader reader = new PdfDisclosureReader(LayoutProfiles.builtIn());
  private final DisclosureDocumentParser parser = new DisclosureDocumentParser();

  static Stream<String> documents() {
    return DOCUMENTS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void titlesSpacedOutReadTheSame(String file) throws Exception {
    assertSameFigures(
        file, ContentVariants.titles(original(file), t -> String.join(" ", t.split(""))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void titlesWithParenthesesAndColonsOfTheOtherWidthReadTheSame(String file) throws Exception {
    assertSameFigures(file, ContentVariants.titles(original(file), UnseenVariantsTest::otherWidth));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void titlesWith年度ReadTheSame(String file) throws Exception {
    assertSameFigures(
        file, ContentVariants.titles(original(file), t -> YEAR.matcher(t).replaceAll("$1年度")));
  }

  /** A title that leads with its year loses it, one that prints no number gains it. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void titlesWithAndWithoutTheirYearReadTheSame(String file) throws Exception {
    LayoutProfile profile = CorpusPdfs.read(file).family().profile();
    String year = reader.read(file, original(file)).identity().fiscalYear() + "年";
    assertSameFigures(
        file,
        ContentVariants.titles(
            original(file),
            t -> {
              if (LEADING_YEAR.matcher(t).find()) {
                return LEADING_YEAR.matcher(t).replaceFirst("");
              }
              return t.isBlank() || profile.numberIn(t).isPresent() ? t : year + t;
            }));
  }

  /** A title that prints no number says whose budget it is: 部门 after its year, if it has one. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void titlesSaying部门ReadTheSame(String file) throws Exception {
    LayoutProfile profile = CorpusPdfs.read(file).family().profile();
    assertSameFigures(
        file,
        ContentVariants.titles(
            original(file),
            t -> {
              var year = LEADING_YEAR.matcher(t);
              String lead = year.find() ? year.group() : "";
              String rest = t.substring(lead.length());
              boolean says = rest.startsWith("部门") || rest.contains("单位");
              return t.isBlank() || says || profile.numberIn(t).isPresent()
                  ? t
                  : lead + "部门" + rest;
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void otherUnitLabelsReadTheSame(String file) throws Exception {
    // the last: no label at all, the profile's unit for the table
    for (String label : List.of("金额单位：$1", "（单位：$1）", "单位 : $1", "单位：人民币$1", "")) {
      assertSameFigures(
          file, ContentVariants.unitLines(original(file), u -> UNIT.matcher(u).replaceAll(label)));
    }
  }

  /** 千元 is a unit no family prints: read in the family's unit it would be wrong tenfold. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void aTableIn千元IsRefusedNamingItsPageAndTable(String file) throws Exception {
    PdfContent variant =
        ContentVariants.unitLines(original(file), u -> UNIT.matcher(u).replaceAll("单位：千元"));
    if (CorpusPdfs.read(file).family().profile().textFormat() != null) {
      // the family's tables go as printed to the disclosure text parser, which refuses the unit
      String text = reader.read(file, variant).text();
      assertThat(parser.parse(file, text).problems())
          .anySatisfy(
              p -> {
                assertThat(p.text().kind()).isEqualTo(ProblemKind.UNIT_OF_AMOUNT_UNKNOWN);
                assertThat(p.lineText()).contains("千元");
              });
      return;
    }
    assertThatThrownBy(() -> reader.read(file, variant))
        .isInstanceOfSatisfying(
            PdfDisclosureException.class,
            e -> {
              var problem = e.problems().get(0);
              assertThat(problem.kind()).isEqualTo(ProblemKind.UNIT_OF_AMOUNT_UNKNOWN.code());
              assertThat(problem.detail()).contains("千元");
              assertThat(problem.pdf()).as("page and table of %s", problem).isNotNull();
              assertThat(problem.pdf().page()).isPositive();
              assertThat(problem.pdf().table()).isNotBlank();
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void headerWordsOfOtherDocumentsReadTheSame(String file) throws Exception {
    assertSameFigures(
        file, ContentVariants.headers(original(file), h -> SYNONYMS.getOrDefault(h.strip(), h)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void anotherDepartmentReadsTheSameFigures(String file) throws Exception {
    RenderedDisclosure before = reader.read(file, original(file));
    String department = before.identity().department();
    assertThat(department).isNotBlank();
    UnaryOperator<String> rename = s -> s.replace(department, "某某市测试局");

    RenderedDisclosure after =
        reader.read(file, ContentVariants.everywhere(original(file), rename));

    assertThat(after.identity().department()).isEqualTo("某某市测试局");
    assertThat(after.identity().fiscalYear()).isEqualTo(before.identity().fiscalYear());
    // a unit printed by name alone gets a code made from its name (X…U…): another name, another
    // code
    UnaryOperator<String> nameCodes = s -> NAME_CODE.matcher(s).replaceAll("X…U…-");
    assertThat(figures(nameCodes.apply(after.text())))
        .isEqualTo(figures(nameCodes.apply(rename.apply(before.text()))));
  }

  /** Each canonical table in turn runs onto one more page, its last two rows on the next. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void aTableContinuedOnOneMorePageReadsTheSame(String file) throws Exception {
    PdfContent content = original(file);
    LayoutProfile profile = CorpusPdfs.read(file).family().profile();
    int split = 0;
    for (int i = 0; i < content.tables().size(); i++) {
      PdfTable table = content.tables().get(i);
      boolean canonical =
          profile.tableTitled(table.title()).flatMap(t -> t.canonical()).isPresent();
      if (canonical && table.rows().size() >= 4) {
        assertSameFigures(file, ContentVariants.splitOverOneMorePage(content, i, 2));
        split++;
      }
    }
    assertThat(split).as("tables split").isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void everyTableOfMoneyInTheCorpusDocumentIsOneItsFamilyTitles(String file) throws Exception {
    assertThat(reader.read(file, original(file)).remarks()).noneMatch(r -> r.contains("表题不是"));
  }

  /**
   * A table titled in words the profile lacks is not read and its canonical table counts as not
   * published; the import says so, naming the page and the title.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void aTableOfMoneyTitledInUnknownWordsIsNamedInTheRemarks(String file) throws Exception {
    LayoutProfile profile = CorpusPdfs.read(file).family().profile();
    PdfContent content = original(file);
    PdfTable general =
        content.tables().stream()
            .filter(
                t ->
                    profile
                        .tableTitled(t.title())
                        .flatMap(x -> x.canonical())
                        .filter(k -> k == TableKind.GENERAL_BUDGET_EXPENDITURE)
                        .isPresent())
            .findFirst()
            .orElseThrow();
    PdfContent retitled =
        ContentVariants.titles(content, t -> t.equals(general.title()) ? "某某支出明细表" : t);

    assertThat(reader.read(file, retitled).remarks().stream().filter(r -> r.contains("表题不是")))
        .containsExactly(
            "第 " + general.firstPage() + " 页“某某支出明细表”：表题不是“" + profile.name() + "”的表，其表头有金额栏，未读取");
  }

  /**
   * A document of a family numbered another way (公开附表1 for 部门公开表1) is not guessed: it is refused,
   * and the refusal names the family it resembles and the marker it lacks.
   */
  @org.junit.jupiter.api.Test
  void aDocumentNumberedAnotherWayIsRefusedNamingTheFamilyItResembles() {
    String file = "central-mof-2026-a926cacd.pdf";
    PdfContent renumbered =
        ContentVariants.everywhere(original(file), s -> s.replace("部门公开表", "公开附表"));

    assertThatThrownBy(() -> reader.read(file, renumbered))
        .isInstanceOfSatisfying(
            PdfDisclosureException.class,
            e -> {
              var problem = e.problems().get(0);
              assertThat(problem.kind()).isEqualTo(ProblemKind.LAYOUT_UNKNOWN.code());
              assertThat(problem.message())
                  .contains(
                      "closest: central-mof (9 of its 9 table titles printed,"
                          + " no line matches its marker [^部门公开表\\d+$])");
            });
  }

  private static PdfContent original(String file) {
    return CorpusPdfs.read(file).content();
  }

  private void assertSameFigures(String file, PdfContent variant) throws Exception {
    RenderedDisclosure before = reader.read(file, original(file));
    RenderedDisclosure after = reader.read(file, variant);
    assertThat(after.family().profile().family()).isEqualTo(before.family().profile().family());
    assertThat(after.identity()).isEqualTo(before.identity());
    if (before.family().profile().textFormat() == null) {
      assertThat(after.tables()).isEqualTo(before.tables());
      assertThat(after.cells()).isEqualTo(before.cells());
      assertThat(figures(after.text())).isEqualTo(figures(before.text()));
    }
    // what the ledger imports: the document the parser reads from the text, lines aside
    ParseResult read = parser.parse(file, before.text());
    ParseResult variantRead = parser.parse(file, after.text());
    assertThat(variantRead.problems()).hasSameSizeAs(read.problems());
    assertThat(variantRead.document())
        .usingRecursiveComparison()
        .ignoringFields("header.contentHash")
        .ignoringFieldsMatchingRegexes("(?i).*line.*")
        .isEqualTo(read.document());
  }

  /**
   * The canonical text's lines, with each table's cover line reduced to its kind, decimals and the
   * measures of its columns (the printed title and header words are what a variant changes).
   */
  private static List<String> figures(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.startsWith(CoverLines.TITLE)) {
        lines.add(line);
        continue;
      }
      String[] fields = line.split("\t", -1);
      StringBuilder kept = new StringBuilder(fields[0]).append('\t').append(fields[3]);
      for (int f = 4; f < fields.length; f++) {
        kept.append('\t').append(fields[f], 0, Math.max(0, fields[f].indexOf(CoverLines.IS)));
      }
      lines.add(kept.toString());
    }
    return lines;
  }

  private static String otherWidth(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(
          switch (c) {
            case '（' -> '(';
            case '）' -> ')';
            case '：' -> ':';
            case '(' -> '（';
            case ')' -> '）';
            case ':' -> '：';
            default -> c;
          });
    }
    return out.toString();
  }
}
