#include "text/search.hpp"

#include <cstring>

namespace gongkai::text {

bool contains(std::string_view s, std::string_view word) noexcept {
  if (word.empty()) return true;
  if (word.size() > s.size()) return false;
  const std::size_t k = word.size() >= 3 ? 2 : word.size() - 1;  // the byte searched for
  const char anchor = word[k];
  // The anchor of a match at i stands at i + k, for i from 0 to s.size() - word.size().
  const char* p = s.data() + k;
  const char* const end = s.data() + (s.size() - word.size() + k + 1);
  while (p < end) {
    p = static_cast<const char*>(std::memchr(p, anchor, static_cast<std::size_t>(end - p)));
    if (!p) return false;
    if (std::memcmp(p - k, word.data(), word.size()) == 0) return true;
    ++p;
  }
  return false;
}

bool contains_any(std::string_view s, std::initializer_list<std::string_view> words) noexcept {
  for (auto w : words)
    if (contains(s, w)) return true;
  return false;
}

}  // namespace gongkai::text
