package org.gongkai.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every flat field key of the contract (spec/fields.tsv), each once, in its
 * order: read from the library's own table (lib/model/fields_table.inc, copied
 * into this jar by the build), so the schema cannot drift from the engine.
 */
public final class FieldKeys {
  private FieldKeys() {}

  // A line of the table: {Format::gk2019, "key", "row label", "column"},
  private static final Pattern LINE = Pattern.compile("^\\{Format::\\w+, \"([^\"]+)\"");

  private static final List<String> KEYS = load();

  /** The keys, in the contract's order (unmodifiable). */
  public static List<String> all() {
    return KEYS;
  }

  /** Money cells (万元) are decimals; every other cell is a count. */
  public static boolean isMoney(String key) {
    return key.endsWith("_wan");
  }

  private static List<String> load() {
    Set<String> keys = new LinkedHashSet<>();
    try (InputStream in = FieldKeys.class.getResourceAsStream("fields_table.inc")) {
      if (in == null) throw new IllegalStateException("fields_table.inc is missing from the jar / jar 中缺少字段表");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        Matcher m = LINE.matcher(line);
        if (m.find()) keys.add(m.group(1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (keys.isEmpty()) throw new IllegalStateException("fields_table.inc holds no key / 字段表为空");
    return Collections.unmodifiableList(new ArrayList<>(keys));
  }
}
