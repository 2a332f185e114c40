package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing a made-up gk2021 report: metadata, fields, cells, findings, the three ways in. */
class ParseTest {

  /** The sample with 一、本年新收 总计 printed as 8 instead of 7. */
  static String brokenSample() {
    String text = TestData.sampleGk2021Text();
    String row = "一、本年新收政府信息公开申请数量\t\t\t5\t1\t0\t0\t1\t0\t7\n";
    assertTrue(text.contains(row), "sample changed: fix brokenSample()");
    return text.replace(row, row.replace("\t7\n", "\t8\n"));
  }

  static int lineOf(String text, String startsWith) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; ++i) if (lines[i].startsWith(startsWith)) return i + 1;
    throw new AssertionError("no line starts with " + startsWith);
  }

  @Test
  void metadata() {
    try (Report r = Gongkai.parse(TestData.sampleGk2021())) {
      Meta m = r.meta();
      assertEquals("示例县测试局2023年政府信息公开工作年度报告", m.title());
      assertEquals("示例县测试局", m.organ());
      assertEquals(2023, m.year());
      assertEquals("gk2021", m.template());
      assertEquals("2024-01-20", m.published());
      assertEquals("2023-01-01", m.periodStart());
      assertEquals("2023-12-31", m.periodEnd());
      assertTrue(m.contact().isEmpty());
      assertEquals(TestData.sampleGk2021().length, m.inputBytes());
    }
  }

  @Test
  void fieldsAreExactDecimalsInTemplateOrder() {
    try (Report r = Gongkai.parse(TestData.sampleGk2021())) {
      Map<String, BigDecimal> f = r.fields();
      assertEquals(200, f.size(), "gk2021 has 200 cells and the sample prints them all");
      assertEquals("active.rules.issued", f.keySet().iterator().next());
      assertEquals(new BigDecimal("12.5"), f.get("active.fees.amount_wan"));
      assertEquals(new BigDecimal("7"), f.get("applications.received.total"));
      assertEquals(new BigDecimal("356"), f.get("active.licensing.decisions"));
      // printed as — : present, and null
      assertTrue(f.containsKey("active.rules.repealed"));
      assertNull(f.get("active.rules.repealed"));
      assertThrows(UnsupportedOperationException.class, () -> f.put("x", BigDecimal.ONE));
      // template order: the columns of a row of table 三 follow one another
      List<String> keys = List.copyOf(f.keySet());
      int natural = keys.indexOf("applications.received.natural");
      assertEquals("applications.received.total", keys.get(natural + 6));
      assertTrue(keys.indexOf("review.total") > keys.indexOf("applications.carried_forward.total"));
      // the sum of the applicant columns is the printed total, for every row of 三
      for (String k : keys) {
        if (!k.startsWith("applications.") || !k.endsWith(".natural")) continue;
        String row = k.substring(0, k.length() - ".natural".length());
        BigDecimal sum = List.of("natural", "commercial", "research", "social", "legal", "other").stream()
            .map(c -> f.get(row + "." + c)).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(f.get(row + ".total"), sum, row);
      }
    }
  }

  @Test
  void cellsKeepWhatWasPrintedAndWhere() {
    String text = TestData.sampleGk2021Text();
    try (Report r = Gongkai.parse(text)) {
      Cell dash = r.cell("active.rules.repealed").orElseThrow();
      assertEquals(CellState.BLANK_MARK, dash.state());
      assertEquals("—", dash.raw());
      assertNull(dash.value());
      assertEquals(lineOf(text, "规章\t"), dash.line());
      Cell fee = r.cell("active.fees.amount_wan").orElseThrow();
      assertEquals(CellState.NUMBER, fee.state());
      assertEquals("12.5", fee.raw());
      assertEquals(lineOf(text, "行政事业性收费"), fee.line());
      assertFalse(fee.inferred());
      assertTrue(r.cell("legacy.staff.total").isEmpty());
      assertEquals(r.fields().keySet(), r.cells().stream().map(Cell::key).collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
    }
  }

  @Test
  void consistentTablesGiveNoArithmeticError() {
    try (Report r = Gongkai.parse(TestData.sampleGk2021())) {
      assertEquals(List.of(), r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList());
      assertEquals(r.diagnostics(), r.validate());
    }
  }

  @Test
  void brokenTotalIsAFindingWithBothSidesAndTheCellsRead() {
    String text = brokenSample();
    try (Report r = Gongkai.parse(text)) {
      Diagnostic d = r.diagnostics().stream().filter(x -> x.rule().equals("T3-BALANCE")).findFirst()
          .orElseThrow(() -> new AssertionError("no T3-BALANCE in " + r.diagnostics()));
      assertEquals(Severity.ERROR, d.severity());
      assertEquals(new BigDecimal("9"), d.lhs());
      assertEquals(new BigDecimal("8"), d.rhs());
      assertEquals(new BigDecimal("1"), d.difference());
      assertFalse(d.messageZh().isEmpty());
      assertFalse(d.messageEn().isEmpty());
      int line = lineOf(text, "一、本年新收");
      assertEquals(line, d.line());
      CellRef received = d.cells().stream().filter(c -> c.key().equals("applications.received.total")).findFirst().orElseThrow();
      assertEquals(new BigDecimal("8"), received.value());
      assertEquals(line, received.line());
      assertTrue(received.column() > 0);
      assertTrue(r.diagnostics().stream().anyMatch(x -> x.rule().equals("T3-ROW-TOTAL")));
    }
  }

  @Test
  void validationCanBeDeferred() {
    try (Report r = Gongkai.parse(brokenSample().getBytes(StandardCharsets.UTF_8), ParseOptions.defaults().withValidate(false))) {
      assertTrue(r.diagnostics().stream().noneMatch(x -> x.rule().equals("T3-BALANCE")));
      List<Diagnostic> found = r.validate();
      assertTrue(found.stream().anyMatch(x -> x.rule().equals("T3-BALANCE")), found.toString());
      // validate() does not change the report
      assertTrue(r.diagnostics().stream().noneMatch(x -> x.rule().equals("T3-BALANCE")));
    }
  }

  @Test
  void bytesStringAndPathGiveTheSameReport(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("report.txt");
    Files.write(file, TestData.sampleGk2021());
    try (Report a = Gongkai.parse(TestData.sampleGk2021());
        Report b = Gongkai.parse(TestData.sampleGk2021Text());
        Report c = Gongkai.parse(file)) {
      assertEquals(a.toJson(), b.toJson());
      assertEquals(a.toJson(), c.toJson());
      assertArrayEquals(a.toJsonBytes(false, true), a.toJson().getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void textOutsideTheBasicPlaneSurvives() {
    // 𠀀 (U+20000) is two chars in Java and four bytes in UTF-8; modified UTF-8
    // (the JNI string functions) would turn it into six bytes.
    String text = TestData.sampleGk2021Text().replace("示例县测试局2023年", "示例县𠀀测试局2023年");
    try (Report r = Gongkai.parse(text)) {
      assertEquals("示例县𠀀测试局", r.meta().organ());
      assertTrue(r.toJson().contains("示例县𠀀测试局"));
      assertEquals(text.getBytes(StandardCharsets.UTF_8).length, r.meta().inputBytes());
    }
  }

  @Test
  void accessorsAgreeWithTheJson() {
    try (Report r = Gongkai.parse(brokenSample())) {
      JsonChecks.assertAccessorsMatchJson(r);
    }
  }

  @Test
  void briefAndPrettyJson() {
    try (Report r = Gongkai.parse(TestData.sampleGk2021())) {
      Map<String, Object> brief = MiniJson.object(MiniJson.parse(r.toJson(false, false)));
      assertEquals(List.of("schema", "meta", "fields", "diagnostics"), List.copyOf(brief.keySet()));
      String pretty = r.toJson(true, true);
      assertTrue(pretty.contains("\n  \"meta\""), pretty.substring(0, 80));
      assertEquals(MiniJson.parse(r.toJson()), MiniJson.parse(pretty));
      Map<String, Object> fields = new LinkedHashMap<>(MiniJson.object(brief.get("fields")));
      assertEquals(r.fields(), fields);
    }
  }

  @Test
  void sizeLimitIsAnOption() {
    byte[] text = TestData.sampleGk2021();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Gongkai.parse(text, ParseOptions.defaults().withMaxInputBytes(100)));
    assertEquals(Status.TOO_LARGE, e.status());
    try (Report r = Gongkai.parse(text, ParseOptions.defaults().withMaxInputBytes(text.length))) {
      assertEquals("gk2021", r.meta().template());
    }
  }
}
