package org.budgetledger.projections.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetledger.core.model.Fen;

/**
 * Finds the amounts a paragraph quotes, each with its unit (万元 or 元, as written) and the words
 * before it in its clause. A clause ends at ，；。：、 (a comma between digits is a thousands
 * separator). 其中 / 包括 open a list whose items run to the end of the sentence.
 */
final class Quotes {
  static final Pattern AMOUNT =
      Pattern.compile(
          "(?<![\\d.,])(-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?)\\s*(万元|元)");
  private static final Pattern CLAUSE_END = Pattern.compile("[，；。：、;:！？]|,(?!\\d{3})");
  private static final Pattern LIST_MARK = Pattern.compile("其中|包括");

  /** A label naming its own year or subject starts a new statement: it ends any list. */
  private static final Pattern STATEMENT = Pattern.compile("\\d{4}年|本部门|本单位");

  static final Pattern COMPARISON = Pattern.compile("^(比|较|与|同)|比上年|较上年|比\\d{4}");

  private Quotes() {}

  static List<Quote> in(Paragraph paragraph) {
    String text = paragraph.text();
    List<Quote> quotes = new ArrayList<>();
    int list = 0;
    int listSentenceEnd = -1;
    int nextListId = 1;
    Matcher amount = AMOUNT.matcher(text);
    int searchMark = 0;
    while (amount.find()) {
      int start = amount.start();
      int clauseStart = clauseStart(text, start);
      int sentenceStart = Math.max(text.lastIndexOf('。', start - 1) + 1, 0);
      int sentenceEnd = text.indexOf('。', start);
      sentenceEnd = sentenceEnd < 0 ? text.length() : sentenceEnd;
      if (list > 0 && start > listSentenceEnd) {
        list = 0;
      }
      Matcher mark = LIST_MARK.matcher(text);
      mark.region(Math.max(searchMark, sentenceStart), start);
      while (mark.find()) {
        list = nextListId++;
        listSentenceEnd = sentenceEnd;
        searchMark = mark.end();
      }
      String clause = text.substring(clauseStart, clauseEnd(text, amount.end()));
      String label = text.substring(clauseStart, start).replaceAll("[\\s\\u3000]+", "");
      boolean comparison = COMPARISON.matcher(label).find();
      Fen fen;
      int decimals;
      String number = amount.group(1);
      int scale = number.contains(".") ? number.length() - number.indexOf('.') - 1 : 0;
      try {
        if (amount.group(2).equals("万元")) {
          fen = Fen.parseWan(number);
          decimals = scale;
        } else {
          fen = Fen.parseYuan(number);
          decimals = scale + 4;
        }
      } catch (RuntimeException notAnAmount) {
        continue;
      }
      String lead = text.substring(sentenceStart, start).replaceAll("[\\s\\u3000]+", "");
      int listId =
          comparison || STATEMENT.matcher(label).find() || parenthesised(text, start) ? 0 : list;
      if (listId == 0 && !comparison && STATEMENT.matcher(label).find()) {
        list = 0;
      }
      quotes.add(
          new Quote(
              label,
              lead,
              fen,
              decimals,
              amount.group(2),
              number,
              clause,
              text.substring(sentenceStart, sentenceEnd),
              paragraph,
              start,
              comparison,
              parenthesised(text, start) ? -1 : listId));
    }
    return quotes;
  }

  /** Inside （…）: a sub-item of the item before it, not an item of the list. */
  static boolean parenthesised(String text, int at) {
    int depth = 0;
    for (int i = 0; i < at; i++) {
      char c = text.charAt(i);
      if (c == '（' || c == '(') {
        depth++;
      } else if ((c == '）' || c == ')') && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  static int clauseStart(String text, int at) {
    int start = 0;
    Matcher end = CLAUSE_END.matcher(text);
    end.region(0, at);
    while (end.find()) {
      start = end.end();
    }
    return start;
  }

  static int clauseEnd(String text, int from) {
    Matcher end = CLAUSE_END.matcher(text);
    end.region(from, text.length());
    return end.find() ? end.start() : text.length();
  }
}
