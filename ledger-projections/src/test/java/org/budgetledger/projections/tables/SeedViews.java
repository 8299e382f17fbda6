package org.budgetledger.projections.tables;

import static org.budgetledger.core.model.ExpenditureKind.BASIC_PERSONNEL;
import static org.budgetledger.core.model.ExpenditureKind.BASIC_PUBLIC;
import static org.budgetledger.core.model.ExpenditureKind.PROJECT;

import java.util.List;
import java.util.Map;
import org.budgetledger.core.model.ActivityIndicator;
import org.budgetledger.core.model.DepartmentPerformance;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.FundSource;
import org.budgetledger.core.model.Origin;
import org.budgetledger.core.model.PerformanceIndicator;
import org.budgetledger.core.model.ProjectPerformance;
import org.budgetledger.core.model.ProjectRef;
import org.budgetledger.core.model.TagKind;
import org.budgetledger.core.model.UnitCode;
import org.budgetledger.projections.budget.BudgetView;

/**
 * Small views with codes and amounts from the seeds: part of the 东城区医疗保障局 budget (district format)
 * and of the 北京市医疗保障局 budget (municipal). Splits over units the seeds do not print are the
 * fixture's own; so are the 210 line without economic detail (district) and the second target of a
 * repeated project (municipal).
 */
public final class SeedViews {
  public static final ProjectRef LEGAL_AID = new ProjectRef("11010122700000399442", "法律援助服务");
  public static final ProjectRef RETIREE_SUBSIDY =
      new ProjectRef("11010122T00000399524", "退休人员医疗补贴");
  public static final ProjectRef PUBLIC_EVALUATION =
      new ProjectRef("11000022T000000444016", "医疗保障公众评价");
  public static final ProjectRef FINANCE_MANAGEMENT =
      new ProjectRef("11000022Y000000446043", "财务综合管理工作经费");

  private SeedViews() {}

  public static BudgetView district() {
    return new ViewFixture()
        .unit("201001", "北京市东城区医疗保障局本级")
        .unit("201002", "北京市东城区医疗保险事务管理中心")
        .names(
            Map.of(
                "2101501",
                "行政运行",
                "2080501",
                "行政单位离退休",
                "2101502",
                "一般行政管理事务",
                "2101199",
                "其他行政事业单位医疗支出",
                "2109999",
                "其他卫生健康支出",
                "2210201",
                "住房公积金"),
            Map.of(
                "50101",
                "工资奖金津补贴",
                "50201",
                "办公经费",
                "50299",
                "其他商品和服务支出",
                "50205",
                "委托业务费",
                "50901",
                "社会福利和救助",
                "50103",
                "住房公积金"),
            Map.of(
                "30101",
                "基本工资",
                "30102",
                "津贴补贴",
                "30211",
                "差旅费",
                "3021101",
                "差旅费",
                "30299",
                "其他商品和服务支出",
                "30227",
                "委托业务费",
                "30307",
                "医疗费补助",
                "30113",
                "住房公积金"))
        .line("201001", "2101501", "50101", "30101", BASIC_PERSONNEL, "100.000000")
        .line("201002", "2101501", "50101", "30101", BASIC_PERSONNEL, "304.140000")
        .line("201001", "2101501", "50101", "30102", BASIC_PERSONNEL, "108.860000")
        .line("201002", "2101501", "50101", "30102", BASIC_PERSONNEL, "1016.090000")
        .line("201001", "2101501", "50201", "30211", BASIC_PUBLIC, "0.990000")
        .line("201002", "2101501", "50201", "3021101", BASIC_PUBLIC, "0.500000")
        .line("201001", "2101501", "50299", "30299", BASIC_PUBLIC, "42.870000")
        .line("201001", "2080501", "50299", "30299", BASIC_PUBLIC, "1.210000")
        .line(
            "201001",
            "2101502",
            "50205",
            "30227",
            PROJECT,
            LEGAL_AID,
            FundSource.GENERAL_BUDGET,
            "4.000000")
        .line("201001", "2101199", "50901", "30307", PROJECT, "39449.000000")
        .line("201002", "2109999", "50901", "30307", PROJECT, "442.000000")
        .line("201001", "2210201", "50103", "30113", BASIC_PERSONNEL, "33.870000")
        .line("201002", "2210201", "50103", "30113", BASIC_PERSONNEL, "167.990000")
        .line("201002", "210", null, null, PROJECT, null, FundSource.GENERAL_BUDGET, "12.345678")
        .balanceWithGeneralBudgetIncome()
        .tag(TagKind.PROCUREMENT, List.of("C-服务"), null, "329.66")
        .tag(
            TagKind.PURCHASED_SERVICE,
            List.of("01-公共服务", "0104-社会保障服务", "社会保险服务"),
            "210-卫生健康支出",
            "196.95")
        .tag(
            TagKind.PURCHASED_SERVICE,
            List.of("02-政府履职辅助性服务", "0201-法律服务", "法律顾问服务"),
            "210-卫生健康支出",
            "4.00")
        .project(
            new ProjectPerformance(
                UnitCode.of("201001"),
                LEGAL_AID,
                Fen.parseWan("4.000000"),
                Fen.parseWan("4.000000"),
                Fen.ZERO,
                "进一步提高我局行政决策水平，促进依法行政。",
                List.of(
                    new PerformanceIndicator("产出指标", "时效指标", "合法性审查反馈时间", "≤", "3", "个工作日", "正向指标"),
                    new PerformanceIndicator(
                        "满意度指标", "服务对象满意度指标", "法律服务满意度", "≥", "95", "%", "正向指标"))))
        .project(
            new ProjectPerformance(
                UnitCode.of("201002"),
                RETIREE_SUBSIDY,
                Fen.parseWan("442.000000"),
                Fen.parseWan("442.000000"),
                Fen.ZERO,
                "对东城区退休人员予以医疗补贴。",
                List.of(
                    new PerformanceIndicator("产出指标", "数量指标", "享受待遇人次", "≥", "1000", "人次", "正向指标"))))
        .performance(
            new DepartmentPerformance(
                "积极推进全区医疗保障事业的建设和发展。",
                "",
                List.of(
                    new ActivityIndicator("综合管理", "产出指标时效指标合法性审查反馈时间", "<", "3", "个工作日"),
                    new ActivityIndicator("其他卫生健康", "产出指标数量指标享受待遇人次", ">", "1000", "人次"))))
        .build("201", "北京市东城区医疗保障局", DisclosureFormat.DISTRICT, 2);
  }

  public static BudgetView municipal() {
    return new ViewFixture()
        .unit("ybj001", "北京市医疗保障局（示例单位一）")
        .unit("ybj002", "北京市医疗保障局（示例单位二）")
        .names(
            Map.of(
                "2050299",
                "其他普通教育支出",
                "2050803",
                "培训支出",
                "2101501",
                "行政运行",
                "2101505",
                "医疗保障政策管理",
                "2101550",
                "事业运行"),
            Map.of(
                "50901",
                "社会福利和救助",
                "50203",
                "培训费",
                "50101",
                "工资奖金津补贴",
                "50206",
                "公务接待费",
                "50208",
                "公务用车运行维护费",
                "50207",
                "因公出国（境）费用",
                "50303",
                "公务用车购置",
                "50501",
                "工资福利支出",
                "50201",
                "办公经费"),
            Map.of(
                "30307",
                "医疗费补助",
                "30216",
                "培训费",
                "30101",
                "基本工资",
                "30217",
                "公务接待费",
                "30231",
                "公务用车运行维护费",
                "3021202",
                "其他因公出国（境）费用",
                "31013",
                "公务用车购置",
                "3021101",
                "差旅费"))
        .line("ybj001", "2050299", "50901", "30307", PROJECT, "8935.000000")
        .line("ybj001", "2050803", "50203", "30216", BASIC_PUBLIC, "20.000000")
        .line("ybj001", "2050803", "50203", "30216", PROJECT, "81.812380")
        .line("ybj001", "2101501", "50101", "30101", BASIC_PERSONNEL, "1184.986800")
        .line("ybj001", "2101501", "50206", "30217", BASIC_PUBLIC, "1.920000")
        .line("ybj001", "2101501", "50208", "30231", BASIC_PUBLIC, "6.730000")
        .line("ybj001", "2101501", "50201", "3021101", BASIC_PUBLIC, "50.643750")
        .line("ybj001", "2101505", "50207", "3021202", PROJECT, "50.332600")
        .line("ybj001", "2101505", "50303", "31013", PROJECT, "18.690000")
        .line("ybj002", "2101550", "50501", "30101", BASIC_PERSONNEL, "222.817954")
        .line("ybj001", "210", null, null, PROJECT, null, FundSource.GENERAL_BUDGET, "81779.000000")
        .income("ybj001", FundSource.GENERAL_BUDGET, Origin.CARRY_OVER, Fen.parseWan("508.642853"))
        .balanceWithGeneralBudgetIncome()
        .tag(TagKind.PROCUREMENT, List.of("A-货物"), null, "567.936205")
        .tag(TagKind.PROCUREMENT, List.of("C-服务"), null, "4987.035570")
        .tag(
            TagKind.PURCHASED_SERVICE,
            List.of("01-公共服务", "0101-公共安全服务", "安全风险评估服务"),
            null,
            "23.700000")
        .tag(
            TagKind.PURCHASED_SERVICE,
            List.of("01-公共服务", "0115-公共信息与宣传服务", "公共信息系统开发与维护服务"),
            null,
            "494.748000")
        .tag(
            TagKind.PURCHASED_SERVICE,
            List.of("01-公共服务", "0115-公共信息与宣传服务", "公共信息系统开发与维护服务"),
            null,
            "64.585291")
        .project(
            new ProjectPerformance(
                null,
                PUBLIC_EVALUATION,
                Fen.parseWan("76.436338"),
                Fen.parseWan("76.436338"),
                Fen.ZERO,
                "以提升北京市医保服务质量为核心。",
                List.of(new PerformanceIndicator("产出指标", "数量指标", "分析报告", "=", "1", "份", ""))))
        .project(
            new ProjectPerformance(
                null,
                FINANCE_MANAGEMENT,
                Fen.parseWan("149.4"),
                Fen.parseWan("149.4"),
                Fen.ZERO,
                "提升财务综合管理水平。",
                List.of()))
        .project(
            new ProjectPerformance(
                null,
                FINANCE_MANAGEMENT,
                Fen.parseWan("20.000000"),
                Fen.parseWan("20.000000"),
                Fen.ZERO,
                "提升财务综合管理水平。",
                List.of(new PerformanceIndicator("产出指标", "数量指标", "审计报告", "≥", "1", "份", ""))))
        .performance(
            new DepartmentPerformance(
                "坚持人民至上。",
                "",
                List.of(new ActivityIndicator("医疗保障管理", "产出指标数量指标参保人参保意愿调查样本", "≥", "3396", "人"))))
        .build("ybj", "北京市医疗保障局", DisclosureFormat.MUNICIPAL, 6);
  }
}
