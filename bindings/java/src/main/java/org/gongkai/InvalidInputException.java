package org.gongkai;

/**
 * The input is not a report's text: not UTF-8 ({@link Status#INVALID_UTF8}),
 * binary ({@link Status#BINARY_INPUT}), empty ({@link Status#EMPTY_INPUT}) or
 * too large ({@link Status#TOO_LARGE}); or a file that cannot be read
 * ({@link Status#BAD_FILE}), a scan that needs OCR ({@link Status#NEEDS_OCR}),
 * a file without a report ({@link Status#NO_REPORT}). {@link #offset()}, {@link #line()} and
 * {@link #column()} say where, when known.
 */
public class InvalidInputException extends GongkaiException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(Status status, String message, long offset, long line, long column) {
    super(status, message, offset, line, column);
  }
}
