package io.github.transitpolicy.data;

/** The file formats in which {@link Catalogue} exports its tables. */
public enum ExportFormat {
  /**
   * RFC 4180 CSV, UTF-8, CRLF line ends, a header line of column names, rows in table order. The data
   * version, the as-of day and each column's type are in the schema beside it ({@link Catalogue#schema()},
   * {@code datapackage.json}).
   */
  CSV("csv"),
  /**
   * A UTF-8 JSON object {@code {"table": .., "data_version": .., "as_of": .., "rows": [..]}}, the rows
   * objects in table order with keys in column order; values typed as the schema says: whole numbers as
   * numbers, {@code yes}/{@code no} columns as booleans, dates and text as strings, empty cells as
   * {@code null}.
   */
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
