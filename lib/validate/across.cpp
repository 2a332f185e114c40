// Checks across reports: the same organ's report for the year before, and a
// parent report against the reports of its organs. Both are warnings: the
// other report may be revised, or cover a slightly different set of organs.
#include <string>

#include "gongkai/fields.hpp"
#include "gongkai/validate.hpp"
#include "validate/cell_reader.hpp"
#include "validate/messages.hpp"
#include "validate/relations.hpp"

namespace gongkai {
namespace {

using validation::CellReader;
using validation::CellReading;
using validation::MessageArg;
using validation::Reading;

bool national(Format f) { return f == Format::gk2019 || f == Format::gk2021; }

bool usable(const CellReading& c) { return c.present() && c.reading != Reading::unknown; }

Diagnostic finding(const char* rule, Severity severity, const char* message_id, const std::vector<MessageArg>& args) {
  return validation::make_finding(rule, severity, message_id, args);
}

void set_sides(Diagnostic* d, Decimal lhs, Decimal rhs) {
  d->lhs = lhs;
  d->rhs = rhs;
  d->difference = Decimal::sub(lhs, rhs);
}

}  // namespace

std::vector<Diagnostic> compare_with_previous(const Report& current, const Report& previous) {
  std::vector<Diagnostic> out;
  if (!national(current.meta.format)) return out;  // only table 三 carries requests over
  if (!national(previous.meta.format)) {
    out.push_back(finding("PREV-FORMAT", Severity::info, "PREV-FORMAT",
                          {{"previous_template", format_name(previous.meta.format), ""}}));
    return out;
  }
  if (current.meta.year && previous.meta.year && *previous.meta.year != *current.meta.year - 1) {
    out.push_back(finding("PREV-YEAR", Severity::warning, "PREV-YEAR",
                          {{"previous_year", std::to_string(*previous.meta.year), ""},
                           {"year", std::to_string(*current.meta.year), ""}}));
    return out;
  }
  const CellReader now(current, derive_blank_totals(current));
  const CellReader before(previous, derive_blank_totals(previous));
  for (const auto& column : validation::application_columns()) {
    const std::string id = column.id;
    const std::string over_key = "applications.carried_over." + id, forward_key = "applications.carried_forward." + id;
    CellReading carried_over = now.read(over_key);
    CellReading carried_forward = before.read(forward_key);
    if (!usable(carried_over) || !usable(carried_forward)) continue;
    if (carried_over.value == carried_forward.value) continue;
    Diagnostic d = finding("PREV-CARRIED-OVER", Severity::warning, "PREV-CARRIED-OVER",
                           {{"subject", column.zh, column.en},
                            {"lhs", carried_over.value.to_string(), ""},
                            {"rhs", carried_forward.value.to_string(), ""},
                            {"diff", Decimal::sub(carried_over.value, carried_forward.value).value_or(Decimal{}).to_string(), ""}});
    // The second cell's line is in the previous report.
    d.cells = {carried_over.ref(), carried_forward.ref()};
    validation::point_at_first_cell({carried_over}, &d);
    set_sides(&d, carried_over.value, carried_forward.value);
    out.push_back(std::move(d));
  }
  return out;
}

std::vector<Diagnostic> compare_with_children(const Report& parent, const std::vector<const Report*>& children) {
  std::vector<Diagnostic> out;
  const Format format = parent.meta.format;
  if (format == Format::narrative) return out;
  std::vector<CellReader> readers;
  readers.reserve(children.size());
  for (std::size_t i = 0; i < children.size(); ++i) {
    const Report* child = children[i];
    if (!child) continue;
    if (child->meta.format != format) {
      std::string name = child->meta.organ.empty() ? "#" + std::to_string(i + 1) : child->meta.organ;
      out.push_back(finding("CHILDREN-FORMAT", Severity::warning, "CHILDREN-FORMAT",
                            {{"child", name, ""},
                             {"child_template", format_name(child->meta.format), ""},
                             {"template", format_name(format), ""}}));
      continue;
    }
    readers.emplace_back(*child, derive_blank_totals(*child));
  }
  if (readers.empty()) return out;
  const CellReader mine(parent, derive_blank_totals(parent));
  for (const auto& spec : field_specs(format)) {
    const std::string key(spec.key);
    CellReading own = mine.read(key);
    if (!usable(own)) continue;
    // A child that does not print the cell leaves its share unknown: skip.
    std::vector<CellReading> parts;
    bool complete = true;
    for (const auto& r : readers) {
      parts.push_back(r.read(key));
      complete = complete && usable(parts.back());
    }
    Decimal sum;
    if (!complete || !validation::sum_readings(parts, &sum) || sum == own.value) continue;
    Diagnostic d = finding("CHILDREN-SUM", Severity::warning, "CHILDREN-SUM",
                           {{"label", std::string(spec.row), ""},
                            {"key", key, ""},
                            {"lhs", own.value.to_string(), ""},
                            {"rhs", sum.to_string(), ""},
                            {"count", std::to_string(readers.size()), ""},
                            {"diff", Decimal::sub(own.value, sum).value_or(Decimal{}).to_string(), ""}});
    d.cells.push_back(own.ref());
    for (const auto& p : parts) d.cells.push_back(p.ref());  // lines are in each child's report
    validation::point_at_first_cell({own}, &d);
    set_sides(&d, own.value, sum);
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace gongkai
