package org.gongkai;

import java.math.BigDecimal;

/**
 * One statistic of a template table, at its flat key (spec/fields.tsv).
 *
 * @param key the flat key, "applications.received.natural"
 * @param state what is printed
 * @param value the exact value when {@code state} is NUMBER, otherwise null
 * @param raw the text as printed ("" when blank)
 * @param note an annotation printed in the cell ("其中修订16件"), or ""
 * @param line 1-based line of {@code raw} in the input; 0 when unknown
 * @param column 1-based column (code points); 0 when unknown
 * @param inferred true when placed by inference (a CELL-REPAIRED finding says how)
 * @param place where the cell is in the PDF, web page or Word file it was read from
 *     ({@link Gongkai#parseFile}); null for text
 */
public record Cell(
    String key,
    CellState state,
    BigDecimal value,
    String raw,
    String note,
    long line,
    long column,
    boolean inferred,
    FilePlace place) {}
