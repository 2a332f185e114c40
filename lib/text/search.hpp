// Substring tests for UTF-8 text, one definition for the parser and the
// validator. Two faster-looking searches were measured with callgrind over
// the dev corpus and lost to std::string_view::find on lines this short:
// glibc's memmem (a per-call shift table: contains_any +66 %) and a memchr
// on the word's third byte, a continuation byte (+19 %). So this is find.
#pragma once

#include <initializer_list>
#include <string_view>

namespace gongkai::text {

/// True when `word` occurs in s (an empty word always does).
inline bool contains(std::string_view s, std::string_view word) noexcept {
  return s.find(word) != std::string_view::npos;
}

/// True when any of the words occurs in s.
inline bool contains_any(std::string_view s, std::initializer_list<std::string_view> words) noexcept {
  for (auto w : words)
    if (contains(s, w)) return true;
  return false;
}

}  // namespace gongkai::text
