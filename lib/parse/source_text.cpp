#include "parse/source_text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "gongkai/error.hpp"
#include "parse/label.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace gongkai::parsing {

namespace {

// The end of the line starting at pos (before its \n, \r\n or \r). An
// input without \r (most) is split by memchr.
std::size_t line_end(std::string_view input, std::size_t pos, bool has_cr) {
  if (!has_cr) {
    const void* nl = pos < input.size() ? std::memchr(input.data() + pos, '\n', input.size() - pos) : nullptr;
    return nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - input.data()) : input.size();
  }
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
  const bool has_cr = !input.empty() && std::memchr(input.data(), '\r', input.size()) != nullptr;
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < input.size(); pos = next_line(input, line_end(input, pos, has_cr))) ++count;
  // Each once, at its size: a doubling vector holds up to twice its size at its peak.
  ends_.resize(count);
  homes_.assign(count, 0);
  changed_bits_.assign(count / 64 + 1, 0);
  changed_before_.assign(count / 64 + 1, 0);
  // Chunks of about a 64th of the input, at least 1 MiB; a line longer than
  // that has one of its own, and past kMaxChunks the last chunk grows (the
  // views are made when asked, so a chunk that moves is harmless).
  const std::size_t chunk_bytes = std::max<std::size_t>(std::size_t{1} << 20, input.size() / 64);
  chunks_.emplace_back();
  chunk_first_line_.push_back(0);
  chunk_first_changed_.push_back(0);
  std::string norm;  // one line's normalized text, its buffer reused
  std::size_t pos = 0;
  for (std::size_t i = 0; i < count; ++i) {
    std::size_t eol = line_end(input, pos, has_cr);
    ends_[i] = static_cast<std::uint32_t>(eol);
    const std::string_view original = input.substr(pos, eol - pos);
    // Most lines are their own normalized form, which a scan shows without
    // writing them out.
    if (text::unchanged_prefix(original) == original.size()) {
      homes_[i] |= kNormInInput;
    } else {
      text::normalize_line_into(original, &norm);
      if (norm == original) {
        homes_[i] |= kNormInInput;
      } else {
        if (!chunks_.back().empty() && chunks_.back().size() + norm.size() > chunk_bytes && chunks_.size() < kMaxChunks) {
          chunks_.emplace_back();
          chunk_first_line_.push_back(static_cast<std::uint32_t>(i));
          chunk_first_changed_.push_back(static_cast<std::uint32_t>(changed_ends_.size()));
        }
        if (chunks_.back().empty()) chunks_.back().reserve(std::max(chunk_bytes, norm.size()));
        chunks_.back() += norm;
        changed_bits_[i / 64] |= std::uint64_t{1} << (i % 64);
        // (Checked below with the chunk's size: past 4 GiB it is refused.)
        changed_ends_.push_back(static_cast<std::uint32_t>(chunks_.back().size()));
      }
    }
    if (i % 64 == 63) changed_before_[i / 64 + 1] = static_cast<std::uint32_t>(changed_ends_.size());
    homes_[i] |= static_cast<std::uint8_t>((chunks_.size() - 1) << 1);
    // Offsets into a chunk are 32-bit like the input's: an input of nearly
    // 4 GiB whose normalization grows past that is refused.
    if (chunks_.back().size() > UINT32_MAX)
      throw Error(Status::too_large, "normalized text larger than 4 GiB / 规范化后的文本超过 4 GiB");
    pos = next_line(input, eol);
  }
}

void SourceText::release_before(std::size_t line) noexcept {
  // A chunk whose lines all come before `line` (the next chunk starts at or
  // before it) is no longer read.
  while (released_ + 1 < chunks_.size() && chunk_first_line_[released_ + 1] <= line) {
    std::string().swap(chunks_[released_]);
    ++released_;
  }
}

std::string_view SourceText::compact(std::size_t i, std::string& buffer) const {
  compact_into((*this)[i].norm, &buffer);
  return buffer;
}

std::string_view SourceText::original(std::size_t i) const noexcept {
  const std::uint32_t b = begin_of(i);
  return input_.substr(b, ends_[i] - b);
}

SourceSpan SourceText::span(std::size_t i, std::size_t norm_begin, std::size_t norm_end) const {
  std::string_view line = original(i);
  const std::uint32_t b = begin_of(i);
  if (homes_[i] & kNormInInput) {
    // The normalized line is the original: its bytes are where they were.
    norm_begin = std::min(norm_begin, line.size());
    norm_end = std::max(norm_begin, std::min(norm_end, line.size()));
    SourceSpan s;
    s.begin = b + static_cast<std::uint32_t>(norm_begin);
    s.end = b + static_cast<std::uint32_t>(norm_end);
    s.line = static_cast<std::uint32_t>(i + 1);
    s.column = static_cast<std::uint32_t>(text::count_code_points(line.substr(0, norm_begin)) + 1);
    return s;
  }
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
  s.begin = b + ob;
  s.end = b + oe;
  s.line = static_cast<std::uint32_t>(i + 1);
  s.column = static_cast<std::uint32_t>(text::count_code_points(line.substr(0, ob)) + 1);
  return s;
}

SourceSpan SourceText::line_span(std::size_t i) const {
  SourceSpan s;
  s.begin = begin_of(i);
  s.end = ends_[i];
  s.line = static_cast<std::uint32_t>(i + 1);
  s.column = 1;
  return s;
}

}  // namespace gongkai::parsing
