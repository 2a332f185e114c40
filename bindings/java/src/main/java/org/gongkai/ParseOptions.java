package org.gongkai;

/**
 * Options of {@link Gongkai#parse(byte[], ParseOptions)} (gk_parse_options). Immutable;
 * start from {@link #defaults()}.
 *
 * <pre>{@code
 * ParseOptions options = ParseOptions.defaults().withValidate(false).withMaxInputBytes(1 << 20);
 * }</pre>
 */
public final class ParseOptions {
  private static final ParseOptions DEFAULTS = new ParseOptions(0, true);

  private final long maxInputBytes;
  private final boolean validate;

  private ParseOptions(long maxInputBytes, boolean validate) {
    this.maxInputBytes = maxInputBytes;
    this.validate = validate;
  }

  /** Validation on, the library's size limit (256 MiB). */
  public static ParseOptions defaults() {
    return DEFAULTS;
  }

  /** Larger input is refused with {@link Status#TOO_LARGE}; 0 means the library's default. */
  public ParseOptions withMaxInputBytes(long maxInputBytes) {
    if (maxInputBytes < 0) throw new IllegalArgumentException("maxInputBytes must be >= 0, got " + maxInputBytes);
    return new ParseOptions(maxInputBytes, validate);
  }

  /** Whether to run validation after parsing and add its findings to the report. */
  public ParseOptions withValidate(boolean validate) {
    return new ParseOptions(maxInputBytes, validate);
  }

  public long maxInputBytes() {
    return maxInputBytes;
  }

  public boolean validate() {
    return validate;
  }

  @Override
  public String toString() {
    return "ParseOptions[maxInputBytes=" + maxInputBytes + ", validate=" + validate + "]";
  }
}
