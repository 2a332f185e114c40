package org.gongkai;

/** A looked-up key does not exist ({@link Status#NOT_FOUND}). */
public class NotFoundException extends GongkaiException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(Status.NOT_FOUND, message, 0, 0, 0);
  }
}
