// Tables 二 (主动公开) and 四 (行政复议、行政诉讼) of the national formats, and
// the legacy 统计表. Tables 三 and 四 are bindings of the table reader (applications.hpp).
#pragma once

#include "parse/applications.hpp"

namespace gongkai::parsing {

/// Table 二, between `first` and `last` (line indices).
void read_active_table(ParseContext& ctx, Format format, std::size_t first, std::size_t last);

/// The legacy 统计表 (统计指标 / 单位 / 统计数), wherever it is.
void read_legacy_table(ParseContext& ctx);

/// The keys of one row of a format's table, in template order: prefix
/// "active.rules." gives active.rules.made, .published, .total for gk2019.
std::vector<std::string> keys_with_prefix(Format format, std::string_view prefix);

}  // namespace gongkai::parsing
