package org.gongkai;

/** What the header row of a CSV names. */
public enum CsvHeader {
  /** The flat field keys (spec/fields.tsv), for scripts and data frames. */
  KEYS,
  /**
   * The Chinese labels the template prints (报告, 标题, … and "row｜column" per
   * field), for people opening the file in a spreadsheet; the long layout then
   * has a 字段名称 column beside the key.
   */
  ZH
}
