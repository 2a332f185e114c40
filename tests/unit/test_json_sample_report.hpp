// A report built in code with every kind of member the JSON carries: money
// with its printed scale, a signed delta, blank cells and blank marks, a note,
// an inferred cell, findings with cells and both sides, a derived total,
// sections whose text holds quotes, control characters and CJK text.
#pragma once

#include <string>

#include "gongkai/model.hpp"

namespace gongkai::testing {

inline Cell make_cell(std::string key, CellState state, std::string raw, std::uint32_t line,
                      std::optional<Decimal> value = std::nullopt) {
  Cell c;
  c.key = std::move(key);
  c.state = state;
  c.raw = std::move(raw);
  c.value = value;
  c.span = SourceSpan{line * 100, line * 100 + c.raw.size(), line, 5};
  return c;
}

inline Cell number_cell(std::string key, std::int64_t units, int scale, std::uint32_t line) {
  Decimal d{units, scale};
  return make_cell(std::move(key), CellState::number, d.to_string(), line, d);
}

inline Report sample_report() {
  Report r;
  r.meta.title = "西工区人民政府2020年政府信息公开工作年度报告";
  r.meta.title_span = SourceSpan{0, 66, 1, 1};
  r.meta.organ = "西工区人民政府";
  r.meta.year = 2020;
  r.meta.format = Format::gk2019;
  r.meta.published = "2021-01-28";
  r.meta.published_span = SourceSpan{9000, 9020, 120, 30};
  r.meta.period_start = "2020-01-01";
  r.meta.period_end = "2020-12-31";
  r.meta.contact.address = "某市某路1号";
  r.meta.contact.postcode = "471000";
  r.meta.contact.phone = "0379-12345678";
  r.meta.contact.email = "gk@example.gov.cn";
  r.meta.contact.website = "http://www.example.gov.cn";
  r.preamble = "本报告根据《中华人民共和国政府信息公开条例》编制。";
  r.preamble_line = 2;

  Section s1;
  s1.level = 1;
  s1.number = "一";
  s1.heading = "总体情况";
  s1.kind = "overview";
  s1.span = SourceSpan{200, 230, 4, 1};
  s1.text = "2020年，区政府\"坚持\"公开\\透明。\n\t第二行\x01控制符";
  s1.body_line = 5;
  Section s2;
  s2.level = 2;
  s2.number = "(一)";
  s2.heading = "主动公开";
  s2.kind = "active";
  s2.span = SourceSpan{400, 430, 9, 1};
  s2.text = "line separator \xE2\x80\xA8 inside";
  s2.body_line = 10;
  r.sections = {s1, s2};

  Table active;
  active.id = "active";
  active.span = SourceSpan{1000, 3000, 20, 1};
  active.cells.push_back(number_cell("active.rules.made", 0, 0, 22));
  active.cells.push_back(make_cell("active.rules.published", CellState::blank, "", 22));
  active.cells.push_back(make_cell("active.rules.total", CellState::blank_mark, "无", 22));
  active.cells.push_back(number_cell("active.penalty.delta", -53, 0, 30));
  active.cells.push_back(number_cell("active.procurement.amount_wan", 17232952, 4, 34));
  active.cells.push_back(number_cell("active.procurement.items", 9, 0, 34));  // out of template order
  Table apps;
  apps.id = "applications";
  apps.span = SourceSpan{3000, 8000, 40, 1};
  Cell received = number_cell("applications.received.natural", 22, 0, 42);
  received.raw = "22（其中修订16件）";
  received.note = "其中修订16件";
  apps.cells.push_back(received);
  Cell inferred = number_cell("applications.received.total", 13, 0, 42);
  inferred.inferred = true;
  apps.cells.push_back(inferred);
  apps.cells.push_back(make_cell("applications.granted.natural", CellState::not_number, "见附件", 45));
  apps.cells.push_back(number_cell("applications.carried_forward.total", 1230, 2, 60));
  r.tables = {active, apps};

  Diagnostic balance;
  balance.rule = "T3-BALANCE";
  balance.severity = Severity::error;
  balance.message_zh = "第一项加第二项之和不等于第三项加第四项之和（总计）";
  balance.message_en = "received + carried over differs from total + carried forward (total)";
  balance.line = 42;
  balance.column = 3;
  balance.cells = {CellRef{"applications.received.total", Decimal{13, 0}, 42, 9},
                   CellRef{"applications.carried_over.total", std::nullopt, 43, 9}};
  balance.lhs = Decimal{13, 0};
  balance.rhs = Decimal{1230, 2};
  balance.difference = Decimal{70, 2};
  Diagnostic repaired;
  repaired.rule = "CELL-REPAIRED";
  repaired.severity = Severity::info;
  repaired.message_zh = "总计由各列推定";
  repaired.message_en = "total placed by inference";
  repaired.evidence = "printed: 22 13; 22 != 13";
  r.diagnostics = {balance, repaired};

  r.derived = {DerivedValue{"applications.carried_over.total", Decimal{0, 0}, "blank total of printed parts"}};
  r.input_bytes = 12345;
  r.input_lines = 130;
  return r;
}

}  // namespace gongkai::testing
