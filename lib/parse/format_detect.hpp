// Which template the report's tables follow, from the words only that
// template prints (column headings and row labels).
#pragma once

#include "gongkai/model.hpp"
#include "parse/markers.hpp"

namespace gongkai::parsing {

Format detect_format(const Markers& markers);

/// Whether any line prints a word of the 2019 table 二 that 2021's lacks.
bool has_2019_words(const Markers& markers);

}  // namespace gongkai::parsing
