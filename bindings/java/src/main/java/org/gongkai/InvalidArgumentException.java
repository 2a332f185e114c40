package org.gongkai;

/** A caller error the C ABI refused ({@link Status#INVALID_ARGUMENT}): a bad option value. */
public class InvalidArgumentException extends GongkaiException {
  private static final long serialVersionUID = 1L;

  public InvalidArgumentException(String message) {
    super(Status.INVALID_ARGUMENT, message, 0, 0, 0);
  }
}
