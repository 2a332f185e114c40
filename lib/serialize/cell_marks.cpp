#include "serialize/cell_marks.hpp"

namespace gongkai::serialize {

ReportMarks::ReportMarks(const Report& report) {
  for (const auto& t : report.tables)
    for (const auto& c : t.cells) by_key_[c.key].cell = by_key_[c.key].cell ? by_key_[c.key].cell : &c;
  for (std::size_t i = 0; i < report.diagnostics.size(); ++i) {
    const Diagnostic& d = report.diagnostics[i];
    for (const auto& ref : d.cells) {
      CellMarks& m = by_key_[ref.key];
      if (!m.findings.empty() && m.findings.back() == i) continue;  // a finding naming a cell twice
      if (m.findings.empty() || static_cast<int>(d.severity) > static_cast<int>(m.worst)) m.worst = d.severity;
      m.findings.push_back(i);
    }
  }
  for (const auto& d : report.derived) by_key_[d.key].derived = &d;
}

const CellMarks& ReportMarks::of(std::string_view key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? none_ : it->second;
}

std::string cell_text(const Cell& cell) {
  switch (cell.state) {
    case CellState::number: return cell.value ? cell.value->to_string() : cell.raw;
    case CellState::blank: return "";
    case CellState::blank_mark:
    case CellState::not_number: return cell.raw;
  }
  return cell.raw;
}

}  // namespace gongkai::serialize
