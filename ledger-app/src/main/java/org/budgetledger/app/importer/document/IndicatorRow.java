package org.budgetledger.app.importer.document;

/**
 * A performance indicator (绩效指标) as printed: 一级/二级/三级指标, 性质 (≥ ≤ = ≡ < > 定性), 值, 度量单位 and 指标方向性
 * (district only; empty where not printed). {@code shifted} marks a row whose cells were not under
 * their header: the PDF dropped leading or inner cells and the row moved left, so it was read by
 * content.
 */
public record IndicatorRow(
    String level1,
    String level2,
    String level3,
    String nature,
    String value,
    String unit,
    String direction,
    int lineNo,
    boolean shifted) {}
