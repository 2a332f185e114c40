// What rendering shows about each cell: its text, and the findings and
// derived values that name it.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "gongkai/model.hpp"

namespace gongkai::serialize {

struct CellMarks {
  const Cell* cell = nullptr;                   ///< nullptr: the report does not print it
  std::vector<std::size_t> findings;            ///< indexes into report.diagnostics
  Severity worst = Severity::info;
  const DerivedValue* derived = nullptr;
};

class ReportMarks {
 public:
  explicit ReportMarks(const Report& report);
  /// Marks of a key (an empty CellMarks when nothing names it).
  const CellMarks& of(std::string_view key) const;

 private:
  std::unordered_map<std::string_view, CellMarks> by_key_;
  CellMarks none_;
};

/// The text a cell shows: the number (canonical), the blank mark or text as
/// printed, nothing for a blank.
std::string cell_text(const Cell& cell);

}  // namespace gongkai::serialize
