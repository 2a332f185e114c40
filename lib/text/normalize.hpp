// Unicode normalization for matching: NFKC (utf8proc) with the forms report
// text needs folded — full-width digits, letters and brackets to ASCII,
// ideographic and no-break spaces to a space, minus signs to '-', zero-width
// characters removed. Every normalized byte can be mapped back to the byte of
// the original it came from.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::text {

/// Normalizes one line (no newline inside). When `origin` is given, it
/// receives, for each byte of the result, the offset in `line` of the code
/// point that produced it, plus one final entry equal to line.size().
std::string normalize_line(std::string_view line, std::vector<std::uint32_t>* origin = nullptr);

/// The length of the leading part of `line` that normalization leaves as it
/// is: ASCII (but \f and \v) and CJK ideographs U+4000–U+9FFF. A line whose
/// whole length this is, is its own normalized form.
std::size_t unchanged_prefix(std::string_view line) noexcept;

/// normalize_line into *out (its old content replaced), so that a caller
/// going line by line reuses one buffer instead of allocating per line.
void normalize_line_into(std::string_view line, std::string* out, std::vector<std::uint32_t>* origin = nullptr);

/// The text as it is, but CJK and Kangxi radicals (U+2E80–U+2FDF) that PDF
/// fonts give for ideographs (⺠ for 民, ⼈ for 人) replaced by the ideographs.
std::string unify_ideographs(std::string_view text);

}  // namespace gongkai::text
