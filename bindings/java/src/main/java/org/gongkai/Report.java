package org.gongkai;

import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * A parsed report: a native {@code gk_report} handle. Close it when done
 * ({@code try (Report r = Gongkai.parse(...)) {...}}); a {@link Cleaner} frees
 * it if it is forgotten, but only after the garbage collector notices, so do not
 * rely on that for many reports.
 *
 * <p>Everything it returns ({@link Meta}, {@link Cell}, {@link Diagnostic}, maps,
 * lists) is a plain Java copy that stays valid after {@link #close()}. Calling a
 * method after {@code close()} throws {@link IllegalStateException}; closing
 * twice does nothing.
 *
 * <p>Thread safety: the report is immutable, so its methods may run on many
 * threads at once; {@code close()} waits for calls in progress.
 */
public final class Report implements AutoCloseable {
  /** One daemon thread for all reports of this class loader. */
  private static final Cleaner CLEANER = Cleaner.create();

  /**
   * The native handle, and the Cleaner's action. It must not refer to the
   * Report (or the Report would never become unreachable).
   */
  private static final class Handle implements Runnable {
    private volatile long address;

    Handle(long address) {
      this.address = address;
    }

    @Override
    public void run() {
      long a;
      synchronized (this) {
        a = address;
        address = 0;
      }
      if (a != 0) NativeBridge.free(a);
    }
  }

  private final Handle handle;
  private final Cleaner.Cleanable cleanable;
  /** Readers: every native call; writer: close(), so a handle is never freed under a call. */
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  // Caches of the immutable native report (a race only computes the same value twice).
  private volatile Meta meta;
  private volatile List<Cell> cells;
  private volatile Map<String, BigDecimal> fields;
  private volatile List<Diagnostic> diagnostics;

  Report(long address) {
    if (address == 0) throw new InternalErrorException(Status.INTERNAL, "gongkai: native call returned no report");
    this.handle = new Handle(address);
    this.cleanable = CLEANER.register(this, handle);
  }

  /**
   * Restores a report from its JSON (as {@link #toJson()} writes it; the full
   * model comes back from the detailed JSON).
   *
   * @throws JsonFormatException for malformed JSON, JSON that is not a report, or too deep nesting
   */
  public static Report fromJson(String json) {
    Objects.requireNonNull(json, "json");
    return fromJson(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Restores a report from its JSON given as UTF-8 bytes. */
  public static Report fromJson(byte[] utf8Json) {
    Objects.requireNonNull(utf8Json, "utf8Json");
    NativeLibrary.ensureLoaded();
    return new Report(NativeBridge.fromJson(utf8Json, 0, 0));
  }

  /** The report's metadata. */
  public Meta meta() {
    ensureOpen();
    Meta m = meta;
    if (m == null) meta = m = withHandle(Report::readMeta);
    return m;
  }

  /**
   * The statistics as the JSON's {@code fields}: flat key (spec/fields.tsv) to
   * value, in template order. A cell printed blank, as 无 / — / /, or as text
   * maps to null; a cell the report does not print is absent. Unmodifiable.
   */
  public Map<String, BigDecimal> fields() {
    ensureOpen();
    Map<String, BigDecimal> f = fields;
    if (f == null) {
      Map<String, BigDecimal> map = new LinkedHashMap<>();
      for (Cell c : cells()) map.put(c.key(), c.value());
      fields = f = Collections.unmodifiableMap(map);
    }
    return f;
  }

  /** Every cell the report prints, in template order, with what was printed and where. */
  public List<Cell> cells() {
    ensureOpen();
    List<Cell> c = cells;
    if (c == null) cells = c = withHandle(Report::readCells);
    return c;
  }

  /** The cell at a flat key, or empty when the report does not print it. */
  public Optional<Cell> cell(String key) {
    Objects.requireNonNull(key, "key");
    for (Cell c : cells()) if (c.key().equals(key)) return Optional.of(c);
    return Optional.empty();
  }

  /**
   * The findings stored in the report: of parsing, and of validation when it
   * was parsed with validation on (the default) or read from JSON that had them.
   */
  public List<Diagnostic> diagnostics() {
    ensureOpen();
    List<Diagnostic> d = diagnostics;
    if (d == null) diagnostics = d = withHandle(a -> decodeFindings(NativeBridge.diagnostics(a)));
    return d;
  }

  /** Runs validation again and returns its findings (the report does not change). */
  public List<Diagnostic> validate() {
    return withHandle(a -> decodeFindings(NativeBridge.validate(a)));
  }

  /** The detailed canonical JSON on one line: what {@code gongkai parse --format json} writes. */
  public String toJson() {
    return new String(toJsonBytes(false, true), StandardCharsets.UTF_8);
  }

  /**
   * The canonical JSON.
   *
   * @param pretty indent with two spaces instead of one line
   * @param detail include sections, tables with cells and spans, derived values
   *     (otherwise only the contract members: schema, meta, fields, diagnostics)
   */
  public String toJson(boolean pretty, boolean detail) {
    return new String(toJsonBytes(pretty, detail), StandardCharsets.UTF_8);
  }

  /** The canonical JSON as the UTF-8 bytes the library wrote. */
  public byte[] toJsonBytes(boolean pretty, boolean detail) {
    int flags = (pretty ? NativeBridge.JSON_PRETTY : 0) | (detail ? NativeBridge.JSON_DETAIL : 0);
    return withHandle(a -> NativeBridge.toJson(a, flags));
  }

  /** The report as a wide CSV document with the field keys as its header (see {@link CsvLayout}). */
  public String toCsv() {
    return toCsv(CsvLayout.WIDE, CsvHeader.KEYS, false, "");
  }

  /**
   * The report as a CSV document (RFC 4180, CRLF line ends; text a spreadsheet
   * would run as a formula stays text).
   *
   * @param layout wide (one row for the report) or long (a row per cell)
   * @param header the field keys, or the Chinese labels of the template
   * @param bom start with a UTF-8 byte order mark (Excel needs it)
   * @param reportName the "report" column (a file name); may be empty
   */
  public String toCsv(CsvLayout layout, CsvHeader header, boolean bom, String reportName) {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(header, "header");
    byte[] name = Objects.requireNonNull(reportName, "reportName").getBytes(StandardCharsets.UTF_8);
    int nativeLayout = layout == CsvLayout.LONG ? NativeBridge.CSV_LONG : NativeBridge.CSV_WIDE;
    int nativeHeader = header == CsvHeader.ZH ? NativeBridge.CSV_HEADER_ZH : NativeBridge.CSV_HEADER_KEYS;
    return new String(withHandle(a -> NativeBridge.toCsv(a, nativeLayout, nativeHeader, bom, name)),
        StandardCharsets.UTF_8);
  }

  /** The tables in Markdown, in the template's layout, with the list of findings after them. */
  public String toMarkdown() {
    return toMarkdown(true, "");
  }

  /**
   * The tables in Markdown, cells that findings name marked.
   *
   * @param listFindings list every finding after the tables
   * @param sourceName shown under the title (a file name); may be empty
   */
  public String toMarkdown(boolean listFindings, String sourceName) {
    return render(false, listFindings, sourceName);
  }

  /** The tables as a self-contained HTML page (no external resources), with the list of findings. */
  public String toHtml() {
    return toHtml(true, "");
  }

  /** The tables as a self-contained HTML page; the arguments as for {@link #toMarkdown(boolean, String)}. */
  public String toHtml(boolean listFindings, String sourceName) {
    return render(true, listFindings, sourceName);
  }

  private String render(boolean html, boolean listFindings, String sourceName) {
    byte[] name = Objects.requireNonNull(sourceName, "sourceName").getBytes(StandardCharsets.UTF_8);
    return new String(withHandle(a -> NativeBridge.render(a, html, listFindings, name)), StandardCharsets.UTF_8);
  }

  /**
   * This year's 上年结转 (carried over) against {@code previous}, the same
   * organ's report for the year before (its 结转下年度继续办理), per column:
   * PREV-CARRIED-OVER, PREV-YEAR and PREV-FORMAT findings. Neither report changes.
   *
   * @throws IllegalStateException when either report is closed
   */
  public List<Diagnostic> compareWithPrevious(Report previous) {
    Objects.requireNonNull(previous, "previous");
    return withHandle(a -> previous.withHandle(b -> decodeFindings(NativeBridge.comparePrevious(a, b))));
  }

  /**
   * This report (a parent organ's) against the sum of its organs' reports,
   * cell by cell: CHILDREN-SUM and CHILDREN-FORMAT findings.
   *
   * @throws IllegalStateException when any of the reports is closed
   */
  public List<Diagnostic> compareWithChildren(List<Report> children) {
    Objects.requireNonNull(children, "children");
    List<Report> held = new ArrayList<>(children);
    for (Report r : held) Objects.requireNonNull(r, "a child report is null");
    return withHandle(a -> withHandles(held, 0, new long[held.size()],
        handles -> decodeFindings(NativeBridge.compareChildren(a, handles))));
  }

  /** Runs {@code call} with every report of {@code reports} from {@code from} on held open. */
  private static <T> T withHandles(List<Report> reports, int from, long[] handles,
      Function<long[], T> call) {
    if (from == reports.size()) return call.apply(handles);
    return reports.get(from).withHandle(address -> {
      handles[from] = address;
      return withHandles(reports, from + 1, handles, call);
    });
  }

  /** True once {@link #close()} has run (or the Cleaner freed the handle). */
  public boolean isClosed() {
    return handle.address == 0;
  }

  /** Frees the native report. Idempotent; waits for calls in progress on other threads. */
  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      cleanable.clean();  // runs Handle.run at most once
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public String toString() {
    if (isClosed()) return "Report[closed]";
    Meta m = meta();
    return "Report[" + m.template() + ", " + m.title() + "]";
  }

  /** Cached values too are refused after close, so use after close always fails the same way. */
  private void ensureOpen() {
    if (handle.address == 0) throw new IllegalStateException("gongkai: the report is closed");
  }

  private <T> T withHandle(LongFunction<T> call) {
    lock.readLock().lock();
    try {
      long address = handle.address;
      if (address == 0) throw new IllegalStateException("gongkai: the report is closed");
      return call.apply(address);
    } finally {
      lock.readLock().unlock();
      // Keep this Report (and so the handle) reachable until the native call is done.
      Reference.reachabilityFence(this);
    }
  }

  // ---- decoding the arrays of NativeBridge ------------------------------------

  private static String text(byte[] utf8) {
    return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
  }

  private static String textOrEmpty(byte[] utf8) {
    return utf8 == null ? "" : new String(utf8, StandardCharsets.UTF_8);
  }

  private static BigDecimal decimal(byte[] utf8) {
    if (utf8 == null) return null;
    String s = new String(utf8, StandardCharsets.US_ASCII);
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw new InternalErrorException(Status.INTERNAL, "gongkai: the library gave a malformed decimal '" + s + "'");
    }
  }

  private static Meta readMeta(long address) {
    byte[][] t = NativeBridge.metaText(address);
    long[] n = NativeBridge.metaNumbers(address);
    if (t.length != NativeBridge.META_TEXT_SIZE || n.length != NativeBridge.META_NUMBER_SIZE) {
      throw new InternalErrorException(Status.INTERNAL, "gongkai: JNI glue and Java disagree on the meta shape");
    }
    long year = n[NativeBridge.META_YEAR];
    Contact contact = new Contact(
        textOrEmpty(t[NativeBridge.META_ADDRESS]),
        textOrEmpty(t[NativeBridge.META_POSTCODE]),
        textOrEmpty(t[NativeBridge.META_PHONE]),
        textOrEmpty(t[NativeBridge.META_EMAIL]),
        textOrEmpty(t[NativeBridge.META_WEBSITE]));
    return new Meta(
        textOrEmpty(t[NativeBridge.META_TITLE]),
        textOrEmpty(t[NativeBridge.META_ORGAN]),
        year == 0 ? null : (int) year,
        textOrEmpty(t[NativeBridge.META_FORMAT]),
        text(t[NativeBridge.META_PUBLISHED]),
        text(t[NativeBridge.META_PERIOD_START]),
        text(t[NativeBridge.META_PERIOD_END]),
        contact,
        n[NativeBridge.META_INPUT_BYTES],
        n[NativeBridge.META_INPUT_LINES]);
  }

  private static FilePlace place(double[] p, int at) {
    if (p[at] == 0) return null;
    long page = (long) p[at + 1];
    double[] box = page == 0 ? null : new double[] {p[at + 2], p[at + 3], p[at + 4], p[at + 5]};
    return new FilePlace(page, box, (long) p[at + 6], (long) p[at + 7], (long) p[at + 8]);
  }

  private static List<Cell> readCells(long address) {
    byte[][] t = NativeBridge.cellText(address);
    long[] n = NativeBridge.cellNumbers(address);
    double[] p = NativeBridge.cellPlaces(address);
    int stride = NativeBridge.CELL_STRIDE;
    int placeStride = NativeBridge.CELL_PLACE_STRIDE;
    if (t.length != n.length || t.length % stride != 0 || p.length != t.length / stride * placeStride) {
      throw new InternalErrorException(Status.INTERNAL, "gongkai: JNI glue and Java disagree on the cell shape");
    }
    List<Cell> out = new ArrayList<>(t.length / stride);
    for (int i = 0; i < t.length; i += stride) {
      out.add(new Cell(
          textOrEmpty(t[i]),
          CellState.of(n[i]),
          decimal(t[i + 1]),
          textOrEmpty(t[i + 2]),
          textOrEmpty(t[i + 3]),
          n[i + 1],
          n[i + 2],
          n[i + 3] != 0,
          place(p, i / stride * placeStride)));
    }
    return Collections.unmodifiableList(out);
  }

  private static List<Diagnostic> decodeFindings(Object[] pair) {
    byte[][] t = (byte[][]) pair[0];
    long[] n = (long[]) pair[1];
    List<Diagnostic> out = new ArrayList<>();
    int ti = 0;
    int ni = 0;
    try {
      while (ni < n.length) {
        Severity severity = Severity.of(n[ni]);
        long line = n[ni + 1];
        long column = n[ni + 2];
        int cellCount = Math.toIntExact(n[ni + 3]);
        ni += NativeBridge.FINDING_NUMBERS;
        String rule = textOrEmpty(t[ti]);
        // t[ti + 1] is the severity's name, which Severity already gives.
        String messageZh = textOrEmpty(t[ti + 2]);
        String messageEn = textOrEmpty(t[ti + 3]);
        BigDecimal lhs = decimal(t[ti + 4]);
        BigDecimal rhs = decimal(t[ti + 5]);
        BigDecimal difference = decimal(t[ti + 6]);
        String evidence = textOrEmpty(t[ti + 7]);
        ti += NativeBridge.FINDING_TEXT;
        List<CellRef> refs = new ArrayList<>(cellCount);
        for (int c = 0; c < cellCount; ++c) {
          refs.add(new CellRef(textOrEmpty(t[ti]), decimal(t[ti + 1]), n[ni], n[ni + 1]));
          ti += 2;
          ni += 2;
        }
        out.add(new Diagnostic(rule, severity, messageZh, messageEn, line, column, lhs, rhs, difference, evidence, refs));
      }
    } catch (ArrayIndexOutOfBoundsException | ArithmeticException e) {
      throw new InternalErrorException(Status.INTERNAL, "gongkai: JNI glue and Java disagree on the findings shape");
    }
    if (ti != t.length) {
      throw new InternalErrorException(Status.INTERNAL, "gongkai: JNI glue and Java disagree on the findings shape");
    }
    return Collections.unmodifiableList(out);
  }
}
