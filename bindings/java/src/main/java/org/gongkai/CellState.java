package org.gongkai;

/** What a statistics cell holds, as printed (GK_CELL_* of gongkai.h). */
public enum CellState {
  /** A number; {@link Cell#value()} is set. */
  NUMBER,
  /** Nothing printed. */
  BLANK,
  /** A mark standing for nothing: 无, —, -, /. */
  BLANK_MARK,
  /** Text that is neither a number nor a blank mark. */
  NOT_NUMBER;

  static CellState of(long code) {
    CellState[] all = values();
    if (code < 0 || code >= all.length) {
      throw new InternalErrorException(Status.INTERNAL, "gongkai: unknown cell state " + code);
    }
    return all[(int) code];
  }
}
