// Validating a parsed report: the tables' arithmetic (declared as data per
// format), the required sections, metadata, text against tables, and checks
// across reports. Findings are results; a run that finds problems succeeds.
#pragma once

#include <vector>

#include "gongkai/model.hpp"

namespace gongkai {

struct ValidateOptions {
  bool arithmetic = true;   ///< T*/L-* relations and sign rules
  bool structure = true;    ///< SECTION-*, TABLE-MISSING, FIELD-MISSING, CELL-NOT-NUMBER
  bool metadata = true;     ///< META-*, TEMPLATE-ERA, PUBLISHED-LATE
  bool text = true;         ///< figures stated in prose against the tables
};

/// The blank totals of a report whose parts are printed (T3-ROW-TOTAL: a row's
/// 总计; T4-TOTAL: a group's 总计), each with the sum of its parts. These are
/// the values of report.derived; they never go into the fields. validate()
/// uses them itself, and reports each with an info finding.
std::vector<DerivedValue> derive_blank_totals(const Report& report);

/// All findings for one report (does not modify it).
std::vector<Diagnostic> validate(const Report& report, const ValidateOptions& options = {});

/// What parse() does after reading when ParseOptions::validate is set: sets
/// report.derived (derive_blank_totals) and appends validate()'s findings to
/// report.diagnostics. A caller that parses without validation can free the
/// input first and validate then, so that the input and the findings (of a
/// very large report, many) are never in memory together.
void add_validation(Report& report);

/// Validates again a report read back from JSON, whose values may have been
/// edited since it was written: the findings of the earlier validation and
/// the derived values are replaced by those of a fresh run; the parser's own
/// findings (CELL-REPAIRED, ROW-AMBIGUOUS) stay.
void revalidate(Report& report);

/// This year's 上年结转 against last year's 结转下年度继续办理, per column.
std::vector<Diagnostic> compare_with_previous(const Report& current, const Report& previous);

/// A parent report against the sum of its organs' reports, cell by cell.
std::vector<Diagnostic> compare_with_children(const Report& parent, const std::vector<const Report*>& children);

}  // namespace gongkai
