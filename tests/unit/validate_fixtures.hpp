// Synthetic reports for the validator's tests: a builder that places cells at
// their flat keys with made-up source lines, and complete reports whose
// arithmetic, structure and metadata all hold, for tests to break one thing in.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "gongkai/fields.hpp"
#include "gongkai/model.hpp"

namespace gongkai::test {

/// Builds a Report cell by cell. Every cell gets its own line (the order in
/// which it was first set, from line 100), so tests can check where a finding
/// points.
class ReportBuilder {
 public:
  explicit ReportBuilder(Format format, int year = 2020) {
    report_.meta.format = format;
    report_.meta.year = year;
    report_.meta.title = "示例区人民政府" + std::to_string(year) + "年政府信息公开工作年度报告";
    report_.meta.title_span = SourceSpan{0, 0, 1, 1};
    report_.meta.organ = "示例区人民政府";
    report_.meta.period_start = std::to_string(year) + "-01-01";
    report_.meta.period_end = std::to_string(year) + "-12-31";
    report_.meta.published = std::to_string(year + 1) + "-01-20";
  }

  /// Every cell of the format's template printed as 0.
  ReportBuilder& zeros() {
    for (const auto& spec : field_specs(report_.meta.format)) number(std::string(spec.key), 0);
    return *this;
  }
  ReportBuilder& number(const std::string& key, std::int64_t v) { return decimal(key, Decimal::integer(v)); }
  ReportBuilder& decimal(const std::string& key, Decimal v) {
    Cell& c = slot(key);
    c.state = CellState::number;
    c.value = v;
    c.raw = v.to_string();
    return *this;
  }
  ReportBuilder& blank(const std::string& key) {
    Cell& c = slot(key);
    c.state = CellState::blank;
    c.value.reset();
    c.raw.clear();
    return *this;
  }
  ReportBuilder& mark(const std::string& key, const std::string& raw = "—") {
    Cell& c = slot(key);
    c.state = CellState::blank_mark;
    c.value.reset();
    c.raw = raw;
    return *this;
  }
  ReportBuilder& text(const std::string& key, const std::string& raw) {
    Cell& c = slot(key);
    c.state = CellState::not_number;
    c.value.reset();
    c.raw = raw;
    return *this;
  }
  /// Removes a cell: the report does not print it at all.
  ReportBuilder& absent(const std::string& key) {
    for (auto& t : report_.tables)
      for (auto it = t.cells.begin(); it != t.cells.end(); ++it)
        if (it->key == key) {
          t.cells.erase(it);
          return *this;
        }
    return *this;
  }
  ReportBuilder& section(const std::string& number, const std::string& heading, const std::string& kind,
                         const std::string& body = "", int level = 1) {
    Section s;
    s.level = level;
    s.number = number;
    s.heading = heading;
    s.kind = kind;
    s.span.line = next_line_++;
    s.span.column = 1;
    s.text = body;
    s.body_line = next_line_;
    for (char ch : body)
      if (ch == '\n') ++next_line_;
    ++next_line_;
    report_.sections.push_back(std::move(s));
    return *this;
  }
  /// The six parts of 条例 第五十条 with their usual headings.
  ReportBuilder& six_sections() {
    section("一", "总体情况", "overview", "本年度工作稳步推进。");
    section("二", "主动公开政府信息情况", "active");
    section("三", "收到和处理政府信息公开申请情况", "applications");
    section("四", "政府信息公开行政复议、行政诉讼情况", "appeals");
    section("五", "存在的主要问题及改进情况", "problems", "存在问题：公开深度不够。");
    section("六", "其他需要报告的事项", "other", "无");
    return *this;
  }
  Report& report() { return report_; }
  Report build() const { return report_; }

 private:
  Cell& slot(const std::string& key) {
    if (Cell* c = report_.find_cell(key)) return *c;
    std::string table(table_of_key(key));
    Table* t = nullptr;
    for (auto& existing : report_.tables)
      if (existing.id == table) t = &existing;
    if (!t) {
      report_.tables.push_back(Table{table, {}, {}});
      t = &report_.tables.back();
    }
    Cell c;
    c.key = key;
    c.span.line = cell_line_++;
    c.span.column = 5;
    t->cells.push_back(c);
    return t->cells.back();
  }

  Report report_;
  std::uint32_t cell_line_ = 100;
  std::uint32_t next_line_ = 3;
};

/// The findings of one rule.
inline std::vector<Diagnostic> of_rule(const std::vector<Diagnostic>& all, const std::string& rule) {
  std::vector<Diagnostic> out;
  for (const auto& d : all)
    if (d.rule == rule) out.push_back(d);
  return out;
}

/// 1 → 一, 12 → 十二 (for numbering headings).
inline std::string chinese_numeral(int n) {
  static const char* digits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n < 10) return digits[n];
  return std::string(n >= 20 ? digits[n / 10] : "") + "十" + digits[n % 10];
}

/// Table 三 and 四 values that add up (shared by both national formats).
inline void fill_applications_and_appeals(ReportBuilder& b) {
  b.number("applications.received.natural", 5).number("applications.received.commercial", 1)
      .number("applications.received.legal", 1).number("applications.received.total", 7);
  b.number("applications.carried_over.natural", 1).number("applications.carried_over.total", 1);
  b.number("applications.granted.natural", 3).number("applications.granted.commercial", 1)
      .number("applications.granted.legal", 1).number("applications.granted.total", 5);
  b.number("applications.unable.not_held.natural", 2).number("applications.unable.not_held.total", 2);
  b.number("applications.total.natural", 5).number("applications.total.commercial", 1)
      .number("applications.total.legal", 1).number("applications.total.total", 7);
  b.number("applications.carried_forward.natural", 1).number("applications.carried_forward.total", 1);
  b.number("review.maintained", 1).number("review.corrected", 1).number("review.total", 2);
  b.number("litigation_direct.pending", 1).number("litigation_direct.total", 1);
}

/// A complete, consistent report in the 2019 format, for 2020.
inline ReportBuilder consistent_gk2019() {
  ReportBuilder b(Format::gk2019, 2020);
  b.six_sections().zeros();
  b.number("active.rules.made", 1).number("active.rules.published", 1).number("active.rules.total", 5);
  b.number("active.normative.made", 2).number("active.normative.published", 2).number("active.normative.total", 10);
  b.number("active.licensing.prev_items", 10).number("active.licensing.delta", -2).number("active.licensing.decisions", 100);
  b.number("active.procurement.items", 3).decimal("active.procurement.amount_wan", Decimal{125000, 4});
  fill_applications_and_appeals(b);
  return b;
}

/// A complete, consistent report in the 2021 format, for 2022.
inline ReportBuilder consistent_gk2021() {
  ReportBuilder b(Format::gk2021, 2022);
  b.six_sections().zeros();
  b.number("active.rules.issued", 1).number("active.rules.in_force", 5);
  b.number("active.normative.issued", 6).number("active.normative.repealed", 1).number("active.normative.in_force", 32);
  b.number("active.licensing.decisions", 517).decimal("active.fees.amount_wan", Decimal{4068208, 3});
  fill_applications_and_appeals(b);
  b.number("applications.other_handling.no_fee.natural", 0);
  return b;
}

/// A complete, consistent legacy 统计表 report, for 2017.
inline ReportBuilder consistent_legacy() {
  ReportBuilder b(Format::legacy, 2017);
  b.section("一", "概述", "overview", "本年度工作概述。");
  b.section("二", "主动公开政府信息情况", "active");
  b.section("三", "依申请公开政府信息情况", "applications");
  b.section("四", "因政府信息公开申请行政复议、提起行政诉讼的情况", "appeals");
  b.section("五", "存在的主要问题及改进措施", "problems");
  b.section("六", "其他需要报告的事项", "other", "无");
  b.zeros();
  b.number("legacy.active.count", 83).number("legacy.channels.website", 54).number("legacy.channels.weibo", 29);
  b.number("legacy.requests.received", 3).number("legacy.requests.in_person", 1).number("legacy.requests.online", 2);
  b.number("legacy.requests.completed", 3).number("legacy.requests.on_time", 3);
  b.number("legacy.requests.answered", 3).number("legacy.answers.granted", 2).number("legacy.answers.denied", 1)
      .number("legacy.answers.denied_privacy", 1);
  b.number("legacy.review.total", 1).number("legacy.review.maintained", 1);
  b.number("legacy.org.staff", 3).number("legacy.org.staff_full_time", 1).number("legacy.org.staff_part_time", 2);
  return b;
}

}  // namespace gongkai::test
