package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that is not a report's text, and JSON that is not a report, end in an exception, never a crash. */
class BadInputTest {

  private static InvalidInputException parseFails(byte[] input) {
    return assertThrows(InvalidInputException.class, () -> Gongkai.parse(input).close());
  }

  @Test
  void emptyInput() {
    InvalidInputException e = parseFails(new byte[0]);
    assertEquals(Status.EMPTY_INPUT, e.status());
    assertEquals(4, e.code());
    assertEquals(Status.EMPTY_INPUT, assertThrows(InvalidInputException.class, () -> Gongkai.parse("")).status());
  }

  @Test
  void invalidUtf8SaysWhere() {
    byte[] text = TestData.sampleGk2021();
    int at = TestData.sampleGk2021Text().indexOf("一、总体情况");
    int byteOffset = TestData.sampleGk2021Text().substring(0, at).getBytes(StandardCharsets.UTF_8).length;
    byte[] bad = Arrays.copyOf(text, text.length);
    bad[byteOffset] = (byte) 0xFF;
    InvalidInputException e = parseFails(bad);
    assertEquals(Status.INVALID_UTF8, e.status());
    assertEquals(byteOffset, e.offset());
    assertEquals(ParseTest.lineOf(TestData.sampleGk2021Text(), "一、总体情况"), e.line());
    assertEquals(1, e.column());
    assertFalse(e.getMessage().isEmpty());
  }

  @Test
  void truncatedMultibyteCharacter() {
    byte[] text = "示例".getBytes(StandardCharsets.UTF_8);
    assertEquals(Status.INVALID_UTF8, parseFails(Arrays.copyOf(text, text.length - 1)).status());
  }

  @Test
  void binaryInput() {
    byte[] elf = new byte[4096];
    new Random(7).nextBytes(elf);
    elf[0] = 0x7f;
    elf[1] = 'E';
    elf[2] = 'L';
    elf[3] = 'F';
    elf[4] = 0;
    Status s = parseFails(elf).status();
    assertTrue(s == Status.BINARY_INPUT || s == Status.INVALID_UTF8, s.toString());
    byte[] nulText = "示例县测试局\0\0\0\0报告".getBytes(StandardCharsets.UTF_8);
    assertEquals(Status.BINARY_INPUT, parseFails(nulText).status());
  }

  @Test
  void randomBytesNeverCrash() {
    Random random = new Random(20240120);
    String sampleText = TestData.sampleGk2021Text();
    int reports = 0;
    int refused = 0;
    for (int i = 0; i < 300; ++i) {
      byte[] input;
      if (i % 2 == 0) {
        input = new byte[random.nextInt(2000)];
        random.nextBytes(input);
      } else {
        // the sample with a few characters replaced: still text, tables damaged
        char[] text = sampleText.toCharArray();
        String junk = "0123456789\t\n 　一二三—/无（）.-";
        for (int k = 0; k < 8; ++k) text[random.nextInt(text.length)] = junk.charAt(random.nextInt(junk.length()));
        input = new String(text).getBytes(StandardCharsets.UTF_8);
      }
      try (Report r = Gongkai.parse(input)) {
        r.toJson();
        r.fields();
        r.diagnostics();
        reports++;
      } catch (GongkaiException e) {
        assertTrue(e.status() != Status.INTERNAL && e.status() != Status.OK, e.toString());
        refused++;
      }
    }
    assertTrue(reports > 0 && refused > 0, reports + " parsed, " + refused + " refused");
  }

  @Test
  void nullIsACallerError() {
    assertThrows(NullPointerException.class, () -> Gongkai.parse((byte[]) null));
    assertThrows(NullPointerException.class, () -> Gongkai.parse((String) null));
    assertThrows(NullPointerException.class, () -> Gongkai.parse((Path) null));
    assertThrows(NullPointerException.class, () -> Report.fromJson((String) null));
    assertThrows(NullPointerException.class, () -> Report.fromJson((byte[]) null));
  }

  @Test
  void unreadableFile(@TempDir Path tmp) {
    GongkaiIoException e = assertThrows(GongkaiIoException.class, () -> Gongkai.parse(tmp.resolve("absent.txt")));
    assertEquals(Status.IO_ERROR, e.status());
    assertTrue(e.getCause() instanceof java.io.IOException);
    assertEquals(Status.IO_ERROR, assertThrows(GongkaiIoException.class, () -> Gongkai.parse(tmp)).status());
  }

  @Test
  void aFileOverTheLimitIsRefusedBeforeItIsRead(@TempDir Path tmp) throws Exception {
    Path huge = tmp.resolve("huge.txt");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(3L << 30);  // sparse, and larger than a Java array: readAllBytes would fail
    }
    long started = System.nanoTime();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Gongkai.parse(huge));
    assertEquals(Status.TOO_LARGE, e.status());
    assertTrue(e.getMessage().contains(Long.toString(3L << 30)) && e.getMessage().contains("上限"), e.getMessage());
    assertTrue(System.nanoTime() - started < 2_000_000_000L, "refused without reading");
    Path small = tmp.resolve("small.txt");
    java.nio.file.Files.write(small, new byte[5000]);
    assertEquals(Status.TOO_LARGE, assertThrows(InvalidInputException.class,
        () -> Gongkai.parse(small, ParseOptions.defaults().withMaxInputBytes(4096))).status());
  }

  @Test
  void anEndlessBinaryStreamIsRefusedOnItsFirstBlock() {
    long started = System.nanoTime();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Gongkai.parse(Path.of("/dev/zero")));
    assertEquals(Status.BINARY_INPUT, e.status());
    assertTrue(System.nanoTime() - started < 2_000_000_000L, "stopped at the first block");
  }

  private static JsonFormatException jsonFails(String json) {
    return assertThrows(JsonFormatException.class, () -> Report.fromJson(json).close());
  }

  @Test
  void malformedJson() {
    JsonFormatException e = jsonFails("{\"schema\": \"gongkai.report/1\", \"meta\": ");
    assertEquals(Status.JSON_SYNTAX, e.status());
    JsonFormatException value = jsonFails("{\"a\": }");
    assertEquals(Status.JSON_SYNTAX, value.status());
    assertEquals(6, value.offset(), "the byte offset of the bad value");
    GongkaiException empty = assertThrows(GongkaiException.class, () -> Report.fromJson(""));
    assertTrue(empty.status() == Status.JSON_SYNTAX || empty.status() == Status.EMPTY_INPUT, empty.status().toString());
  }

  @Test
  void jsonThatIsNotAReport() {
    assertEquals(Status.JSON_SCHEMA, jsonFails("{}").status());
    assertEquals(Status.JSON_SCHEMA, jsonFails("[1, 2, 3]").status());
    assertEquals(Status.JSON_SCHEMA, jsonFails("{\"schema\": \"something.else/9\"}").status());
  }

  @Test
  void deepJson() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertEquals(Status.TOO_DEEP, jsonFails(deep).status());
  }

  @Test
  void jsonWithInvalidUtf8() {
    byte[] json;
    try (Report r = Gongkai.parse(TestData.sampleGk2021())) {
      json = r.toJsonBytes(false, true);
    }
    int at = new String(json, StandardCharsets.UTF_8).indexOf("示例");
    json[at] = (byte) 0xC0;
    byte[] bad = json;
    GongkaiException e = assertThrows(GongkaiException.class, () -> Report.fromJson(bad));
    assertTrue(e.status() == Status.INVALID_UTF8 || e.status() == Status.JSON_SYNTAX, e.status().toString());
  }
}
