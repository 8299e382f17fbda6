package org.budgetledger.app.export;

import java.time.format.DateTimeFormatter;
import org.budgetledger.app.request.Instants;
import org.budgetledger.projections.entries.PointInTime;

/**
 * The point in time an export holds, in the words the pages use: "截至 2026-07-01 00:00:00（北京时间） /
 * 生效日期 2026-06-30", latest where a time is not given. The file name carries it too, so two exports
 * of one table at two points never overwrite each other.
 */
public final class PointCaption {
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter IN_NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  private PointCaption() {}

  public static String of(PointInTime at) {
    return "截至 "
        + (at.asOf() == null ? "最新" : SHOWN.format(at.asOf().atZone(Instants.BEIJING)) + "（北京时间）")
        + " / 生效日期 "
        + (at.effective() == null ? "最新" : at.effective());
  }

  /** {@code asof20260701T000000-eff20260630}, or {@code latest}. */
  public static String inFileName(PointInTime at) {
    if (at.asOf() == null && at.effective() == null) {
      return "latest";
    }
    return (at.asOf() == null ? "" : "asof" + IN_NAME.format(at.asOf().atZone(Instants.BEIJING)))
        + (at.asOf() != null && at.effective() != null ? "-" : "")
        + (at.effective() == null ? "" : "eff" + at.effective().toString().replace("-", ""));
  }
}
