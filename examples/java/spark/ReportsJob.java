package org.gongkai.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Parse a folder of annual reports on Apache Spark, write Parquet, print a summary.
 *
 * <pre>
 * spark-submit --master local[2] --jars gongkai-0.1.0.jar \
 *   --class org.gongkai.spark.ReportsJob gongkai-spark-example-0.1.0.jar [--partitions N] OUT_DIR INPUT...
 * </pre>
 *
 * INPUT is a folder (read recursively) or a file; each file is read by its
 * content (PDF, web page, Word, text). Writes OUT_DIR/fields.parquet (one row
 * per file: metadata and one column per field key) and OUT_DIR/findings.parquet
 * (one row per finding), then prints reports per template, the files that
 * could not be read, and the most common rules. The same job as
 * examples/python/spark_job.py, with the same output.
 */
public final class ReportsJob {
  private ReportsJob() {}

  public static void main(String[] argv) {
    List<String> args = Arrays.asList(argv);
    int partitions = 0;
    if (args.size() >= 2 && args.get(0).equals("--partitions")) {
      partitions = Integer.parseInt(args.get(1));
      args = args.subList(2, args.size());
    }
    if (args.size() < 2) {
      System.err.println("usage: ReportsJob [--partitions N] OUT_DIR INPUT... / 用法：ReportsJob 输出目录 输入…");
      System.exit(2);
    }
    String out = args.get(0);
    String[] inputs = args.subList(1, args.size()).toArray(new String[0]);

    SparkSession spark = SparkSession.builder().appName("gongkai-reports").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    long started = System.nanoTime();

    Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(inputs);
    if (partitions > 0) files = files.repartition(partitions);
    // Parse once, then write both tables from the cached rows.
    Dataset<Row> reports = ReportRows.parse(files, true).cache();
    Dataset<Row> findings = reports.select(col("path"), col("template"), explode(col("findings")).as("f"))
        .select("path", "template", "f.*");
    reports.drop("findings").write().mode("overwrite").parquet(Paths.get(out, "fields.parquet").toString());
    findings.write().mode("overwrite").parquet(Paths.get(out, "findings.parquet").toString());

    long total = reports.count();
    System.out.printf("reports: %d files in %.1fs%n", total, (System.nanoTime() - started) / 1e9);
    System.out.println("reports per template:");
    for (Row r : reports.where(col("error_status").isNull()).groupBy("template").count()
        .orderBy(desc("count")).collectAsList()) {
      System.out.printf("  %-10s %d%n", r.getString(0), r.getLong(1));
    }
    List<Row> errors = reports.where(col("error_status").isNotNull())
        .select("path", "error_status", "error_message").collectAsList();
    System.out.println("files that could not be read as a report: " + errors.size());
    for (Row r : errors.subList(0, Math.min(10, errors.size()))) {
      System.out.printf("  %s: %s: %s%n", r.getString(0), r.getString(1), r.getString(2));
    }
    long withErrors = reports.where(exists(col("findings"), f -> f.getField("severity").equalTo(lit("error")))).count();
    System.out.println("reports with error findings: " + withErrors);
    System.out.println("most common rules:");
    for (Row r : findings.groupBy("rule", "severity").count().orderBy(desc("count"), col("rule")).limit(10)
        .collectAsList()) {
      System.out.printf("  %-24s %-8s %d%n", r.getString(0), r.getString(1), r.getLong(2));
    }
    spark.stop();
  }
}
