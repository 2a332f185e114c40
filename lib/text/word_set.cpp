#include "text/word_set.hpp"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace gongkai::text {

WordSet::WordSet(std::initializer_list<std::string_view> words) {
  if (words.size() > 64) throw std::invalid_argument("WordSet: more than 64 words");
  for (std::string_view w : words) {
    if (w.size() < 3) throw std::invalid_argument("WordSet: a word of fewer than three bytes");
    words_.emplace_back(w);
    starts_.set(key(w.data()));
    shortest_ = shortest_ == 0 ? w.size() : std::min(shortest_, w.size());
  }
}

template <bool kFirstOnly>
std::uint64_t WordSet::scan(std::string_view s) const noexcept {
  std::uint64_t found = 0;
  if (words_.empty() || s.size() < shortest_) return 0;
  const char* p = s.data();
  const std::size_t last = s.size() - shortest_;
  for (std::size_t i = 0; i <= last; ++i) {
    // A word starts at a character, never inside one.
    if ((static_cast<unsigned char>(p[i]) & 0xC0u) == 0x80u || !starts_.test(key(p + i))) continue;
    for (std::size_t k = 0; k < words_.size(); ++k) {
      const std::string& w = words_[k];
      if (w.size() <= s.size() - i && std::memcmp(p + i, w.data(), w.size()) == 0) {
        found |= std::uint64_t{1} << k;
        if (kFirstOnly) return found;
      }
    }
  }
  return found;
}

std::uint64_t WordSet::occurring(std::string_view s) const noexcept { return scan<false>(s); }

bool WordSet::any_in(std::string_view s) const noexcept { return scan<true>(s) != 0; }

}  // namespace gongkai::text
