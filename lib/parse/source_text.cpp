#include "parse/source_text.hpp"

#include "parse/label.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace gongkai::parsing {

namespace {

// Where a line's normalized and compact texts are, until the buffers stop
// growing and the views into them can be made (one byte a line).
enum Home : std::uint8_t {
  norm_in_input = 1,    ///< the normalized line is its original bytes
  compact_is_norm = 2,  ///< nothing to drop: the compact form is the normalized line
};

// The end of the line starting at pos (before its \n, \r\n or \r).
std::size_t line_end(std::string_view input, std::size_t pos) {
  while (pos < input.size() && input[pos] != '\n' && input[pos] != '\r') ++pos;
  return pos;
}

// Past the line break at eol.
std::size_t next_line(std::string_view input, std::size_t eol) {
  if (eol < input.size() && input[eol] == '\r' && eol + 1 < input.size() && input[eol + 1] == '\n') ++eol;
  return eol + 1;
}

}  // namespace

SourceText::SourceText(std::string_view input) : input_(input) {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < input.size(); pos = next_line(input, line_end(input, pos))) ++count;
  lines_.resize(count);  // once, at its size: a doubling vector holds up to twice the lines at its peak
  // Neither text is longer than the input but for rare NFKC expansions, so
  // they rarely move; pages reserved and never written cost no memory.
  norm_text_.reserve(input.size());
  compact_text_.reserve(input.size());
  std::vector<std::uint8_t> homes(count, 0);
  std::string norm, small;  // one line's normalized and compact text, their buffers reused
  std::size_t pos = 0;
  for (std::size_t i = 0; i < count; ++i) {
    std::size_t eol = line_end(input, pos);
    SourceLine& line = lines_[i];
    line.begin = static_cast<std::uint32_t>(pos);
    line.end = static_cast<std::uint32_t>(eol);
    line.number = static_cast<std::uint32_t>(i + 1);
    std::string_view original = input.substr(pos, eol - pos);
    text::normalize_line_into(original, &norm);
    if (norm == original) {
      homes[i] |= norm_in_input;
      line.norm = original;
    } else {
      norm_text_ += norm;
      line.norm = std::string_view(nullptr, norm.size());  // placed below
    }
    compact_into(norm, &small);
    if (small == norm) {
      homes[i] |= compact_is_norm;
    } else {
      compact_text_ += small;
      line.compact = std::string_view(nullptr, small.size());  // placed below
    }
    pos = next_line(input, eol);
  }
  // The texts are laid end to end in line order: each one's place is the sum
  // of the sizes before it.
  std::size_t norm_at = 0, compact_at = 0;
  for (std::size_t i = 0; i < count; ++i) {
    SourceLine& line = lines_[i];
    if (!(homes[i] & norm_in_input)) {
      line.norm = std::string_view(norm_text_.data() + norm_at, line.norm.size());
      norm_at += line.norm.size();
    }
    if (homes[i] & compact_is_norm) {
      line.compact = line.norm;
    } else {
      line.compact = std::string_view(compact_text_.data() + compact_at, line.compact.size());
      compact_at += line.compact.size();
    }
  }
}

std::string_view SourceText::original(std::size_t i) const noexcept {
  return input_.substr(lines_[i].begin, lines_[i].end - lines_[i].begin);
}

SourceSpan SourceText::span(std::size_t i, std::size_t norm_begin, std::size_t norm_end) const {
  std::string_view line = original(i);
  if (cached_line_ != i) {
    text::normalize_line(line, &cached_origin_);
    cached_line_ = i;
  }
  const auto& origin = cached_origin_;
  std::size_t last = origin.size() - 1;  // origin has one entry per normalized byte, plus the end
  if (norm_begin > last) norm_begin = last;
  if (norm_end > last) norm_end = last;
  std::size_t ob = origin[norm_begin];
  std::size_t oe = norm_end > norm_begin ? origin[norm_end - 1] : ob;
  if (norm_end > norm_begin) {
    // The last normalized byte came from the code point starting at oe: include it whole.
    char32_t cp;
    int n = text::decode(line, oe, &cp);
    oe += n > 0 ? static_cast<std::size_t>(n) : 1;
  }
  SourceSpan s;
  s.begin = lines_[i].begin + ob;
  s.end = lines_[i].begin + oe;
  s.line = lines_[i].number;
  s.column = static_cast<std::uint32_t>(text::count_code_points(line.substr(0, ob)) + 1);
  return s;
}

SourceSpan SourceText::line_span(std::size_t i) const {
  SourceSpan s;
  s.begin = lines_[i].begin;
  s.end = lines_[i].end;
  s.line = lines_[i].number;
  s.column = 1;
  return s;
}

}  // namespace gongkai::parsing
