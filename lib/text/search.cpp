#include "text/search.hpp"

#include <string.h>  // memmem (GNU)

namespace gongkai::text {

bool contains(std::string_view s, std::string_view word) noexcept {
  if (word.empty()) return true;
  if (word.size() > s.size()) return false;
  return ::memmem(s.data(), s.size(), word.data(), word.size()) != nullptr;
}

bool contains_any(std::string_view s, std::initializer_list<std::string_view> words) noexcept {
  for (auto w : words)
    if (contains(s, w)) return true;
  return false;
}

}  // namespace gongkai::text
