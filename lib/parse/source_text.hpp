// The input as lines: each line's place in the original bytes and its
// normalized text, and the way back from a piece of normalized text to the
// original offsets, line and column.
//
// Memory: a line's text is a view, not a string of its own. A normalized
// line that is its original bytes (most lines of ASCII and ideographs) views
// the input; the others sit end to end in chunks of this SourceText (a
// reader going through the lines once, as the outline does, frees the
// chunks behind it: release_before). What is kept per line is 9 bytes: where
// it ends in the input and one byte saying which chunk or that it is in
// the input (with, for the lines normalization changes, their end in the
// chunk, and a bit per line to find it by). A SourceLine is made from these when
// asked for (operator[] returns it by value), so the views are never stored
// for every line. The compact form of a line (label.hpp) is made when asked
// for, into the caller's buffer: kept for every line, the compact forms were
// 0.8× the input, and only the table windows and a few lines read them.
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
      // The k-th changed line: it starts where the one before ends, in the same chunk.
      const std::uint8_t chunk = chunk_of(i);
      const std::size_t k = changed_rank(i);
      const std::uint32_t a = k > chunk_first_changed_[chunk] ? changed_ends_[k - 1] : 0;
      l.norm = std::string_view(chunks_[chunk].data() + a, changed_ends_[k] - a);
    }
    return l;
  }

  /// Frees the normalized text of the lines before `line` where it can
  /// (whole chunks): a reader that goes through the lines once calls it as it
  /// goes, and must not read those lines again.
  void release_before(std::size_t line) noexcept;

  /// Line i without spaces and punctuation (label.hpp's compact), for word
  /// lookups: written into `buffer`, which the view returned is into.
  std::string_view compact(std::size_t i, std::string& buffer) const;

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
  static constexpr std::size_t kMaxChunks = 127;      ///< the chunk index is homes_'s upper seven bits
  std::uint8_t chunk_of(std::size_t i) const noexcept { return static_cast<std::uint8_t>(homes_[i] >> 1); }
  /// How many lines before line i are changed by normalization.
  std::size_t changed_rank(std::size_t i) const noexcept {
    const std::uint64_t below = (std::uint64_t{1} << (i % 64)) - 1;
    return changed_before_[i / 64] + bits_set(changed_bits_[i / 64] & below);
  }
  /// (Counted in place: the builtin is a library call on baseline x86-64.)
  static std::size_t bits_set(std::uint64_t x) noexcept {
    x -= (x >> 1) & 0x5555555555555555ull;
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return static_cast<std::size_t>((x * 0x0101010101010101ull) >> 56);
  }

  /// Line i starts past the line break that ends line i - 1 (\r\n is two bytes).
  std::uint32_t begin_of(std::size_t i) const noexcept {
    if (i == 0) return 0;
    std::uint32_t e = ends_[i - 1];
    return e + (input_[e] == '\r' && e + 1 < input_.size() && input_[e + 1] == '\n' ? 2 : 1);
  }

  std::string_view input_;
  std::vector<std::uint32_t> ends_;          ///< offset just past each line's last byte (newline excluded)
  std::vector<std::uint8_t> homes_;          ///< kNormInInput | the line's chunk << 1
  // The lines normalization changes, sparsely (most lines are unchanged,
  // and per line only its end and home byte are kept): a bit per line in
  // blocks of 64, the changed lines before each block, and each changed
  // line's end in its chunk, in line order.
  std::vector<std::uint64_t> changed_bits_;
  std::vector<std::uint32_t> changed_before_;
  std::vector<std::uint32_t> changed_ends_;
  std::vector<std::uint32_t> chunk_first_changed_;  ///< the rank of each chunk's first changed line
  /// The normalized lines that differ from their original, end to end, in
  /// chunks of about kMaxChunks-th of the input (a line is never split).
  std::vector<std::string> chunks_;
  std::vector<std::uint32_t> chunk_first_line_;  ///< the first line of each chunk
  std::size_t released_ = 0;                     ///< chunks freed, from the first
  // One line's origin map, kept for the next call: cells are looked up line by line.
  mutable std::size_t cached_line_ = static_cast<std::size_t>(-1);
  mutable std::vector<std::uint32_t> cached_origin_;
};

}  // namespace gongkai::parsing
