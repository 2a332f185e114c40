package org.gongkai;

import java.math.BigDecimal;

/**
 * A cell a finding read.
 *
 * @param key the flat key
 * @param value its value, or null when blank (counted as 0) or absent
 * @param line 1-based line in the input; 0 when unknown
 * @param column 1-based column; 0 when unknown
 */
public record CellRef(String key, BigDecimal value, long line, long column) {}
