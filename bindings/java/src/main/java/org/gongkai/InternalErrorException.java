package org.gongkai;

/** A bug in gongkai ({@link Status#INTERNAL}, or a status this binding does not know); please report it. */
public class InternalErrorException extends GongkaiException {
  private static final long serialVersionUID = 1L;

  public InternalErrorException(Status status, String message) {
    super(status, message, 0, 0, 0);
  }
}
