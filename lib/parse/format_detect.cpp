#include "parse/format_detect.hpp"

#include "parse/label.hpp"
#include "text/word_set.hpp"

namespace gongkai::parsing {

Format detect_format(const SourceText& src) {
  // The words of each format's tables, looked for in one pass a line.
  static const text::WordSet words{
      // gk2021: 6
      "本年制发件数", "本年废止件数", "现行有效件数", "逾期不补正", "收费通知", "本年收费金额",
      // gk2019: 5
      "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增减",
      // legacy: 5
      "统计指标", "收到申请数", "申请办结数", "主动公开政府信息数", "被依法纠错数",
      // the national applications table, 2019 or 2021: 3
      "本年新收政府信息公开申请", "上年结转政府信息公开申请", "结转下年度继续办理"};
  constexpr std::uint64_t kGk2021 = text::WordSet::bits(0, 6), kGk2019 = text::WordSet::bits(6, 5),
                          kLegacy = text::WordSet::bits(11, 5), kNational = text::WordSet::bits(16, 3);
  int gk2021 = 0, gk2019 = 0, legacy = 0, national = 0;
  for (std::size_t i = 0; i < src.size(); ++i) {
    const std::string_view norm = src[i].norm;
    // Sentences may quote any of these words; table cells do not end in 。
    if (norm.size() > 600 || contains(norm, "。")) continue;
    const std::uint64_t found = words.occurring(src[i].compact);
    gk2021 += (found & kGk2021) != 0;
    gk2019 += (found & kGk2019) != 0;
    legacy += (found & kLegacy) != 0;
    national += (found & kNational) != 0;
  }
  if (gk2021 > 0 && gk2021 >= gk2019) return Format::gk2021;
  if (gk2019 > 0) return Format::gk2019;
  if (legacy >= 2) return Format::legacy;
  if (national > 0) return Format::gk2019;  // refined by the year once metadata is read
  return Format::narrative;
}

}  // namespace gongkai::parsing
