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
    if (w.size() >= 6) starts6_.set(key6(w.data()));
    shortest_ = shortest_ == 0 ? w.size() : std::min(shortest_, w.size());
  }
  for (std::size_t k = 0; k < words_.size(); ++k)
    by_key_.emplace_back(shortest_ >= 6 ? key6(words_[k].data()) : key(words_[k].data()), static_cast<std::uint8_t>(k));
  std::sort(by_key_.begin(), by_key_.end());
}

template <bool kFirstOnly>
std::uint64_t WordSet::scan(std::string_view s) const noexcept {
  std::uint64_t found = 0;
  if (words_.empty() || s.size() < shortest_) return 0;
  const char* p = s.data();
  const std::size_t last = s.size() - shortest_;
  const bool six = shortest_ >= 6;
  // A word starts at a character, never inside one: step a character at a
  // time (a lead byte tells its length; a stray continuation byte is one).
  for (std::size_t i = 0, step = 1; i <= last; i += step) {
    const unsigned char lead = static_cast<unsigned char>(p[i]);
    step = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    const std::uint16_t three = key(p + i);
    if (!starts_.test(three)) continue;
    const std::uint16_t opening = six ? key6(p + i) : three;
    if (six && !starts6_.test(opening)) continue;
    for (auto at = std::lower_bound(by_key_.begin(), by_key_.end(), std::make_pair(opening, std::uint8_t{0}));
         at != by_key_.end() && at->first == opening; ++at) {
      const std::size_t k = at->second;
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
