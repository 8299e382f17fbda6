package org.budgetledger.app.importer.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.app.importer.problem.ProblemKind;
import org.budgetledger.core.model.Fen;
import org.budgetledger.core.model.InvalidAmountException;

/**
 * Extracts the figures quoted in 情况说明 by one general pattern: words followed by an amount in 万元 or
 * 元. The words since the previous amount of the sentence name it ({@link FigureCatalogue}); {@code
 * 比 2025 年年初预算数 …} is the previous year of the sentence's last named figure, {@code 增加/减少 …} its
 * change, and a spending 类 named after {@code 支出包括} is keyed by class. An amount followed by 以上/以下
 * is a threshold, not a figure; one the catalogue cannot name is kept under {@code unclassified}
 * with a warning.
 */
final class NarrativeFigureExtractor {
  private static final Pattern AMOUNT =
      Pattern.compile("(?<![\\d,.])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(万元|元)");
  private static final Pattern CLASS_NAME = Pattern.compile("^(?:.*[：:，,、；;])?([^：:，,、；;]+支出)$");

  private NarrativeFigureExtractor() {}

  static List<QuotedFigure> extract(List<SourceLine> lines, Problems problems) {
    List<QuotedFigure> figures = new ArrayList<>();
    for (SourceLine line : lines) {
      for (String sentence : line.stripped().split("(?<=。)")) {
        read(line, sentence.strip(), figures, problems);
      }
    }
    return figures;
  }

  private static void read(
      SourceLine line, String sentence, List<QuotedFigure> figures, Problems problems) {
    Matcher m = AMOUNT.matcher(sentence);
    String subject = null;
    int from = 0;
    boolean fiscal = Texts.compact(sentence).contains("财政拨款");
    while (m.find()) {
      String words = Texts.compact(sentence.substring(from, m.start()));
      from = m.end();
      if (sentence.substring(m.end()).strip().matches("^(以上|以下).*")) {
        problems.warn(line, "情况说明", ProblemKind.FIGURE_AS_THRESHOLD, m.group());
        continue;
      }
      String key = FigureCatalogue.keyOf(words);
      // The words after the last comma: 比 … 预算数 and 增加 qualify the figure named before.
      String tail = words.replaceFirst("^.*[：:，,；;、]", "");
      if (key != null) {
        subject = key;
      } else if (subject != null && tail.startsWith("比") && tail.contains("预算数")) {
        key = FigureCatalogue.derived(subject, "previousYear");
      } else if (subject != null && tail.matches("^(增加|减少).*")) {
        key = FigureCatalogue.derived(subject, tail.startsWith("增加") ? "increase" : "decrease");
      } else if (CLASS_NAME.matcher(words).matches()) {
        Matcher c = CLASS_NAME.matcher(words);
        c.matches();
        key = (fiscal ? "fiscal." : "") + "expenditure.class." + c.group(1);
      } else {
        key = "unclassified";
        problems.warn(line, "情况说明", ProblemKind.FIGURE_NOT_NAMED, m.group());
      }
      PublishedAmount amount = amount(line, m.group(1), m.group(2), problems);
      if (amount != null) {
        figures.add(new QuotedFigure(key, words, amount, m.group(2), sentence, line.lineNo()));
      }
    }
  }

  private static PublishedAmount amount(
      SourceLine line, String text, String unit, Problems problems) {
    try {
      Fen value = unit.equals("元") ? Fen.parseYuan(text) : Fen.parseWan(text);
      int dot = text.indexOf('.');
      return new PublishedAmount(value, dot < 0 ? 0 : text.length() - dot - 1, line.lineNo(), text);
    } catch (InvalidAmountException e) {
      problems.add(line, "情况说明", ProblemKind.AMOUNT_UNREADABLE, text, unit, e.getMessage());
      return null;
    }
  }
}
