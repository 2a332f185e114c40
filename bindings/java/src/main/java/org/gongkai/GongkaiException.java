package org.gongkai;

import java.nio.charset.StandardCharsets;

/**
 * An operation of gongkai could not run. Carries the {@link Status} of the C
 * ABI and, where the problem has a place in the input, its byte offset and
 * 1-based line and column (0 when unknown).
 *
 * <p>Findings about a report's content (tables that do not add up) are not
 * exceptions: they are {@link Diagnostic}s of a report that parsed.
 *
 * <p>Subclasses group the statuses: {@link InvalidInputException} (text that is
 * not a report's text), {@link JsonFormatException}, {@link GongkaiIoException},
 * {@link InvalidArgumentException}, {@link NotFoundException},
 * {@link NativeOutOfMemoryException} and {@link InternalErrorException}.
 */
public class GongkaiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Status status;
  private final long offset;
  private final long line;
  private final long column;

  public GongkaiException(Status status, String message, long offset, long line, long column) {
    super(message);
    this.status = status;
    this.offset = offset;
    this.line = line;
    this.column = column;
  }

  public GongkaiException(Status status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.offset = 0;
    this.line = 0;
    this.column = 0;
  }

  public Status status() {
    return status;
  }

  /** The status number of gongkai.h. */
  public int code() {
    return status.code();
  }

  /** Byte offset in the input of the problem; 0 when unknown. */
  public long offset() {
    return offset;
  }

  /** 1-based line of the problem; 0 when unknown. */
  public long line() {
    return line;
  }

  /** 1-based column (in code points) of the problem; 0 when unknown. */
  public long column() {
    return column;
  }

  /** The exception class for a status. */
  static GongkaiException of(Status status, String message, long offset, long line, long column) {
    switch (status) {
      case INVALID_UTF8:
      case BINARY_INPUT:
      case EMPTY_INPUT:
      case TOO_LARGE:
      case BAD_FILE:
      case NEEDS_OCR:
      case NO_REPORT:
        return new InvalidInputException(status, message, offset, line, column);
      case JSON_SYNTAX:
      case JSON_SCHEMA:
      case TOO_DEEP:
        return new JsonFormatException(status, message, offset, line, column);
      case IO_ERROR:
        return new GongkaiIoException(message, null);
      case INVALID_ARGUMENT:
        return new InvalidArgumentException(message);
      case NOT_FOUND:
        return new NotFoundException(message);
      case OUT_OF_MEMORY:
        return new NativeOutOfMemoryException(message);
      default:
        return new InternalErrorException(status, message);
    }
  }

  /** Called by the JNI glue with a filled gk_error; the message is UTF-8. */
  static GongkaiException fromNative(int code, byte[] message, long offset, long line, long column) {
    Status status = Status.of(code);
    String text = message == null ? "" : new String(message, StandardCharsets.UTF_8);
    if (text.isEmpty()) text = status.stableName();
    if (status.code() != code) text = "status " + code + " (unknown to this binding): " + text;
    return of(status, text, offset, line, column);
  }
}
