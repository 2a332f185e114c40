#include "parse/label.hpp"

#include <cstring>

#include "text/utf8.hpp"

namespace gongkai::parsing {
namespace {

bool is_punctuation(char32_t cp) {
  if (cp < 0x80) return !((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'));
  switch (cp) {
    case 0x3001: case 0x3002: case 0xFF0C: case 0xFF1A: case 0xFF1B: case 0x201C: case 0x201D:
    case 0x2018: case 0x2019: case 0x300A: case 0x300B: case 0x3008: case 0x3009: case 0x300C:
    case 0x300D: case 0x300E: case 0x300F: case 0x2014: case 0x2013: case 0x2026: case 0x00B7:
    case 0x30FB: case 0xFF08: case 0xFF09: case 0x3000: case 0x00A0: case 0x2022: case 0x25CF:
    case 0x3010: case 0x3011: case 0x3014: case 0x3015: case 0x2460: case 0xFE30:
      return true;
    default:
      return false;
  }
}

// Length in bytes of the outline numbering at the start of norm ("三、",
// "(一)", "1.", "1、", "第一", ...), 0 when there is none.
std::size_t numbering_length(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  auto decode_at = [&](std::size_t at, char32_t* cp) { return text::decode(s, at, cp); };
  char32_t cp = 0;
  bool open = false;
  if (i < s.size() && s[i] == '(') {
    open = true;
    ++i;
  }
  std::size_t digits_begin = i;
  while (i < s.size()) {
    int n = decode_at(i, &cp);
    if (n <= 0) break;
    if ((cp >= '0' && cp <= '9') || is_chinese_numeral(cp)) {
      i += static_cast<std::size_t>(n);
    } else {
      break;
    }
  }
  if (i == digits_begin || i - digits_begin > 9) return 0;
  if (open) {
    if (i < s.size() && s[i] == ')') return i + 1;
    return 0;
  }
  if (i < s.size()) {
    int n = decode_at(i, &cp);
    if (cp == '.' && !(i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9')) return i + 1;
    if (cp == 0x3001 || cp == ',' || cp == ')') return i + static_cast<std::size_t>(n);
  }
  return 0;
}

}  // namespace

bool is_chinese_numeral(char32_t cp) {
  switch (cp) {
    case U'一': case U'二': case U'三': case U'四': case U'五': case U'六': case U'七':
    case U'八': case U'九': case U'十':
      return true;
    default:
      return false;
  }
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string compact(std::string_view s) {
  std::string out;
  compact_into(s, &out);
  return out;
}

namespace {

// Calls keep(begin, bytes) for each piece of s that compact() keeps, in
// order: runs of CJK ideographs (never punctuation) and ASCII letters and
// digits, and single other characters that are not punctuation.
template <class Keep>
void kept_pieces(std::string_view s, Keep&& keep) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t run = i;
    while (run < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[run]);
      if (c >= 0xE4 && c <= 0xE9 && run + 2 < s.size()) {
        run += 3;
      } else if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        ++run;
      } else {
        break;
      }
    }
    if (run > i) {
      keep(s.data() + i, run - i);
      i = run;
      continue;
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {  // ASCII punctuation and spaces
      ++i;
      continue;
    }
    char32_t cp;
    int n = text::decode(s, i, &cp);
    if (n <= 0) {
      ++i;
      continue;
    }
    if (!is_punctuation(cp)) keep(s.data() + i, static_cast<std::size_t>(n));
    i += static_cast<std::size_t>(n);
  }
}

}  // namespace

void compact_into(std::string_view s, std::string* out_buffer) {
  std::string& out = *out_buffer;
  // Written through a pointer into room for the whole text (compacting only
  // drops), then cut to what was written.
  out.resize(s.size());
  char* const begin = out.data();
  char* to = begin;
  kept_pieces(s, [&](const char* piece, std::size_t bytes) {
    std::memcpy(to, piece, bytes);
    to += bytes;
  });
  out.resize(static_cast<std::size_t>(to - begin));
}

CompactShape compact_shape(std::string_view s) {
  CompactShape shape;
  kept_pieces(s, [&](const char* piece, std::size_t bytes) {
    shape.bytes += bytes;
    for (std::size_t k = 0; k < bytes; ++k) {
      const unsigned char c = static_cast<unsigned char>(piece[k]);
      shape.code_points += (c & 0xC0) != 0x80;
      shape.digits += c >= '0' && c <= '9';
    }
  });
  return shape;
}

std::string compact_label(std::string_view s, bool drop_asides) {
  // Numbering may repeat ("三、 (一) 予以公开"): strip all of it.
  std::size_t skip;
  while ((skip = numbering_length(s)) > 0) s.remove_prefix(skip);
  if (!drop_asides) return compact(s);
  std::string kept;
  int depth = 0;
  for (char c : s) {
    if (c == '(') {
      ++depth;
    } else if (c == ')') {
      if (depth > 0) --depth;
    } else if (depth == 0) {
      kept += c;
    }
  }
  return compact(kept);
}

bool contains_any(std::string_view s, std::initializer_list<std::string_view> words) {
  return text::contains_any(s, words);
}

std::size_t length_cp(std::string_view s) { return text::count_code_points(s); }

}  // namespace gongkai::parsing
