package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks that what the binding hands out through its typed accessors is what
 * the library writes in its JSON: the JNI conversion loses or shifts nothing.
 */
final class JsonChecks {
  private JsonChecks() {}

  static void assertAccessorsMatchJson(Report r) {
    Map<String, Object> json = MiniJson.object(MiniJson.parse(r.toJson()));
    assertEquals("gongkai.report/1", json.get("schema"));

    Map<String, Object> meta = MiniJson.object(json.get("meta"));
    Meta m = r.meta();
    assertEquals(meta.get("title"), m.title(), "title");
    assertEquals(meta.get("organ"), m.organ(), "organ");
    assertEquals(meta.get("year") == null ? null : ((BigDecimal) meta.get("year")).intValueExact(), m.year(), "year");
    assertEquals(meta.get("template"), m.template(), "template");
    assertEquals(meta.get("published"), m.published(), "published");
    assertEquals(meta.get("period_start"), m.periodStart(), "period_start");
    assertEquals(meta.get("period_end"), m.periodEnd(), "period_end");
    Map<String, Object> contact = MiniJson.object(meta.get("contact"));
    assertEquals(contact.get("address"), m.contact().address());
    assertEquals(contact.get("postcode"), m.contact().postcode());
    assertEquals(contact.get("phone"), m.contact().phone());
    assertEquals(contact.get("email"), m.contact().email());
    assertEquals(contact.get("website"), m.contact().website());
    Map<String, Object> input = MiniJson.object(json.get("input"));
    assertEquals(((BigDecimal) input.get("bytes")).longValueExact(), m.inputBytes(), "input bytes");
    assertEquals(((BigDecimal) input.get("lines")).longValueExact(), m.inputLines(), "input lines");

    // fields: same keys in the same order, same exact values (scale included), nulls kept.
    Map<String, Object> fields = MiniJson.object(json.get("fields"));
    assertEquals(new ArrayList<>(fields.keySet()), new ArrayList<>(r.fields().keySet()), "field keys and order");
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      assertEquals(e.getValue(), r.fields().get(e.getKey()), "field " + e.getKey());
    }

    List<Object> diagnostics = MiniJson.array(json.get("diagnostics"));
    List<Diagnostic> ds = r.diagnostics();
    assertEquals(diagnostics.size(), ds.size(), "number of diagnostics");
    for (int i = 0; i < ds.size(); ++i) {
      Map<String, Object> d = MiniJson.object(diagnostics.get(i));
      Diagnostic x = ds.get(i);
      String where = "diagnostic " + i + " " + x.rule();
      assertEquals(d.get("rule"), x.rule(), where);
      assertEquals(d.get("severity"), x.severity().jsonName(), where);
      assertEquals(d.get("message"), x.messageZh(), where);
      assertEquals(d.get("message_en"), x.messageEn(), where);
      assertEquals(number(d.get("line")), x.line(), where);
      assertEquals(number(d.get("column")), x.column(), where);
      assertEquals(d.get("lhs"), x.lhs(), where);
      assertEquals(d.get("rhs"), x.rhs(), where);
      assertEquals(d.get("difference"), x.difference(), where);
      assertEquals(d.getOrDefault("evidence", ""), x.evidence(), where);
      List<Object> cells = d.containsKey("cells") ? MiniJson.array(d.get("cells")) : List.of();
      assertEquals(cells.size(), x.cells().size(), where);
      for (int c = 0; c < cells.size(); ++c) {
        Map<String, Object> cell = MiniJson.object(cells.get(c));
        CellRef ref = x.cells().get(c);
        assertNotNull(ref);
        assertEquals(cell.get("key"), ref.key(), where);
        assertEquals(cell.get("value"), ref.value(), where);
        assertEquals(number(cell.get("line")), ref.line(), where);
        assertEquals(number(cell.get("column")), ref.column(), where);
      }
    }
  }

  private static long number(Object v) {
    return v == null ? 0 : ((BigDecimal) v).longValueExact();
  }
}
