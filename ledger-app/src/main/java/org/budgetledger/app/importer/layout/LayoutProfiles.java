package org.budgetledger.app.importer.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layout families the importer knows: one YAML file per family under {@code layouts/}, listed
 * in {@code layouts/families.txt}, and the header words every family shares in {@code
 * layouts/common.yaml}. Plain Java (no Spring), so the importer runs without the app.
 */
public final class LayoutProfiles {
  static final String DIRECTORY = "layouts/";
  static final String INDEX = DIRECTORY + "families.txt";
  static final String COMMON = DIRECTORY + "common.yaml";

  private static volatile LayoutProfiles builtIn;

  private final List<LayoutProfile> profiles;
  private final List<MeasureRule> sharedMeasures;

  public LayoutProfiles(List<LayoutProfile> profiles, List<MeasureRule> sharedMeasures) {
    this.profiles = List.copyOf(profiles);
    this.sharedMeasures = List.copyOf(sharedMeasures);
    Map<String, LayoutProfile> byFamily = new LinkedHashMap<>();
    for (LayoutProfile p : profiles) {
      if (byFamily.put(p.family(), p) != null) {
        throw new LayoutProfileException("family '" + p.family() + "' is described twice");
      }
    }
  }

  /** The families shipped with the ledger, read once. */
  public static LayoutProfiles builtIn() {
    LayoutProfiles loaded = builtIn;
    if (loaded == null) {
      synchronized (LayoutProfiles.class) {
        if (builtIn == null) {
          builtIn = fromResources(LayoutProfiles.class.getClassLoader());
        }
        loaded = builtIn;
      }
    }
    return loaded;
  }

  static LayoutProfiles fromResources(ClassLoader loader) {
    List<LayoutProfile> profiles = new ArrayList<>();
    for (String line : resource(loader, INDEX).split("\\R")) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      String file = DIRECTORY + name;
      profiles.add(parse(file, resource(loader, file)));
    }
    return new LayoutProfiles(profiles, parseCommon(COMMON, resource(loader, COMMON)));
  }

  /** One profile from its text; {@code file} names it in errors. */
  public static LayoutProfile parse(String file, String yaml) {
    return new ProfileReader(file).profile(ProfileReader.yaml(file, yaml));
  }

  static List<MeasureRule> parseCommon(String file, String yaml) {
    return new ProfileReader(file).measures(ProfileReader.yaml(file, yaml));
  }

  public List<LayoutProfile> all() {
    return profiles;
  }

  public Optional<LayoutProfile> family(String family) {
    return profiles.stream().filter(p -> p.family().equals(family)).findFirst();
  }

  /** The header vocabulary of a family: its own words, then the shared ones. */
  public MeasureVocabulary vocabulary(LayoutProfile profile) {
    return new MeasureVocabulary(profile.measures(), sharedMeasures);
  }

  private static String resource(ClassLoader loader, String name) {
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new LayoutProfileException(name + ": not found on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
