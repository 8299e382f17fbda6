package org.budgetledger.app.importer.document;

/**
 * A row of 部门整体支出绩效目标表: the activity (活动), the indicator text as printed (一级, 二级 and 三级 run
 * together, e.g. {@code 产出指标数量指标享受待遇人次}) and its parts split by the fixed words, 性质, 值 and 单位.
 * {@code shifted} marks a row whose cells were not under their header.
 */
public record ActivityRow(
    String activity,
    String indicator,
    String level1,
    String level2,
    String level3,
    String nature,
    String value,
    String unit,
    int lineNo,
    boolean shifted) {}
