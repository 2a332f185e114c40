package org.gongkai;

/**
 * Why an operation could not run: the frozen status codes of gongkai.h
 * ({@code gk_status}). The numbers never change meaning.
 */
public enum Status {
  OK(0),
  /** A caller error: null pointer, bad option value. */
  INVALID_ARGUMENT(1),
  /** Input bytes are not UTF-8. */
  INVALID_UTF8(2),
  /** Input looks like binary data (NUL bytes, control junk). */
  BINARY_INPUT(3),
  /** Input holds no text at all. */
  EMPTY_INPUT(4),
  /** Input exceeds the configured maximum size. */
  TOO_LARGE(5),
  /** JSON text is malformed. */
  JSON_SYNTAX(6),
  /** JSON is well formed but not a gongkai report. */
  JSON_SCHEMA(7),
  /** JSON nesting exceeds the configured depth. */
  TOO_DEEP(8),
  /** A file could not be read or written. */
  IO_ERROR(9),
  /** A looked-up key does not exist. */
  NOT_FOUND(10),
  /** An allocation failed. */
  OUT_OF_MEMORY(11),
  /** A bug in gongkai; please report it. */
  INTERNAL(12),
  /** A PDF, Word or web file that cannot be read: truncated, encrypted, a zip that is not Word. */
  BAD_FILE(13),
  /** A PDF without a text layer (a scan): it needs OCR first. */
  NEEDS_OCR(14),
  /** A PDF, Word or web file in which no report text was found. */
  NO_REPORT(15);

  private final int code;

  Status(int code) {
    this.code = code;
  }

  /** The number of gongkai.h ({@code GK_*}). */
  public int code() {
    return code;
  }

  /** The status of a number, or {@link #INTERNAL} for a number this binding does not know. */
  public static Status of(int code) {
    for (Status s : values()) if (s.code == code) return s;
    return INTERNAL;
  }

  /** The stable lowercase name, as {@code gk_status_name} gives it ("invalid_utf8"). */
  public String stableName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
