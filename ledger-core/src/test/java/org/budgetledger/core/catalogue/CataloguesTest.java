package org.budgetledger.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CataloguesTest {
  private final Catalogues catalogues = Catalogues.standard();

  @Test
  void namesAClassByTheYearsName() {
    Classification function = catalogues.function();
    assertThat(function.nameOf("210", 2026)).contains("卫生健康支出");
    assertThat(function.nameOf("210", 2018)).contains("医疗卫生与计划生育支出");
    assertThat(function.otherYearsName("210", "医疗卫生与计划生育支出", 2026))
        .hasValueSatisfying(e -> assertThat(e.toYear()).isEqualTo(2018));
    assertThat(function.otherYearsName("210", "卫生健康支出", 2026)).isEmpty();
  }

  @Test
  void tellsWhetherACodeExistsInAYear() {
    assertThat(catalogues.function().exists("224", 2026)).isTrue();
    assertThat(catalogues.function().exists("224", 2018)).isFalse();
    assertThat(catalogues.function().exists("7", 2026)).isFalse();
    assertThat(catalogues.function().exists("2101501", 2026)).isTrue();
    assertThat(catalogues.departmentEconomic().nameOf("30217", 2026)).contains("公务接待费");
    assertThat(catalogues.departmentEconomic().exists("3021101", 2026)).isFalse();
    assertThat(catalogues.governmentEconomic().nameOf("50201", 2026)).contains("办公经费");
  }

  @Test
  void findsANameOnlyCodeUnderItsParent() {
    Classification function = catalogues.function();
    assertThat(function.codesNamed("行政运行", "21015", 2026)).containsExactly("2101501");
    assertThat(function.codesNamed("行政 运行", "", 2026))
        .contains("2101501", "2080101")
        .hasSizeGreaterThan(5);
    assertThat(catalogues.departmentEconomic().codesNamed("维修(护)费", "302", 2026))
        .containsExactly("30213");
  }

  @Test
  void namesASectionRenamedBy2026ByTheYearsName() {
    Classification function = catalogues.function();
    assertThat(function.nameOf("21505", 2025)).contains("工业和信息产业监管");
    assertThat(function.nameOf("21505", 2026)).contains("工业和信息产业");
    assertThat(function.codesNamed("其他工业和信息产业支出", "21505", 2026)).containsExactly("2150599");
    assertThat(function.codesNamed("其他工业和信息产业支出", "21505", 2025)).isEmpty();
  }
}
