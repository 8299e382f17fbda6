package org.budgetledger.app.export;

/** The formats a table export comes in, with their media types and file extensions. */
public enum ExportFormat {
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  CSV("text/csv;charset=UTF-8", "csv"),
  JSON("application/json", "json");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }
}
