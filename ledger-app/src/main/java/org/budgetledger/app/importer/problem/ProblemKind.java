package org.budgetledger.app.importer.problem;

import java.util.Locale;
import org.budgetledger.app.importer.pdf.PdfProblem;

/**
 * What kind of thing an import refused or warned about, as a stable code for programs ({@link
 * #code()}, in REST {@code kind}), a Chinese title and sentence for people, and the English
 * sentence for logs. The sentences take the problem's arguments as {@code {0}}, {@code {1}} …: data
 * from the document or the machine (a cell's text, a count), never words of the sentence, so a page
 * can mark them as data.
 */
public enum ProblemKind {
  FILE_TOO_LARGE("文件过大", "文件有 {0} 字节，超过上限 {1} 字节", "is {0} bytes; the limit is {1}"),
  FILE_UNREADABLE("文件无法读取", "无法读取此文件", "cannot be read: {0}"),
  TOO_MANY_CHARACTERS("文件过大", "文件有 {0} 个字符，超过上限 {1} 个", "has {0} characters; the limit is {1}"),
  TOO_MANY_LINES("行数过多", "文件超过 {0} 行", "has more than {0} lines"),
  LINE_TOO_LONG("行过长", "本行超过 {0} 个字符", "is longer than {0} characters"),
  TOO_MANY_CELLS("单元格过多", "本行超过 {0} 个以制表符分隔的单元格", "has more than {0} tab-separated cells"),
  CONTROL_CHARACTER(
      "控制字符", "本行第 {1} 个字符是控制字符 {0}", "holds the control character {0} at column {1}"),
  ENCODING_UNKNOWN(
      "编码无法识别",
      "文件既不是 UTF-8 编码，也不是国标中文编码，又没有字节顺序标记；请另存为 UTF-8",
      "is neither UTF-8 nor GB18030 (GBK) text, and has no byte order mark; save it as UTF-8"),
  ENCODING_MISMATCH("编码不符", "文件标明的编码是 {0}，内容却不是有效的 {1}", "declares {0} but is not valid {1}"),

  FORMAT_UNKNOWN(
      "表的编号无法识别",
      "表的编号既不符合区级格式，也不符合市级格式",
      "table numbering matches neither the district nor the municipal format"),
  TABLE_MISSING("缺少表", "文件中找不到{0}", "{0} not found"),
  TITLE_NOT_RECOGNISED("表题无法识别", "表题无法识别：{0}", "table title not recognised: '{0}'"),
  TABLE_NUMBERED_TWICE(
      "同一张表编号不一",
      "同一张表在第 {1} 行编为 {0} 号，此处又编为 {2} 号",
      "the same table is numbered {0} at line {1} and {2} here"),
  FISCAL_YEAR_MISSING(
      "找不到预算年度", "找不到预算年度：没有“（某某年度）”一行，表题也未写明年度", "no (NNNN年度) line and no title naming a year"),
  DOCUMENT_DATE_INVALID("日期无效", "不是有效的日期", "not a calendar date"),
  DOCUMENT_UNNAMED("缺少年度或部门", "文件没有写明预算年度或部门名称", "no fiscal year or department name"),
  EXPENDITURE_SUMMARY_MISSING("缺少支出总表", "文件中没有支出总表", "the document has no 支出总表"),
  UNIT_OF_AMOUNT_UNKNOWN("金额单位无法识别", "金额单位无法识别：{0}", "unit of amount not understood: {0}"),
  LINE_NOT_RECOGNISED("行无法识别", "表内此行无法识别", "line not recognised inside the table"),
  NOTE_KEPT_AS_TEXT("说明按文字保留", "此说明只作为文字保留：{0}", "note kept as text only: {0}"),
  GLOSSARY_TEXT_BEFORE_ENTRY("名词解释格式不符", "第一个编号条目之前有文字", "text before the first numbered entry"),
  AMOUNT_UNREADABLE("金额无法读取", "{0} 不是以{1}为单位的金额", "amount not readable: {2}"),
  CELL_OUTSIDE_COLUMNS("单元格超出表格", "此单元格在表的各列之外：{0}", "cell outside the table's columns: '{0}'"),
  HEADER_MISSING("表头不符", "此行之前没有表头标明“{0}”列的位置", "{1}"),
  HEADER_INCOMPLETE(
      "表头不全", "表头没有列出“三公”经费表的每一列", "header does not name every column of the 三公 table"),
  NOT_A_CODE("不是科目编码", "此单元格不是“编码-名称”：{0}", "not a code-name cell: '{0}'"),
  NOT_A_UNIT("不是单位", "此单元格不是“单位编码-单位名称”：{0}", "not a unit code-name cell: '{0}'"),
  AMOUNT_WITHOUT_LABEL("金额缺少项目", "此金额没有对应的项目名称：{0}", "amount without a label: '{0}'"),
  SECOND_TOTAL_ROW("合计行重复", "出现第二个合计行（第一个在第 {0} 行）", "a second total row (first at line {0})"),
  SECOND_DATA_ROW("数据行重复", "出现第二个数据行（第一个在第 {0} 行）", "a second data row (first at line {0})"),
  NOT_A_YEAR("不是年份", "此单元格不是年份：{0}", "not a year: '{0}'"),
  NOT_A_CATEGORY("不是采购类别", "此单元格不是采购类别（如“C-服务”）", "not a category such as 'C-服务'"),
  CATALOGUE_LEVEL_MISSING("缺少目录级次", "缺少指导性目录的第 {0} 级", "catalogue level {0} missing"),
  NOT_AN_ACTIVITY_ROW(
      "不是活动行", "此行不是活动行（活动、绩效指标、性质、值、单位）", "not an activity row (活动, 绩效指标, 性质, 值, 单位)"),
  ROW_NOT_RECOGNISED("行无法识别", "此行无法识别", "{0}"),
  INDICATOR_BEFORE_PROJECT("指标缺少项目", "此指标行之前没有项目", "indicator row before any project"),
  INDICATOR_ORDER(
      "指标顺序不符", "指标单元格的顺序不是 一级、二级、三级、性质", "indicator cells not in the order 一级/二级/三级/性质"),
  INDICATOR_EXTRA_CELLS(
      "指标单元格过多", "“性质”之后除值和单位外还有单元格：{0}", "more cells than value and unit after the 性质: {0}"),
  UNITS_UNNAMED(
      "单位未写明",
      "按功能分类编码的升序划分出 {0} 个单位，文件未写明各单位的名称",
      "{0} units delimited by ascending function codes; the document names none of them"),
  FIGURE_AS_THRESHOLD("数字按门槛读取", "{0} 按门槛读取，不是金额", "'{0}' read as a threshold, not a figure"),
  FIGURE_NOT_NAMED("数字未对应项目", "数字 {0} 未能对应到已知的项目", "figure '{0}' not named by the catalogue"),

  ROW_TWICE("行重复", "此行（{0}）出现两次，第一次在第 {1} 行", "row {0} is given twice (first at line {1})"),
  CODES_INVALID(
      "编码不符",
      "编码 {0} 不是支出功能分类和经济分类编码（3、5 或 7 位）",
      "codes {0} are not 支出功能分类 and 经济分类 codes (3, 5 or 7 digits)"),
  BASIC_NEITHER_PERSONNEL_NOR_PUBLIC(
      "基本支出科目不符",
      "基本支出列在 {0} 上，它既不是人员经费（301、303），也不是公用经费（302、310）",
      "basic spending on {0}, which is neither 人员经费 (301, 303) nor 公用经费 (302, 310): DOMAIN §2"
          + " gives it no place"),
  LINE_WITHOUT_PAYER(
      "无法归属",
      "一般公共预算支出表中没有单位在 {0} 上有{1}，也没有其他资金来源可以支付；文件共有 {2} 个单位，无法归属",
      "no unit of 一般公共预算支出表 spends on {0} in {1}, no other fund source may pay it, and the"
          + " document has {2} units: cannot attribute it"),
  FIGURE_GIVEN_TWICE("数字重复", "此行出现两次（第一次：{0}）", "the row is given twice (first: {0})"),
  FIGURE_WITHOUT_LINES(
      "数字无对应行", "{0}在支出总表中没有可以构成它的行", "{0} has no line of 支出总表 that could make it up"),
  EARMARK_EXCEEDS_SOURCE(
      "其中数大于所属收入",
      "其中：专项资金列入部门预算的项目 {0} 大于其所属的一般公共预算收入 {1}",
      "the earmarked part {0} (其中：专项资金列入部门预算的项目) exceeds the 一般公共预算 income it is part of, {1}"),
  FIGURES_CONTRADICT(
      "公开数字互相矛盾",
      "公开数字互相矛盾：公开数 {0}，可构成它的各行合计 {1}，超出容差 {2} 分",
      "the published figures contradict each other: {3}"),

  TOO_MANY_UNKNOWNS(
      "重建规模过大",
      "{0} 共有 {1} 个需推算的明细行，超过上限 {2} 个；未导入任何内容",
      "{0} give {1} lines to solve for, more than the limit of {2}; nothing imported"),
  TOO_MANY_MARGINS(
      "重建规模过大",
      "作为约束的公开数字已有 {0} 个、共涉及明细行 {1} 次，超过上限 {2} 个或 {3} 次；约束最多的表：{4}；未导入任何内容",
      "{0} published figures as margins naming lines {1} times, past the limit of {2} or {3};"
          + " most margins from: {4}; nothing imported"),
  TOO_MANY_CONTRADICTIONS(
      "公开数字互相矛盾之处过多",
      "剔除与明细不符的合计已重算 {0} 轮（上限 {1} 轮），公开数字仍互相矛盾：{2}；未导入任何内容",
      "after {0} rounds of setting contradicted totals aside (the limit is {1}) the published"
          + " figures still contradict each other: {2}; nothing imported"),
  SOLVER_TOO_LARGE(
      "重建规模过大",
      "{0} 个约束、{1} 个明细行的线性规划有 {2} 个矩阵元素，超过上限 {3} 个；约束最多的表：{4}；未导入任何内容",
      "a linear programme of {0} margins over {1} lines holds {2} tableau entries, more than the"
          + " limit of {3}; most margins from: {4}; nothing imported"),

  PDF_NOT_A_PDF(PdfProblem.NOT_A_PDF),
  PDF_CORRUPTED(PdfProblem.CORRUPTED),
  PDF_TRUNCATED(PdfProblem.TRUNCATED),
  PDF_ENCRYPTED(PdfProblem.ENCRYPTED),
  PDF_SCANNED(PdfProblem.SCANNED),
  PDF_TOO_LARGE(PdfProblem.TOO_LARGE),
  PDF_TOO_MANY_PAGES(PdfProblem.TOO_MANY_PAGES),
  PDF_TOO_MANY_GLYPHS(PdfProblem.TOO_MANY_GLYPHS),
  PDF_TOO_MANY_RULINGS(PdfProblem.TOO_MANY_RULINGS),
  PDF_TOO_MANY_COLUMNS(PdfProblem.TOO_MANY_COLUMNS),
  PDF_TOO_MANY_TABLES(PdfProblem.TOO_MANY_TABLES),
  PDF_UNREADABLE(PdfProblem.UNREADABLE),
  PDF_TABLES_UNREADABLE(
      "PDF 表格无法读取", "无法按版式读取其中的表格，未导入任何内容", "its tables could not be read ({0}); nothing imported"),
  LAYOUT_UNKNOWN("版式无法识别", "版式无法识别：没有一种已知版式与本文件的表题和编号相符，或有两种同样相符", "{0}"),
  LAYOUT_NOT_IMPORTABLE(
      "版式尚不能导入",
      "按“{1}”版式读取（{3} 页，{2} 张表）；这一版式的科目不印编码，由名称读出编码尚未实现，尚不能记入账本",
      "read as {0} ({1}), {2} tables on {3} pages; its codes print as {5}, and reading codes from"
          + " names is not built yet: the families that import are {4}"),

  PARSER_FAILED("无法解析", "解析程序无法读取此文件，未导入任何内容", "the parser could not read it ({0})"),
  RECONSTRUCTION_FAILED(
      "无法重建", "无法由公开数字重建预算行，未导入任何内容", "its tables could not be reconstructed ({0})"),
  READ_MODEL_STOPPED("读模型已停止", "账本的读模型已停止，暂不接受导入；请待其恢复后重试", "{0}"),
  TEXT_INVALID("文字不符合要求", "“{0}”的文字过长或含有控制字符", "{1}"),
  INITIAL_BUDGET_EXISTS("已有年初预算", "该预算已有年初预算（已导入另一份文件），未导入任何内容", "{0}"),
  BUDGET_RULE("违反预算规则", "账本按预算规则 {0} 拒绝记入，未导入任何内容", "{1}"),
  IMPORT_FAILED("导入出错", "导入出错，未导入任何内容", "failed, nothing was imported: {0}"),

  /** A problem not yet given a kind of its own: its sentence is only the English one. */
  OTHER("其他问题", "{0}", "{0}");

  private final String title;
  private final String chinese;
  private final String english;

  ProblemKind(String title, String chinese, String english) {
    this.title = title;
    this.chinese = chinese;
    this.english = english;
  }

  ProblemKind(PdfProblem pdf) {
    this("PDF 无法读取", pdf.chinese().replace("{page}", "{0}"), "{1}");
  }

  /** The kind of a PDF refusal; its arguments are the page and the reader's whole message. */
  public static ProblemKind of(PdfProblem problem) {
    return valueOf("PDF_" + problem.name());
  }

  /** Stable, for programs: {@code amount-unreadable}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String title() {
    return title;
  }

  String chineseTemplate() {
    return chinese;
  }

  String englishTemplate() {
    return english;
  }
}
