package org.gongkai;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The entry point: parse a report's text into a {@link Report}.
 *
 * <pre>{@code
 * try (Report r = Gongkai.parse(Path.of("report.txt"))) {
 *   System.out.println(r.meta().organ() + " " + r.meta().year());
 *   BigDecimal received = r.fields().get("applications.received.total");
 *   for (Diagnostic d : r.diagnostics()) System.out.println(d.rule() + " " + d.messageEn());
 * }
 * }</pre>
 *
 * <p>Every method may be called from any thread; parsing different texts at
 * once on many threads is safe. Bad input raises a {@link GongkaiException}
 * (an {@link InvalidInputException} for bytes that are not a text), never a
 * crash.
 */
public final class Gongkai {
  private Gongkai() {}

  /** Parses UTF-8 report text with validation on. */
  public static Report parse(byte[] utf8) {
    return parse(utf8, ParseOptions.defaults());
  }

  /** Parses UTF-8 report text. */
  public static Report parse(byte[] utf8, ParseOptions options) {
    Objects.requireNonNull(utf8, "utf8");
    Objects.requireNonNull(options, "options");
    NativeLibrary.ensureLoaded();
    long handle = NativeBridge.parse(utf8, options.maxInputBytes(), options.validate());
    return new Report(handle);
  }

  /**
   * Parses report text given as a Java string (the text itself, not a file
   * name: use {@link #parse(Path)} for a file).
   */
  public static Report parse(String text) {
    Objects.requireNonNull(text, "text");
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a UTF-8 text file and parses it. */
  public static Report parse(Path file) {
    return parse(file, ParseOptions.defaults());
  }

  /**
   * Reads a UTF-8 text file and parses it.
   *
   * @throws GongkaiIoException when the file cannot be read
   */
  public static Report parse(Path file, ParseOptions options) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    byte[] bytes;
    try {
      bytes = ReportFile.read(file, options.maxInputBytes());
    } catch (IOException e) {
      throw new GongkaiIoException("gongkai: cannot read " + file + ": " + e.getMessage(), e);
    } catch (OutOfMemoryError e) {
      throw new InvalidInputException(Status.TOO_LARGE, "gongkai: " + file + " is too large to read", 0, 0, 0);
    }
    return parse(bytes, options);
  }

  /** The library's version ("0.1.0"), gk_version(). */
  /**
   * Parses a report from a file people have: PDF, web page (HTML), Word
   * (.docx), or text in UTF-8, UTF-16 (with a BOM) or GB18030/GBK; the kind is
   * detected from the content. Every cell gets its {@link Cell#place()}.
   *
   * @throws InvalidInputException BAD_FILE (damaged, truncated or encrypted PDF;
   *     a zip that is not Word), NEEDS_OCR (a PDF without text), NO_REPORT, and
   *     the errors of {@link #parse(byte[])}
   * @throws GongkaiIoException when the file cannot be read
   */
  public static Report parseFile(Path file) {
    return parseFile(file, InputKind.DETECT, null, ParseOptions.defaults());
  }

  /** As {@link #parseFile(Path)}, with the kind and the encoding (null: detected) given. */
  public static Report parseFile(Path file, InputKind kind, String encoding, ParseOptions options) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(options, "options");
    NativeLibrary.ensureLoaded();
    byte[] path = file.toString().getBytes(StandardCharsets.UTF_8);
    long handle = NativeBridge.parseFilePath(path, kind.code(), encodingBytes(encoding), options.maxInputBytes(),
        options.validate());
    return new Report(handle);
  }

  /** As {@link #parseFile(Path)}, for the bytes of a file. */
  public static Report parseFile(byte[] bytes, InputKind kind, String encoding, ParseOptions options) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(options, "options");
    NativeLibrary.ensureLoaded();
    long handle = NativeBridge.parseFileBytes(bytes, kind.code(), encodingBytes(encoding), options.maxInputBytes(),
        options.validate());
    return new Report(handle);
  }

  private static byte[] encodingBytes(String encoding) {
    return encoding == null ? new byte[0] : encoding.getBytes(StandardCharsets.UTF_8);
  }

  public static String version() {
    NativeLibrary.ensureLoaded();
    return new String(NativeBridge.version(), StandardCharsets.UTF_8);
  }

  /** The library's ABI version, gk_abi_version(); this binding refuses any other than its own. */
  public static int abiVersion() {
    NativeLibrary.ensureLoaded();
    return NativeBridge.abiVersion();
  }

  /** The stable name the library gives a status ("invalid_utf8"), gk_status_name(). */
  public static String statusName(int code) {
    NativeLibrary.ensureLoaded();
    return new String(NativeBridge.statusName(code), StandardCharsets.UTF_8);
  }
}
