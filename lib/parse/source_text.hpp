// The input as lines: each line's place in the original bytes and its
// normalized text, and the way back from a piece of normalized text to the
// original offsets, line and column.
//
// Memory: a line's texts are views, not strings of their own. A normalized
// line that is its original bytes (most lines of ASCII and ideographs) views
// the input; the others, and the compact forms, sit end to end in two
// buffers of this SourceText. So the lines cost a fixed 48 bytes each plus at
// most the input's size twice over, with no allocation per line (owned
// strings cost two allocations and 80 bytes a line: 9× a report's size, 28×
// for many short lines).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "gongkai/model.hpp"

namespace gongkai::parsing {

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
  const std::vector<SourceLine>& lines() const noexcept { return lines_; }
  std::size_t size() const noexcept { return lines_.size(); }
  const SourceLine& operator[](std::size_t i) const noexcept { return lines_[i]; }

  /// The original bytes of line i.
  std::string_view original(std::size_t i) const noexcept;
  /// Where bytes [norm_begin, norm_end) of line i's normalized text came from.
  SourceSpan span(std::size_t i, std::size_t norm_begin, std::size_t norm_end) const;
  /// The whole of line i.
  SourceSpan line_span(std::size_t i) const;
  /// The original bytes of a span.
  std::string_view slice(const SourceSpan& s) const noexcept { return input_.substr(s.begin, s.end - s.begin); }

 private:
  std::string_view input_;
  std::vector<SourceLine> lines_;
  std::string norm_text_;     ///< the normalized lines that differ from their original, end to end
  std::string compact_text_;  ///< the compact forms that differ from their normalized line, end to end
  // One line's origin map, kept for the next call: cells are looked up line by line.
  mutable std::size_t cached_line_ = static_cast<std::size_t>(-1);
  mutable std::vector<std::uint32_t> cached_origin_;
};

}  // namespace gongkai::parsing
