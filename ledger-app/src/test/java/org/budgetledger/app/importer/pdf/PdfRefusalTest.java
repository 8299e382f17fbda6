package org.budgetledger.app.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** What cannot be read is refused with a named problem, file and page; nothing is thrown. */
class PdfRefusalTest {
  private final PdfTableReader reader = new PdfTableReader();

  @Test
  void refusesAFileThatIsNotAPdf() {
    PdfReadException e =
        refusal("budget.pdf", "部门预算\t合计\t404.14\n".getBytes(StandardCharsets.UTF_8));

    assertThat(e.problem()).isEqualTo(PdfProblem.NOT_A_PDF);
    assertThat(e.getMessage()).startsWith("budget.pdf: 不是 PDF 文件 (not a PDF file)");
  }

  @Test
  void refusesATruncatedPdf() throws IOException {
    byte[] whole = corpus("shanghai9-2026-0afcacdd.pdf");
    PdfReadException e = refusal("cut.pdf", Arrays.copyOf(whole, whole.length / 2));

    assertThat(e.problem()).isEqualTo(PdfProblem.TRUNCATED);
    assertThat(e.getMessage()).contains("cut.pdf", "文件不完整", "truncated PDF");
  }

  @Test
  void refusesAPdfWithBytesFlippedInAPageNamingThePage() throws IOException {
    byte[] damaged = corpus("shanghai9-2026-0afcacdd.pdf");
    int at = contentStreamOffset(damaged, 8) + 20;
    for (int i = at; i < at + 64; i++) {
      damaged[i] = (byte) ~damaged[i];
    }
    PdfReadException e = refusal("flipped.pdf", damaged);

    assertThat(e.problem()).isEqualTo(PdfProblem.CORRUPTED);
    assertThat(e.page()).isEqualTo(8);
    assertThat(e.getMessage()).startsWith("flipped.pdf 第 8 页: 文件已损坏，无法读取 (corrupted PDF)");
  }

  @Test
  void neverThrowsAnythingButItsOwnRefusalWhereverBytesAreFlipped() throws IOException {
    byte[] whole = corpus("shanghai9-2026-0afcacdd.pdf");
    int refused = 0;
    for (int n = 1; n < 24; n++) {
      byte[] damaged = whole.clone();
      int at = (int) ((long) whole.length * n / 24);
      for (int i = at; i < at + 16; i++) {
        damaged[i] = (byte) ~damaged[i];
      }
      try {
        reader.read("flipped-" + n + ".pdf", damaged);
      } catch (PdfReadException e) {
        assertThat(e.getMessage()).startsWith("flipped-" + n + ".pdf");
        refused++;
      }
    }
    assertThat(refused).isPositive();
  }

  @Test
  void refusesAScannedPdfWhosePagesAreImagesOnly() throws IOException {
    PdfReadException e = refusal("scan.pdf", imageOnlyPdf());

    assertThat(e.problem()).isEqualTo(PdfProblem.SCANNED);
    assertThat(e.page()).isEqualTo(1);
    assertThat(e.getMessage())
        .isEqualTo("scan.pdf 第 1 页: 扫描件：第 1 页只有图像，没有可读取的文字 (scanned image-only PDF)");
  }

  @Test
  void refusesAnEncryptedPdfItCannotOpen() throws IOException {
    PdfReadException e = refusal("locked.pdf", encryptedPdf());

    assertThat(e.problem()).isEqualTo(PdfProblem.ENCRYPTED);
    assertThat(e.getMessage()).startsWith("locked.pdf: 文件已加密，无法打开");
  }

  @Test
  void refusesMorePagesThanItsLimit() throws IOException {
    PdfReadException e =
        catchThrowableOfType(
            PdfReadException.class,
            () ->
                new PdfTableReader(new PdfLimits(1 << 26, 10, 1000))
                    .read("long.pdf", corpus("shanghai9-2026-0afcacdd.pdf")));

    assertThat(e.problem()).isEqualTo(PdfProblem.TOO_MANY_PAGES);
    assertThat(e.getMessage()).contains("20 pages, at most 10");
  }

  @Test
  void refusesAPageWithMoreGlyphsThanItsLimitNamingThePage() throws IOException {
    PdfReadException e =
        catchThrowableOfType(
            PdfReadException.class,
            () ->
                new PdfTableReader(new PdfLimits(1 << 26, 100, 50))
                    .read("dense.pdf", corpus("shanghai9-2026-0afcacdd.pdf")));

    assertThat(e.problem()).isEqualTo(PdfProblem.TOO_MANY_GLYPHS);
    assertThat(e.page()).isPositive();
    assertThat(e.getMessage()).startsWith("dense.pdf 第 " + e.page() + " 页: 本页文字过多");
  }

  @Test
  void refusesAFileOverTheSizeLimit() {
    PdfReadException e =
        catchThrowableOfType(
            PdfReadException.class,
            () -> new PdfTableReader(new PdfLimits(100, 100, 100)).read("big.pdf", new byte[101]));

    assertThat(e.problem()).isEqualTo(PdfProblem.TOO_LARGE);
  }

  private PdfReadException refusal(String name, byte[] bytes) {
    PdfReadException e =
        catchThrowableOfType(PdfReadException.class, () -> reader.read(name, bytes));
    assertThat(e).as("refused with a PdfReadException").isNotNull();
    assertThat(e.file()).isEqualTo(name);
    return e;
  }

  private static byte[] corpus(String file) throws IOException {
    return Files.readAllBytes(CorpusPdf.dir().resolve(file));
  }

  /** Where the compressed content stream of a 1-based page starts in the file. */
  private static int contentStreamOffset(byte[] pdf, int page) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      COSStream stream = document.getPage(page - 1).getContentStreams().next().getCOSObject();
      try (InputStream raw = stream.createRawInputStream()) {
        return indexOf(pdf, raw.readNBytes(100));
      }
    }
  }

  private static int indexOf(byte[] bytes, byte[] m) {
    outer:
    for (int i = 0; i < bytes.length - m.length; i++) {
      for (int k = 0; k < m.length; k++) {
        if (bytes[i + k] != m[k]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("bytes not found");
  }

  /** A scan: one page holding only a picture of a page. */
  private static byte[] imageOnlyPdf() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      BufferedImage picture = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      picture.getGraphics().drawString("404.14", 10, 50);
      PDImageXObject image = LosslessFactory.createFromImage(document, picture);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(image, 50, 500, 400, 200);
      }
      return save(document);
    }
  }

  private static byte[] encryptedPdf() throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      return save(document);
    }
  }

  static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }
}
