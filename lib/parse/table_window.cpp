#include "parse/table_window.hpp"

#include <initializer_list>
#include <string_view>

#include "parse/label.hpp"
#include "parse/token_stream.hpp"

namespace gongkai::parsing {
namespace {

constexpr std::size_t kHeaderReach = 30;   // lines of header a table's first row label may follow
constexpr std::size_t kAppealsReach = 160;  // table 四 is short, even one cell a line with blank lines between

bool marks(const SourceText& src, std::size_t i, std::initializer_list<std::string_view> words) {
  // The words first: few lines hold them, and is_prose_line costs more.
  return contains_any(src[i].compact, words) && !is_prose_line(src[i]);
}

std::size_t find_from(const SourceText& src, std::size_t from, std::size_t to, std::initializer_list<std::string_view> words) {
  for (std::size_t i = from; i < to && i < src.size(); ++i)
    if (marks(src, i, words)) return i;
  return src.size();
}

// The headings that end the tables: the parts after table 四.
const std::initializer_list<std::string_view> kAfterTables = {"存在的主要问题", "存在问题", "主要问题", "其他需要报告",
                                                              "改进情况"};

}  // namespace

LineRange applications_window(const SourceText& src) {
  LineRange range;
  std::size_t first = find_from(src, 0, src.size(), {"本年新收", "上年结转"});
  std::size_t header = find_from(src, 0, first, {"申请人情况", "勾稽关系"});
  if (first == src.size()) first = header;
  if (first == src.size()) return range;
  // The header above the first row (its words may precede every label).
  std::size_t back = first > kHeaderReach ? first - kHeaderReach : 0;
  std::size_t h = find_from(src, back, first, {"申请人情况", "勾稽关系"});
  range.first = h < first ? h : first;
  std::size_t end = find_from(src, first + 1, src.size(), {"行政复议", "行政诉讼", "结果维持"});
  std::size_t after = find_from(src, first + 1, src.size(), kAfterTables);
  range.last = std::min(end, after);
  return range;
}

LineRange appeals_window(const SourceText& src, std::size_t from) {
  LineRange range;
  std::size_t first = find_from(src, from, src.size(), {"行政复议", "行政诉讼", "结果维持"});
  if (first == src.size()) return range;
  range.first = first;
  range.last = find_from(src, first + 2, std::min(src.size(), first + kAppealsReach), kAfterTables);
  if (range.last == src.size()) range.last = std::min(src.size(), first + kAppealsReach);
  return range;
}

LineRange legacy_window(const SourceText& src) {
  LineRange range;
  std::size_t first = find_from(src, 0, src.size(), {"统计指标", "主动公开政府信息数", "收到申请数"});
  if (first == src.size()) return range;
  range.first = first;
  range.last = src.size();
  return range;
}

LineRange active_window(const SourceText& src, std::size_t before) {
  LineRange range;
  std::size_t first = find_from(src, 0, before, {"第二十条第", "信息内容"});
  if (first == src.size()) return range;
  range.first = first;
  range.last = before;
  return range;
}

}  // namespace gongkai::parsing
