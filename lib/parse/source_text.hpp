// The input as lines: each line's place in the original bytes and its
// normalized text, and the way back from a piece of normalized text to the
// original offsets, line and column.
//
// Memory: a line's texts are views, not strings of their own. A normalized
// line that is its original bytes (most lines of ASCII and ideographs) views
// the input; the others, and the compact forms, sit end to end in two
// buffers of this SourceText. What is kept per line is 13 bytes: where it
// ends in the input and where its two texts end in the buffers, and one byte
// saying which texts are in a buffer. A SourceLine is made from these when
// asked for (operator[] returns it by value), so the 48 bytes of its views
// are never stored for every line (they were 2× a report's size and 8× for
// many short lines).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gongkai/model.hpp"

namespace gongkai::parsing {

/// One line, as operator[] makes it. Bind it by value or by const reference
/// (the reference keeps the temporary alive); its views stay valid as long as
/// the SourceText.
struct SourceLine {
  std::uint32_t begin = 0;   ///< offset of the line's first byte in the input
  std::uint32_t end = 0;     ///< offset just past its last byte (newline excluded)
  std::uint32_t number = 0;  ///< 1-based line number
  std::string_view norm;     ///< normalized text (text/normalize.hpp), owned by the SourceText or the input
  std::string_view compact;  ///< norm without spaces and punctuation (label.hpp), for word lookups
};

class SourceText {
 public:
  /// Splits on \n, \r\n and \r. The input must be valid UTF-8 and outlive this.
  explicit SourceText(std::string_view input);
  // The lines view buffers of this object: a copy would view the original's.
  SourceText(const SourceText&) = delete;
  SourceText& operator=(const SourceText&) = delete;

  std::string_view input() const noexcept { return input_; }
  std::size_t size() const noexcept { return ends_.size(); }
  SourceLine operator[](std::size_t i) const noexcept {
    SourceLine l;
    l.begin = begin_of(i);
    l.end = ends_[i];
    l.number = static_cast<std::uint32_t>(i + 1);
    if (homes_[i] & kNormInInput) {
      l.norm = input_.substr(l.begin, l.end - l.begin);
    } else {
      const std::uint32_t a = i ? norm_ends_[i - 1] : 0;
      l.norm = std::string_view(norm_text_.data() + a, norm_ends_[i] - a);
    }
    if (homes_[i] & kCompactIsNorm) {
      l.compact = l.norm;
    } else if (compact_released_) {
      l.compact = std::string_view();
    } else {
      const std::uint32_t a = i ? compact_ends_[i - 1] : 0;
      l.compact = std::string_view(compact_text_.data() + a, compact_ends_[i] - a);
    }
    return l;
  }

  /// Frees the compact forms once nothing will read them (the outline reads
  /// only the normalized lines): they are about 0.8× the input. After it, a
  /// line's compact form is empty unless it equals its normalized line.
  void release_compact() noexcept;

  /// The original bytes of line i.
  std::string_view original(std::size_t i) const noexcept;
  /// Where bytes [norm_begin, norm_end) of line i's normalized text came from.
  SourceSpan span(std::size_t i, std::size_t norm_begin, std::size_t norm_end) const;
  /// The whole of line i.
  SourceSpan line_span(std::size_t i) const;
  /// The original bytes of a span.
  std::string_view slice(const SourceSpan& s) const noexcept { return input_.substr(s.begin, s.end - s.begin); }

 private:
  static constexpr std::uint8_t kNormInInput = 1;    ///< the normalized line is its original bytes
  static constexpr std::uint8_t kCompactIsNorm = 2;  ///< nothing to drop: the compact form is the normalized line

  /// Line i starts past the line break that ends line i - 1 (\r\n is two bytes).
  std::uint32_t begin_of(std::size_t i) const noexcept {
    if (i == 0) return 0;
    std::uint32_t e = ends_[i - 1];
    return e + (input_[e] == '\r' && e + 1 < input_.size() && input_[e + 1] == '\n' ? 2 : 1);
  }

  std::string_view input_;
  std::vector<std::uint32_t> ends_;          ///< offset just past each line's last byte (newline excluded)
  std::vector<std::uint32_t> norm_ends_;     ///< norm_text_'s size after each line's normalized text
  std::vector<std::uint32_t> compact_ends_;  ///< compact_text_'s size after each line's compact form
  std::vector<std::uint8_t> homes_;          ///< kNormInInput | kCompactIsNorm
  std::string norm_text_;     ///< the normalized lines that differ from their original, end to end
  std::string compact_text_;  ///< the compact forms that differ from their normalized line, end to end
  bool compact_released_ = false;
  // One line's origin map, kept for the next call: cells are looked up line by line.
  mutable std::size_t cached_line_ = static_cast<std::size_t>(-1);
  mutable std::vector<std::uint32_t> cached_origin_;
};

}  // namespace gongkai::parsing
