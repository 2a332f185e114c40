package org.gongkai;

/** A file could not be read ({@link Status#IO_ERROR}); the cause is the {@link java.io.IOException}. */
public class GongkaiIoException extends GongkaiException {
  private static final long serialVersionUID = 1L;

  public GongkaiIoException(String message, Throwable cause) {
    super(Status.IO_ERROR, message, cause);
  }
}
