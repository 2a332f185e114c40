// Byte-level scans of JSON text that need no parser: UTF-8 validity, nesting
// depth (checked before simdjson sees the text), and turning a byte offset
// into a line and column for messages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace gongkai::serialize {

/// Length of the valid UTF-8 sequence at s[i] (1..4), or 0 when the bytes
/// there are not one (overlong, surrogate, above U+10FFFF, truncated).
std::size_t valid_utf8_length(std::string_view s, std::size_t i) noexcept;

/// Offset of the first byte that is not valid UTF-8, or npos.
std::size_t find_invalid_utf8(std::string_view s) noexcept;

/// Offset of the first '[' or '{' (outside strings) that opens a container
/// nested deeper than max_depth, or npos. Linear, no recursion.
std::size_t find_excess_depth(std::string_view json, std::size_t max_depth) noexcept;

/// Offset of the opening quote of a string that is never closed, or npos.
std::size_t find_unclosed_string(std::string_view json) noexcept;

/// 1-based line and column (in code points) of a byte offset.
struct TextPosition {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};
TextPosition position_of(std::string_view text, std::size_t offset) noexcept;

}  // namespace gongkai::serialize
