package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV, Markdown and HTML, and the checks across reports, from Java. */
class RenderTest {

  /** The sample as the year before, its 结转下年度继续办理 printed as {@code carried}. */
  static String yearBefore(String carried) {
    String text = TestData.sampleGk2021Text();
    String row = "四、结转下年度继续办理\t\t\t1\t0\t0\t0\t0\t0\t1\n";
    assertTrue(text.contains(row), "sample changed: fix yearBefore()");
    return text.replace(row, "四、结转下年度继续办理\t\t\t" + carried + "\t0\t0\t0\t0\t0\t" + carried + "\n")
        .replace("2023", "2022");
  }

  @Test
  void csvWideAndLongWithKeysOrChineseLabels() {
    try (Report r = Gongkai.parse(TestData.sampleGk2021())) {
      String wide = r.toCsv();
      String[] lines = wide.split("\r\n");
      assertEquals(2, lines.length);
      assertTrue(lines[0].startsWith("report,title,organ,year,template,"), lines[0]);
      assertTrue(lines[0].contains(",applications.received.natural,"));
      assertTrue(lines[1].startsWith(",示例县测试局2023年政府信息公开工作年度报告,示例县测试局,2023,gk2021,"), lines[1]);

      String zh = r.toCsv(CsvLayout.WIDE, CsvHeader.ZH, true, "sample.txt");
      assertTrue(zh.startsWith("\uFEFF报告,标题,机关,年度,模板,"), zh.substring(0, 40));
      assertTrue(zh.contains(",一、本年新收政府信息公开申请数量｜自然人,"));
      assertTrue(zh.contains("\r\nsample.txt,"));

      String[] rows = r.toCsv(CsvLayout.LONG, CsvHeader.ZH, false, "s").split("\r\n");
      assertEquals("报告,字段键,字段名称,数值,行", rows[0]);
      assertEquals(1 + r.cells().size(), rows.length);
      assertTrue(rows[1].startsWith("s,active.rules.issued,第二十条第（一）项 规章｜本年制发件数,"), rows[1]);
    }
  }

  @Test
  void markdownAndHtmlShowTheTablesAndFindings() {
    try (Report r = Gongkai.parse(ParseTest.brokenSample())) {
      String md = r.toMarkdown();
      assertTrue(md.startsWith("# 示例县测试局2023年政府信息公开工作年度报告"));
      assertTrue(md.contains("T3-ROW-TOTAL"));
      assertFalse(r.toMarkdown(false, "").contains("Findings"));
      String html = r.toHtml(true, "broken.txt");
      assertTrue(html.startsWith("<!DOCTYPE html>"));
      assertTrue(html.contains("broken.txt") && html.contains("T3-ROW-TOTAL") && html.endsWith("</html>\n"));
    }
  }

  @Test
  void theYearBeforeAndTheOrgansUnder() {
    try (Report r = Gongkai.parse(TestData.sampleGk2021Text());
        Report same = Gongkai.parse(yearBefore("1"));
        Report other = Gongkai.parse(yearBefore("4"))) {
      assertEquals(List.of(), r.compareWithPrevious(same));
      List<Diagnostic> found = r.compareWithPrevious(other);
      assertEquals(2, found.size(), found.toString());  // 自然人 and 总计
      Diagnostic d = found.get(0);
      assertEquals("PREV-CARRIED-OVER", d.rule());
      assertEquals(Severity.WARNING, d.severity());
      assertEquals(new BigDecimal("-3"), d.difference());
      assertEquals("PREV-YEAR", r.compareWithPrevious(r).get(0).rule());

      assertEquals(List.of(), r.compareWithChildren(List.of(r)));
      List<Diagnostic> twice = r.compareWithChildren(List.of(r, same));
      assertFalse(twice.isEmpty());
      assertTrue(twice.stream().allMatch(x -> x.rule().equals("CHILDREN-SUM")));
    }
  }

  @Test
  void closedReportsAreRefused() {
    Report closed = Gongkai.parse(TestData.sampleGk2021());
    closed.close();
    try (Report r = Gongkai.parse(TestData.sampleGk2021())) {
      assertThrows(IllegalStateException.class, () -> r.compareWithPrevious(closed));
      assertThrows(IllegalStateException.class, () -> r.compareWithChildren(List.of(r, closed)));
      assertThrows(IllegalStateException.class, closed::toHtml);
      assertThrows(NullPointerException.class, () -> r.toCsv(null, CsvHeader.KEYS, false, ""));
    }
  }
}
