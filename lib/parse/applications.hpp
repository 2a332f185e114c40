// Table 三 of the national formats: 收到和处理政府信息公开申请情况.
#pragma once

#include <cstddef>

#include "parse/context.hpp"

namespace gongkai::parsing {

/// Where table 三 starts and ends in the input (line indices), or nothing.
struct LineRange {
  std::size_t first = 0;
  std::size_t last = 0;  ///< one past the end
  bool found() const noexcept { return last > first; }
};

LineRange find_applications_table(const SourceText& src, Format format);

/// Reads the table's rows, places them by label and position in the
/// template, repairs rows with the wrong number of cells by the table's
/// arithmetic, and adds the table to the report.
void read_applications_table(ParseContext& ctx, Format format, LineRange range);

}  // namespace gongkai::parsing
