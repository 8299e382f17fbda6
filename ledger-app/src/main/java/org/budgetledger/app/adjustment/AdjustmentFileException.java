package org.budgetledger.app.adjustment;

import org.budgetledger.app.request.InvalidRequestException;

/**
 * A field of an adjustment file that cannot be read. The message names the file, the line (and for
 * JSON the entry), and the field: a CSV column or a path inside the entry such as {@code
 * spendingLegs[0].amount}. Nothing of the file has been recorded.
 */
public class AdjustmentFileException extends InvalidRequestException {
  private final transient FilePlace place;
  private final String detail;

  public AdjustmentFileException(FilePlace place, String field, String detail) {
    super(field, detail);
    this.place = place;
    this.detail = detail;
  }

  public FilePlace place() {
    return place;
  }

  @Override
  public String getMessage() {
    return place + ", field " + field() + ": " + detail;
  }
}
