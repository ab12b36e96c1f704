package io.github.transitpolicy.data;

/** The file formats in which {@link Catalogue} exports its tables. */
public enum ExportFormat {
  /** RFC 4180 CSV, UTF-8, CRLF line ends, a header line of column names, rows in table order. */
  CSV("csv"),
  /** A UTF-8 JSON array of objects, one per row, keys in column order, empty cells as {@code null}. */
  JSON("json");

  private final String extension;

  ExportFormat(String extension) {
    this.extension = extension;
  }

  /**
   * The file name extension, without the dot.
   *
   * @return {@code "csv"} or {@code "json"}
   */
  public String extension() {
    return extension;
  }
}
