package org.budgetledger.app.importer.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.budgetledger.core.catalogue.Catalogues;
import org.budgetledger.core.model.Fen;
import org.junit.jupiter.api.Test;

/** Hostile names-only tables: refused with their place, never a stack overflow or a long search. */
class CatalogueNameResolverLimitsTest {
  final CatalogueNameResolver resolver =
      new CatalogueNameResolver(Catalogues.standard().function(), 2026, 5_000);

  static List<PrintedName> rows(int n, String... names) {
    List<PrintedName> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(
          new PrintedName(
              "x.pdf 第 1 页 第 " + (i + 1) + " 行", names[i % names.length], List.of(Fen.ZERO)));
    }
    return rows;
  }

  @Test
  void aTableLongerThanAnyPublishedOneIsRefusedNamingItsFirstRow() {
    NameReading reading = resolver.resolve(rows(Readings.MAX_ROWS + 1, "公路水路运输"));

    assertThat(reading.resolved()).isFalse();
    assertThat(reading.problems())
        .singleElement()
        .asString()
        .startsWith("x.pdf 第 1 页 第 1 行: 只列名称的表超过 5000 行");
  }

  @Test
  void namesThatReadAtTwoLevelsOverThousandsOfRowsEndInAnAnswer() {
    // 公路水路运输 is a 款 (21401) and, under 超长期特别国债安排的支出, a 项 (2149801): each such row
    // can double the readings a depth-first search tries
    NameReading reading =
        resolver.resolve(rows(4_000, "交通运输支出", "公路水路运输", "超长期特别国债安排的支出", "公路水路运输"));

    assertThat(reading.codes()).hasSize(4_000);
    assertThat(reading.resolved() || !reading.problems().isEmpty()).isTrue();
  }
}
