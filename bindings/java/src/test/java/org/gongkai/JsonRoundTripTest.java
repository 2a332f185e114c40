package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** to JSON and back: the same report, the same bytes. */
class JsonRoundTripTest {

  static void assertRoundTrips(Report original) {
    String json = original.toJson();
    try (Report back = Report.fromJson(json);
        Report backFromBytes = Report.fromJson(json.getBytes(StandardCharsets.UTF_8));
        Report backFromPretty = Report.fromJson(original.toJson(true, true))) {
      assertEquals(json, back.toJson());
      assertArrayEquals(original.toJsonBytes(true, true), back.toJsonBytes(true, true));
      assertEquals(original.toJson(false, false), back.toJson(false, false));
      assertEquals(json, backFromBytes.toJson());
      assertEquals(json, backFromPretty.toJson());
      assertEquals(original.meta(), back.meta());
      assertEquals(original.fields(), back.fields());
      assertEquals(original.cells(), back.cells());
      assertEquals(original.diagnostics(), back.diagnostics());
      // validation of the restored model finds what validation of the parsed one finds
      assertEquals(original.validate(), back.validate());
    }
  }

  @Test
  void sample() {
    try (Report r = Gongkai.parse(TestData.sampleGk2021())) {
      assertRoundTrips(r);
    }
  }

  @Test
  void sampleWithFindings() {
    try (Report r = Gongkai.parse(ParseTest.brokenSample())) {
      assertRoundTrips(r);
    }
  }

  @Test
  void unvalidatedReport() {
    try (Report r = Gongkai.parse(TestData.sampleGk2021(), ParseOptions.defaults().withValidate(false))) {
      assertRoundTrips(r);
    }
  }
}
