package org.gongkai;

/** The kind of a file ({@code GK_INPUT_*} of gongkai.h). */
public enum InputKind {
  /** Decided by the content (%PDF, a zip with word/document.xml, HTML markup), not the name. */
  DETECT(0),
  /** UTF-8, UTF-16 with a BOM, GB18030/GBK. */
  TEXT(1),
  HTML(2),
  DOCX(3),
  PDF(4);

  private final int code;

  InputKind(int code) {
    this.code = code;
  }

  int code() {
    return code;
  }
}
