// validate(): the checks of one report, in the order a reader meets them:
// derived totals, the tables' arithmetic, structure, metadata, prose.
#include "gongkai/validate.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "validate/checks.hpp"
#include "validate/messages.hpp"

namespace gongkai {

namespace {

std::vector<DerivedValue> values_of(const std::vector<validation::Derivation>& derivations) {
  std::vector<DerivedValue> out;
  out.reserve(derivations.size());
  for (const auto& d : derivations) out.push_back(d.value);
  return out;
}

// validate() through a reader that has the report's derived totals.
std::vector<Diagnostic> validate_with(const validation::CellReader& cells, const ValidateOptions& options,
                                      const std::vector<validation::Derivation>& derivations) {
  using namespace validation;
  const Report& report = cells.report();
  Findings out;
  if (options.arithmetic) {
    report_derivations(derivations, &out);
    check_relations(cells, report.meta.format, &out);
    check_signs(report, report.meta.format, &out);
  }
  if (options.structure) {
    check_sections(report, &out);
    check_tables(cells, &out);
    check_cells(report, &out);
    check_repeated_rows(report, &out);
  }
  if (options.metadata) check_metadata(report, &out);
  if (options.text) check_text_figures(cells, &out);
  return out;
}

}  // namespace

std::vector<DerivedValue> derive_blank_totals(const Report& report) {
  return values_of(validation::derive_totals(report));
}

std::vector<Diagnostic> validate(const Report& report, const ValidateOptions& options) {
  validation::CellReader cells(report, {});
  const auto derivations = validation::derive_totals(cells);
  cells.set_derived(values_of(derivations));
  return validate_with(cells, options, derivations);
}

void add_validation(Report& report) {
  // One reader for the derivation and the checks; the totals are derived
  // once, for report.derived and for the checks (derive_totals reads the
  // printed cells only, never report.derived).
  validation::CellReader cells(report, {});
  const auto derivations = validation::derive_totals(cells);
  report.derived = values_of(derivations);
  cells.set_derived(report.derived);
  std::vector<Diagnostic> found = validate_with(cells, ValidateOptions{}, derivations);
  // The report's own findings first, moved to the front of the new ones
  // (fewer, and then no third vector of findings is made).
  found.insert(found.begin(), std::make_move_iterator(report.diagnostics.begin()),
               std::make_move_iterator(report.diagnostics.end()));
  report.diagnostics = std::move(found);
}

void revalidate(Report& report) {
  // The rules validation has words for (messages.cpp) are its own; any other
  // finding (CELL-REPAIRED, ROW-AMBIGUOUS) is the parser's and stays.
  const auto ids = validation::message_ids();
  auto is_validation_rule = [&](const std::string& rule) {
    return std::any_of(ids.begin(), ids.end(), [&](std::string_view id) {
      return id == rule || (id.size() > rule.size() && id.substr(0, rule.size()) == rule && id[rule.size()] == '/');
    });
  };
  auto& d = report.diagnostics;
  d.erase(std::remove_if(d.begin(), d.end(), [&](const Diagnostic& x) { return is_validation_rule(x.rule); }),
          d.end());
  add_validation(report);
}

}  // namespace gongkai
