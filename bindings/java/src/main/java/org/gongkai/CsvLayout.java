package org.gongkai;

/** The CSV layouts of {@link Report#toCsv(CsvLayout, CsvHeader, boolean, String)}. */
public enum CsvLayout {
  /** A header row and one row: the report's metadata, then a column per field key of its format. */
  WIDE,
  /** A row per printed cell: report, key, value, line. */
  LONG
}
