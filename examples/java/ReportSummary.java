// ReportSummary: parses one annual report with gongkai's Java API and prints
// its metadata, a few fields and its findings.
//
//   java -cp bindings/java/target/gongkai-0.1.0.jar examples/java/ReportSummary.java samples/gk2021_tabs_2023.txt
//
// (Java 11+ runs a single source file directly.) Exits 0 when the tables add
// up, 1 when validation found an error, 2 when the file could not be read or
// parsed.
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.Diagnostic;
import org.gongkai.Gongkai;
import org.gongkai.GongkaiException;
import org.gongkai.Meta;
import org.gongkai.Report;
import org.gongkai.Severity;

public class ReportSummary {
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ReportSummary REPORT.txt");
      System.exit(2);
    }
    try (Report report = Gongkai.parse(Path.of(args[0]))) {
      Meta meta = report.meta();
      System.out.printf("%s (%s, %s, published %s)%n", meta.organ(), meta.year(), meta.template(), meta.published());
      for (String key : List.of("applications.received.total", "applications.granted.total", "active.fees.amount_wan")) {
        if (!report.fields().containsKey(key)) {
          System.out.printf("  %-30s (not printed)%n", key);
        } else {
          BigDecimal value = report.fields().get(key);
          System.out.printf("  %-30s %s%n", key, value == null ? "blank" : value.toPlainString());
        }
      }
      long errors = 0;
      for (Diagnostic d : report.diagnostics()) {
        System.out.printf("  line %d: %s %s: %s%n", d.line(), d.severity().jsonName(), d.rule(), d.messageZh());
        if (d.severity() == Severity.ERROR) errors++;
      }
      System.out.printf("%d findings, %d errors%n", report.diagnostics().size(), errors);
      System.exit(errors > 0 ? 1 : 0);
    } catch (GongkaiException e) {
      System.err.printf("%s: %s (status %s, line %d, column %d)%n",
          args[0], e.getMessage(), e.status(), e.line(), e.column());
      System.exit(2);
    }
  }
}
