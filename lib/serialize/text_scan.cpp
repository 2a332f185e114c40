#include "serialize/text_scan.hpp"

#include <algorithm>
#include <cstring>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gongkai::serialize {

std::size_t valid_utf8_length(std::string_view s, std::size_t i) noexcept {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b0 = byte(i);
  std::size_t n;
  char32_t cp;
  if (b0 < 0x80) return 1;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 2;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 3;
    cp = b0 & 0x0F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 4;
    cp = b0 & 0x07;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    unsigned char b = byte(i + k);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10FFFF) return 0;
  if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
  return n;
}

std::size_t find_invalid_utf8(std::string_view s) noexcept {
  std::size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t n = valid_utf8_length(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

namespace {

// p points just after an opening quote; returns the pointer just after the
// closing quote, or nullptr when the string never closes.
const char* skip_string(const char* p, const char* end) noexcept {
  for (;;) {
    const char* q = static_cast<const char*>(std::memchr(p, '"', static_cast<std::size_t>(end - p)));
    if (!q) return nullptr;
    std::size_t backslashes = 0;
    for (const char* b = q; b > p && b[-1] == '\\'; --b) ++backslashes;
    p = q + 1;
    if (backslashes % 2 == 0) return p;
  }
}

}  // namespace

std::size_t find_unclosed_string(std::string_view json) noexcept {
  const char* p = json.data();
  const char* end = p + json.size();
  while ((p = static_cast<const char*>(std::memchr(p, '"', static_cast<std::size_t>(end - p))))) {
    const char* after = skip_string(p + 1, end);
    if (!after) return static_cast<std::size_t>(p - json.data());
    p = after;
  }
  return std::string_view::npos;
}

// The plain scan: the reference the block scan is tested against.
std::size_t find_excess_depth_bytewise(std::string_view json, std::size_t max_depth) noexcept {
  const char* p = json.data();
  const char* end = p + json.size();
  std::size_t depth = 0;
  while (p < end) {
    char c = *p;
    if (c == '"') {
      p = skip_string(p + 1, end);
      if (!p) return std::string_view::npos;  // unterminated: the parser reports it
      continue;
    }
    if (c == '[' || c == '{') {
      if (++depth > max_depth) return static_cast<std::size_t>(p - json.data());
    } else if (c == ']' || c == '}') {
      if (depth > 0) --depth;
    }
    ++p;
  }
  return std::string_view::npos;
}

#if defined(__SSE2__)
// The depth scan sixteen bytes at a time (SSE2 is part of every x86-64): a
// block with no quote and no bracket, most of a report's text, is passed over
// whole, and in the others only the bytes that matter are looked at. It was a
// seventh of from_json's time byte by byte.
std::size_t find_excess_depth(std::string_view json, std::size_t max_depth) noexcept {
  const char* const begin = json.data();
  const char* p = begin;
  const char* const end = p + json.size();
  std::size_t depth = 0;
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i fold = _mm_set1_epi8(static_cast<char>(0xDF));  // [ and { alike, ] and } alike
  const __m128i open = _mm_set1_epi8('[');
  const __m128i close = _mm_set1_epi8(']');
  while (end - p >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i f = _mm_and_si128(v, fold);
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_or_si128(_mm_cmpeq_epi8(f, open), _mm_cmpeq_epi8(f, close)))));
    if (mask == 0) {
      p += 16;
      continue;
    }
    const char* block = p;
    p = nullptr;
    while (mask) {
      const char* q = block + __builtin_ctz(mask);
      mask &= mask - 1;
      const char c = *q;
      if (c == '"') {
        p = skip_string(q + 1, end);
        if (!p) return std::string_view::npos;  // unterminated: the parser reports it
        break;  // the string may end past this block: start again after it
      }
      if (c == '[' || c == '{') {
        if (++depth > max_depth) return static_cast<std::size_t>(q - begin);
      } else if (depth > 0) {
        --depth;
      }
    }
    if (!p) p = block + 16;
  }
  for (; p < end; ++p) {
    const char c = *p;
    if (c == '"') {
      p = skip_string(p + 1, end);
      if (!p) return std::string_view::npos;
      --p;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return static_cast<std::size_t>(p - begin);
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return std::string_view::npos;
}
#else
std::size_t find_excess_depth(std::string_view json, std::size_t max_depth) noexcept {
  return find_excess_depth_bytewise(json, max_depth);
}
#endif

std::size_t find_trailing_content(std::string_view json) noexcept {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  const char* p = json.data();
  const char* end = p + json.size();
  if (json.substr(0, 3) == "\xEF\xBB\xBF") p += 3;
  while (p < end && is_space(*p)) ++p;
  if (p >= end || (*p != '{' && *p != '[')) return std::string_view::npos;
  std::size_t depth = 0;
  for (; p < end; ++p) {
    char c = *p;
    if (c == '"') {
      p = skip_string(p + 1, end);
      if (!p) return std::string_view::npos;
      --p;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if ((c == '}' || c == ']') && --depth == 0) {
      for (++p; p < end; ++p)
        if (!is_space(*p)) return static_cast<std::size_t>(p - json.data());
      return std::string_view::npos;
    }
  }
  return std::string_view::npos;
}

std::optional<std::vector<JsonSlice>> split_json_array(std::string_view json) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  std::size_t i = json.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  while (i < json.size() && is_space(json[i])) ++i;
  if (i >= json.size() || json[i] != '[') return std::nullopt;
  std::vector<JsonSlice> out;
  const char* p = json.data() + i + 1;
  const char* end = json.data() + json.size();
  const char* element = nullptr;  // start of the element being scanned
  std::size_t depth = 0;
  auto close_element = [&](const char* at) {
    const char* last = at;
    while (last > element && is_space(last[-1])) --last;
    out.push_back({static_cast<std::size_t>(element - json.data()), static_cast<std::size_t>(last - element)});
    element = nullptr;
  };
  for (; p < end; ++p) {
    char c = *p;
    if (is_space(c) && depth == 0) continue;
    if (depth == 0 && (c == ',' || c == ']')) {
      if (!element) {
        if (c == ']' && out.empty()) break;  // []
        return std::nullopt;                // [,  or  [1,]
      }
      close_element(p);
      if (c == ']') break;
      continue;
    }
    if (!element) element = p;
    if (c == '"') {
      p = skip_string(p + 1, end);
      if (!p) return std::nullopt;
      --p;  // the loop steps past the closing quote
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if (c == ']' || c == '}') {
      if (depth == 0) return std::nullopt;
      --depth;
    }
  }
  if (p >= end) return std::nullopt;  // no closing ]
  for (++p; p < end; ++p)
    if (!is_space(*p)) return std::nullopt;  // content after the array
  return out;
}

TextPosition position_of(std::string_view text, std::size_t offset) noexcept {
  offset = std::min(offset, text.size());
  TextPosition pos;
  std::size_t line_start = 0;
  std::uint64_t line = 1;
  for (std::size_t i = 0; i < offset; ++i)
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  std::uint64_t column = 1;
  for (std::size_t i = line_start; i < offset; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;  // count lead bytes only
  constexpr std::uint64_t kMax = std::numeric_limits<std::uint32_t>::max();
  pos.line = static_cast<std::uint32_t>(std::min(line, kMax));
  pos.column = static_cast<std::uint32_t>(std::min(column, kMax));
  return pos;
}

}  // namespace gongkai::serialize
