// A fixed set of words looked for in many short lines at once: which of
// them occur in a line, in one pass over it.
//
// std::string_view::find looks for a word's first byte, and in Chinese text
// the lead bytes E4–E9 start nearly every character, so a line is scanned
// once per word, character by character. A WordSet scans the line once: at
// each character it tests a hash of the next three bytes (a CJK character
// whole) against a bitmap of the words' first three bytes, then (where
// every word is two characters or more) a hash of the next six against a
// bitmap of the words' first six, and compares whole words only where both
// pass: common characters (本, 上, 行) start many words of a text, pairs of
// them few.
#pragma once

#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

namespace gongkai::text {

class WordSet {
 public:
  /// At most 64 words, each at least three bytes long (a CJK character).
  WordSet(std::initializer_list<std::string_view> words);

  /// Bit k is set when the k-th word occurs in s.
  std::uint64_t occurring(std::string_view s) const noexcept;
  /// True when any word occurs in s.
  bool any_in(std::string_view s) const noexcept;

  /// The bits of the words at positions [first, first + count).
  static constexpr std::uint64_t bits(std::size_t first, std::size_t count) noexcept {
    return (count >= 64 ? ~std::uint64_t{0} : ((std::uint64_t{1} << count) - 1)) << first;
  }

 private:
  static std::uint16_t key(const char* p) noexcept {
    const std::uint32_t three = static_cast<std::uint32_t>(static_cast<unsigned char>(p[0])) << 16 |
                                static_cast<std::uint32_t>(static_cast<unsigned char>(p[1])) << 8 |
                                static_cast<unsigned char>(p[2]);
    return static_cast<std::uint16_t>((three * 2654435761u) >> 16);
  }
  static std::uint16_t key6(const char* p) noexcept {
    std::uint64_t six = 0;
    for (int k = 0; k < 6; ++k) six = six << 8 | static_cast<unsigned char>(p[k]);
    return static_cast<std::uint16_t>((six * 0x9E3779B97F4A7C15ull) >> 48);
  }
  template <bool kFirstOnly>
  std::uint64_t scan(std::string_view s) const noexcept;

  std::vector<std::string> words_;
  // The words by the hash that opens them (key6 where every word has six
  // bytes, else key), sorted: a position that passes the bitmaps is
  // compared with the words of its hash only (本年 opens many words).
  std::vector<std::pair<std::uint16_t, std::uint8_t>> by_key_;
  std::bitset<65536> starts_;  // the hashed first three bytes of some word
  std::bitset<65536> starts6_;  // the hashed first six bytes of some word (used when every word has six)
  std::size_t shortest_ = 0;
};

}  // namespace gongkai::text
