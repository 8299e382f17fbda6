package org.budgetledger.app.importer.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.budgetledger.app.importer.problem.ProblemKind;

/**
 * A document's bytes read as text the same way on every path (CLI, REST, page): a byte order mark
 * names the encoding (UTF-8, UTF-16 LE or BE); without one the bytes must be valid UTF-8, else
 * valid GB18030 (which covers GBK and GB2312, the encodings Chinese tools write); anything else is
 * refused, never decoded leniently into replacement characters. Then the text is checked against
 * {@link ImportLimits}: size, lines, line length, cells per line, and no control characters but
 * tab, line breaks and form feed (a page break in text extracted from PDF).
 */
public final class DocumentText {
  private static final Charset GB18030 = Charset.forName("GB18030");

  private DocumentText() {}

  public static String decode(String fileName, byte[] bytes) {
    if (bytes.length > ImportLimits.MAX_BYTES) {
      throw new ImportInputException(
          fileName, 0, "文件", ProblemKind.FILE_TOO_LARGE, bytes.length, ImportLimits.MAX_BYTES);
    }
    String text;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      text = strict(fileName, bytes, 3, StandardCharsets.UTF_8, "UTF-8 (byte order mark)");
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      text = strict(fileName, bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE (byte order mark)");
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      text = strict(fileName, bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE (byte order mark)");
    } else {
      text = tryDecode(bytes, StandardCharsets.UTF_8);
      if (text == null) {
        text = tryDecode(bytes, GB18030);
      }
      if (text == null) {
        throw new ImportInputException(fileName, 0, "编码", ProblemKind.ENCODING_UNKNOWN);
      }
    }
    check(fileName, text);
    return text;
  }

  /** Checks text already decoded (a REST body as text/plain) against the limits. */
  public static void check(String fileName, String text) {
    if (text.length() > ImportLimits.MAX_BYTES) {
      throw new ImportInputException(
          fileName,
          0,
          "文件",
          ProblemKind.TOO_MANY_CHARACTERS,
          text.length(),
          ImportLimits.MAX_BYTES);
    }
    int line = 1;
    int lineChars = 0;
    int cells = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        lineChars = 0;
        cells = 1;
        if (line > ImportLimits.MAX_LINES) {
          throw new ImportInputException(
              fileName, line, "文件", ProblemKind.TOO_MANY_LINES, ImportLimits.MAX_LINES);
        }
        continue;
      }
      if (++lineChars > ImportLimits.MAX_LINE_CHARS) {
        throw new ImportInputException(
            fileName, line, "行", ProblemKind.LINE_TOO_LONG, ImportLimits.MAX_LINE_CHARS);
      }
      if (c == '\t' && ++cells > ImportLimits.MAX_CELLS) {
        throw new ImportInputException(
            fileName, line, "行", ProblemKind.TOO_MANY_CELLS, ImportLimits.MAX_CELLS);
      }
      if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\f') {
        throw new ImportInputException(
            fileName,
            line,
            "行",
            ProblemKind.CONTROL_CHARACTER,
            "U+" + String.format("%04X", (int) c),
            lineChars);
      }
    }
  }

  private static String strict(
      String fileName, byte[] bytes, int skip, Charset charset, String name) {
    String text = tryDecode(ByteBuffer.wrap(bytes, skip, bytes.length - skip), charset);
    if (text == null) {
      throw new ImportInputException(
          fileName, 0, "编码", ProblemKind.ENCODING_MISMATCH, name, charset.name());
    }
    return text;
  }

  private static String tryDecode(byte[] bytes, Charset charset) {
    return tryDecode(ByteBuffer.wrap(bytes), charset);
  }

  private static String tryDecode(ByteBuffer bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
