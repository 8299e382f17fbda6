package org.budgetledger.app.adjustment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.budgetledger.core.model.Actor;
import org.budgetledger.core.model.BudgetId;
import org.budgetledger.core.model.MoneyUnit;

/**
 * An adjustment file (追加, 追减, 调剂, 结转 and 冲销 entries of one budget) read into commands, all of them
 * or none: the first unreadable field stops the reading with an {@link AdjustmentFileException}
 * naming file, line and field.
 *
 * <p>JSON: a list of {@link AdjustmentRequest} objects. CSV: see {@link CsvAdjustmentReader}. Both
 * are UTF-8, with or without a byte order mark. A {@code .csv} name means CSV, a {@code .json} name
 * JSON; otherwise a file whose first character is {@code [} is JSON.
 */
public final class AdjustmentFile {
  private AdjustmentFile() {}

  /** {@code typedIn}: the unit of the amounts of an entry that names none ({@code amountUnit}). */
  public static List<AdjustmentEntry> read(
      String fileName, byte[] content, BudgetId budget, Actor actor, MoneyUnit typedIn) {
    String text = utf8(fileName, content);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String lower = fileName.toLowerCase();
    boolean json =
        lower.endsWith(".json") || (!lower.endsWith(".csv") && text.stripLeading().startsWith("["));
    List<AdjustmentEntry> entries =
        json
            ? JsonAdjustmentReader.read(
                fileName, text.getBytes(StandardCharsets.UTF_8), budget, actor, typedIn)
            : CsvAdjustmentReader.read(fileName, text, budget, actor, typedIn);
    if (entries.isEmpty()) {
      throw new AdjustmentFileException(
          new FilePlace(fileName, 1, 0), "(file)", "the file has no entries");
    }
    return entries;
  }

  private static String utf8(String fileName, byte[] content) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AdjustmentFileException(
          new FilePlace(fileName, 1, 0),
          "(encoding)",
          "the file is not UTF-8 (save it as UTF-8; a GBK file from Excel must be converted)");
    }
  }
}
