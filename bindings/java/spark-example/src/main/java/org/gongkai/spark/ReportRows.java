package org.gongkai.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.gongkai.CellRef;
import org.gongkai.Contact;
import org.gongkai.Diagnostic;
import org.gongkai.Gongkai;
import org.gongkai.GongkaiException;
import org.gongkai.InputKind;
import org.gongkai.Meta;
import org.gongkai.ParseOptions;
import org.gongkai.Report;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Parses the files of a {@code binaryFile} Dataset (path, content, …) on the
 * executors, one partition at a time, into rows of {@link ReportSchema}. A
 * file that cannot be read as a report gets a row with error_status and
 * error_message set: one bad file never fails the job. Each file is read by
 * its content (PDF, web page, Word, text), as {@link Gongkai#parseFile} reads
 * it; the JNI library comes from the gongkai jar on the executor's class path.
 */
public final class ReportRows implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final boolean validate;

  public ReportRows(boolean validate) {
    this.validate = validate;
  }

  /** The reports of every file of {@code files}, which has columns path and content. */
  public static Dataset<Row> parse(Dataset<Row> files, boolean validate) {
    for (String column : new String[] {"path", "content"}) {
      if (!List.of(files.columns()).contains(column)) {
        throw new IllegalArgumentException("the Dataset has no column '" + column + "' / 输入缺少列 " + column);
      }
    }
    return files.select("path", "content").mapPartitions(new ReportRows(validate), Encoders.row(ReportSchema.schema()));
  }

  @Override
  public Iterator<Row> call(Iterator<Row> files) {
    ParseOptions options = ParseOptions.defaults().withValidate(validate);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return files.hasNext();
      }

      @Override
      public Row next() {
        Row file = files.next();
        return row(file.getString(0), file.isNullAt(1) ? null : (byte[]) file.get(1), options);
      }
    };
  }

  /** One output row for one file's bytes; never throws for a bad file. */
  static Row row(String path, byte[] content, ParseOptions options) {
    Long size = content == null ? null : (long) content.length;
    String status;
    String message;
    try {
      if (content == null) throw new IllegalArgumentException("no content: the row's content column is null / 行中没有文件内容");
      try (Report report = Gongkai.parseFile(content, InputKind.DETECT, null, options)) {
        return reportRow(path, size, report);
      }
    } catch (GongkaiException e) {
      status = e.status().name();
      message = e.getMessage();
    } catch (RuntimeException e) {  // one file's trouble must not end the job
      status = "INTERNAL";
      message = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    Object[] values = new Object[ReportSchema.META_COLUMNS + FieldKeys.all().size() + 3];
    values[0] = path;
    values[1] = size;
    values[2] = status;
    values[3] = message;
    return RowFactory.create(values);
  }

  private static Row reportRow(String path, Long size, Report report) {
    List<String> keys = FieldKeys.all();
    Meta m = report.meta();
    Contact c = m.contact();
    Object[] values = new Object[ReportSchema.META_COLUMNS + keys.size() + 3];
    Object[] meta = {path, size, null, null, m.title(), m.organ(), m.year(), m.template(), m.published(),
        m.periodStart(), m.periodEnd(),
        RowFactory.create(c.address(), c.postcode(), c.phone(), c.email(), c.website()),
        m.inputBytes(), m.inputLines()};
    System.arraycopy(meta, 0, values, 0, meta.length);

    List<String> blank = new ArrayList<>();
    Map<String, String> other = new HashMap<>();
    Map<String, Integer> index = KeyIndex.INDEX;
    for (Map.Entry<String, BigDecimal> f : report.fields().entrySet()) {
      String key = f.getKey();
      BigDecimal value = f.getValue();
      Integer i = index.get(key);
      if (value == null) {
        blank.add(key);
      } else if (i == null) {
        other.put(key, value.toPlainString());  // a key this schema does not know
      } else if (FieldKeys.isMoney(key)) {
        values[ReportSchema.META_COLUMNS + i] = value;
      } else if (value.stripTrailingZeros().scale() <= 0) {
        values[ReportSchema.META_COLUMNS + i] = value.longValueExact();
      } else {
        other.put(key, value.toPlainString());  // a count printed with decimals
      }
    }
    List<Row> findings = new ArrayList<>();
    for (Diagnostic d : report.diagnostics()) findings.add(finding(d));

    int tail = ReportSchema.META_COLUMNS + keys.size();
    values[tail] = blank.toArray(new String[0]);
    values[tail + 1] = CollectionConverters.asScala(other);
    values[tail + 2] = findings.toArray(new Row[0]);
    return RowFactory.create(values);
  }

  private static Row finding(Diagnostic d) {
    String[] cells = d.cells().stream().map(CellRef::key).toArray(String[]::new);
    return RowFactory.create(d.rule(), d.severity().jsonName(), d.messageZh(), d.messageEn(), d.line(), d.column(),
        d.lhs(), d.rhs(), d.difference(), d.evidence(), cells);
  }

  /** Key to its column offset among the field columns, built once per executor JVM. */
  private static final class KeyIndex {
    static final Map<String, Integer> INDEX = build();

    private static Map<String, Integer> build() {
      Map<String, Integer> index = new HashMap<>();
      List<String> keys = FieldKeys.all();
      for (int i = 0; i < keys.size(); i++) index.put(keys.get(i), i);
      return index;
    }
  }
}
