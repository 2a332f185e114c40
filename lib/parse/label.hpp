// Row labels reduced to the characters that carry meaning, so that labels
// match whatever the extraction did to their spacing and punctuation:
// "三、 本年 度办 理结 果" and "三、本年度办理结果" compact to the same text.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "text/search.hpp"

namespace gongkai::parsing {

/// Normalized text without whitespace and punctuation (ASCII and CJK).
std::string compact(std::string_view norm);
/// compact into *out (its old content replaced): one buffer for many lines.
void compact_into(std::string_view norm, std::string* out);
/// What compact(norm) holds, without writing it: its bytes, code points and
/// ASCII digits.
struct CompactShape {
  std::size_t bytes = 0, code_points = 0, digits = 0;
};
CompactShape compact_shape(std::string_view norm);

/// `compact` with leading outline numbering removed ("三", "1", "一" of
/// "三、", "1.", "(一)") and parenthesized asides dropped when drop_asides.
std::string compact_label(std::string_view norm, bool drop_asides = false);

/// s without spaces and tabs at either end.
std::string_view trim(std::string_view s);

/// True when s contains any of the words.
bool contains_any(std::string_view s, std::initializer_list<std::string_view> words);

/// True when s contains the word.
inline bool contains(std::string_view s, std::string_view word) { return text::contains(s, word); }

/// 一 … 十, the digits of outline numbering.
bool is_chinese_numeral(char32_t cp);

/// Number of code points of valid UTF-8 text.
std::size_t length_cp(std::string_view s);

}  // namespace gongkai::parsing
