package org.budgetledger.app.importer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.budgetledger.core.model.DisclosureFormat;
import org.budgetledger.core.model.MoneyUnit;
import org.budgetledger.projections.tables.TableKind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one profile file (YAML, plain SnakeYAML: no Spring) into a {@link LayoutProfile}; every
 * error names the file and the field, e.g. {@code layouts/beijing13.yaml: tables[3].kind}.
 */
final class ProfileReader {
  private final String file;

  ProfileReader(String file) {
    this.file = file;
  }

  static Map<String, Object> yaml(String file, String text) {
    try {
      Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
      if (!(root instanceof Map<?, ?> map)) {
        throw new LayoutProfileException(file + ": not a YAML mapping");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> typed = (Map<String, Object>) map;
      return typed;
    } catch (YAMLException e) {
      throw new LayoutProfileException(file + ": not readable YAML: " + e.getMessage(), e);
    }
  }

  LayoutProfile profile(Map<String, Object> root) {
    List<ProfileTable> tables = new ArrayList<>();
    List<Map<String, Object>> rawTables = maps(root, "tables");
    for (int i = 0; i < rawTables.size(); i++) {
      tables.add(table(rawTables.get(i), "tables[" + i + "]"));
    }
    if (tables.isEmpty()) {
      throw new LayoutProfileException(file + ": tables: a family publishes at least one table");
    }
    Object numbering = root.get("numbering");
    Pattern numberPattern = numbering == null ? null : pattern(numbering, "numbering");
    if (numberPattern != null && !numberPattern.pattern().contains("(?<n>")) {
      throw new LayoutProfileException(file + ": numbering: needs a group (?<n>…) for the number");
    }
    List<Pattern> markers =
        strings(root, "markers").stream().map(m -> pattern(m, "markers")).toList();
    if (markers.isEmpty()) {
      throw new LayoutProfileException(file + ": markers: at least one pattern tells the family");
    }
    return new LayoutProfile(
        string(root, "family"),
        string(root, "name"),
        markers,
        numberPattern,
        unit(root.get("unit"), "unit"),
        integer(root, "decimals"),
        codes(root.get("codes"), "codes"),
        tables,
        measures(root),
        textFormat(root));
  }

  List<MeasureRule> measures(Map<String, Object> root) {
    List<MeasureRule> rules = new ArrayList<>();
    List<Map<String, Object>> raw =
        root.containsKey("measures") ? maps(root, "measures") : List.of();
    for (int i = 0; i < raw.size(); i++) {
      Map<String, Object> m = raw.get(i);
      String at = "measures[" + i + "]";
      List<String> labels = strings(m, "labels", at);
      if (labels.isEmpty()) {
        throw new LayoutProfileException(file + ": " + at + ".labels: at least one label");
      }
      rules.add(
          new MeasureRule(
              string(m, "key", at),
              labels,
              m.containsKey("under") ? strings(m, "under", at) : List.of()));
    }
    return rules;
  }

  private DisclosureFormat textFormat(Map<String, Object> root) {
    Object value = root.get("textFormat");
    if (value == null) {
      return null;
    }
    try {
      return DisclosureFormat.valueOf(value.toString());
    } catch (IllegalArgumentException e) {
      throw new LayoutProfileException(
          file
              + ": textFormat: '"
              + value
              + "' is not one of "
              + List.of(DisclosureFormat.values()));
    }
  }

  private ProfileTable table(Map<String, Object> m, String at) {
    Object kind = m.get("kind");
    TableKind tableKind = null;
    String content;
    if (kind != null) {
      try {
        tableKind = TableKind.valueOf(kind.toString());
      } catch (IllegalArgumentException e) {
        throw new LayoutProfileException(
            file
                + ": "
                + at
                + ".kind: '"
                + kind
                + "' is not a table kind (one of "
                + List.of(TableKind.values())
                + ")");
      }
      content = tableKind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    } else {
      content = string(m, "content", at);
    }
    Object number = m.get("number");
    return new ProfileTable(
        number == null ? null : number.toString(),
        pattern(m.get("title"), at + ".title"),
        tableKind,
        content,
        m.get("unit") == null ? null : unit(m.get("unit"), at + ".unit"),
        m.get("decimals") == null ? null : integer(m, "decimals", at),
        m.get("codes") == null ? null : codes(m.get("codes"), at + ".codes"),
        rows(m.get("rows"), at + ".rows"));
  }

  private Map<String, Pattern> rows(Object value, String at) {
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> rows)) {
      throw new LayoutProfileException(file + ": " + at + ": a map of measure: row label pattern");
    }
    Map<String, Pattern> patterns = new java.util.LinkedHashMap<>();
    rows.forEach((k, v) -> patterns.put(k.toString(), pattern(v, at + "." + k)));
    return patterns;
  }

  private Pattern pattern(Object value, String at) {
    if (value == null) {
      throw new LayoutProfileException(file + ": " + at + ": missing");
    }
    try {
      return Pattern.compile(value.toString());
    } catch (PatternSyntaxException e) {
      throw new LayoutProfileException(file + ": " + at + ": not a pattern: " + e.getMessage());
    }
  }

  private MoneyUnit unit(Object value, String at) {
    try {
      return MoneyUnit.named(String.valueOf(value));
    } catch (IllegalArgumentException e) {
      throw new LayoutProfileException(file + ": " + at + ": " + e.getMessage());
    }
  }

  private CodePrinting codes(Object value, String at) {
    try {
      return CodePrinting.valueOf(String.valueOf(value));
    } catch (IllegalArgumentException e) {
      throw new LayoutProfileException(
          file + ": " + at + ": '" + value + "' is not one of " + List.of(CodePrinting.values()));
    }
  }

  private String string(Map<String, Object> m, String key) {
    return string(m, key, null);
  }

  private String string(Map<String, Object> m, String key, String at) {
    Object value = m.get(key);
    if (value == null || value.toString().isBlank()) {
      throw new LayoutProfileException(file + ": " + path(at, key) + ": missing");
    }
    return value.toString();
  }

  private int integer(Map<String, Object> m, String key) {
    return integer(m, key, null);
  }

  private int integer(Map<String, Object> m, String key, String at) {
    if (!(m.get(key) instanceof Integer value) || value < 0 || value > 6) {
      throw new LayoutProfileException(
          file + ": " + path(at, key) + ": a whole number of decimals from 0 to 6");
    }
    return value;
  }

  private List<String> strings(Map<String, Object> m, String key) {
    return strings(m, key, null);
  }

  private List<String> strings(Map<String, Object> m, String key, String at) {
    if (!(m.get(key) instanceof List<?> list)) {
      throw new LayoutProfileException(file + ": " + path(at, key) + ": a list is expected");
    }
    return list.stream().map(String::valueOf).toList();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> maps(Map<String, Object> m, String key) {
    if (!(m.get(key) instanceof List<?> list)
        || !list.stream().allMatch(e -> e instanceof Map<?, ?>)) {
      throw new LayoutProfileException(file + ": " + key + ": a list of mappings is expected");
    }
    return (List<Map<String, Object>>) list;
  }

  private static String path(String at, String key) {
    return at == null ? key : at + "." + key;
  }
}
