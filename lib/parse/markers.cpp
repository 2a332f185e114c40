#include "parse/markers.hpp"

#include <algorithm>
#include <string>

#include "text/word_set.hpp"

namespace gongkai::parsing {

Markers::Markers(const SourceText& src) : src_(src) {
  static const text::WordSet words{
      // gk2021's table 二 and 三: 6
      "本年制发件数", "本年废止件数", "现行有效件数", "逾期不补正", "收费通知", "本年收费金额",
      // gk2019's: 5 (the first, second and fourth are in no 2021 table)
      "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增减",
      // the legacy 统计表: 5
      "统计指标", "收到申请数", "申请办结数", "主动公开政府信息数", "被依法纠错数",
      // the national applications table, 2019 or 2021: 3
      "本年新收政府信息公开申请", "上年结转政府信息公开申请", "结转下年度继续办理",
      // table 三's first rows and its header
      "本年新收", "上年结转", "申请人情况", "勾稽关系",
      // table 四
      "行政复议", "行政诉讼", "结果维持",
      // the headings of the parts after the tables
      "存在的主要问题", "存在问题", "主要问题", "其他需要报告", "改进情况",
      // table 二's header
      "第二十条第", "信息内容"};
  // Every word is of ideographs: a line of ASCII only (a cell of digits, as tables
  // printed a cell a line are made of) holds none, and is not compacted.
  auto has_chinese = [](std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xE4; });
  };
  std::string compact;
  for (std::size_t i = 0; i < src.size(); ++i) {
    if (!has_chinese(src[i].norm)) continue;
    if (const std::uint64_t found = words.occurring(src.compact(i, compact)))
      marked_.push_back(Marked{static_cast<std::uint32_t>(i), found});
  }
}

std::size_t Markers::first_at_or_after(std::size_t line) const noexcept {
  auto at = std::lower_bound(marked_.begin(), marked_.end(), line,
                             [](const Marked& m, std::size_t l) { return m.line < l; });
  return static_cast<std::size_t>(at - marked_.begin());
}

}  // namespace gongkai::parsing
