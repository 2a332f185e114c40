#include "text/normalize.hpp"

#include <utf8proc.h>

#include <utility>

#include "text/utf8.hpp"

namespace gongkai::text {
namespace {

// CJK radicals that PDF fonts map text to instead of the ideographs they
// look like (⺠ for 民): the equivalent unified ideograph of Unicode's
// EquivalentUnifiedIdeograph.txt, for the radicals of simplified forms. The
// Kangxi radicals (U+2F00–U+2FD5) NFKC maps already.
char32_t unified_radical(char32_t cp) {
  static const std::pair<char32_t, char32_t> kRadicals[] = {
      {0x2E81, 0x5382}, {0x2EA0, 0x6C11}, {0x2EA9, 0x738B}, {0x2EBC, 0x6708}, {0x2EC4, 0x897F}, {0x2EC5, 0x89C1},
      {0x2EC6, 0x89D2}, {0x2EC8, 0x8BA0}, {0x2EC9, 0x8D1D}, {0x2ECB, 0x8F66}, {0x2ECD, 0x8FB6}, {0x2ED3, 0x957F},
      {0x2ED4, 0x95E8}, {0x2ED6, 0x961D}, {0x2ED7, 0x96E8}, {0x2ED8, 0x9752}, {0x2ED9, 0x97E6}, {0x2EDA, 0x9875},
      {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE}, {0x2EDD, 0x98DF}, {0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8}, {0x2EE4, 0x9B3C},
      {0x2EE5, 0x9C7C}, {0x2EE6, 0x9E1F}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4}, {0x2EEC, 0x9F50}, {0x2EEE, 0x9F7F},
      {0x2EF0, 0x9F99},
  };
  for (const auto& [radical, ideograph] : kRadicals)
    if (radical == cp) return ideograph;
  return 0;
}

// The code point's normalized form, appended to out. Fast paths cover ASCII
// and CJK ideographs (NFKC leaves both alone) and the full-width block; the
// rest goes through utf8proc's NFKC of the single code point.
void append_normalized(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    if (cp == '\f' || cp == '\v') cp = ' ';
    out += static_cast<char>(cp);
    return;
  }
  if (cp >= 0x4E00 && cp <= 0x9FFF) {
    append_utf8(out, cp);
    return;
  }
  switch (cp) {
    case 0x3000:  // ideographic space
    case 0x00A0:  // no-break space
    case 0x2002: case 0x2003: case 0x2009: case 0x202F:
      out += ' ';
      return;
    case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: case 0x00AD:
      return;  // zero-width and soft hyphen: invisible in print
    case 0x2212: case 0x2010: case 0x2011: case 0xFE63: case 0xFF0D:
      out += '-';  // minus and hyphens: a sign in front of a number
      return;
    case 0x3010: out += '['; return;  // 【
    case 0x3011: out += ']'; return;  // 】
    default: break;
  }
  if (cp >= 0x2E80 && cp <= 0x2EFF) {
    if (char32_t ideograph = unified_radical(cp)) {
      append_utf8(out, ideograph);
      return;
    }
  }
  if (cp >= 0xFF01 && cp <= 0xFF5E) {  // full-width ASCII
    out += static_cast<char>(cp - 0xFEE0);
    return;
  }
  utf8proc_int32_t buf[8];
  utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 8,
                                               static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE), nullptr);
  if (n <= 0 || n > 8) {
    append_utf8(out, cp);
    return;
  }
  n = utf8proc_reencode(buf, n, static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
  if (n <= 0) {
    append_utf8(out, cp);
    return;
  }
  // reencode wrote UTF-8 bytes into buf in place.
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

}  // namespace

std::string unify_ideographs(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t cp;
    int n = decode(s, i, &cp);
    if (n <= 0) {
      out += s[i++];
      continue;
    }
    if (cp >= 0x2E80 && cp <= 0x2FDF)
      append_normalized(out, cp);
    else
      out.append(s.data() + i, static_cast<std::size_t>(n));
    i += static_cast<std::size_t>(n);
  }
  return out;
}

std::size_t unchanged_prefix(std::string_view line) noexcept {
  // ASCII and CJK ideographs (lead bytes E4–E9): NFKC leaves both alone.
  std::size_t run = 0;
  while (run < line.size()) {
    unsigned char c = static_cast<unsigned char>(line[run]);
    if (c < 0x80 && c != '\f' && c != '\v') {
      ++run;
    } else if (c >= 0xE4 && c <= 0xE9 && run + 2 < line.size() &&
               (static_cast<unsigned char>(line[run + 1]) & 0xC0) == 0x80 &&
               (static_cast<unsigned char>(line[run + 2]) & 0xC0) == 0x80) {
      run += 3;
    } else {
      break;
    }
  }
  return run;
}

std::string normalize_line(std::string_view line, std::vector<std::uint32_t>* origin) {
  std::string out;
  normalize_line_into(line, &out, origin);
  return out;
}

void normalize_line_into(std::string_view line, std::string* out_buffer, std::vector<std::uint32_t>* origin) {
  std::string& out = *out_buffer;
  out.clear();
  out.reserve(line.size());
  if (origin) {
    origin->clear();
    origin->reserve(line.size() + 1);
  }
  std::size_t i = 0;
  while (i < line.size()) {
    // Fast path: a run that NFKC leaves as it is, copied in one piece.
    std::size_t run = i + unchanged_prefix(line.substr(i));
    if (run > i) {
      out.append(line.data() + i, run - i);
      if (origin) {
        for (std::size_t k = i; k < run;) {
          unsigned char c = static_cast<unsigned char>(line[k]);
          std::size_t n = c < 0x80 ? 1 : 3;
          origin->insert(origin->end(), n, static_cast<std::uint32_t>(k));
          k += n;
        }
      }
      i = run;
      continue;
    }
    char32_t cp;
    int n = decode(line, i, &cp);
    if (n == 0) {  // callers validate first; keep going rather than loop
      cp = 0xFFFD;
      n = 1;
    }
    std::size_t before = out.size();
    append_normalized(out, cp);
    if (origin) origin->insert(origin->end(), out.size() - before, static_cast<std::uint32_t>(i));
    i += n;
  }
  if (origin) origin->push_back(static_cast<std::uint32_t>(line.size()));
}

}  // namespace gongkai::text
