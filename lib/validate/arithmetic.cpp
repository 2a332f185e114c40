// The one evaluator of the declared relations (relations.cpp) and sign rules.
#include <algorithm>
#include <optional>
#include <string>

#include "gongkai/fields.hpp"
#include "validate/checks.hpp"
#include "validate/messages.hpp"
#include "validate/relations.hpp"

namespace gongkai::validation {
namespace {

std::vector<CellReading> read_all(const CellReader& cells, const std::vector<std::string>& keys) {
  std::vector<CellReading> out;
  out.reserve(keys.size());
  for (const auto& k : keys) out.push_back(cells.read(k));
  return out;
}

bool any_present(const std::vector<CellReading>& v) {
  for (const auto& c : v)
    if (c.present()) return true;
  return false;
}

bool any_absent(const std::vector<CellReading>& v) {
  for (const auto& c : v)
    if (!c.present()) return true;
  return false;
}

// A cell the reader placed by the template's order or arithmetic rather
// than beside its label: an error it takes part in may be the reader's.
bool any_placed_by_inference(const std::vector<CellReading>& v) {
  for (const auto& c : v)
    if (c.cell && (c.cell->placed == CellPlacement::arithmetic || c.cell->placed == CellPlacement::position)) return true;
  return false;
}

bool any_unknown(const std::vector<CellReading>& v) {
  for (const auto& c : v)
    if (c.reading == Reading::unknown) return true;
  return false;
}

bool any_nonzero_number(const std::vector<CellReading>& v) {
  for (const auto& c : v)
    if (c.reading == Reading::number && c.value != Decimal{}) return true;
  return false;
}

std::string row_label(Format format, const std::string& key) {
  const FieldSpec* spec = find_field_spec(format, key);
  return spec ? std::string(spec->row) : key;
}

// The words of a relation instance: its subject, or the lhs cell's row label
// for relations that are not repeated over columns or rows.
MessageArg subject_arg(const Relation& rel, Format format) {
  if (!rel.subject_zh.empty()) return {"subject", rel.subject_zh, rel.subject_en};
  std::string key = rel.lhs.empty() ? std::string() : rel.lhs.front();
  return {"subject", row_label(format, key), key};
}

void report_overflow(const Relation& rel, Format format, const std::vector<CellReading>& lhs,
                     const std::vector<CellReading>& rhs, Findings* out) {
  // The message names the cells, not only the relation: which of them holds
  // the impossible number is what the reader of the finding has to look up.
  std::vector<const CellReading*> all;
  for (const auto& c : lhs) all.push_back(&c);
  for (const auto& c : rhs) all.push_back(&c);
  std::string keys;
  const std::size_t shown = std::min<std::size_t>(all.size(), 8);
  for (std::size_t i = 0; i < shown; ++i) {
    if (i) keys += ", ";
    keys += all[i]->key;
  }
  if (all.size() > shown) keys += ", …";
  Diagnostic f = make_finding(rel.decl->rule, rel.decl->severity, "RELATION/overflow",
                              {subject_arg(rel, format), {"keys", keys, ""}});
  for (const auto& c : lhs) f.cells.push_back(c.ref());
  for (const auto& c : rhs) f.cells.push_back(c.ref());
  point_at_first_cell(lhs, &f);
  if (!f.line) point_at_first_cell(rhs, &f);
  out->push_back(std::move(f));
}

}  // namespace

std::vector<Derivation> derive_totals(const Report& report) { return derive_totals(CellReader(report, {})); }

std::vector<Derivation> derive_totals(const CellReader& plain) {
  const Report& report = plain.report();
  std::vector<Derivation> out;
  for (const auto& rel : relations(report.meta.format)) {
    if (!rel.decl->derive_blank_total || rel.lhs.size() != 1) continue;
    CellReading total = plain.read(rel.lhs.front());
    if (total.reading != Reading::blank) continue;
    auto parts = read_all(plain, rel.rhs);
    if (any_unknown(parts) || !any_nonzero_number(parts)) continue;
    Decimal sum;
    if (!sum_readings(parts, &sum)) continue;
    Derivation d;
    d.value.key = total.key;
    d.value.value = sum;
    d.value.reason = std::string("blank total; the sum of its printed parts (") + rel.decl->rule + ")";
    d.rule = rel.decl->rule;
    d.subject_zh = rel.subject_zh;
    d.subject_en = rel.subject_en;
    d.parts = std::move(parts);
    d.total = total.cell;
    out.push_back(std::move(d));
  }
  return out;
}

void report_derivations(const std::vector<Derivation>& derivations, Findings* out) {
  for (const auto& d : derivations) {
    Diagnostic f = make_finding(d.rule, Severity::info, std::string(d.rule) + "/derived",
                                {{"subject", d.subject_zh, d.subject_en}, {"value", d.value.value.to_string(), ""}});
    CellRef total;
    total.key = d.value.key;
    if (d.total) {
      total.line = d.total->span.line;
      total.column = d.total->span.column;
      f.line = total.line;
      f.column = total.column;
    }
    f.cells.push_back(total);
    for (const auto& p : d.parts) f.cells.push_back(p.ref());
    f.rhs = d.value.value;
    out->push_back(std::move(f));
  }
}

void check_relations(const CellReader& cells, Format format, Findings* out) {
  for (const auto& rel : relations(format)) {
    auto lhs = read_all(cells, rel.lhs);
    auto rhs = read_all(cells, rel.rhs);
    // Not assessable: a side the report does not print at all (the table or
    // row was not found; TABLE-MISSING and FIELD-MISSING say so), or a cell
    // that holds text (CELL-NOT-NUMBER says so).
    if (!any_present(lhs) || !any_present(rhs)) continue;
    // A cell the reader could not place is unknown, not 0 (FIELD-MISSING says so).
    if (any_absent(lhs) || any_absent(rhs)) continue;
    if (any_unknown(lhs) || any_unknown(rhs)) continue;
    Decimal left, right;
    std::optional<Decimal> diff;
    if (sum_readings(lhs, &left) && sum_readings(rhs, &right)) diff = Decimal::sub(left, right);
    if (!diff) {
      // Numbers so large that a side does not add up in 64 bits cannot be a
      // report's real counts, and the relation cannot be shown to hold.
      report_overflow(rel, format, lhs, rhs, out);
      continue;
    }
    bool holds = rel.decl->comparison == Comparison::equal ? left == right : !(left < right);
    if (holds) continue;

    std::string first_key = rel.lhs.empty() ? std::string() : rel.lhs.front();
    // An error only where every cell was read as printed or placed by its
    // label; with cells placed by inference it is a warning.
    Severity severity = rel.decl->severity;
    bool inferred = any_placed_by_inference(lhs) || any_placed_by_inference(rhs);
    if (inferred && severity == Severity::error) severity = Severity::warning;
    Diagnostic f = make_finding(rel.decl->rule, severity, rel.decl->rule,
                                {subject_arg(rel, format),
                                 {"lhs", left.to_string(), ""},
                                 {"rhs", right.to_string(), ""},
                                 {"diff", diff->to_string(), ""},
                                 {"excess", Decimal::sub(right, left).value_or(Decimal{}).to_string(), ""},
                                 {"label", row_label(format, first_key), ""},
                                 {"key", first_key, ""}});
    for (const auto& c : lhs) f.cells.push_back(c.ref());
    for (const auto& c : rhs) f.cells.push_back(c.ref());
    point_at_first_cell(lhs, &f);
    if (!f.line) point_at_first_cell(rhs, &f);
    f.lhs = left;
    f.rhs = right;
    f.difference = diff;
    if (inferred)
      f.evidence = "some of these cells were placed by the template's order and arithmetic, not beside their labels; "
                   "the reading may be wrong / 部分单元格按模板顺序与勾稽关系定位，并非依行名读出，可能读错";
    out->push_back(std::move(f));
  }
}

void check_signs(const Report& report, Format format, Findings* out) {
  for (const auto& rule : sign_rules(format)) {
    for (const auto& table : report.tables) {
      for (const auto& cell : table.cells) {
        if (table_of_key(cell.key) != rule.table) continue;
        if (cell.state != CellState::number || !cell.value || !(*cell.value < Decimal{})) continue;
        bool exempt = false;
        for (const char* p : rule.exempt) exempt = exempt || key_matches(p, cell.key);
        if (exempt) continue;
        Diagnostic f = make_finding(rule.rule, Severity::error, rule.rule,
                                    {{"label", row_label(format, cell.key), ""},
                                     {"key", cell.key, ""},
                                     {"value", cell.value->to_string(), ""}},
                                    cell.span.line, cell.span.column);
        f.cells.push_back(CellRef{cell.key, cell.value, cell.span.line, cell.span.column});
        f.lhs = cell.value;
        f.rhs = Decimal{};
        f.difference = cell.value;
        out->push_back(std::move(f));
      }
    }
  }
}

}  // namespace gongkai::validation
