package org.budgetledger.app.bench.fuzz;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes damaged copies of real documents the way files get damaged: characters mistyped or misread
 * (O for 0, I for 1, a letter after a figure), lines duplicated, dropped or swapped, a line of
 * 50,000 cells, NUL bytes, other encodings (GBK, UTF-16 with and without a byte order mark),
 * truncation, and random bytes. Deterministic for a given seed, so a failure can be replayed.
 */
public final class DocumentMutator {
  private static final String KINDS =
      "char,digit,duplicate-line,drop-line,swap-lines,huge-line,"
          + "many-cells,nul,gbk,utf16le-bom,utf16be,truncate,random-bytes";
  private static final char[] TYPOS = {
    'O', 'I', 'l', 'B', 'S', '0', '1', '7', '.', ',', '-', '\t', '\u0000', '\u001b', '，', '。', '万',
    ' ', '\u00a0', '\ufeff', '\ud83d'
  };
  private final List<String> seedNames;
  private final List<String> seedTexts;
  private final Random random;
  private int made;

  public DocumentMutator(List<String> seedNames, List<String> seedTexts, long seed) {
    this.seedNames = List.copyOf(seedNames);
    this.seedTexts = List.copyOf(seedTexts);
    this.random = new Random(seed);
  }

  public static List<String> kinds() {
    return List.of(KINDS.split(","));
  }

  public Mutant next() {
    int s = random.nextInt(seedTexts.size());
    String kind = kinds().get(random.nextInt(kinds().size()));
    String name = "fuzz-" + (++made) + "-" + kind + "-" + seedNames.get(s);
    return new Mutant(name, mutate(seedTexts.get(s), kind), kind);
  }

  private byte[] mutate(String text, String kind) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int at = random.nextInt(lines.size());
    switch (kind) {
      case "char" -> lines.set(at, typo(lines.get(at), 1 + random.nextInt(3)));
      case "digit" -> lines.set(at = lineWithDigit(lines), digit(lines.get(at)));
      case "duplicate-line" -> lines.add(at = lineWithDigit(lines), lines.get(at));
      case "drop-line" -> lines.remove(at);
      case "swap-lines" -> {
        int next = Math.min(at + 1, lines.size() - 1);
        String line = lines.get(at);
        lines.set(at, lines.get(next));
        lines.set(next, line);
      }
      case "huge-line" -> lines.add(at, "9".repeat(300_000));
      case "many-cells" -> lines.add(at, "1.00\t".repeat(50_000));
      case "nul" -> lines.set(at, insert(lines.get(at), "\u0000"));
      default -> {
        return encodingDamage(String.join("\n", lines), kind);
      }
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  private byte[] encodingDamage(String text, String kind) {
    return switch (kind) {
      case "gbk" -> text.getBytes(Charset.forName("GBK"));
      case "utf16le-bom" -> withBom(text.getBytes(StandardCharsets.UTF_16LE));
      case "utf16be" -> text.getBytes(StandardCharsets.UTF_16BE);
      case "truncate" -> {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        yield Arrays.copyOf(bytes, random.nextInt(bytes.length));
      }
      default -> {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int from = random.nextInt(bytes.length);
        for (int i = from; i < Math.min(bytes.length, from + 1 + random.nextInt(16)); i++) {
          bytes[i] = (byte) random.nextInt(256);
        }
        yield bytes;
      }
    };
  }

  private static byte[] withBom(byte[] utf16le) {
    byte[] out = new byte[utf16le.length + 2];
    out[0] = (byte) 0xFF;
    out[1] = (byte) 0xFE;
    System.arraycopy(utf16le, 0, out, 2, utf16le.length);
    return out;
  }

  private int lineWithDigit(List<String> lines) {
    for (int tries = 0; tries < 50; tries++) {
      int at = random.nextInt(lines.size());
      if (lines.get(at).contains(".") && lines.get(at).chars().anyMatch(Character::isDigit)) {
        return at;
      }
    }
    return random.nextInt(lines.size());
  }

  private String typo(String line, int count) {
    String out = line;
    for (int i = 0; i < count; i++) {
      char c = TYPOS[random.nextInt(TYPOS.length)];
      if (out.isEmpty() || random.nextBoolean()) {
        out = insert(out, String.valueOf(c));
      } else {
        int at = random.nextInt(out.length());
        out = out.substring(0, at) + c + out.substring(at + 1);
      }
    }
    return out;
  }

  private String digit(String line) {
    List<Integer> digits = new ArrayList<>();
    for (int i = 0; i < line.length(); i++) {
      if (Character.isDigit(line.charAt(i))) {
        digits.add(i);
      }
    }
    if (digits.isEmpty()) {
      return typo(line, 1);
    }
    int at = digits.get(random.nextInt(digits.size()));
    return line.substring(0, at) + (char) ('0' + random.nextInt(10)) + line.substring(at + 1);
  }

  private String insert(String line, String what) {
    int at = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
    return line.substring(0, at) + what + line.substring(at);
  }
}
