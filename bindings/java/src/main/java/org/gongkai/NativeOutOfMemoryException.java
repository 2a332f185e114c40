package org.gongkai;

/**
 * The native library could not allocate ({@link Status#OUT_OF_MEMORY}). The Java
 * heap may be fine; the input was probably too large for the machine.
 */
public class NativeOutOfMemoryException extends GongkaiException {
  private static final long serialVersionUID = 1L;

  public NativeOutOfMemoryException(String message) {
    super(Status.OUT_OF_MEMORY, message, 0, 0, 0);
  }
}
