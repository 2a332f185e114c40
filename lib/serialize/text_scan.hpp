// Byte-level scans of JSON text that need no parser: UTF-8 validity, nesting
// depth (checked before simdjson sees the text), and turning a byte offset
// into a line and column for messages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace gongkai::serialize {

/// Length of the valid UTF-8 sequence at s[i] (1..4), or 0 when the bytes
/// there are not one (overlong, surrogate, above U+10FFFF, truncated).
std::size_t valid_utf8_length(std::string_view s, std::size_t i) noexcept;

/// Offset of the first byte that is not valid UTF-8, or npos.
std::size_t find_invalid_utf8(std::string_view s) noexcept;

/// Offset of the first '[' or '{' (outside strings) that opens a container
/// nested deeper than max_depth, or npos. Linear, no recursion.
std::size_t find_excess_depth(std::string_view json, std::size_t max_depth) noexcept;
/// The same, a byte at a time (find_excess_depth looks at 16 bytes at once
/// where it can): for tests, which check that the two agree.
std::size_t find_excess_depth_bytewise(std::string_view json, std::size_t max_depth) noexcept;

/// Offset of the opening quote of a string that is never closed, or npos.
std::size_t find_unclosed_string(std::string_view json) noexcept;

/// Offset of the first byte after the top-level object or array closes that
/// is not white space ("{...} xyz"), or npos. Brackets are matched, strings
/// skipped; whether the value itself is valid is for the parser to say.
std::size_t find_trailing_content(std::string_view json) noexcept;

/// Where one element of a JSON array is: its first byte and its length.
struct JsonSlice {
  std::size_t begin = 0;
  std::size_t size = 0;
};

/// The elements of a top-level JSON array (after an optional UTF-8 BOM), by
/// a scan of its brackets and strings; each element is checked only later,
/// by whoever reads it. Nothing when the text is not an array or its
/// brackets do not close.
std::optional<std::vector<JsonSlice>> split_json_array(std::string_view json);

/// 1-based line and column (in code points) of a byte offset.
struct TextPosition {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};
TextPosition position_of(std::string_view text, std::size_t offset) noexcept;

}  // namespace gongkai::serialize
