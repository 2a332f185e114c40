// CSV: RFC 4180 quoting, the wide and the long layout, the optional BOM.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "gongkai/csv.hpp"
#include "gongkai/fields.hpp"
#include "test_json_sample_report.hpp"

using namespace gongkai;

namespace {

// A small RFC 4180 reader, to check what a spreadsheet would see.
std::vector<std::vector<std::string>> read_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(field);
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  if (!field.empty() || !rows.back().empty()) rows.back().push_back(field);
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

std::size_t column_of(const std::vector<std::string>& header, const std::string& name) {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return i;
  FAIL("no column " << name);
  return 0;
}

}  // namespace

TEST_CASE("CSV fields are quoted only when they must be", "[csv]") {
  std::string out;
  append_csv_field(out, "plain 文本");
  CHECK(out == "plain 文本");
  out.clear();
  append_csv_field(out, "a,b");
  CHECK(out == "\"a,b\"");
  out.clear();
  append_csv_field(out, "say \"hi\"");
  CHECK(out == "\"say \"\"hi\"\"\"");
  out.clear();
  append_csv_field(out, "two\nlines");
  CHECK(out == "\"two\nlines\"");
}

TEST_CASE("wide CSV: metadata, then one column per field key of the format", "[csv]") {
  Report r = testing::sample_report();
  r.meta.title = "标题, 带逗号与\"引号\"";
  std::string csv = to_csv_wide(r, "reports/西工区.txt");
  CHECK(csv.rfind("report,title,organ,year,template,published,period_start,period_end,errors,warnings,", 0) == 0);
  auto rows = read_csv(csv);
  REQUIRE(rows.size() == 2);
  const auto& header = rows[0];
  const auto& row = rows[1];
  REQUIRE(header.size() == csv_wide_meta_columns().size() + field_specs(Format::gk2019).size());
  REQUIRE(row.size() == header.size());
  CHECK(row[column_of(header, "report")] == "reports/西工区.txt");
  CHECK(row[column_of(header, "title")] == r.meta.title);
  CHECK(row[column_of(header, "year")] == "2020");
  CHECK(row[column_of(header, "template")] == "gk2019");
  CHECK(row[column_of(header, "errors")] == "1");
  CHECK(row[column_of(header, "warnings")] == "0");
  CHECK(row[column_of(header, "active.procurement.amount_wan")] == "1723.2952");
  CHECK(row[column_of(header, "active.penalty.delta")] == "-53");
  CHECK(row[column_of(header, "applications.carried_forward.total")] == "12.30");
  CHECK(row[column_of(header, "active.rules.total")].empty());           // 无
  CHECK(row[column_of(header, "review.total")].empty());                 // not printed
  // The field columns are the template's keys in order.
  std::size_t first = csv_wide_meta_columns().size();
  for (std::size_t i = 0; i < field_specs(Format::gk2019).size(); ++i)
    CHECK(header[first + i] == field_specs(Format::gk2019)[i].key);
}

TEST_CASE("wide CSV over several formats merges their keys once each", "[csv]") {
  auto merged = csv_field_columns({Format::gk2021, Format::gk2019, Format::legacy});
  auto g21 = csv_field_columns(Format::gk2021);
  REQUIRE(merged.size() > g21.size());
  CHECK(std::equal(g21.begin(), g21.end(), merged.begin()));
  std::vector<std::string_view> sorted(merged.begin(), merged.end());
  std::sort(sorted.begin(), sorted.end());
  CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
  // Every key of every format is there.
  for (Format f : {Format::gk2021, Format::gk2019, Format::legacy})
    for (const auto& s : field_specs(f)) CHECK(std::binary_search(sorted.begin(), sorted.end(), s.key));
}

TEST_CASE("long CSV: one row per printed cell with its source line", "[csv]") {
  Report r = testing::sample_report();
  auto rows = read_csv(to_csv_long(r, "a.txt"));
  REQUIRE(rows.size() == 1 + 10);  // header + the ten cells of the sample
  CHECK(rows[0] == std::vector<std::string>{"report", "key", "value", "line"});
  bool saw_money = false, saw_mark = false;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    REQUIRE(rows[i].size() == 4);
    CHECK(rows[i][0] == "a.txt");
    if (rows[i][1] == "active.procurement.amount_wan") {
      CHECK(rows[i][2] == "1723.2952");
      CHECK(rows[i][3] == "34");
      saw_money = true;
    }
    if (rows[i][1] == "active.rules.total") {
      CHECK(rows[i][2].empty());
      saw_mark = true;
    }
  }
  CHECK(saw_money);
  CHECK(saw_mark);
}

TEST_CASE("the BOM is written only when asked for, and lines end in CRLF", "[csv]") {
  Report r = testing::sample_report();
  CsvOptions bom;
  bom.bom = true;
  CHECK(to_csv_wide(r, "x", bom).rfind("\xEF\xBB\xBF" "report,", 0) == 0);
  CHECK(to_csv_long(r, "x", bom).rfind("\xEF\xBB\xBF" "report,key,value,line\r\n", 0) == 0);
  std::string plain = to_csv_wide(r, "x");
  CHECK(plain.rfind("report,", 0) == 0);
  std::size_t lf = std::count(plain.begin(), plain.end(), '\n');
  std::size_t crlf = 0;
  for (std::size_t p = plain.find("\r\n"); p != std::string::npos; p = plain.find("\r\n", p + 2)) ++crlf;
  CHECK(lf == 2);
  CHECK(crlf == 2);
}
