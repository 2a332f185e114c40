#include "parse/table_bindings.hpp"

#include <algorithm>

#include "gongkai/fields.hpp"

namespace gongkai::parsing {
namespace {

// The rows of a table from fields.tsv: keys `prefix` + row + "." + column,
// in template order, each with the label the template prints for it.
std::vector<BoundRow> rows_from_fields(Format format, std::string_view prefix) {
  std::vector<BoundRow> rows;
  for (const auto& spec : field_specs(format)) {
    std::string_view key = spec.key;
    if (key.substr(0, prefix.size()) != prefix) continue;
    std::string name(key.substr(prefix.size(), key.rfind('.') - prefix.size()));
    if (rows.empty() || rows.back().name != name) {
      rows.push_back(BoundRow{name, std::string(spec.row), {}, true});
    }
    rows.back().keys.emplace_back(key);
  }
  return rows;
}

// The column names of a table's cells, run together.
std::string column_words(Format format, std::string_view prefix) {
  std::string words;
  for (const auto& spec : field_specs(format))
    if (spec.key.substr(0, prefix.size()) == prefix && words.find(spec.column) == std::string::npos)
      words += std::string(spec.column);
  return words;
}

std::size_t index_of(const std::vector<BoundRow>& rows, std::string_view name) {
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (rows[i].name == name) return i;
  return rows.size();
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

TableBinding named(const char* id, const char* name_zh, const char* name_en) {
  TableBinding b;
  b.id = id;
  b.name_zh = name_zh;
  b.name_en = name_en;
  return b;
}


TableBinding build_applications(Format format) {
  TableBinding b = named("applications", "表三", "table 3");
  b.rows = rows_from_fields(format, "applications.");
  b.column_words = column_words(format, "applications.");
  // 第一项加第二项之和，等于第三项加第四项之和 (per column).
  b.relations.push_back(ColumnRelation{{index_of(b.rows, "received"), index_of(b.rows, "carried_over")},
                                       {index_of(b.rows, "total"), index_of(b.rows, "carried_forward")}});
  // (七)总计 = the sum of the outcomes (一) … (六).
  ColumnRelation outcome;
  outcome.lhs = {index_of(b.rows, "total")};
  for (std::size_t i = 0; i < b.rows.size(); ++i) {
    const std::string& n = b.rows[i].name;
    if (n == "granted" || n == "partial" || starts_with(n, "denied.") || starts_with(n, "unable.") ||
        starts_with(n, "not_processed.") || starts_with(n, "other_handling"))
      outcome.rhs.push_back(i);
  }
  b.relations.push_back(std::move(outcome));
  return b;
}

TableBinding build_active(Format format) {
  TableBinding b = named("active", "表二", "table 2");
  // Rows of one to three cells with no arithmetic: labels and order carry them.
  b.rows = rows_from_fields(format, "active.");
  for (auto& row : b.rows) row.total_last = false;
  return b;
}

TableBinding build_legacy() {
  TableBinding b = named("legacy", "统计表", "the 统计表");
  // One value a row (统计指标 / 单位 / 统计数), each key its own row.
  for (const auto& spec : field_specs(Format::legacy)) {
    std::string_view key = spec.key;
    b.rows.push_back(BoundRow{std::string(key.substr(std::string_view("legacy.").size())), std::string(spec.row),
                              {std::string(key)}, false});
  }
  // The 统计表's sums (the L-* rules of the validator): a total and its parts.
  auto sum = [&](const char* total, std::initializer_list<const char*> parts) {
    ColumnRelation rel{{index_of(b.rows, total)}, {}};
    for (const char* p : parts) rel.rhs.push_back(index_of(b.rows, p));
    b.relations.push_back(std::move(rel));
  };
  sum("requests.received", {"requests.in_person", "requests.fax", "requests.online", "requests.letter"});
  sum("requests.completed", {"requests.on_time", "requests.extended"});
  sum("requests.answered", {"answers.already_public", "answers.granted", "answers.partial", "answers.denied",
                            "answers.not_this_organ", "answers.nonexistent", "answers.asked_to_amend",
                            "answers.other_channel"});
  sum("review.total", {"review.maintained", "review.corrected", "review.other"});
  sum("litigation.total", {"litigation.maintained", "litigation.corrected", "litigation.other"});
  sum("org.staff", {"org.staff_full_time", "org.staff_part_time"});
  return b;
}

TableBinding build_appeals() {
  TableBinding b = named("appeals", "表四", "table 4");
  // Table 四 is the same in both national formats.
  b.column_words = column_words(Format::gk2021, "review.");
  b.rows_side_by_side = true;
  for (const char* group : {"review.", "litigation_direct.", "litigation_after_review."}) {
    BoundRow row;
    row.name = std::string(group, std::string_view(group).size() - 1);
    row.total_last = true;
    for (const auto& spec : field_specs(Format::gk2021))
      if (starts_with(spec.key, group)) {
        if (row.printed_label.empty()) row.printed_label = std::string(spec.row);
        row.keys.emplace_back(spec.key);
      }
    b.rows.push_back(std::move(row));
  }
  return b;
}

// Built once, with their label models: the parse of every report reads them.
TableBinding prepared(TableBinding b) {
  prepare_binding(b);
  return b;
}

}  // namespace

const TableBinding& applications_binding(Format format) {
  static const TableBinding gk2021 = prepared(build_applications(Format::gk2021));
  static const TableBinding gk2019 = prepared(build_applications(Format::gk2019));
  return format == Format::gk2019 ? gk2019 : gk2021;
}

const TableBinding& active_binding(Format format) {
  static const TableBinding gk2021 = prepared(build_active(Format::gk2021));
  static const TableBinding gk2019 = prepared(build_active(Format::gk2019));
  return format == Format::gk2019 ? gk2019 : gk2021;
}

const TableBinding& legacy_binding() {
  static const TableBinding legacy = prepared(build_legacy());
  return legacy;
}

const TableBinding& appeals_binding() {
  static const TableBinding appeals = prepared(build_appeals());
  return appeals;
}

}  // namespace gongkai::parsing
