package org.budgetledger.app.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a page says in its own words, read in the browser: every visible text and placeholder,
 * without what the page marks as not its own (document content in Chinese, {@code lang="zh-CN"} on
 * an English page; data such as entry ids, user names and 文号, {@code translate="no"}), and the
 * words of the other script found in it.
 */
final class PageLanguages {
  /** Names of products and formats a Chinese page may print as they are. */
  private static final List<String> LATIN_NAMES =
      List.of(
          "Excel",
          "CSV",
          "JSON",
          "PEM",
          "Merkle",
          "Ed25519",
          "UTF-8",
          "PDF",
          "ledger verify-offline");

  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
  private static final Pattern HAN =
      Pattern.compile("[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]+");

  static final String OWN_TEXT =
      """
      var lang = document.documentElement.lang.slice(0, 2);
      var foreign = function (el) {
        if (el.closest('script, style, template, datalist, [translate=no]')) { return true; }
        var tagged = el.closest('[lang]');
        return tagged !== null && tagged !== document.documentElement
          && tagged.lang.slice(0, 2) !== lang;
      };
      var out = [];
      var walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walk.nextNode()) {
        var text = walk.currentNode.textContent.trim();
        if (text && !foreign(walk.currentNode.parentElement)) { out.push(text); }
      }
      document.querySelectorAll('[placeholder], [title]').forEach(function (el) {
        if (!foreign(el)) { out.push(el.getAttribute('placeholder') || el.getAttribute('title')); }
      });
      return out.join('\\n');
      """;

  private PageLanguages() {}

  /** Latin words on a Chinese page, product names aside. */
  static List<String> englishIn(String text) {
    String rest = text;
    for (String name : LATIN_NAMES) {
      rest = rest.replace(name, " ");
    }
    return found(LATIN_WORD.matcher(rest));
  }

  /** Chinese characters on an English page. */
  static List<String> chineseIn(String text) {
    return found(HAN.matcher(text));
  }

  private static List<String> found(Matcher m) {
    return m.results().map(r -> r.group()).distinct().collect(Collectors.toList());
  }
}
