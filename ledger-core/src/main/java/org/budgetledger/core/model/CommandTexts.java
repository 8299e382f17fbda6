package org.budgetledger.core.model;

/**
 * The limits on the free text a command carries (reasons, 文号, names, request ids), checked when the
 * command is built, so no path into the ledger (REST, pages, files, importer) can record a text the
 * read models cannot hold or a terminal cannot print. A text is refused when longer than its limit
 * or when it holds a control character (NUL, line breaks, escapes) or half of a surrogate pair.
 * Stored events are never checked again: what was recorded stays readable.
 */
public final class CommandTexts {
  /** 事由: the reason of an entry. */
  public static final int REASON = 2_000;

  /** The approval document's title. */
  public static final int BASIS_DOCUMENT = 500;

  /** The approval document's 文号. */
  public static final int BASIS_NUMBER = 200;

  /** A client's request id. */
  public static final int REQUEST_ID = 200;

  /** The signed-in user or the importer acting for one. */
  public static final int ACTOR = 200;

  /** A department, unit, project or classification name; a unit type. */
  public static final int NAME = 300;

  /** A project code. */
  public static final int PROJECT_CODE = 100;

  /** The name of an imported file. */
  public static final int FILE_NAME = 500;

  private CommandTexts() {}

  /** Returns {@code value} (null allowed) if within {@code limit} and free of control codes. */
  public static String check(String field, String value, int limit) {
    if (value == null) {
      return null;
    }
    if (value.length() > limit) {
      throw new InvalidTextException(
          field, field + " has " + value.length() + " characters; the limit is " + limit);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw new InvalidTextException(
            field,
            field
                + " holds the control character U+"
                + String.format("%04X", (int) c)
                + " at position "
                + (i + 1)
                + ": texts are one line of printable characters");
      }
      if (Character.isSurrogate(c) && !pairedAt(value, i)) {
        throw new InvalidTextException(
            field, field + " holds half of a surrogate pair at position " + (i + 1));
      }
      if (Character.isHighSurrogate(c)) {
        i++;
      }
    }
    return value;
  }

  /** The document title and 文号 of a command's basis. */
  public static void basis(Basis basis) {
    if (basis != null) {
      check("basis.document", basis.document(), BASIS_DOCUMENT);
      check("basis.number", basis.number(), BASIS_NUMBER);
    }
  }

  public static void actor(Actor actor) {
    if (actor != null) {
      check("actor", actor.value(), ACTOR);
    }
  }

  public static void project(String field, ProjectRef project) {
    if (project != null) {
      check(field + ".projectCode", project.code(), PROJECT_CODE);
      check(field + ".projectName", project.name(), NAME);
    }
  }

  /** The names and types of a budget's units. */
  public static void units(java.util.List<Unit> units) {
    for (int i = 0; units != null && i < units.size(); i++) {
      check("units[" + i + "].name", units.get(i).name(), NAME);
      check("units[" + i + "].type", units.get(i).type(), NAME);
    }
  }

  private static boolean pairedAt(String value, int i) {
    return Character.isHighSurrogate(value.charAt(i))
        && i + 1 < value.length()
        && Character.isLowSurrogate(value.charAt(i + 1));
  }
}
