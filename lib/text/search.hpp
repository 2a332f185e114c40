// Substring tests for UTF-8 text. std::string_view::find looks for the
// word's first byte and compares from there; in Chinese text the first byte
// of a word (E4–E9) begins nearly every character, so it stops at each one.
// memmem (glibc: a shift table over byte pairs for short words) skips ahead
// instead: the same answers, several times fewer instructions on report text.
#pragma once

#include <initializer_list>
#include <string_view>

namespace gongkai::text {

/// True when `word` occurs in s (an empty word always does).
bool contains(std::string_view s, std::string_view word) noexcept;

/// True when any of the words occurs in s.
bool contains_any(std::string_view s, std::initializer_list<std::string_view> words) noexcept;

}  // namespace gongkai::text
