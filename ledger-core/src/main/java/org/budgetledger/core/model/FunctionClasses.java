package org.budgetledger.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of 支出功能分类 类 and the fixed lists of 类 rows that the summary tables print (收支总表,
 * 财政拨款收支总表). The lists differ per table and per format, so each is written out as published, not
 * derived: the district 收支总表 prints 28 rows (with 社会保险基金支出 and 往来性支出), the district 财政拨款收支总表 31
 * (adding 预备费, 转移性支出, 债务还本支出), the municipal document 26 in both tables.
 *
 * <p>{@code 299} 往来性支出 is a local class of the district documents; its code is not printed in them
 * and is this catalogue's assumption.
 */
public final class FunctionClasses {
  private static final Map<String, FunctionClass> CATALOGUE = new LinkedHashMap<>();

  static {
    add("201", "一般公共服务支出");
    add("202", "外交支出");
    add("203", "国防支出");
    add("204", "公共安全支出");
    add("205", "教育支出");
    add("206", "科学技术支出");
    add("207", "文化旅游体育与传媒支出");
    add("208", "社会保障和就业支出");
    add("209", "社会保险基金支出");
    add("210", "卫生健康支出");
    add("211", "节能环保支出");
    add("212", "城乡社区支出");
    add("213", "农林水支出");
    add("214", "交通运输支出");
    add("215", "资源勘探工业信息等支出");
    add("216", "商业服务业等支出");
    add("217", "金融支出");
    add("219", "援助其他地区支出");
    add("220", "自然资源海洋气象等支出");
    add("221", "住房保障支出");
    add("222", "粮油物资储备支出");
    add("223", "国有资本经营预算支出");
    add("224", "灾害防治及应急管理支出");
    add("227", "预备费");
    add("229", "其他支出");
    add("230", "转移性支出");
    add("231", "债务还本支出");
    add("232", "债务付息支出");
    add("233", "债务发行费用支出");
    add("234", "抗疫特别国债安排的支出");
    add("299", "往来性支出");
  }

  private static final List<String> MUNICIPAL =
      List.of(
          "201", "202", "203", "204", "205", "206", "207", "208", "210", "211", "212", "213", "214",
          "215", "216", "217", "219", "220", "221", "222", "223", "224", "229", "232", "233",
          "234");
  private static final List<String> DISTRICT_SUMMARY =
      List.of(
          "201", "202", "203", "204", "205", "206", "207", "208", "209", "210", "211", "212", "213",
          "214", "215", "216", "217", "219", "220", "221", "222", "223", "224", "229", "232", "233",
          "234", "299");
  private static final List<String> DISTRICT_FISCAL =
      List.of(
          "201", "202", "203", "204", "205", "206", "207", "208", "209", "210", "211", "212", "213",
          "214", "215", "216", "217", "219", "220", "221", "222", "223", "224", "227", "229", "230",
          "231", "232", "233", "234", "299");

  private FunctionClasses() {}

  private static void add(String code, String name) {
    CATALOGUE.put(code, new FunctionClass(code, name));
  }

  /** Every 类 of the catalogue, in code order. */
  public static List<FunctionClass> all() {
    return List.copyOf(CATALOGUE.values());
  }

  public static Optional<FunctionClass> find(String classCode) {
    return Optional.ofNullable(CATALOGUE.get(classCode));
  }

  /** The name of a 类, or empty text when the catalogue does not know the code. */
  public static String name(String classCode) {
    return find(classCode).map(FunctionClass::name).orElse("");
  }

  /** The 类 rows of 收支总表 in the format's published order. */
  public static List<FunctionClass> incomeExpenditureSummary(DisclosureFormat format) {
    return resolve(format == DisclosureFormat.DISTRICT ? DISTRICT_SUMMARY : MUNICIPAL);
  }

  /** The 类 rows of 财政拨款收支总表 in the format's published order. */
  public static List<FunctionClass> fiscalAppropriationSummary(DisclosureFormat format) {
    return resolve(format == DisclosureFormat.DISTRICT ? DISTRICT_FISCAL : MUNICIPAL);
  }

  private static List<FunctionClass> resolve(List<String> codes) {
    return codes.stream().map(CATALOGUE::get).toList();
  }

  /** The Chinese ordinal the tables print before a row: 1 → 一, 10 → 十, 21 → 二十一. */
  public static String ordinal(int n) {
    if (n < 1 || n > 99) {
      throw new IllegalArgumentException("ordinals run from 一 to 九十九, not " + n);
    }
    String digits = "一二三四五六七八九";
    int tens = n / 10;
    int ones = n % 10;
    String tensText = tens == 0 ? "" : (tens == 1 ? "" : digits.substring(tens - 1, tens)) + "十";
    return tensText + (ones == 0 ? "" : digits.substring(ones - 1, ones));
  }

  /** A row label as printed: {@code 十、卫生健康支出}. */
  public static String numbered(int n, String name) {
    return ordinal(n) + "、" + name;
  }
}
