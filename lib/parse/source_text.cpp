#include "parse/source_text.hpp"

#include "parse/label.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace gongkai::parsing {

namespace {

// Where a line's normalized or compact text is, until the buffers stop
// growing and the views can be made.
enum class Home : std::uint8_t { input, norm_text, same_as_norm, compact_text };

struct Pending {
  std::uint32_t norm_at = 0, norm_size = 0, compact_at = 0, compact_size = 0;
  Home norm_home = Home::input, compact_home = Home::compact_text;
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
  std::vector<Pending> pending(count);
  std::string norm, small;  // one line's normalized and compact text, their buffers reused
  std::size_t pos = 0;
  for (std::size_t i = 0; i < count; ++i) {
    std::size_t eol = line_end(input, pos);
    SourceLine& line = lines_[i];
    Pending& p = pending[i];
    line.begin = static_cast<std::uint32_t>(pos);
    line.end = static_cast<std::uint32_t>(eol);
    line.number = static_cast<std::uint32_t>(i + 1);
    std::string_view original = input.substr(pos, eol - pos);
    text::normalize_line_into(original, &norm);
    if (norm == original) {
      p.norm_home = Home::input;
      p.norm_at = line.begin;
    } else {
      p.norm_home = Home::norm_text;
      p.norm_at = static_cast<std::uint32_t>(norm_text_.size());
      norm_text_ += norm;
    }
    p.norm_size = static_cast<std::uint32_t>(norm.size());
    compact_into(norm, &small);
    if (small == norm) {
      p.compact_home = Home::same_as_norm;
    } else {
      p.compact_at = static_cast<std::uint32_t>(compact_text_.size());
      compact_text_ += small;
    }
    p.compact_size = static_cast<std::uint32_t>(small.size());
    pos = next_line(input, eol);
  }
  norm_text_.shrink_to_fit();
  compact_text_.shrink_to_fit();
  for (std::size_t i = 0; i < count; ++i) {
    const Pending& p = pending[i];
    SourceLine& line = lines_[i];
    const char* norm_base = p.norm_home == Home::input ? input.data() : norm_text_.data();
    line.norm = std::string_view(norm_base + p.norm_at, p.norm_size);
    line.compact = p.compact_home == Home::same_as_norm
                       ? line.norm
                       : std::string_view(compact_text_.data() + p.compact_at, p.compact_size);
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
