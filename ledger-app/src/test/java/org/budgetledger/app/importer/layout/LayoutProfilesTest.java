package org.budgetledger.app.importer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.tables.TableKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LayoutProfilesTest {
  private final LayoutProfiles profiles = LayoutProfiles.builtIn();

  @Nested
  class Loading {
    @Test
    void loadsElevenFamiliesEachWithTheCoreTables() {
      assertThat(profiles.all())
          .extracting(LayoutProfile::family)
          .containsExactly(
              "beijing13",
              "central-mof",
              "shanghai9",
              "shenzhen",
              "guangzhou",
              "hangzhou-zhejiang",
              "jiangsu",
              "xian",
              "yantai",
              "changsha",
              "quanzhou");
      for (LayoutProfile p : profiles.all()) {
        assertThat(p.tables())
            .as(p.family())
            .extracting(ProfileTable::kind)
            .contains(
                TableKind.INCOME_EXPENDITURE_SUMMARY, TableKind.INCOME_SUMMARY,
                TableKind.EXPENDITURE_SUMMARY, TableKind.FISCAL_APPROPRIATION_SUMMARY,
                TableKind.GENERAL_BUDGET_EXPENDITURE, TableKind.THREE_PUBLIC_EXPENSES);
      }
    }

    @Test
    void everyProfileFileIsListedInTheIndex() throws IOException {
      Path dir = Path.of("src/main/resources/layouts");
      List<String> index =
          Files.readAllLines(dir.resolve("families.txt")).stream()
              .filter(l -> !l.isBlank() && !l.startsWith("#"))
              .toList();
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(
                files
                    .map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml") && !f.equals("common.yaml")))
            .containsExactlyInAnyOrderElementsOf(index);
      }
    }

    @Test
    void aBadTableKindNamesTheFileAndTheField() {
      String yaml =
          """
          family: test
          name: test
          markers: ['^x$']
          unit: 万元
          decimals: 2
          codes: DIGITS
          tables:
            - {title: '收支总表$', kind: INCOME_EXPENDITURE_SUMMARY}
            - {title: '支出总表$', kind: SPENDING}
          """;
      assertThatThrownBy(() -> LayoutProfiles.parse("layouts/test.yaml", yaml))
          .isInstanceOf(LayoutProfileException.class)
          .hasMessageStartingWith(
              "layouts/test.yaml: tables[1].kind: 'SPENDING' is not a table kind");
    }

    @Test
    void aNumberingWithoutItsGroupAndAWrongUnitAreRefused() {
      String base =
          """
          family: test
          name: test
          markers: ['^x$']
          decimals: 2
          codes: DIGITS
          tables: [{title: 'a', content: a}]
          """;
      assertThatThrownBy(
              () -> LayoutProfiles.parse("t.yaml", base + "unit: 万元\nnumbering: '表\\d+'"))
          .hasMessage("t.yaml: numbering: needs a group (?<n>…) for the number");
      assertThatThrownBy(() -> LayoutProfiles.parse("t.yaml", base + "unit: 千元"))
          .hasMessage("t.yaml: unit: unit '千元' is neither 元 nor 万元");
      assertThatThrownBy(() -> LayoutProfiles.parse("t.yaml", "family: [unclosed"))
          .isInstanceOf(LayoutProfileException.class)
          .hasMessageStartingWith("t.yaml: not readable YAML");
    }
  }

  @Nested
  class Tables {
    @Test
    void theLongestTitleWinsSoFiscalAppropriationIsNotTheSummary() {
      LayoutProfile beijing = profiles.family("beijing13").orElseThrow();

      assertThat(beijing.tableTitled("预算04表 财政拨款收支总表").orElseThrow().kind())
          .isEqualTo(TableKind.FISCAL_APPROPRIATION_SUMMARY);
      assertThat(beijing.tableTitled("预算01表 收支总表").orElseThrow().kind())
          .isEqualTo(TableKind.INCOME_EXPENDITURE_SUMMARY);
      assertThat(beijing.numberIn("预算03表 支出总表")).contains("03");
    }

    @Test
    void shanghaiIsInYuanExceptItsThreePublicTableInWan() {
      LayoutProfile shanghai = profiles.family("shanghai9").orElseThrow();
      ProfileTable threePublic = shanghai.tableTitled("2026年单位“三公”经费和机关运行经费预算表").orElseThrow();
      ProfileTable income = shanghai.tableTitled("2026年预算单位收入预算总表").orElseThrow();

      assertThat(threePublic.unitIn(shanghai)).isEqualTo(MoneyUnit.WAN_YUAN);
      assertThat(income.unitIn(shanghai)).isEqualTo(MoneyUnit.YUAN);
      assertThat(income.codesIn(shanghai)).isEqualTo(CodePrinting.SPLIT_COLUMNS);
      assertThat(income.unitIn(shanghai).parse("50,040,000")).isEqualTo(Fen.of(5_004_000_000L));
      assertThat(threePublic.unitIn(shanghai).parse("20.8")).isEqualTo(Fen.of(208_000_00L));
    }

    @Test
    void aFamilysOwnTableKeepsItsContentName() {
      // Shenzhen's 基本支出总表 and 项目支出总表 are both declared now (s13-szecon, s13-szrest)
      LayoutProfile jiangsu = profiles.family("jiangsu").orElseThrow();

      ProfileTable office = jiangsu.tableTitled("机关运行经费支出预算表").orElseThrow();
      assertThat(office.canonical()).isEmpty();
      assertThat(office.content()).isEqualTo("office-operation");
      assertThat(jiangsu.tableTitled("政府采购支出预算表").orElseThrow().kind())
          .isEqualTo(TableKind.PROCUREMENT);
    }

    /** Another document of the family may print its year before the title, or 年度, or none. */
    @Test
    void aTitleIsFoundWithOrWithoutItsYear() {
      LayoutProfile guangzhou = profiles.family("guangzhou").orElseThrow();
      LayoutProfile jiangsu = profiles.family("jiangsu").orElseThrow();
      LayoutProfile changsha = profiles.family("changsha").orElseThrow();

      assertThat(guangzhou.tableTitled("2026年收支总体情况表").orElseThrow().kind())
          .isEqualTo(TableKind.INCOME_EXPENDITURE_SUMMARY);
      assertThat(jiangsu.tableTitled("2026年度财政拨款收支总表").orElseThrow().kind())
          .isEqualTo(TableKind.FISCAL_APPROPRIATION_SUMMARY);
      for (String title : List.of("2025年部门收入总体情况表", "2025年度部门收入总体情况表", "部门收入总体情况表")) {
        assertThat(changsha.tableTitled(title).orElseThrow().kind())
            .as(title)
            .isEqualTo(TableKind.INCOME_SUMMARY);
      }
      assertThat(profiles.family("beijing13").orElseThrow().tableTitled("预算05表 一般公共预算（财政拨款）支出表"))
          .map(ProfileTable::kind)
          .contains(TableKind.GENERAL_BUDGET_EXPENDITURE);
    }

    @Test
    void readsTheUnitLabelInItsThreeForms() {
      assertThat(UnitLabel.inLabel("单位：元")).contains(MoneyUnit.YUAN);
      assertThat(UnitLabel.inLabel("编制单位：上海市自然资源确权登记事务中心  单位:万元")).contains(MoneyUnit.WAN_YUAN);
      assertThat(UnitLabel.inLabel("金额单位：万元")).contains(MoneyUnit.WAN_YUAN);
      assertThat(UnitLabel.inLabel("部门名称：杭州市公安局")).isEmpty();
    }
  }

  @Nested
  class Measures {
    private final MeasureVocabulary beijing =
        profiles.vocabulary(profiles.family("beijing13").orElseThrow());
    private final MeasureVocabulary guangzhou =
        profiles.vocabulary(profiles.family("guangzhou").orElseThrow());

    @Test
    void synonymsOfThisYearsGeneralBudgetAreOneMeasure() {
      for (String label : List.of("一般公共预算拨款", "一般公共预算资金", "公共财政拨款", "一、一般公共预算拨款收入")) {
        assertThat(beijing.measure(List.of("本年收入", label))).as(label).contains("GENERAL_BUDGET");
      }
      assertThat(beijing.measure(List.of("预算拨款"))).contains("GENERAL_BUDGET");
    }

    /**
     * A family's own word wins over the common one: Guangzhou's 表1 prints 一、预算拨款 over all three
     * fiscal sources (its note says so, and it prints no 政府性基金 row), so there it is the fiscal
     * subtotal.
     */
    @Test
    void aFamilyWordOverridesTheCommonMeaning() {
      assertThat(guangzhou.measure(List.of("预算拨款"))).contains("fiscal");
    }

    @Test
    void aColumnUnderCarryOverIsCarryOverMoney() {
      assertThat(beijing.measure(List.of("上年结转结余", "一般公共预算资金")))
          .contains("carryOver:GENERAL_BUDGET");
      assertThat(beijing.measure(List.of("上年结转", "小计"))).contains("carryOver");
      assertThat(beijing.measure(List.of("本年收入", "小计"))).contains("currentYear");
      for (String label : List.of("上年结转", "上年结转结余", "上年结转资金")) {
        assertThat(beijing.measure(List.of(label))).as(label).contains("carryOver");
      }
    }

    /** Spaces, the width of parentheses and another family's 上年结转 wording change no measure. */
    @Test
    void printingNoiseInHeaderWordsChangesNoMeasure() {
      assertThat(beijing.measure(List.of("人 员 经 费"))).contains("personnel");
      assertThat(beijing.measure(List.of("部门(单位)支出经济分类科目"))).contains("deptEconomic");
      assertThat(beijing.measure(List.of("上年结余、结转", "一般公共预算")))
          .contains("carryOver:GENERAL_BUDGET");
      assertThat(beijing.measure(List.of("上年结余、结转"))).contains("carryOver");
    }

    /** Xi'an wrote its 小计 rule under 一般公共预算拨款; another Xi'an document may print 公共财政拨款. */
    @Test
    void aFamilysScopedWordHoldsUnderEveryWordOfTheSameMeaning() {
      MeasureVocabulary xian = profiles.vocabulary(profiles.family("xian").orElseThrow());

      assertThat(xian.measure(List.of("一般公共预算拨款", "小计"))).contains("GENERAL_BUDGET");
      assertThat(xian.measure(List.of("公共财政拨款", "小计"))).contains("GENERAL_BUDGET");
      assertThat(xian.measure(List.of("一般公共预算资金", "小计"))).contains("GENERAL_BUDGET");
      assertThat(xian.measure(List.of("上年结转", "小计"))).contains("carryOver");
    }

    @Test
    void spendingColumnsByUse() {
      assertThat(beijing.measure(List.of("基本支出", "人员经费"))).contains("personnel");
      assertThat(
              profiles
                  .vocabulary(profiles.family("hangzhou-zhejiang").orElseThrow())
                  .measure(List.of("基本支出", "日常公用")))
          .contains("public");
      assertThat(beijing.measure(List.of("其中：基本支出"))).contains("basic");
      assertThat(beijing.measure(List.of("不知道"))).isEmpty();
    }
  }

  @Nested
  class Detection {
    @Test
    void aDocumentOfNoKnownFamilyIsRefusedNamingTheFamiliesKnown() {
      assertThatThrownBy(() -> new FamilyDetector(profiles).detect(List.of("会议纪要", "第一页")))
          .isInstanceOf(UnknownLayoutException.class)
          .hasMessageContaining("版式无法识别")
          .hasMessageContaining("beijing13");
    }

    @Test
    void detectsFromTitlesAloneWhateverTheSpacing() {
      FamilyDetection d =
          new FamilyDetector(profiles).detect(List.of("部门公开表 1", "部门收支总表", "部门公开表 2", "部门收入总表"));

      assertThat(d.profile().family()).isEqualTo("central-mof");
      assertThat(d.titlesFound()).isEqualTo(2);
    }
  }
}
