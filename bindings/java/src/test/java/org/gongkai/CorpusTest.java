package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The real reports of ../shared/corpus/dev (read where they are, never copied)
 * and the bundled samples/: through the binding, every report parses, its
 * accessors agree with its JSON, and the JSON round-trips. Skipped when the
 * corpus is not beside the repository.
 */
class CorpusTest {

  @TestFactory
  Stream<DynamicTest> everyRealReport() {
    List<Path> reports = TestData.realReports();
    assumeTrue(!reports.isEmpty(), "no ../shared/corpus/dev and no samples/: skipped");
    return reports.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
      try (Report r = Gongkai.parse(p)) {
        assertFalse(r.meta().template().isEmpty());
        JsonChecks.assertAccessorsMatchJson(r);
        JsonRoundTripTest.assertRoundTrips(r);
      }
    }));
  }

  /** The gold's meta (year and template) is what the binding reports: a check that the corpus is wired up. */
  @TestFactory
  Stream<DynamicTest> metaAgreesWithGold() {
    Path dir = TestData.corpusDir();
    assumeTrue(dir != null, "no ../shared/corpus/dev: skipped");
    return TestData.texts(dir).stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
      String name = p.getFileName().toString().replaceFirst("\\.txt$", ".json");
      Path gold = dir.resolve("gold").resolve(name);
      assumeTrue(Files.exists(gold), "no gold for " + p);
      Map<String, Object> meta = MiniJson.object(MiniJson.object(MiniJson.parse(Files.readString(gold))).get("meta"));
      try (Report r = Gongkai.parse(p)) {
        assertEquals(meta.get("template"), r.meta().template());
        Object year = meta.get("year");
        assertEquals(year == null ? null : ((BigDecimal) year).intValueExact(), r.meta().year());
      }
    }));
  }
}
