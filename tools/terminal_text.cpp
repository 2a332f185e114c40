#include "terminal_text.hpp"

#include <cstdio>

#include "text/utf8.hpp"

namespace gongkai::cli {
namespace {

void append_escape(std::string& out, const char* format, unsigned value) {
  char buf[12];
  std::snprintf(buf, sizeof buf, format, value);
  out += buf;
}

bool acts_on_terminal(char32_t cp) {
  if (cp == '\t') return false;
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

}  // namespace

std::string terminal_safe(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    const int n = text::decode(s, i, &cp);
    if (n == 0) {
      append_escape(out, "\\x%02X", static_cast<unsigned char>(s[i]));
      ++i;
      continue;
    }
    if (acts_on_terminal(cp))
      append_escape(out, cp < 0x100 ? "\\x%02X" : "\\u%04X", static_cast<unsigned>(cp));
    else
      out.append(s.substr(i, static_cast<std::size_t>(n)));
    i += static_cast<std::size_t>(n);
  }
  return out;
}

}  // namespace gongkai::cli
