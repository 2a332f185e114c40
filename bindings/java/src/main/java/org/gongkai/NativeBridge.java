package org.gongkai;

/**
 * The native methods of the JNI library (registered by its JNI_OnLoad). Text
 * crosses as UTF-8 byte arrays, never as JNI strings (modified UTF-8).
 *
 * <p>Report handles are {@code long} addresses of a {@code gk_report}; only
 * {@link Report} holds them. Each method throws {@link GongkaiException} when
 * the C ABI returns a status other than GK_OK. The array shapes are described
 * at the top of src/main/native/gongkai_jni.cpp; the index constants below name
 * them.
 */
final class NativeBridge {
  private NativeBridge() {}

  /** gk_json_* flags of gongkai.h. */
  static final int JSON_PRETTY = 1;
  static final int JSON_DETAIL = 2;

  /** Meta text indices. */
  static final int META_TITLE = 0, META_ORGAN = 1, META_FORMAT = 2, META_PUBLISHED = 3,
      META_PERIOD_START = 4, META_PERIOD_END = 5, META_ADDRESS = 6, META_POSTCODE = 7,
      META_PHONE = 8, META_EMAIL = 9, META_WEBSITE = 10, META_TEXT_SIZE = 11;
  /** Meta number indices. */
  static final int META_YEAR = 0, META_INPUT_BYTES = 1, META_INPUT_LINES = 2, META_NUMBER_SIZE = 3;
  /** Per cell: text key, value, raw, note; numbers state, line, column, inferred. */
  static final int CELL_STRIDE = 4;
  /** Per finding: 8 texts then 2 per cell read; 4 numbers then 2 per cell read. */
  static final int FINDING_TEXT = 8, FINDING_NUMBERS = 4;

  /** gk_abi_version() of the library loaded. */
  static native int abiVersion();

  /** GK_ABI_VERSION of the gongkai.h the JNI glue was compiled with. */
  static native int headerAbiVersion();

  static native byte[] version();

  static native byte[] statusName(int status);

  /** A new gk_report; {@code maxInputBytes <= 0} means the library default. */
  static native long parse(byte[] utf8, long maxInputBytes, boolean validate);

  /** A report from a file's bytes or its path: kind is gk_file_options.kind, encoding UTF-8 or empty. */
  static native long parseFileBytes(byte[] bytes, int kind, byte[] encoding, long maxInputBytes, boolean validate);

  static native long parseFilePath(byte[] pathUtf8, int kind, byte[] encoding, long maxInputBytes, boolean validate);

  /** Per cell, CELL_PLACE_STRIDE numbers: has place, page, x0, y0, x1, y1, table, row, column. */
  static native double[] cellPlaces(long report);

  static final int CELL_PLACE_STRIDE = 9;

  static native long fromJson(byte[] json, long maxDepth, long maxBytes);

  /** gk_report_free; 0 is allowed. */
  static native void free(long report);

  static native byte[] toJson(long report, int flags);

  static native byte[][] metaText(long report);

  static native long[] metaNumbers(long report);

  static native byte[][] cellText(long report);

  static native long[] cellNumbers(long report);

  /** {byte[][] text, long[] numbers} of the findings stored in the report. */
  static native Object[] diagnostics(long report);

  /** {byte[][] text, long[] numbers} of a fresh validation run. */
  static native Object[] validate(long report);

  /** gk_csv_options layout and header values of gongkai.h. */
  static final int CSV_WIDE = 0, CSV_LONG = 1, CSV_HEADER_KEYS = 0, CSV_HEADER_ZH = 1;

  /** gk_report_to_csv; name is the report column, UTF-8. */
  static native byte[] toCsv(long report, int layout, int header, boolean bom, byte[] name);

  /** gk_report_to_html when html, else gk_report_to_markdown. */
  static native byte[] render(long report, boolean html, boolean listFindings, byte[] sourceName);

  /** {byte[][] text, long[] numbers} of gk_report_compare_previous. */
  static native Object[] comparePrevious(long current, long previous);

  /** {byte[][] text, long[] numbers} of gk_report_compare_children. */
  static native Object[] compareChildren(long parent, long[] children);
}
