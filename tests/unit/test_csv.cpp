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

TEST_CASE("a Chinese header names the columns as the template prints them", "[csv]") {
  Report r = testing::sample_report();  // gk2019
  CsvOptions zh;
  zh.header = CsvHeader::zh;
  auto keyed = read_csv(to_csv_wide(r, "a.txt"));
  auto named = read_csv(to_csv_wide(r, "a.txt", zh));
  REQUIRE(named.size() == 2);
  REQUIRE(named[0].size() == keyed[0].size());
  CHECK(named[1] == keyed[1]);  // the same data, only the header differs
  CHECK(std::vector<std::string>(named[0].begin(), named[0].begin() + 10) ==
        std::vector<std::string>{"报告", "标题", "机关", "年度", "模板", "发布日期", "统计期起", "统计期止", "错误数", "警告数"});
  for (std::size_t i = 10; i < keyed[0].size(); ++i) {
    const FieldSpec* spec = find_field_spec(Format::gk2019, keyed[0][i]);
    REQUIRE(spec);
    CHECK(named[0][i] == std::string(spec->row) + "｜" + std::string(spec->column));
  }
  CHECK(named[0][column_of(keyed[0], "active.procurement.amount_wan")] ==
        "政府集中采购｜采购总金额（单位：万元，保留4位小数）");

  auto rows = read_csv(to_csv_long(r, "a.txt", zh));
  CHECK(rows[0] == std::vector<std::string>{"报告", "字段键", "字段名称", "数值", "行"});
  for (std::size_t i = 1; i < rows.size(); ++i) {
    REQUIRE(rows[i].size() == 5);
    CHECK(rows[i][2] == field_label_zh(rows[i][1], Format::gk2019));
    CHECK(!rows[i][2].empty());
  }
}

TEST_CASE("field labels: row｜column, the legacy unit in brackets, unknown keys empty", "[csv][fields]") {
  CHECK(field_label_zh("applications.received.natural", Format::gk2021) == "一、本年新收政府信息公开申请数量｜自然人");
  CHECK(field_label_zh("legacy.active.normative_issued", Format::legacy) == "制发规范性文件总数（件）");
  // A key of another format is found there; a key no format has is "".
  CHECK(field_label_zh("legacy.active.normative_issued", Format::gk2021) == "制发规范性文件总数（件）");
  CHECK(field_label_zh("active.rules.made", Format::narrative) == "第二十条第（一）项 规章｜本年新制作数量");
  CHECK(field_label_zh("no.such.key", Format::gk2021).empty());
  // A key the template does not list keeps its key as its header.
  CHECK(csv_wide_header({"no.such.key"}, CsvHeader::zh, {Format::gk2021}).find(",no.such.key\r\n") != std::string::npos);
}
