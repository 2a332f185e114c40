#include "text/utf8.hpp"

#include <simdjson.h>

#include <cstring>

namespace gongkai::text {

int decode(std::string_view s, std::size_t i, char32_t* cp) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  std::size_t left = s.size() - i;
  unsigned char c = p[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  int len;
  char32_t v;
  if ((c & 0xE0) == 0xC0) {
    len = 2;
    v = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    v = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    v = c & 0x07;
  } else {
    return 0;
  }
  if (left < static_cast<std::size_t>(len)) return 0;
  for (int k = 1; k < len; ++k) {
    if ((p[k] & 0xC0) != 0x80) return 0;
    v = (v << 6) | (p[k] & 0x3F);
  }
  static const char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (v < kMin[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *cp = v;
  return len;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::size_t find_invalid_utf8(std::string_view s) noexcept {
  // Valid text, the common case, is confirmed by simdjson's vectorized
  // validator; only invalid text is walked to find where it breaks.
  if (simdjson::validate_utf8(s.data(), s.size())) return std::string_view::npos;
  std::size_t i = 0;
  while (i < s.size()) {
    // ASCII fast path, eight bytes at a time.
    while (i + 8 <= s.size()) {
      std::uint64_t w;
      __builtin_memcpy(&w, s.data() + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= s.size()) break;
    char32_t cp;
    int n = decode(s, i, &cp);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes) noexcept {
  if (s.size() <= max_bytes) return s;
  std::size_t n = max_bytes;
  // s[n] is the first byte left out: while it continues a character, that
  // character would be cut, so it goes too.
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0u) == 0x80u) --n;
  return s.substr(0, n);
}

std::string_view code_point_prefix(std::string_view s, std::size_t max_code_points) noexcept {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0u) != 0x80u && seen++ == max_code_points) return s.substr(0, i);
  return s;
}

std::size_t count_code_points(std::string_view s) noexcept {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

namespace {

bool is_invisible(char32_t cp) noexcept {
  // Controls, space, NBSP; not NUL, which makes the input binary data.
  if ((cp > 0 && cp <= 0x20) || (cp >= 0x7F && cp <= 0xA0)) return true;
  switch (cp) {
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
    case 0xFEFF: case 0x00AD: case 0x180E: case 0x2060:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200F;  // en quad ... hair space, zero-width, direction marks
  }
}

}  // namespace

bool has_visible_text(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp;
    int n = decode(s, i, &cp);
    if (n == 0 || !is_invisible(cp)) return true;
    i += static_cast<std::size_t>(n);
  }
  return false;
}

void drop_bom(std::string& s) {
  if (s.compare(0, 3, "\xEF\xBB\xBF") == 0) s.erase(0, 3);
}

bool looks_binary(std::string_view s) noexcept {
  if (s.empty()) return false;
  if (std::memchr(s.data(), 0, s.size()) != nullptr) return true;
  // Control bytes but \t \n \v \f \r (9–13); a loop without branches, so
  // that the compiler vectorizes it.
  std::size_t controls = 0;
  for (unsigned char c : s) controls += static_cast<std::size_t>((c < 0x20) & ((c < 9) | (c > 13)));
  // A few stray control bytes occur in extracted PDF text; junk has many.
  return controls > 16 && controls * 100 > s.size();
}

}  // namespace gongkai::text
