#include "parse/source_text.hpp"

#include "parse/label.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace gongkai::parsing {

SourceText::SourceText(std::string_view input) : input_(input) {
  std::size_t pos = 0;
  std::uint32_t number = 0;
  while (pos < input.size()) {
    std::size_t eol = pos;
    while (eol < input.size() && input[eol] != '\n' && input[eol] != '\r') ++eol;
    SourceLine line;
    line.begin = static_cast<std::uint32_t>(pos);
    line.end = static_cast<std::uint32_t>(eol);
    line.number = ++number;
    line.norm = text::normalize_line(input.substr(pos, eol - pos));
    line.compact = compact(line.norm);
    lines_.push_back(std::move(line));
    if (eol < input.size() && input[eol] == '\r' && eol + 1 < input.size() && input[eol + 1] == '\n') ++eol;
    pos = eol + 1;
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
