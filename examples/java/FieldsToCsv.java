// FieldsToCsv: parses many reports on a thread pool and writes one CSV row per
// report (file, organ, year, template, then the chosen fields).
//
//   java -cp bindings/java/target/gongkai-0.1.0.jar examples/java/FieldsToCsv.java out.csv samples/*.txt
//
// Parsing different texts on many threads at once is safe; each thread closes
// the reports it opens.
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongkai.Gongkai;
import org.gongkai.GongkaiException;
import org.gongkai.Meta;
import org.gongkai.Report;

public class FieldsToCsv {
  static final List<String> KEYS = List.of(
      "applications.received.total", "applications.granted.total", "applications.carried_forward.total",
      "review.total", "litigation_direct.total");

  static String row(Path file) {
    try (Report report = Gongkai.parse(file)) {
      Meta meta = report.meta();
      List<String> cells = new ArrayList<>(List.of(file.toString(), meta.organ(),
          meta.year() == null ? "" : meta.year().toString(), meta.template()));
      for (String key : KEYS) {
        BigDecimal value = report.fields().get(key);
        cells.add(value == null ? "" : value.toPlainString());
      }
      return String.join(",", cells.stream().map(FieldsToCsv::quote).toList());
    } catch (GongkaiException e) {
      System.err.println(file + ": " + e.getMessage());
      return quote(file.toString()) + ",,,error";
    }
  }

  static String quote(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: FieldsToCsv OUT.csv REPORT.txt...");
      System.exit(2);
    }
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    List<Future<String>> rows = new ArrayList<>();
    for (int i = 1; i < args.length; ++i) {
      Path file = Path.of(args[i]);
      rows.add(pool.submit(() -> row(file)));
    }
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
      out.println("file,organ,year,template," + String.join(",", KEYS));
      for (Future<String> row : rows) out.println(row.get());  // input order
    } catch (IOException e) {
      System.err.println(args[0] + ": " + e.getMessage());
      System.exit(2);
    } finally {
      pool.shutdown();
    }
    System.out.println("wrote " + (args.length - 1) + " rows to " + args[0]);
  }
}
