// Web pages: the text gongkai reads from them, tables as tab-separated rows.
#include <catch2/catch.hpp>

#include "gongkai/inputs.hpp"
#include "gongkai/json.hpp"
#include "inputs_checks.hpp"

using namespace gongkai;
using inputs_checks::convert;
using inputs_checks::error_of;

namespace {

const char* kTitle = "<h1>某县人民政府2021年政府信息公开工作年度报告</h1>";

std::string page(const std::string& body, const std::string& head = "<meta charset=\"utf-8\">") {
  return "<!DOCTYPE html><html><head>" + head + "<title>x</title><style>p{color:red}</style></head><body>" +
         kTitle + body + "</body></html>";
}

// The lines after the title.
std::string body_text(const std::string& html) {
  std::string t = file_text(html);
  std::string title = "某县人民政府2021年政府信息公开工作年度报告\n";
  REQUIRE(t.substr(0, title.size()) == title);
  return t.substr(title.size());
}

}  // namespace

TEST_CASE("rowspan and colspan: a merged cell's text once, the positions it covers empty", "[inputs][html]") {
  std::string html = page(
      "<table><tr><td rowspan=\"2\">行政复议</td><td colspan=\"2\">结果</td></tr>"
      "<tr><td>维持</td><td>纠正</td></tr>"
      "<tr><td>合计</td><td></td><td>7</td></tr></table>");
  CHECK(body_text(html) == "行政复议\t结果\t\n\t维持\t纠正\n合计\t\t7\n\n");
}

TEST_CASE("a number split over spans is one number; whitespace in cells is collapsed", "[inputs][html]") {
  std::string html = page("<table><tr><td>商业\n  企业</td><td><span>1</span><span>2</span>3</td>"
                          "<td><p>a</p><p>b</p></td></tr></table>");
  CHECK(body_text(html) == "商业企业\t123\ta b\n\n");
}

TEST_CASE("paragraphs, headings and line breaks are lines; scripts, styles and hidden parts are not",
          "[inputs][html]") {
  std::string html = page("<p>一、总体情况</p><script>var a = '<p>x</p>';</script>"
                          "<div style=\"display: none\">隐藏</div><p>第一行<br>第二行</p><ul><li>甲</li><li>乙</li></ul>");
  CHECK(body_text(html) == "一、总体情况\n第一行\n第二行\n甲\n乙\n");
}

TEST_CASE("a table whose cells hold tables is page layout: its contents are read as blocks", "[inputs][html]") {
  std::string html = page("<table><tr><td>导航</td><td><p>正文</p><table><tr><td>规章</td><td>1</td></tr></table>"
                          "</td></tr></table>");
  CHECK(body_text(html) == "导航\n正文\n规章\t1\n\n");
}

TEST_CASE("the page's declared charset is honoured, a BOM wins over it", "[inputs][html]") {
  std::string html = page("<p>二、主动公开政府信息情况</p>", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">");
  std::string gbk = convert(html, "GBK");
  CHECK(body_text(gbk) == "二、主动公开政府信息情况\n");
  // Declared GBK but saved again as UTF-8 with a BOM: the BOM is right.
  CHECK(body_text("\xEF\xBB\xBF" + html) == "二、主动公开政府信息情况\n");
  // Declared UTF-8 but GBK in fact: read by the content.
  std::string lying = convert(page("<p>二、主动公开政府信息情况</p>"), "GBK");
  CHECK(body_text(lying) == "二、主动公开政府信息情况\n");
}

TEST_CASE("cells keep their table, row and column; the JSON carries and restores them", "[inputs][html]") {
  std::string html = page(
      "<p>二、主动公开政府信息情况</p><table>"
      "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
      "<tr><td>规章</td><td>1</td><td>0</td><td>11</td></tr>"
      "<tr><td>行政规范性文件</td><td>8</td><td>26</td><td>66</td></tr></table>");
  Report r = parse_bytes(html);
  const Cell* c = r.find_cell("active.normative.repealed");
  REQUIRE(c);
  REQUIRE(c->place);
  CHECK(c->place->table == 1);
  CHECK(c->place->row == 3);
  CHECK(c->place->column == 3);
  CHECK(c->place->page == 0);
  std::string json = to_json(r);
  CHECK(json.find("\"place\":{\"table\":1,\"row\":3,\"column\":3}") != std::string::npos);
  CHECK(to_json(from_json(json)) == json);
}

TEST_CASE("a page without a report, and deep nesting, are handled", "[inputs][html]") {
  Error e = error_of([] { parse_bytes("<html><body><nav>首页 | 新闻</nav><p>天气晴</p></body></html>"); });
  CHECK(e.status() == Status::no_report);
  CHECK(inputs_checks::bilingual(e));
  std::string nested;
  for (int i = 0; i < 5000; ++i) nested += "<div>";
  nested += "<p>政府信息公开</p>";
  CHECK_NOTHROW(file_text(page(nested)));
}
