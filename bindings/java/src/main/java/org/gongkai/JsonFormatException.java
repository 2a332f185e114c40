package org.gongkai;

/**
 * JSON given to {@link Report#fromJson(String)} is malformed
 * ({@link Status#JSON_SYNTAX}), is not a gongkai report ({@link Status#JSON_SCHEMA}),
 * nests too deep ({@link Status#TOO_DEEP}) or is too large ({@link Status#TOO_LARGE}
 * comes as {@link InvalidInputException}). {@link #offset()} is the byte offset of
 * the problem, when known.
 */
public class JsonFormatException extends GongkaiException {
  private static final long serialVersionUID = 1L;

  public JsonFormatException(Status status, String message, long offset, long line, long column) {
    super(status, message, offset, line, column);
  }
}
