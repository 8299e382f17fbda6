package org.budgetledger.app.importer.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem's kind with its arguments, said in Chinese ({@link #chinese()}, {@link #segments()}) or
 * English ({@link #english()}). Arguments are data (a cell's text, a count, a code), never words.
 */
public record ProblemText(ProblemKind kind, List<String> args) {
  private static final Pattern SLOT = Pattern.compile("\\{(\\d+)}");

  /** A piece of a sentence: the sentence's own words, or an argument ({@code data}). */
  public record Segment(String text, boolean data) {}

  public ProblemText {
    args = args.stream().map(a -> a == null ? "" : a).toList();
  }

  public static ProblemText of(ProblemKind kind, Object... args) {
    List<String> texts = new ArrayList<>();
    for (Object a : args) {
      texts.add(String.valueOf(a));
    }
    return new ProblemText(kind, texts);
  }

  public String chinese() {
    return join(kind.chineseTemplate());
  }

  public String english() {
    return join(kind.englishTemplate());
  }

  /** The Chinese sentence in pieces, so a page can mark the arguments as data. */
  public List<Segment> segments() {
    List<Segment> out = new ArrayList<>();
    String template = kind.chineseTemplate();
    Matcher m = SLOT.matcher(template);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        out.add(new Segment(template.substring(at, m.start()), false));
      }
      out.add(new Segment(arg(Integer.parseInt(m.group(1))), true));
      at = m.end();
    }
    if (at < template.length()) {
      out.add(new Segment(template.substring(at), false));
    }
    return out;
  }

  private String join(String template) {
    StringBuilder out = new StringBuilder();
    segmentsOf(template).forEach(s -> out.append(s));
    return out.toString();
  }

  private List<String> segmentsOf(String template) {
    List<String> out = new ArrayList<>();
    Matcher m = SLOT.matcher(template);
    int at = 0;
    while (m.find()) {
      out.add(template.substring(at, m.start()));
      out.add(arg(Integer.parseInt(m.group(1))));
      at = m.end();
    }
    out.add(template.substring(at));
    return out;
  }

  private String arg(int i) {
    return i < args.size() ? args.get(i) : "";
  }
}
