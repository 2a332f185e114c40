// UTF-8 decoding and the checks that decide whether input is text at all.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gongkai::text {

/// Decodes one code point at s[i]; returns its length in bytes (1..4), or 0
/// when the bytes there are not valid UTF-8 (overlong, surrogate, truncated).
int decode(std::string_view s, std::size_t i, char32_t* cp) noexcept;

/// Appends the UTF-8 encoding of cp.
void append_utf8(std::string& out, char32_t cp);

/// Offset of the first invalid byte, or npos when s is valid UTF-8.
std::size_t find_invalid_utf8(std::string_view s) noexcept;

/// The longest prefix of s of at most max_bytes that does not end inside a
/// character, so that a valid UTF-8 s stays valid UTF-8 when cut.
std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes) noexcept;

/// The first max_code_points characters of s (all of s when it has fewer).
std::string_view code_point_prefix(std::string_view s, std::size_t max_code_points) noexcept;

/// Number of code points in s (s must be valid UTF-8).
std::size_t count_code_points(std::string_view s) noexcept;

/// True when s holds a character that prints: not only white space (ASCII,
/// U+3000 and the other Unicode spaces), control characters, byte order
/// marks and zero-width characters. Invalid UTF-8 and NUL count as visible,
/// so that they are reported as invalid or binary rather than as empty.
bool has_visible_text(std::string_view s) noexcept;

/// Removes a UTF-8 byte order mark at the start of s.
void drop_bom(std::string& s);

/// True when s looks like binary data rather than text: NUL bytes, or many
/// control characters other than tab, newline, carriage return, form feed.
bool looks_binary(std::string_view s) noexcept;

}  // namespace gongkai::text
