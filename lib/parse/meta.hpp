// Metadata: title, organ, year, signature date, contact, statistics period.
#pragma once

#include <optional>
#include <string>

#include "gongkai/model.hpp"
#include "parse/source_text.hpp"
#include "parse/title.hpp"

namespace gongkai::parsing {

/// Fills report.meta (all but format) with the title found by find_title.
void read_meta(const SourceText& src, const TitleLines& title, Meta& meta);

/// "2019年3月21日", "二〇一九年三月二十一日", "2019-03-21", "2019.3.21" as
/// YYYY-MM-DD, when the whole (compact) text is one date.
std::optional<std::string> parse_date(std::string_view compact_text);

}  // namespace gongkai::parsing
