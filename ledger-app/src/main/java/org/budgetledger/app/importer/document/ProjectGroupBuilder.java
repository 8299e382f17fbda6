package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;

/** A project group being read: its indicator rows arrive on the lines after its header row. */
final class ProjectGroupBuilder {
  final String code;
  final String name;
  final int lineNo;
  final List<IndicatorRow> indicators = new ArrayList<>();
  CodedName unit;
  PublishedAmount total;
  PublishedAmount fiscal;
  PublishedAmount other;
  String goal = "";
  int afterGoal;
  boolean shifted;

  ProjectGroupBuilder(String code, String name, int lineNo) {
    this.code = code;
    this.name = name;
    this.lineNo = lineNo;
  }

  ProjectGroup build() {
    return new ProjectGroup(
        unit, code, name, total, fiscal, other, goal, lineNo, shifted, indicators);
  }
}
