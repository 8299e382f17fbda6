package org.budgetledger.app.importer.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Refuses a page whose content stream does not decompress: PDFBox keeps what it could inflate of a
 * damaged stream and reads on, which would silently lose the rest of the page's text and rules.
 */
final class ContentCheck {
  private static final int BUFFER = 64 * 1024;

  private ContentCheck() {}

  static void requireIntact(String name, int pageNumber, PDPage page)
      throws IOException, PdfReadException {
    Iterator<PDStream> streams = page.getContentStreams();
    while (streams.hasNext()) {
      COSStream stream = streams.next().getCOSObject();
      List<COSName> filters = new PDStream(stream).getFilters();
      if (filters.size() == 1 && COSName.FLATE_DECODE.equals(filters.get(0))) {
        requireInflates(name, pageNumber, stream);
      }
    }
  }

  private static void requireInflates(String name, int pageNumber, COSStream stream)
      throws IOException, PdfReadException {
    Inflater inflater = new Inflater();
    byte[] in = new byte[BUFFER];
    byte[] out = new byte[BUFFER];
    try (InputStream raw = stream.createRawInputStream()) {
      int n;
      while (!inflater.finished() && (n = raw.read(in)) > 0) {
        inflater.setInput(in, 0, n);
        while (!inflater.needsInput() && !inflater.finished()) {
          if (inflater.inflate(out) == 0 && inflater.needsDictionary()) {
            break;
          }
        }
      }
    } catch (DataFormatException e) {
      throw new PdfReadException(
          PdfProblem.CORRUPTED,
          name,
          pageNumber,
          "the page's content stream does not decompress: " + e.getMessage(),
          e);
    } finally {
      inflater.end();
    }
  }
}
