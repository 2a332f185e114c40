// Which template the report's tables follow, from the words only that
// template prints (column headings and row labels).
#pragma once

#include "gongkai/model.hpp"
#include "parse/source_text.hpp"

namespace gongkai::parsing {

Format detect_format(const SourceText& src);

}  // namespace gongkai::parsing
