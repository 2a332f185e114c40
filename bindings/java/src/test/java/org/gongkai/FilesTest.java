package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Gongkai.parseFile: PDF, a GBK web page, GB18030 text, and files that cannot be read. */
class FilesTest {

  static final String PAGE =
      "<html><head><meta charset=\"gbk\"></head><body><h1>某县人民政府2021年政府信息公开工作年度报告</h1>"
          + "<table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
          + "<tr><td>规章</td><td>1</td><td>0</td><td>11</td></tr>"
          + "<tr><td>行政规范性文件</td><td>8</td><td>26</td><td>66</td></tr></table></body></html>";

  static Cell cell(Report r, String key) {
    return r.cells().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void gbkWebPageKeepsTheCellsPlaces() {
    byte[] bytes = PAGE.getBytes(Charset.forName("GBK"));
    try (Report r = Gongkai.parseFile(bytes, InputKind.DETECT, null, ParseOptions.defaults())) {
      Cell c = cell(r, "active.normative.in_force");
      assertEquals(new BigDecimal("66"), c.value());
      assertNotNull(c.place());
      assertEquals(1, c.place().table());
      assertEquals(3, c.place().row());
      assertEquals(4, c.place().column());
      assertNull(c.place().box());
    }
  }

  @Test
  void gb18030TextParsesLikeUtf8() {
    String text = TestData.sampleGk2021Text();
    try (Report utf8 = Gongkai.parse(text);
        Report gb = Gongkai.parseFile(text.getBytes(Charset.forName("GB18030")), InputKind.TEXT, null,
            ParseOptions.defaults())) {
      assertEquals(utf8.toJson(), gb.toJson());
    }
  }

  @Test
  void pdfCellsHavePageAndBox() {
    Path corpus = TestData.corpusDir();
    Assumptions.assumeTrue(corpus != null && Files.isRegularFile(corpus.resolve("pdf/w02_hongze_district_2023.pdf")));
    try (Report r = Gongkai.parseFile(corpus.resolve("pdf/w02_hongze_district_2023.pdf"))) {
      assertEquals(2023, r.meta().year());
      Cell c = cell(r, "applications.received.total");
      assertTrue(c.place().page() >= 1);
      assertTrue(c.place().box()[2] > c.place().box()[0]);
    }
  }

  @Test
  void filesThatCannotBeRead() {
    byte[] zip = new byte[22];
    zip[0] = 'P';
    zip[1] = 'K';
    zip[2] = 5;
    zip[3] = 6;
    InvalidInputException bad = assertThrows(InvalidInputException.class,
        () -> Gongkai.parseFile(zip, InputKind.DETECT, null, ParseOptions.defaults()));
    assertEquals(Status.BAD_FILE, bad.status());
    InvalidInputException none = assertThrows(InvalidInputException.class,
        () -> Gongkai.parseFile("<html><body><p>hi</p></body></html>".getBytes(), InputKind.HTML, null,
            ParseOptions.defaults()));
    assertEquals(Status.NO_REPORT, none.status());
    assertThrows(GongkaiIoException.class, () -> Gongkai.parseFile(Path.of("/no/such/report.pdf")));
  }
}
