package org.budgetledger.app.importer.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a document's layout family from its own text (titles, numbering, labels), never from its
 * file name: a family is a candidate when every one of its markers matches a line; among
 * candidates, the one whose table titles the document prints most wins. A tie is refused rather
 * than guessed.
 */
public final class FamilyDetector {
  private final LayoutProfiles profiles;

  public FamilyDetector(LayoutProfiles profiles) {
    this.profiles = profiles;
  }

  /**
   * @param lines the document's text lines (titles, labels, cover), in any order
   */
  public FamilyDetection detect(List<String> lines) {
    List<String> normalized =
        lines.stream().map(Texts::normalize).filter(l -> !l.isEmpty()).toList();
    List<FamilyDetection> candidates = new ArrayList<>();
    for (LayoutProfile profile : profiles.all()) {
      List<String> evidence = markerLines(profile, normalized);
      if (evidence != null) {
        candidates.add(new FamilyDetection(profile, evidence, titlesFound(profile, normalized)));
      }
    }
    candidates.sort(Comparator.comparingInt(FamilyDetection::titlesFound).reversed());
    if (candidates.isEmpty() || candidates.get(0).titlesFound() == 0) {
      throw new UnknownLayoutException(
          "版式无法识别: no layout family's titles and numbering are "
              + "in this document (known: "
              + profiles.all().stream().map(LayoutProfile::family).toList()
              + ")"
              + closest(normalized));
    }
    if (candidates.size() > 1
        && candidates.get(1).titlesFound() == candidates.get(0).titlesFound()) {
      throw new UnknownLayoutException(
          "版式不唯一: the document matches both "
              + candidates.get(0).profile().family()
              + " and "
              + candidates.get(1).profile().family()
              + " equally ("
              + candidates.get(0).titlesFound()
              + " table titles each)");
    }
    return candidates.get(0);
  }

  /**
   * What an unseen document of a known family lacks: the family the largest share of whose table
   * titles it prints, how many, and the markers no line matches, so a person can tell a new family
   * from a variant.
   */
  private String closest(List<String> lines) {
    LayoutProfile best = null;
    int found = 0;
    for (LayoutProfile profile : profiles.all()) {
      int titles = titlesFound(profile, lines);
      // by the share of its titles printed: 9 of 9 resembles more than 9 of 13
      if (titles > 0
          && (best == null
              || (long) titles * best.tables().size() > (long) found * profile.tables().size())) {
        best = profile;
        found = titles;
      }
    }
    if (best == null) {
      return "; no table title of any family is printed";
    }
    List<String> missing =
        best.markers().stream()
            .filter(m -> lines.stream().noneMatch(l -> m.matcher(l).find()))
            .map(Pattern::pattern)
            .toList();
    return "; closest: "
        + best.family()
        + " ("
        + found
        + " of its "
        + best.tables().size()
        + " table titles printed"
        + (missing.isEmpty() ? "" : ", no line matches its marker " + missing)
        + ")";
  }

  /** The first line each marker matches, or null when one marker matches none. */
  private static List<String> markerLines(LayoutProfile profile, List<String> lines) {
    List<String> evidence = new ArrayList<>();
    for (Pattern marker : profile.markers()) {
      String hit = lines.stream().filter(l -> marker.matcher(l).find()).findFirst().orElse(null);
      if (hit == null) {
        return null;
      }
      evidence.add(hit);
    }
    return evidence;
  }

  private static int titlesFound(LayoutProfile profile, List<String> lines) {
    return (int)
        profile.tables().stream()
            .filter(t -> lines.stream().anyMatch(l -> t.matchLength(l) > 0))
            .count();
  }
}
