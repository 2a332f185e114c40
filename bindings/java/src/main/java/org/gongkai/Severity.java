package org.gongkai;

/** How serious a finding is (GK_SEVERITY_* of gongkai.h). Table arithmetic failures are errors. */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  static Severity of(long code) {
    Severity[] all = values();
    if (code < 0 || code >= all.length) {
      throw new InternalErrorException(Status.INTERNAL, "gongkai: unknown severity " + code);
    }
    return all[(int) code];
  }

  /** The name the JSON uses: "info", "warning", "error". */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
