#include "serialize/table_layout.hpp"

#include <array>
#include <map>

#include "gongkai/fields.hpp"

namespace gongkai::serialize {
namespace {

std::string_view row_key(std::string_view key) { return key.substr(0, key.rfind('.')); }

// fields.tsv annotates some column names for developers ("本年增/减 (may be
// negative)"); the template does not print the note.
std::string printed_column(std::string_view column) {
  auto p = column.find(" (");
  return std::string(column.substr(0, p));
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

std::vector<const FieldSpec*> specs_of_table(Format format, std::string_view table) {
  std::vector<const FieldSpec*> out;
  for (const auto& s : field_specs(format))
    if (table_of_key(s.key) == table) out.push_back(&s);
  return out;
}

// Consecutive specs sharing a row key: one printed row each.
std::vector<std::vector<const FieldSpec*>> group_rows(const std::vector<const FieldSpec*>& specs) {
  std::vector<std::vector<const FieldSpec*>> rows;
  for (const FieldSpec* s : specs) {
    if (rows.empty() || row_key(rows.back().front()->key) != row_key(s->key)) rows.emplace_back();
    rows.back().push_back(s);
  }
  return rows;
}

// ---- table 二: runs of rows that share their column names -------------------

TableLayout active_layout(Format format) {
  TableLayout t{"active", "二、主动公开政府信息情况", {}, {}};
  std::vector<std::string> current_columns;
  for (const auto& row : group_rows(specs_of_table(format, "active"))) {
    std::vector<std::string> columns;
    for (const FieldSpec* s : row) columns.push_back(printed_column(s->column));
    if (t.blocks.empty() || columns != current_columns) {
      LayoutBlock b;
      b.flat_header.push_back("信息内容");
      for (const auto& c : columns) b.flat_header.push_back(c);
      std::vector<HeaderCell> header;
      for (const auto& c : b.flat_header) header.push_back({c});
      b.header_rows.push_back(std::move(header));
      t.blocks.push_back(std::move(b));
      current_columns = columns;
    }
    LayoutRow r;
    r.flat_label = std::string(row.front()->row);
    r.labels.push_back({r.flat_label});
    for (const FieldSpec* s : row) r.keys.push_back(s->key);
    t.blocks.back().rows.push_back(std::move(r));
  }
  return t;
}

// ---- table 三: three levels of row labels under merged applicant headers ----

// The level a label part opens: 0 for 一、, 1 for （一）, 2 for 1. (else -1).
int label_level(std::string_view part) {
  static const std::array<std::string_view, 10> numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  for (auto n : numerals) {
    if (starts_with(part, std::string(n) + "、")) return 0;
    if (starts_with(part, "（" + std::string(n) + "）")) return 1;
  }
  if (!part.empty() && part[0] >= '0' && part[0] <= '9') {
    std::size_t i = 0;
    while (i < part.size() && part[i] >= '0' && part[i] <= '9') ++i;
    if (i < part.size() && (part[i] == '.' || starts_with(part.substr(i), "、"))) return 2;
  }
  return -1;
}

struct LabelPath {
  std::array<std::string, 3> text;  // by level
  int depth = -1;                   // deepest level the row's own label names
};

// "三、本年度办理结果 （一）予以公开" → level 0 and level 1 parts.
LabelPath split_label(std::string_view label) {
  LabelPath p;
  std::size_t i = 0;
  while (i < label.size()) {
    std::size_t sp = label.find(' ', i);
    std::string_view part = label.substr(i, sp == std::string_view::npos ? std::string_view::npos : sp - i);
    int level = label_level(part);
    if (level >= 0) {
      p.text[level] = std::string(part);
      p.depth = level;
    } else if (p.depth >= 0) {
      p.text[p.depth] += " " + std::string(part);  // a label that holds a space
    } else {
      p.text[0] = std::string(part);
      p.depth = 0;
    }
    if (sp == std::string_view::npos) break;
    i = sp + 1;
  }
  return p;
}

TableLayout applications_layout(Format format) {
  TableLayout t{"applications", "三、收到和处理政府信息公开申请情况", {}, {}};
  LayoutBlock b;
  b.header_rows = {
      {{"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3}, {"申请人情况", 1, 7}},
      {{"自然人", 2, 1}, {"法人或其他组织", 1, 5}, {"总计", 2, 1}},
      {{"商业企业"}, {"科研机构"}, {"社会公益组织"}, {"法律服务机构"}, {"其他"}}};
  b.flat_header = {"项目", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};

  // Each row's full path, inheriting the levels its own label leaves out.
  struct Placed {
    std::array<std::string, 3> text;
    std::array<int, 3> id;  // which instance of a level-0/1 label the row is under
    int depth;
    std::vector<std::string_view> keys;
  };
  std::vector<Placed> placed;
  std::array<std::string, 3> current;
  std::array<int, 3> ids = {-1, -1, -1};
  for (const auto& row : group_rows(specs_of_table(format, "applications"))) {
    LabelPath p = split_label(row.front()->row);
    int top = 3;
    for (int level = 2; level >= 0; --level)
      if (!p.text[level].empty()) top = level;
    for (int level = top; level < 3; ++level) {
      if (level <= p.depth) {
        current[level] = p.text[level];  // named by this row: a new instance
        ++ids[level];
      } else {
        current[level].clear();  // below the row's own label: nothing
      }
    }
    Placed pl{current, ids, p.depth, {}};
    for (const FieldSpec* s : row) pl.keys.push_back(s->key);
    placed.push_back(std::move(pl));
  }

  auto span_of = [&](std::size_t i, int level) {
    int n = 0;
    for (std::size_t k = i; k < placed.size() && placed[k].depth > level && placed[k].id[level] == placed[i].id[level]; ++k)
      ++n;
    return n;
  };
  auto first_under = [&](std::size_t i, int level) {
    return i == 0 || placed[i - 1].depth <= level || placed[i - 1].id[level] != placed[i].id[level];
  };
  for (std::size_t i = 0; i < placed.size(); ++i) {
    const Placed& p = placed[i];
    LayoutRow r;
    for (int level = 0; level <= p.depth; ++level) {
      const std::string& text = p.text[level];
      if (!r.flat_label.empty() && !text.empty()) r.flat_label += " ";
      r.flat_label += text;
      if (level == p.depth) {
        r.labels.push_back({text, 1, 3 - level});  // the row's own label takes the rest of the width
      } else if (first_under(i, level)) {
        r.labels.push_back({text, span_of(i, level), 1});
      }
    }
    r.keys = p.keys;
    b.rows.push_back(std::move(r));
  }
  t.blocks.push_back(std::move(b));
  return t;
}

// ---- table 四: one row of fifteen numbers under two levels of headers -------

TableLayout appeals_layout(Format format) {
  TableLayout t{"appeals", "四、政府信息公开行政复议、行政诉讼情况", {}, {}};
  auto rows = group_rows(specs_of_table(format, "appeals"));
  LayoutBlock b;
  LayoutBlock flat;  // Markdown cannot merge: one row per group instead
  flat.flat_header.push_back("");
  std::vector<HeaderCell> top = {{"行政复议", 1, 5}, {"行政诉讼", 1, 10}};
  std::vector<HeaderCell> middle, bottom;
  LayoutRow data;
  for (const auto& row : rows) {
    bool litigation = starts_with(row.front()->key, "litigation");
    if (litigation) {
      std::string_view label = row.front()->row;
      label = label.substr(label.rfind(' ') + 1);  // "行政诉讼 复议后起诉" → "复议后起诉"
      middle.push_back({std::string(label), 1, static_cast<int>(row.size())});
    }
    LayoutRow flat_row;
    flat_row.flat_label = std::string(row.front()->row);
    flat_row.labels.push_back({flat_row.flat_label});
    for (const FieldSpec* s : row) {
      if (litigation)
        bottom.push_back({printed_column(s->column)});
      else
        middle.push_back({printed_column(s->column), 2, 1});
      if (flat.rows.empty()) flat.flat_header.push_back(printed_column(s->column));
      data.keys.push_back(s->key);
      flat_row.keys.push_back(s->key);
    }
    flat.rows.push_back(std::move(flat_row));
  }
  b.header_rows = {top, middle, bottom};
  b.flat_header = flat.flat_header;
  b.rows.push_back(std::move(data));
  t.blocks.push_back(std::move(b));
  t.flat_blocks.push_back(std::move(flat));
  return t;
}

// ---- the legacy 统计表: 统计指标 / 单位 / 统计数, with its part headings -----

TableLayout legacy_layout() {
  TableLayout t{"legacy", "政府信息公开情况统计表", {}, {}};
  // Headings the template prints above a group of rows (they hold no number).
  static const std::map<std::string_view, std::string_view> heading_before = {
      {"legacy.active.count", "一、主动公开情况"},
      {"legacy.channels.gazette", "（二）通过不同渠道和方式公开政府信息的情况"},
      {"legacy.response.hotspots", "二、回应解读情况"},
      {"legacy.response.press_conferences", "（二）通过不同渠道和方式回应解读的情况"},
      {"legacy.requests.received", "三、依申请公开情况"},
      {"legacy.org.dedicated_units", "八、机构建设和保障经费情况"},
      {"legacy.training.meetings", "九、政府信息公开会议和培训情况"},
  };
  LayoutBlock b;
  b.flat_header = {"统计指标", "单位", "统计数"};
  b.header_rows = {{{"统计指标"}, {"单位"}, {"统计数"}}};
  for (const auto& s : field_specs(Format::legacy)) {
    auto h = heading_before.find(s.key);
    if (h != heading_before.end()) {
      LayoutRow heading;
      heading.heading = true;
      heading.flat_label = std::string(h->second);
      heading.labels.push_back({heading.flat_label, 1, 3});
      b.rows.push_back(std::move(heading));
    }
    LayoutRow r;
    r.flat_label = std::string(s.row);
    r.labels = {{std::string(s.row)}, {std::string(s.column)}};
    r.flat_extra = {std::string(s.column)};
    r.keys = {s.key};
    b.rows.push_back(std::move(r));
  }
  t.blocks.push_back(std::move(b));
  return t;
}

std::vector<TableLayout> build(Format format) {
  std::vector<TableLayout> tables;
  if (format == Format::gk2021 || format == Format::gk2019)
    tables = {active_layout(format), applications_layout(format), appeals_layout(format)};
  else if (format == Format::legacy)
    tables = {legacy_layout()};
  for (auto& t : tables)
    if (t.flat_blocks.empty()) t.flat_blocks = t.blocks;
  return tables;
}

}  // namespace

const std::vector<TableLayout>& table_layouts(Format format) {
  static const std::array<std::vector<TableLayout>, 4> all = {build(Format::gk2021), build(Format::gk2019),
                                                              build(Format::legacy), build(Format::narrative)};
  return all[static_cast<std::size_t>(format)];
}

}  // namespace gongkai::serialize
