package org.gongkai;

import java.math.BigDecimal;
import java.util.List;

/**
 * A finding of parsing or validation. Findings are results, not errors.
 *
 * @param rule the rule id from spec/rules.md (or one of gongkai's own), "T3-BALANCE"
 * @param severity how serious
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 * @param line main place in the input (1-based); 0 when none
 * @param column 1-based column; 0 when none
 * @param lhs for a relation: the total side, else null
 * @param rhs for a relation: the sum side, else null
 * @param difference lhs - rhs, else null
 * @param evidence for repairs: what was printed and why the repair is the only one; "" when none
 * @param cells every cell the finding read (unmodifiable)
 */
public record Diagnostic(
    String rule,
    Severity severity,
    String messageZh,
    String messageEn,
    long line,
    long column,
    BigDecimal lhs,
    BigDecimal rhs,
    BigDecimal difference,
    String evidence,
    List<CellRef> cells) {

  public Diagnostic {
    cells = List.copyOf(cells);
  }
}
