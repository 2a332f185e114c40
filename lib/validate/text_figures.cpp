// Figures the prose states against the tables: 收到/受理申请 N 件, 上年结转 N 件,
// 结转下年度 N 件, 行政复议 N 件, 行政诉讼 N 件. Prose is loose (it may count a
// whole county, last year, or a part), so a figure is compared only when its
// clause is plainly about this report's own totals, and any reading the
// tables allow counts as agreement. Disagreements are warnings.
#include <re2/re2.h>

#include <cctype>
#include <memory>
#include <optional>
#include <string>

#include "text/normalize.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"
#include "text/word_set.hpp"
#include "validate/checks.hpp"
#include "validate/messages.hpp"

namespace gongkai::validation {
namespace {

// The words the checks look for, found in one pass over a clause
// (text::WordSet) rather than one search per word.
enum Word : unsigned {
  kReviewWord,        // 复议
  kLitigationWord,    // 诉讼
  kCarriedOverWord,   // 上年结转
  kApplicationWord,   // 申请
  kCarryWord,         // 结转
  kAdminReviewWord,   // 行政复议
  kAdminLitigationWord,  // 行政诉讼
  kFirstAsideWord,    // the words of a clause about something else: 累计 …
};
constexpr unsigned kAsideWords = 17;

const text::WordSet& clause_words() {
  static const text::WordSet words{
      "复议", "诉讼", "上年结转", "申请", "结转", "行政复议", "行政诉讼",
      // A clause about a total over time, a change or the parts of a county.
      "累计", "同比", "较上年", "比上年", "较去年", "去年", "增长", "下降", "减少", "增加", "以来", "历年", "各部门",
      "各单位", "各乡镇", "各街道", "各镇"};
  return words;
}

constexpr std::uint64_t bit(unsigned word) { return std::uint64_t{1} << word; }
constexpr std::uint64_t kAside = text::WordSet::bits(kFirstAsideWord, kAsideWords);

// A figure the text can state, the table cells it may mean, and the ways the
// tables may add up to it (each reading is a list of keys summed). Between the
// words and the number only filler is allowed (政府信息公开, 申请, 共计, ...), so
// that 行政复议纠错 1 件 or 申请中予以公开 5 件 are not read as totals.
struct FigureRule {
  const char* name;
  const char* pattern;  ///< RE2, one capture: the number
  std::vector<std::vector<const char*>> national;  ///< readings in gk2019 / gk2021 tables
  std::vector<std::vector<const char*>> legacy;    ///< readings in the legacy 统计表
  const char* what_zh;
  const char* what_en;
  bool skip_parts;  ///< skip sentences about a part (其中 … before the figure)
  std::vector<const char*> reject;  ///< words that make the match about something else
  /// The word the pattern cannot match without: a clause lacking it skips
  /// the RE2 scan (most clauses lack every rule's word).
  Word needs;
};

// Filler between the words and the number; the number, with thousands commas.
#define GK_FILLER "(?:的|政府信息公开|政府信息|依申请公开|公开|申请|事项|案件|共计|合计|总计|共|数量|总数|为|达|\\s|:)*"
#define GK_NUMBER "([0-9]+(?:,[0-9]{3})*)\\s*"

const std::vector<FigureRule>& figure_rules() {
  static const std::vector<FigureRule> rules = {
      {"received", "(?:收到|新收|受理|接收|接到)[^0-9]{0,14}?申请" GK_FILLER GK_NUMBER "件",
       {{"applications.received.total"}, {"applications.received.total", "applications.carried_over.total"}},
       {{"legacy.requests.received"}},
       "表三“本年新收政府信息公开申请数量”总计", "the total of new requests in table 3", true,
       {"予以公开", "部分公开", "不予", "无法提供", "答复", "办结", "按时", "延期", "当面", "网络", "网上", "信函",
        "传真", "自然人", "法人", "企业", "复议", "诉讼", "转办", "咨询", "上年结转"},
       kApplicationWord},
      {"carried_over", "上年结转" GK_FILLER GK_NUMBER "件",
       {{"applications.carried_over.total"}},
       {},
       "表三“上年结转政府信息公开申请数量”总计", "the total carried over in table 3", false, {}, kCarriedOverWord},
      {"carried_forward", "结转(?:到|至)?下(?:一)?年(?:度)?(?:继续办理|办理)?" GK_FILLER GK_NUMBER "件",
       {{"applications.carried_forward.total"}},
       {},
       "表三“结转下年度继续办理”总计", "the total carried forward in table 3", false, {}, kCarryWord},
      {"review", "行政复议" GK_FILLER GK_NUMBER "(?:件|起)",
       {{"review.total"}},
       {{"legacy.review.total"}},
       "表四行政复议总计", "the total of administrative reviews in table 4", false, {}, kAdminReviewWord},
      {"litigation", "行政诉讼" GK_FILLER GK_NUMBER "(?:件|起)",
       {{"litigation_direct.total", "litigation_after_review.total"},
        {"litigation_direct.total"},
        {"litigation_after_review.total"}},
       {{"legacy.litigation.total"}},
       "表四行政诉讼总计", "the total of lawsuits in table 4", false, {}, kAdminLitigationWord},
  };
  return rules;
}

#undef GK_FILLER
#undef GK_NUMBER

// The patterns compiled once; RE2 objects are safe to share between threads.
const RE2& pattern_of(const FigureRule& rule) {
  static const std::vector<std::unique_ptr<RE2>> compiled = [] {
    std::vector<std::unique_ptr<RE2>> v;
    for (const auto& r : figure_rules()) v.push_back(std::make_unique<RE2>(r.pattern));
    return v;
  }();
  return *compiled[static_cast<std::size_t>(&rule - figure_rules().data())];
}

bool has_ascii_digit(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  return false;
}

// A year other than the report's in the clause: it is about another year.
// (A run of exactly four digits between 1990 and 2099.)
bool mentions_other_year(std::string_view clause, std::optional<int> year) {
  auto digit = [&](std::size_t j) { return j < clause.size() && clause[j] >= '0' && clause[j] <= '9'; };
  for (std::size_t i = 0; i < clause.size(); ++i) {
    if (!digit(i)) continue;
    std::size_t end = i;
    while (digit(end)) ++end;
    if (end - i == 4) {
      int y = (clause[i] - '0') * 1000 + (clause[i + 1] - '0') * 100 + (clause[i + 2] - '0') * 10 + (clause[i + 3] - '0');
      if (y >= 1990 && y <= 2099 && (!year || y != *year)) return true;
    }
    i = end;  // the byte after a run is no digit
  }
  return false;
}

// A clause (between ，。；！？ and their ASCII folds) and where its sentence
// (between 。；！？) begins.
struct Clause {
  std::size_t sentence;
  std::size_t begin;
  std::size_t size;
};

std::vector<Clause> clauses_of(std::string_view line) {
  std::vector<Clause> out;
  std::size_t sentence = 0, start = 0;
  auto cut = [&](std::size_t at, std::size_t len, bool ends_sentence) {
    if (at > start) out.push_back({sentence, start, at - start});
    start = at + len;
    if (ends_sentence) sentence = start;
  };
  for (std::size_t i = 0; i < line.size();) {
    char c = line[i];
    if (c == ',' && !(i > 0 && i + 1 < line.size() && std::isdigit(static_cast<unsigned char>(line[i - 1])) &&
                      std::isdigit(static_cast<unsigned char>(line[i + 1])))) {
      cut(i, 1, false);
      i += 1;
    } else if (c == ';' || c == '!' || c == '?') {
      cut(i, 1, true);
      i += 1;
    } else if (static_cast<unsigned char>(c) != 0xEF && static_cast<unsigned char>(c) != 0xE3) {
      ++i;  // not the lead byte of ，。；: skip the comparisons below
    } else if (line.compare(i, 3, "，") == 0) {
      cut(i, 3, false);
      i += 3;
    } else if (line.compare(i, 3, "。") == 0 || line.compare(i, 3, "；") == 0) {
      cut(i, 3, true);
      i += 3;
    } else {
      ++i;
    }
  }
  if (start < line.size()) out.push_back({sentence, start, line.size() - start});
  return out;
}

struct TableFigure {
  Decimal value;
  std::vector<CellReading> cells;
};

// The table's value for one reading; nullopt when a cell is absent or text.
std::optional<TableFigure> table_value(const CellReader& cells, const std::vector<const char*>& keys) {
  TableFigure r;
  for (const char* k : keys) {
    auto c = cells.read(k);
    if (!c.present() || c.reading == Reading::unknown) return std::nullopt;
    r.cells.push_back(std::move(c));
  }
  if (!sum_readings(r.cells, &r.value)) return std::nullopt;
  return r;
}

class FigureChecker {
 public:
  FigureChecker(const CellReader& cells, Findings* out) : cells_(cells), out_(out) {}

  void check_text(const std::string& body, std::uint32_t first_line) {
    std::size_t start = 0, k = 0;
    while (start < body.size()) {
      std::size_t end = body.find('\n', start);
      if (end == std::string::npos) end = body.size();
      check_line(std::string_view(body).substr(start, end - start), first_line ? first_line + k : 0);
      start = end + 1;
      ++k;
    }
  }

 private:
  void check_line(std::string_view raw, std::uint32_t line_no) {
    text::normalize_line_into(raw, &line_);
    const std::string& line = line_;
    // Every rule's pattern needs an ASCII digit (the number, after the fold of
    // full-width digits): prose without one has nothing to compare.
    if (!has_ascii_digit(line)) return;
    for (const auto& c : clauses_of(line)) {
      std::string_view clause = std::string_view(line).substr(c.begin, c.size);
      if (!has_ascii_digit(clause)) continue;
      // The sentence up to the end of this clause: 其中 before it makes it a part.
      std::string_view lead = std::string_view(line).substr(c.sentence, c.begin + c.size - c.sentence);
      if (mentions_other_year(clause, cells_.report().meta.year)) continue;
      const std::uint64_t words = clause_words().occurring(clause);
      if (words & kAside) continue;
      for (const auto& rule : figure_rules()) check_clause(rule, clause, words, lead, line, line_no);
    }
  }

  void check_clause(const FigureRule& rule, std::string_view clause, std::uint64_t words, std::string_view lead,
                    const std::string& line, std::uint32_t line_no) {
    if (!(words & bit(rule.needs))) return;
    const std::string_view name = rule.name;
    const bool both_appeals = (words & bit(kReviewWord)) && (words & bit(kLitigationWord));
    if ((name == "review" || name == "litigation" || name == "received") && both_appeals) return;
    if (rule.skip_parts && text::contains(lead, "其中")) return;
    if (name == "received" && (words & (bit(kReviewWord) | bit(kLitigationWord) | bit(kCarriedOverWord)))) return;
    re2::StringPiece input(clause.data(), clause.size());
    re2::StringPiece groups[2];
    if (!pattern_of(rule).Match(input, 0, input.size(), RE2::UNANCHORED, groups, 2)) return;
    const re2::StringPiece whole = groups[0], number = groups[1];
    for (const char* word : rule.reject)
      if (std::string_view(whole.data(), whole.size()).find(word) != std::string_view::npos) return;
    auto stated = Decimal::parse(std::string(number.data(), number.size()));
    if (!stated) return;

    const Format f = cells_.report().meta.format;
    const auto& readings = f == Format::legacy ? rule.legacy : rule.national;
    if (f == Format::narrative || readings.empty()) return;
    std::optional<TableFigure> first;
    for (const auto& keys : readings) {
      auto r = table_value(cells_, keys);
      if (!r) continue;
      if (r->value == *stated) return;  // the text agrees with one reading
      if (!first) first = std::move(r);
    }
    if (!first) return;  // the table does not print the cells: nothing to compare

    // At most 120 bytes of the clause, never ending inside a character.
    std::string quote(text::utf8_prefix(clause, 120));
    const std::size_t offset = static_cast<std::size_t>(number.data() - line.data());
    const auto column =
        line_no ? static_cast<std::uint32_t>(text::count_code_points(std::string_view(line).substr(0, offset)) + 1) : 0;
    Diagnostic d = make_finding("TEXT-TABLE-MISMATCH", Severity::warning, "TEXT-TABLE-MISMATCH",
                                {{"quote", quote, ""},
                                 {"what", rule.what_zh, rule.what_en},
                                 {"value", first->value.to_string(), ""}},
                                line_no, column);
    for (const auto& c : first->cells) d.cells.push_back(c.ref());
    d.lhs = *stated;
    d.rhs = first->value;
    d.difference = Decimal::sub(*stated, first->value);
    out_->push_back(std::move(d));
  }

  const CellReader& cells_;
  Findings* out_;
  std::string line_;  ///< the normalized line, its buffer reused from line to line
};

}  // namespace

void check_text_figures(const CellReader& cells, Findings* out) {
  const Report& r = cells.report();
  if (r.meta.format == Format::narrative) return;
  FigureChecker checker(cells, out);
  checker.check_text(r.preamble, r.preamble_line);
  for (const auto& s : r.sections) checker.check_text(s.text, s.body_line);
}

}  // namespace gongkai::validation
