// Any bytes as a report (text, or report JSON when it starts with '{', like
// `gongkai render`), then every other public entry point on it: validate and
// the cross-report checks (also on reports read from JSON, which fuzz_validate
// never sees), Markdown, HTML, wide and long CSV, brief and pretty JSON.
// Properties (abort on violation), each can be switched off with an
// environment variable FUZZ_NO_<NAME>=1:
//  UTF8    every rendered document is valid UTF-8
//  HTML    the page never contains "<script" and its <table>/<tr>/<td> tags balance
//  CSV     RFC 4180 records: wide has 2 records of equal width, long has 4 fields a record
//  BRIEF   to_json(from_json(brief), brief) == brief
//  PRETTY  to_json(from_json(pretty)) == to_json
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_utf8.hpp"
#include "gongkai/gongkai.hpp"

namespace {

bool off(const char* name) {
  std::string v = std::string("FUZZ_NO_") + name;
  const char* e = std::getenv(v.c_str());
  return e && *e == '1';
}

[[noreturn]] void fail(const char* what, const std::string& detail = "") {
  std::fprintf(stderr, "PROPERTY VIOLATED: %s %s\n", what, detail.substr(0, 300).c_str());
  std::abort();
}

size_t count(std::string_view hay, std::string_view needle) {
  size_t n = 0;
  for (size_t p = hay.find(needle); p != std::string_view::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

// RFC 4180 records (CRLF line ends, quotes doubled); false when malformed.
bool csv_records(std::string_view s, std::vector<size_t>& widths) {
  size_t i = 0;
  if (s.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  size_t fields = 1;
  while (i < s.size()) {
    if (s[i] == '"') {
      ++i;
      for (;;) {
        if (i >= s.size()) return false;
        if (s[i] == '"') {
          if (i + 1 < s.size() && s[i + 1] == '"') { i += 2; continue; }
          ++i;
          break;
        }
        ++i;
      }
      if (i < s.size() && s[i] != ',' && s[i] != '\r') return false;
      continue;
    }
    if (s[i] == ',') { ++fields; ++i; continue; }
    if (s[i] == '\r') {
      if (i + 1 >= s.size() || s[i + 1] != '\n') return false;
      widths.push_back(fields);
      fields = 1;
      i += 2;
      continue;
    }
    if (s[i] == '\n') return false;
    ++i;
  }
  return true;  // the document ends with CRLF; nothing pending
}

void check_doc(const std::string& doc, const char* what) {
  if (!off("UTF8") && !fuzzing::valid_utf8(doc)) fail("invalid UTF-8 in", what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  size_t i = in.find_first_not_of(" \t\r\n");
  bool json = i != std::string_view::npos && in[i] == '{';
  gongkai::Report r;
  try {
    r = json ? gongkai::from_json(in) : gongkai::parse(in);
  } catch (const gongkai::Error&) {
    return 0;
  }
  // validation of whatever came in, JSON included
  (void)gongkai::derive_blank_totals(r);
  for (const auto& d : gongkai::validate(r)) {
    if (!off("UTF8") && (!fuzzing::valid_utf8(d.message_zh) || !fuzzing::valid_utf8(d.message_en)))
      fail("invalid UTF-8 in a validate() message", d.rule + ": " + d.message_zh);
  }
  (void)gongkai::compare_with_previous(r, r);
  (void)gongkai::compare_with_children(r, {&r});

  gongkai::RenderOptions ro;
  ro.source_name = "a<b>&\"c\".txt";
  std::string md = gongkai::to_markdown(r, ro);
  check_doc(md, "markdown");
  std::string html = gongkai::to_html(r, ro);
  check_doc(html, "html");
  ro.list_findings = false;
  (void)gongkai::to_markdown(r, ro);
  (void)gongkai::to_html(r, ro);
  if (!off("HTML")) {
    std::string lower = html;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower.find("<script") != std::string::npos) fail("<script in HTML");
    if (count(lower, "<table") != count(lower, "</table>")) fail("table tags unbalanced");
    if (count(lower, "<tr") != count(lower, "</tr>")) fail("tr tags unbalanced");
    if (count(lower, "<td") != count(lower, "</td>")) fail("td tags unbalanced");
  }
  for (bool bom : {false, true}) {
    gongkai::CsvOptions co;
    co.bom = bom;
    std::string wide = gongkai::to_csv_wide(r, "name,\"x\"\r\n", co);
    std::string lng = gongkai::to_csv_long(r, "name,\"x\"\r\n", co);
    check_doc(wide, "csv wide");
    check_doc(lng, "csv long");
    if (!off("CSV")) {
      std::vector<size_t> w;
      if (!csv_records(wide, w)) fail("wide CSV malformed");
      if (w.size() != 2 || w[0] != w[1]) fail("wide CSV: not two records of equal width");
      w.clear();
      if (!csv_records(lng, w)) fail("long CSV malformed");
      for (size_t k : w)
        if (k != 4) fail("long CSV: a record without 4 fields");
    }
  }
  std::vector<gongkai::Format> all = {gongkai::Format::gk2021, gongkai::Format::gk2019, gongkai::Format::legacy};
  auto cols = gongkai::csv_field_columns(all);
  std::string row = gongkai::csv_wide_header(cols) + gongkai::csv_wide_row(r, "n", cols);
  check_doc(row, "csv wide all");

  gongkai::JsonWriteOptions brief;
  brief.include_detail = false;
  std::string b1 = gongkai::to_json(r, brief);
  check_doc(b1, "brief json");
  // From text or from JSON alike: keys outside the template included.
  if (!off("BRIEF")) {
    std::string b2;
    try {
      b2 = gongkai::to_json(gongkai::from_json(b1), brief);
    } catch (const gongkai::Error& e) {
      fail("brief JSON does not read back", e.what());
    }
    if (b1 != b2) fail("brief JSON round trip differs", b1);
  }
  gongkai::JsonWriteOptions pretty;
  pretty.pretty = true;
  std::string p = gongkai::to_json(r, pretty);
  if (!off("PRETTY")) {
    std::string plain = gongkai::to_json(r);
    std::string again;
    try {
      again = gongkai::to_json(gongkai::from_json(p));
    } catch (const gongkai::Error& e) {
      fail("pretty JSON does not read back", e.what());
    }
    if (again != plain) fail("pretty JSON round trip differs");
  }
  return 0;
}
