// Where each table is: the lines from the markers printed on the table
// itself (its header words, its first row labels) to the next table's or
// part's heading. Only lines that are not prose count as markers, so a row
// label quoted in a sentence never opens a table.
#pragma once

#include <cstddef>

#include "parse/markers.hpp"

namespace gongkai::parsing {

struct LineRange {
  std::size_t first = 0;
  std::size_t last = 0;  ///< one past the end
  bool found() const noexcept { return last > first; }
};

/// Table 三 (收到和处理政府信息公开申请情况).
LineRange applications_window(const Markers& markers);

/// Table 四 (行政复议、行政诉讼), at or after line `from`.
LineRange appeals_window(const Markers& markers, std::size_t from);

/// The legacy 统计表, from its header (统计指标) or first row to the end.
LineRange legacy_window(const Markers& markers);

/// Table 二 (主动公开), before line `before` (table 三's start, or the end).
LineRange active_window(const Markers& markers, std::size_t before);

}  // namespace gongkai::parsing
