#include "parse/row_patterns.hpp"

#include <algorithm>
#include <initializer_list>
#include <set>

#include "gongkai/fields.hpp"
#include "parse/label.hpp"

namespace gongkai::parsing {
namespace {

struct Pattern {
  std::string_view row;
  int specificity;
  std::initializer_list<std::string_view> words;
  bool exact = false;  ///< the whole label must be one of the words
};

// Group headings (specificity 1) name the group's first row; a row's own
// words (2) win over them when a label holds both ("(三)不予公开 1.属于国家秘密").
const Pattern kPatterns[] = {
    {"received", 2, {"本年新收", "新收政府信息公开申请"}},
    {"carried_over", 2, {"上年结转"}},
    {"granted", 2, {"予以公开"}},
    {"granted", 1, {"本年度办理结果", "办理结果"}},
    {"partial", 2, {"部分公开"}},
    {"denied.state_secret", 2, {"国家秘密"}},
    {"denied.state_secret", 1, {"不予公开"}},
    {"denied.law_prohibited", 2, {"禁止公开", "法律行政法规"}},
    {"denied.three_security", 2, {"三安全", "一稳定"}},
    {"denied.third_party", 2, {"第三方"}},
    {"denied.internal_affairs", 2, {"内部事务"}},
    {"denied.process_info", 2, {"过程性"}},
    {"denied.enforcement_file", 2, {"执法案卷"}},
    {"denied.query", 2, {"查询"}},
    {"unable.not_held", 2, {"不掌握"}},
    {"unable.not_held", 1, {"无法提供"}},
    {"unable.need_creation", 2, {"另行制作", "没有现成"}},
    {"unable.unclear", 2, {"不明确", "补正后申请"}},
    {"not_processed.petition", 2, {"信访", "举报投诉"}},
    {"not_processed.petition", 1, {"不予处理"}},
    {"not_processed.repeated", 2, {"重复申请"}},
    {"not_processed.publication", 2, {"出版物"}},
    {"not_processed.massive", 2, {"大量反复"}},
    {"not_processed.confirmation", 2, {"重新出具", "确认或"}},
    {"other_handling", 2, {"其他处理"}},
    {"other_handling.no_correction", 2, {"不补正"}},
    {"other_handling.no_correction", 1, {"其他处理"}},
    {"other_handling.no_fee", 2, {"收费通知", "缴纳费用"}},
    {"other_handling.other", 2, {"其他", "其它"}, true},
    {"total", 2, {"总计", "合计"}},
    {"carried_forward", 2, {"结转下年度", "下年度继续办理"}},
};

std::vector<std::string> rows_of(Format format) {
  std::vector<std::string> rows;
  for (const auto& spec : field_specs(format)) {
    std::string_view key = spec.key;
    if (key.rfind("applications.", 0) != 0) continue;
    std::string_view rest = key.substr(13);
    std::string row(rest.substr(0, rest.rfind('.')));
    if (rows.empty() || rows.back() != row) rows.push_back(row);
  }
  return rows;
}

}  // namespace

const std::vector<std::string>& application_rows(Format format) {
  static const std::vector<std::string> gk2019 = rows_of(Format::gk2019);
  static const std::vector<std::string> gk2021 = rows_of(Format::gk2021);
  static const std::vector<std::string> none;
  if (format == Format::gk2019) return gk2019;
  if (format == Format::gk2021) return gk2021;
  return none;
}

std::vector<RowMatch> match_application_row(Format format, std::string_view label) {
  // Each pattern's row index in the format, found once.
  static const auto index_in = [](Format f) {
    const auto& rows = application_rows(f);
    std::vector<int> idx;
    for (const auto& p : kPatterns) {
      auto it = std::find(rows.begin(), rows.end(), p.row);
      idx.push_back(it == rows.end() ? -1 : static_cast<int>(it - rows.begin()));
    }
    return idx;
  };
  static const std::vector<int> gk2019 = index_in(Format::gk2019);
  static const std::vector<int> gk2021 = index_in(Format::gk2021);
  std::vector<RowMatch> out;
  if (label.empty() || (format != Format::gk2019 && format != Format::gk2021)) return out;
  const std::vector<int>& rows = format == Format::gk2019 ? gk2019 : gk2021;
  std::size_t k = 0;
  for (const auto& p : kPatterns) {
    int row = rows[k++];
    if (row < 0) continue;
    bool hit = false;
    for (auto w : p.words) hit |= p.exact ? label == w : contains(label, w);
    if (!hit) continue;
    bool seen = false;
    for (auto& m : out)
      if (m.row == row) {
        m.specificity = std::max(m.specificity, p.specificity);
        seen = true;
      }
    if (!seen) out.push_back(RowMatch{row, p.specificity});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const RowMatch& a, const RowMatch& b) { return a.specificity > b.specificity; });
  return out;
}

namespace {

// The code points of s in pairs: the bigrams a likeness is counted in.
std::set<std::string> bigrams(std::string_view s) {
  std::vector<std::string_view> chars;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    chars.push_back(s.substr(i, n));
    i += n;
  }
  std::set<std::string> out;
  for (std::size_t i = 0; i + 1 < chars.size(); ++i) out.insert(std::string(chars[i]) + std::string(chars[i + 1]));
  return out;
}

// The row's own label in the template: the last part of fields.tsv's row
// text ("（三）不予公开 1.属于国家秘密" → "属于国家秘密").
std::vector<std::set<std::string>> template_bigrams(Format format) {
  std::vector<std::set<std::string>> out;
  for (const auto& row : application_rows(format)) {
    const FieldSpec* spec = find_field_spec(format, "applications." + row + ".natural");
    std::string_view label = spec ? spec->row : std::string_view();
    std::size_t space = label.rfind(' ');
    if (space != std::string_view::npos) label = label.substr(space + 1);
    out.push_back(bigrams(compact_label(label)));
  }
  return out;
}

}  // namespace

int resemble_application_row(Format format, std::string_view label, int after) {
  if (format != Format::gk2019 && format != Format::gk2021) return -1;
  static const std::vector<std::set<std::string>> gk2019 = template_bigrams(Format::gk2019);
  static const std::vector<std::set<std::string>> gk2021 = template_bigrams(Format::gk2021);
  const auto& rows = format == Format::gk2019 ? gk2019 : gk2021;
  auto mine = bigrams(label);
  if (mine.size() < 2) return -1;
  double best = 0, second = 0;
  int best_row = -1;
  for (std::size_t r = static_cast<std::size_t>(after + 1); r < rows.size(); ++r) {
    std::size_t shared = 0;
    for (const auto& b : mine) shared += rows[r].count(b);
    double dice = 2.0 * static_cast<double>(shared) / static_cast<double>(mine.size() + rows[r].size());
    if (dice > best) {
      second = best;
      best = dice;
      best_row = static_cast<int>(r);
    } else if (dice > second) {
      second = dice;
    }
  }
  // Clearly like one row and clearly more like it than any other.
  return best >= 0.5 && best - second >= 0.2 ? best_row : -1;
}

}  // namespace gongkai::parsing
