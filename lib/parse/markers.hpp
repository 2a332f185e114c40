// The words that mark which template a report follows and where each of its
// tables is, found in one pass over the text: one bit per word, for the
// lines that print any (text::WordSet over the compact line). Format
// detection and the table windows then read those lines' bits instead of
// searching every line for their words.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "parse/source_text.hpp"
#include "text/word_set.hpp"

namespace gongkai::parsing {

class Markers {
 public:
  explicit Markers(const SourceText& src);

  const SourceText& src() const noexcept { return src_; }

  /// A line that prints marker words, and which (the bits below).
  struct Marked {
    std::uint32_t line;
    std::uint64_t words;
  };
  /// The lines that print any marker word, in order (few: a report's
  /// table headers and headings), so that a search reads them only.
  const std::vector<Marked>& marked() const noexcept { return marked_; }
  /// The first marked line at or after `line`, as an index into marked().
  std::size_t first_at_or_after(std::size_t line) const noexcept;

  // The words, by what they mark (markers.cpp lists them in this order).
  static constexpr std::uint64_t kGk2021 = text::WordSet::bits(0, 6);    ///< 本年制发件数 … 本年收费金额
  static constexpr std::uint64_t kGk2019 = text::WordSet::bits(6, 5);    ///< 本年新制作数量 … 本年增减
  /// The three words of the 2019 table 二 that 2021's lacks: 本年新制作数量, 本年新公开数量, 上一年项目数量.
  static constexpr std::uint64_t kGk2019Only = text::WordSet::bits(6, 2) | text::WordSet::bits(9, 1);
  static constexpr std::uint64_t kLegacy = text::WordSet::bits(11, 5);   ///< 统计指标 … 被依法纠错数
  static constexpr std::uint64_t kNational = text::WordSet::bits(16, 3); ///< the applications table's 本年新收政府信息公开申请 …
  static constexpr std::uint64_t kLegacyStart = text::WordSet::bits(11, 2) | text::WordSet::bits(14, 1);  ///< 统计指标, 收到申请数, 主动公开政府信息数
  static constexpr std::uint64_t kApplicationsFirst = text::WordSet::bits(19, 2);   ///< 本年新收, 上年结转
  static constexpr std::uint64_t kApplicationsHeader = text::WordSet::bits(21, 2);  ///< 申请人情况, 勾稽关系
  static constexpr std::uint64_t kAppeals = text::WordSet::bits(23, 3);             ///< 行政复议, 行政诉讼, 结果维持
  static constexpr std::uint64_t kAfterTables = text::WordSet::bits(26, 5);         ///< 存在的主要问题 … 改进情况
  static constexpr std::uint64_t kActive = text::WordSet::bits(31, 2);              ///< 第二十条第, 信息内容

 private:
  const SourceText& src_;
  std::vector<Marked> marked_;
};

}  // namespace gongkai::parsing
