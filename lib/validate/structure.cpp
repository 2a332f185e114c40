// Structure: the six parts of 条例 第五十条 and their order, the template's
// tables and cells.
#include <algorithm>
#include <string>

#include "gongkai/fields.hpp"
#include "validate/checks.hpp"
#include "validate/messages.hpp"
#include "validate/section_kinds.hpp"

namespace gongkai::validation {
namespace {

void add(Findings* out, const char* rule, std::string_view message_id, Severity severity,
         const std::vector<MessageArg>& args, std::uint32_t line = 0, std::uint32_t column = 0) {
  out->push_back(make_finding(rule, severity, message_id, args, line, column));
}

// The tables a format's template has.
std::vector<std::string> required_tables(Format format) {
  switch (format) {
    case Format::gk2019:
    case Format::gk2021: return {"active", "applications", "appeals"};
    case Format::legacy: return {"legacy"};
    case Format::narrative: return {};
  }
  return {};
}

// A table counts as found when the report has it, or any cell of it.
bool table_found(const Report& r, std::string_view id) {
  if (r.find_table(id)) return true;
  for (const auto& t : r.tables)
    for (const auto& c : t.cells)
      if (table_of_key(c.key) == id) return true;
  return false;
}

// A heading the parser took from inside a statistics table (a row label such
// as 一、本年新收政府信息公开申请数量) is not part of the outline.
bool inside_a_table(const Report& r, const Section& s) {
  for (const auto& t : r.tables)
    if (t.span.end > t.span.begin && s.span.begin >= t.span.begin && s.span.begin < t.span.end) return true;
  static const std::string_view kRowLabels[] = {
      "本年新收政府信息公开申请", "上年结转政府信息公开申请", "本年度办理结果", "结转下年度继续办理",
      "主动公开情况——", "回应解读情况", "依申请公开情况——", "行政复议数量", "行政诉讼数量", "举报投诉数量",
      "依申请公开信息收取的费用", "机构建设和保障经费情况", "政府信息公开会议和培训情况"};
  std::string h = squash_heading(s.heading);
  for (auto label : kRowLabels)
    if (h.find(label) != std::string::npos) return true;
  return false;
}

// The kind of a section: the parser's, else what its heading says.
std::string_view section_kind(const Section& s) {
  if (section_kind_index(s.kind) >= 0) return s.kind;
  return kind_of_heading(s.heading);
}

// The parts the outline has, by kind index; also looks for headings the
// parser left inside a section's body ("六、其他需要报告的事项" as a plain line).
std::vector<bool> parts_found(const Report& r) {
  std::vector<bool> found(section_kinds().size(), false);
  for (const auto& s : r.sections) {
    if (inside_a_table(r, s)) continue;
    int k = section_kind_index(section_kind(s));
    if (k >= 0) found[k] = true;
  }
  auto scan = [&](const std::string& body) {
    std::size_t start = 0;
    while (start <= body.size()) {
      std::size_t end = body.find('\n', start);
      if (end == std::string::npos) end = body.size();
      std::string_view line(body.data() + start, end - start);
      if (line.size() < 90) {
        if (auto h = numbered_heading(line)) {
          int k = section_kind_index(kind_of_heading(h->text));
          if (k >= 0) found[k] = true;
        }
      }
      start = end + 1;
    }
  };
  scan(r.preamble);
  for (const auto& s : r.sections) scan(s.text);
  return found;
}

}  // namespace

void check_sections(const Report& r, Findings* out) {
  const Format format = r.meta.format;
  const bool national = format == Format::gk2019 || format == Format::gk2021;
  // 第五十条 is the revised 条例 (in force from 15 May 2019); reports for
  // earlier years followed the old article 三十二, whose parts differ, so for
  // them a missing part is only a warning.
  const bool under_article_50 = national && (!r.meta.year || *r.meta.year >= 2019);
  const auto found = parts_found(r);
  const auto& kinds = section_kinds();
  for (std::size_t k = 0; k < kinds.size(); ++k) {
    if (found[k]) continue;
    const bool table_there = *kinds[k].table && table_found(r, kinds[k].table);
    if (table_there) {
      add(out, "SECTION-MISSING", "SECTION-MISSING/heading", Severity::warning,
          {{"section", kinds[k].zh, kinds[k].en}});
    } else {
      add(out, "SECTION-MISSING", "SECTION-MISSING", under_article_50 ? Severity::error : Severity::warning,
          {{"section", kinds[k].zh, kinds[k].en}});
    }
  }

  // Order: the top-level numbering runs 一, 二, 三, ... and the parts come in
  // the order of 第五十条. A restart at 一 that is not itself one of the parts
  // begins a list inside a part (一、加强组织领导 under 一、总体情况); the outer
  // numbering may continue after it.
  std::vector<int> open_lists;  // the last number of each list, outermost first
  int furthest_kind = -1;
  for (const auto& s : r.sections) {
    if (s.level != 1 || inside_a_table(r, s)) continue;
    const int kind = section_kind_index(section_kind(s));
    const int number = chinese_number(s.number);
    if (number) {
      if (open_lists.empty()) {
        open_lists.push_back(number);
      } else if (number == open_lists.back() + 1) {
        open_lists.back() = number;
      } else if (number == 1 && kind < 0) {
        open_lists.push_back(number);
      } else {
        // Does it continue an outer list?
        std::size_t outer = open_lists.size() - 1;
        while (outer > 0 && number != open_lists[outer - 1] + 1) --outer;
        if (outer > 0) {
          open_lists.resize(outer);
          open_lists.back() = number;
        } else {
          add(out, "SECTION-ORDER", "SECTION-ORDER/number", Severity::warning,
              {{"heading", s.number + "、" + s.heading, ""},
               {"number", s.number, ""},
               {"expected", chinese_numeral(open_lists.back() + 1), ""}},
              s.span.line, s.span.column);
          open_lists.back() = number;
        }
      }
    }
    if (kind >= 0) {
      if (kind < furthest_kind) {
        add(out, "SECTION-ORDER", "SECTION-ORDER/kind", Severity::warning,
            {{"section", kinds[kind].zh, kinds[kind].en},
             {"previous", kinds[furthest_kind].zh, kinds[furthest_kind].en}},
            s.span.line, s.span.column);
      }
      furthest_kind = std::max(furthest_kind, kind);
    }
  }
}

void check_tables(const CellReader& cells, Findings* out) {
  const Report& r = cells.report();
  const char* template_name = format_name(r.meta.format);
  for (const auto& id : required_tables(r.meta.format)) {
    if (!table_found(r, id)) {
      add(out, "TABLE-MISSING", "TABLE-MISSING", Severity::error,
          {{"template", template_name, ""}, {"table", id, ""}});
      continue;
    }
    // FIELD-MISSING: one finding per table, naming every cell not read.
    std::vector<std::string> missing;
    for (const auto& spec : field_specs(r.meta.format))
      if (table_of_key(spec.key) == id && !cells.printed(spec.key)) missing.emplace_back(spec.key);
    if (missing.empty()) continue;
    std::string listed;
    const std::size_t shown = std::min<std::size_t>(missing.size(), 8);
    for (std::size_t i = 0; i < shown; ++i) listed += (i ? ", " : "") + missing[i];
    if (missing.size() > shown) listed += ", …";
    const Table* t = r.find_table(id);
    Diagnostic d = make_finding("FIELD-MISSING", Severity::warning, "FIELD-MISSING",
                                {{"table", id, ""}, {"count", std::to_string(missing.size()), ""}, {"keys", listed, ""}},
                                t ? t->span.line : 0, t ? t->span.column : 0);
    for (auto& k : missing) d.cells.push_back(CellRef{std::move(k), std::nullopt, 0, 0});
    out->push_back(std::move(d));
  }
}

namespace {

// Digits with at most a sign, one decimal point and thousands separators:
// a number Decimal cannot hold (too many digits or decimals), not text.
bool looks_like_number(std::string_view raw) {
  std::size_t i = !raw.empty() && (raw[0] == '-' || raw[0] == '+') ? 1 : 0;
  bool digit = false, point = false;
  for (; i < raw.size(); ++i) {
    char c = raw[i];
    if (c >= '0' && c <= '9') digit = true;
    else if (c == '.' && !point && digit) point = true;
    else if (c != ',' || !digit) return false;
  }
  return digit;
}

}  // namespace

void check_cells(const Report& r, Findings* out) {
  for (const auto& t : r.tables) {
    for (const auto& c : t.cells) {
      if (c.state != CellState::not_number) continue;
      const FieldSpec* spec = find_field_spec(r.meta.format, c.key);
      const char* words = looks_like_number(c.raw) ? "CELL-NOT-NUMBER/out-of-range" : "CELL-NOT-NUMBER";
      Diagnostic d = make_finding("CELL-NOT-NUMBER", Severity::warning, words,
                                  {{"label", spec ? std::string(spec->row) : c.key, ""}, {"key", c.key, ""}, {"raw", c.raw, ""}},
                                  c.span.line, c.span.column);
      d.cells.push_back(CellRef{c.key, std::nullopt, c.span.line, c.span.column});
      out->push_back(std::move(d));
    }
  }
}

}  // namespace gongkai::validation
