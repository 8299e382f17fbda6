package org.budgetledger.app.bench.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Damages real PDFs the way files get damaged or forged: bytes flipped, the file cut short (with
 * and without its {@code %%EOF} marker put back, so that PDFBox's repair is tried too), a content
 * stream's bytes garbled, an object written twice, a page listed twice, a page's box or its drawing
 * scaled to absurd sizes; and, one time in four, a PDF made to exhaust the reader ({@link
 * HostilePdfs}). Deterministic for a given seed, so a failure can be replayed.
 */
public final class PdfMutator {
  private static final String KINDS =
      "pdf-flip,pdf-truncate,pdf-truncate-eof,pdf-stream,pdf-duplicate-object,"
          + "pdf-duplicate-page,pdf-page-box,pdf-scale";
  private static final Pattern OBJECT = Pattern.compile("(?m)^(\\d+) (\\d+) obj\\b");
  private static final Pattern STREAM = Pattern.compile("stream\\r?\\n");
  private final List<String> names;
  private final List<byte[]> pdfs;
  private final Random random;
  private final Map<String, byte[]> hostile = new HashMap<>();
  private int made;

  public PdfMutator(List<String> names, List<byte[]> pdfs, long seed) {
    this.names = List.copyOf(names);
    this.pdfs = List.copyOf(pdfs);
    this.random = new Random(seed);
  }

  public static List<String> kinds() {
    List<String> kinds = new ArrayList<>(List.of(KINDS.split(",")));
    kinds.addAll(List.of(HostilePdfs.KINDS.split(",")));
    return kinds;
  }

  public Mutant next() {
    made++;
    if (random.nextInt(4) == 0) {
      List<String> kinds = List.of(HostilePdfs.KINDS.split(","));
      String kind = kinds.get(random.nextInt(kinds.size()));
      // Made once per variant: the reader is what is measured, not PDFBox writing them.
      int variant = random.nextInt(HostilePdfs.ABSURD_VARIANTS);
      byte[] bytes =
          hostile.computeIfAbsent(kind + variant, k -> HostilePdfs.make(kind, variant)).clone();
      return new Mutant("fuzz-" + made + "-" + kind + ".pdf", bytes, kind);
    }
    int s = random.nextInt(pdfs.size());
    List<String> kinds = List.of(KINDS.split(","));
    String kind = kinds.get(random.nextInt(kinds.size()));
    String name = "fuzz-" + made + "-" + kind + "-" + names.get(s);
    return new Mutant(name, mutate(pdfs.get(s), kind), kind);
  }

  private byte[] mutate(byte[] pdf, String kind) {
    return switch (kind) {
      case "pdf-flip" -> flip(pdf.clone());
      case "pdf-truncate" -> Arrays.copyOf(pdf, 8 + random.nextInt(pdf.length - 8));
      case "pdf-truncate-eof" -> withEof(Arrays.copyOf(pdf, 8 + random.nextInt(pdf.length - 8)));
      case "pdf-stream" -> garbleStream(pdf.clone());
      case "pdf-duplicate-object" -> duplicateObject(pdf);
      default -> edited(pdf, kind);
    };
  }

  /** 1 to 16 bytes anywhere after the {@code %PDF-} signature, so the PDF path reads them. */
  private byte[] flip(byte[] bytes) {
    int count = 1 + random.nextInt(16);
    for (int i = 0; i < count; i++) {
      int at = 8 + random.nextInt(bytes.length - 8);
      bytes[at] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static byte[] withEof(byte[] cut) {
    byte[] eof = "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] out = Arrays.copyOf(cut, cut.length + eof.length);
    System.arraycopy(eof, 0, out, cut.length, eof.length);
    return out;
  }

  /** A run of bytes inside one stream's data garbled, its length unchanged. */
  private byte[] garbleStream(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    List<Integer> starts = new ArrayList<>();
    for (Matcher m = STREAM.matcher(text); m.find(); ) {
      starts.add(m.end());
    }
    if (starts.isEmpty()) {
      return flip(bytes);
    }
    int start = starts.get(random.nextInt(starts.size()));
    int end = text.indexOf("endstream", start);
    int length = (end < 0 ? bytes.length : end) - start;
    if (length <= 0) {
      return flip(bytes);
    }
    int from = start + random.nextInt(length);
    int run = 1 + random.nextInt(Math.min(256, start + length - from));
    for (int i = from; i < from + run; i++) {
      bytes[i] = random.nextBoolean() ? 0 : (byte) random.nextInt(256);
    }
    return bytes;
  }

  /** One {@code n g obj … endobj} written a second time right after itself. */
  private byte[] duplicateObject(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    List<Integer> starts = new ArrayList<>();
    for (Matcher m = OBJECT.matcher(text); m.find(); ) {
      starts.add(m.start());
    }
    if (starts.isEmpty()) {
      return flip(bytes.clone());
    }
    int start = starts.get(random.nextInt(starts.size()));
    int end = text.indexOf("endobj", start);
    if (end < 0) {
      return flip(bytes.clone());
    }
    end += "endobj".length();
    String copy = "\n" + text.substring(start, end);
    return (text.substring(0, end) + copy + text.substring(end))
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Edits through PDFBox: a page listed twice, an absurd page box, or a page's drawing scaled. */
  private byte[] edited(byte[] pdf, String kind) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      PDPage page = doc.getPage(random.nextInt(pages));
      switch (kind) {
        case "pdf-duplicate-page" -> doc.getPages().insertAfter(page, page);
        case "pdf-page-box" -> page.setMediaBox(absurdBox());
        default -> prependToContents(doc, page, absurdMatrix());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      // The original did not open here: damage its bytes instead.
      return flip(pdf.clone());
    }
  }

  private PDRectangle absurdBox() {
    return switch (random.nextInt(4)) {
      case 0 -> new PDRectangle(-1e30f, -1e30f, 2e30f, 2e30f);
      case 1 -> new PDRectangle(0, 0, -600, -800);
      case 2 -> new PDRectangle(0, 0, 0, 0);
      default -> new PDRectangle(1e9f, 1e9f, 1, 1);
    };
  }

  private String absurdMatrix() {
    return switch (random.nextInt(4)) {
      case 0 -> "100000000000000000000 0 0 100000000000000000000 0 0 cm\n";
      case 1 -> "0.0000000001 0 0 0.0000000001 0 0 cm\n";
      case 2 -> "1 0 0 1 99999999999 -99999999999 cm\n";
      default -> "0 0 0 0 0 0 cm\n";
    };
  }

  private static void prependToContents(PDDocument doc, PDPage page, String operators)
      throws IOException {
    PDStream first = new PDStream(doc);
    try (OutputStream out = first.createOutputStream()) {
      out.write(operators.getBytes(StandardCharsets.ISO_8859_1));
    }
    List<PDStream> streams = new ArrayList<>();
    streams.add(first);
    page.getContentStreams().forEachRemaining(streams::add);
    page.setContents(streams);
  }
}
