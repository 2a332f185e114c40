// validate(): the checks of one report, in the order a reader meets them:
// derived totals, the tables' arithmetic, structure, metadata, prose.
#include "gongkai/validate.hpp"

#include "validate/checks.hpp"

namespace gongkai {

std::vector<DerivedValue> derive_blank_totals(const Report& report) {
  std::vector<DerivedValue> out;
  for (auto& d : validation::derive_totals(report)) out.push_back(std::move(d.value));
  return out;
}

std::vector<Diagnostic> validate(const Report& report, const ValidateOptions& options) {
  using namespace validation;
  Findings out;
  const auto derivations = derive_totals(report);
  std::vector<DerivedValue> derived;
  for (const auto& d : derivations) derived.push_back(d.value);
  const CellReader cells(report, derived);

  if (options.arithmetic) {
    report_derivations(derivations, &out);
    check_relations(cells, report.meta.format, &out);
    check_signs(report, report.meta.format, &out);
  }
  if (options.structure) {
    check_sections(report, &out);
    check_tables(report, &out);
    check_cells(report, &out);
  }
  if (options.metadata) check_metadata(report, &out);
  if (options.text) check_text_figures(cells, &out);
  return out;
}

}  // namespace gongkai
