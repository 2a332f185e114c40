// Text in the encodings people have, and the kind of a file by its content.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "gongkai/inputs.hpp"
#include "gongkai/json.hpp"
#include "inputs_checks.hpp"

using namespace gongkai;
using inputs_checks::convert;
using inputs_checks::error_of;

namespace {

std::string sample() {
  std::ifstream in(GONGKAI_TEST_DATA_DIR "/example_county_2021.txt", std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  REQUIRE(s.str().size() > 1000);
  return s.str();
}

FileOptions as_text() {
  FileOptions o;
  o.kind = InputKind::text;
  return o;
}

}  // namespace

TEST_CASE("a GB18030 copy of a report parses to the JSON of the UTF-8 one", "[inputs][text]") {
  std::string utf8 = sample();
  std::string gb = convert(utf8, "GB18030");
  REQUIRE(gb != utf8);
  std::string want = to_json(parse(utf8));
  CHECK(to_json(parse_bytes(gb)) == want);
  FileOptions named;
  named.encoding = "gbk";  // GBK names read as GB18030, their superset
  CHECK(to_json(parse_bytes(gb, named)) == want);
}

TEST_CASE("UTF-16 with a BOM and UTF-8 with a BOM read as the text", "[inputs][text]") {
  std::string utf8 = sample();
  std::string want = to_json(parse(utf8));
  CHECK(to_json(parse_bytes("\xFF\xFE" + convert(utf8, "UTF-16LE"))) == want);
  CHECK(to_json(parse_bytes("\xFE\xFF" + convert(utf8, "UTF-16BE"))) == want);
  CHECK(to_json(parse_bytes("\xEF\xBB\xBF" + utf8)) == want);
}

TEST_CASE("bytes in no known encoding are refused as not UTF-8, with the place", "[inputs][text]") {
  // 0x80 starts no GB18030 character, so this is neither UTF-8 nor GB18030.
  std::string bad = "政府信息公开工作年度报告\n\x80\x80 caf\xe9\n";
  Error e = error_of([&] { parse_bytes(bad, as_text()); });
  CHECK(e.status() == Status::invalid_utf8);
  FileOptions gb = as_text();
  gb.encoding = "gb18030";
  Error named = error_of([&] { parse_bytes(bad, gb); });
  CHECK(named.status() == Status::invalid_utf8);
  CHECK(named.offset() == std::string("政府信息公开工作年度报告\n").size());
  CHECK(inputs_checks::bilingual(named));
  FileOptions unknown = as_text();
  unknown.encoding = "no-such-encoding";
  CHECK(error_of([&] { parse_bytes("abc", unknown); }).status() == Status::invalid_argument);
}

TEST_CASE("mostly-Latin bytes that happen to decode as GB18030 are not taken for Chinese", "[inputs][text]") {
  // Latin-1 "café crème" decodes as GB18030 into Chinese-looking pairs only
  // where high bytes pair up; the share of real Chinese text decides.
  std::string latin1 = "caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 la carte\n";
  CHECK(error_of([&] { parse_bytes(latin1, as_text()); }).status() == Status::invalid_utf8);
}

TEST_CASE("parse_file: a missing file and a folder are io errors", "[inputs][text]") {
  CHECK(error_of([] { parse_file("/no/such/report.pdf"); }).status() == Status::io_error);
  CHECK(error_of([] { parse_file(GONGKAI_TEST_DATA_DIR); }).status() == Status::io_error);
  CHECK(parse_file(GONGKAI_TEST_DATA_DIR "/example_county_2021.txt").meta.year == 2021);
}

TEST_CASE("an old Word file and an image are refused with what to do", "[inputs][detect]") {
  Error doc = error_of([] { parse_bytes(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", 12)); });
  CHECK(doc.status() == Status::bad_file);
  CHECK(std::string(doc.what()).find(".docx") != std::string::npos);
  Error png = error_of([] { parse_bytes(std::string("\x89PNG\r\n\x1A\n....", 12)); });
  CHECK(png.status() == Status::needs_ocr);
}

TEST_CASE("the kind of a file comes from its content, not its name", "[inputs][detect]") {
  CHECK(detect_input_kind("%PDF-1.7\n...") == InputKind::pdf);
  CHECK(detect_input_kind(std::string("junk\n%PDF-1.4\n")) == InputKind::pdf);
  CHECK(detect_input_kind(std::string("PK\x03\x04rest", 8)) == InputKind::docx);
  CHECK(detect_input_kind("<!DOCTYPE html><html>") == InputKind::html);
  CHECK(detect_input_kind("\xEF\xBB\xBF  <!-- saved --> <HTML><body>") == InputKind::html);
  CHECK(detect_input_kind("<meta charset=gbk><p>x") == InputKind::html);
  CHECK(detect_input_kind("某县2021年政府信息公开工作年度报告\n<b>不是网页</b>") == InputKind::text);
  CHECK(detect_input_kind("| a | b |\n|---|---|") == InputKind::text);
  CHECK(input_kind_from_name("pdf") == InputKind::pdf);
  CHECK(input_kind_from_name("auto") == InputKind::detect);
  CHECK_FALSE(input_kind_from_name("odt").has_value());
}
