// Issue 9, item 17: validation never passes over a relation in silence. A sum
// too large for 64 bits and a table row printed twice with different values
// each give a finding that names the cells. Inputs are the bundled sample
// with one row changed (as the reproducers change it), and the reproducers of
// ../shared/reliability themselves when they are there.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "gongkai/json.hpp"
#include "gongkai/parse.hpp"
#include "gongkai/validate.hpp"
#include "sample_text.hpp"

using namespace gongkai;
using gktest::replace_once;
using gktest::sample_text;
namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<const Diagnostic*> with_words(const Report& r, const std::string& rule, const std::string& en_words) {
  std::vector<const Diagnostic*> out;
  for (const auto& d : r.diagnostics)
    if (d.rule == rule && d.message_en.find(en_words) != std::string::npos) out.push_back(&d);
  return out;
}

bool names_cell(const Diagnostic& d, const std::string& key, std::uint32_t line) {
  for (const auto& c : d.cells)
    if (c.key == key && c.line == line) return true;
  return false;
}

// The 1-based line of the first line of `text` that starts with `start`.
std::uint32_t line_of(const std::string& text, const std::string& start) {
  std::uint32_t n = 1;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text.compare(i, start.size(), start) == 0) return n;
    i = text.find('\n', i);
    if (i == std::string::npos) break;
    ++i;
    ++n;
  }
  return 0;
}

const std::string kPartialLabel = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
const std::string kReceivedRow = "一、本年新收政府信息公开申请数量\t441\t8\t4\t8\t13\t5\t479";

// The sample with its 部分公开 row printed a second time, right after it,
// with the values `values`.
std::string with_partial_repeated(const std::string& values) {
  std::string s = sample_text();
  auto p = s.find(kPartialLabel + "\t");
  REQUIRE(p != std::string::npos);
  auto end = s.find('\n', p);
  return s.insert(end + 1, kPartialLabel + "\t" + values + "\n");
}

fs::path reliability_dir() { return fs::path(GONGKAI_SHARED_DIR) / "reliability"; }

}  // namespace

TEST_CASE("a row printed twice with different values is a finding naming the cells of both lines",
          "[validate][item17]") {
  const std::string text = with_partial_repeated("99\t0\t0\t0\t0\t0\t99");
  const std::uint32_t first = line_of(text, kPartialLabel);
  REQUIRE(first > 0);
  Report r = parse(text);
  auto found = with_words(r, "FIELD-MISSING", "printed twice with different values");
  REQUIRE(found.size() == 1);
  const Diagnostic& d = *found[0];
  CHECK(d.severity == Severity::warning);
  CHECK(d.line == first + 1);
  CHECK(d.message_zh.find("一行印了两次，数值不同") != std::string::npos);
  CHECK(d.message_zh.find("第 " + std::to_string(first) + " 行") != std::string::npos);
  CHECK(d.message_en.find("line " + std::to_string(first + 1) + ": 99 0 0 0 0 0 99") != std::string::npos);
  // The cells read (from the copy the reader took, its label's line) are
  // named with their line.
  bool any_from_first = false, any_from_second = false;
  for (const auto& c : d.cells) {
    any_from_first = any_from_first || c.line == first;
    any_from_second = any_from_second || c.line == first + 1;
  }
  CHECK((any_from_first || any_from_second));
  CHECK(d.cells.size() >= 7);
}

TEST_CASE("the repeated row's lines are found past blank lines the section text leaves out", "[validate][item17]") {
  std::string text = with_partial_repeated("99\t0\t0\t0\t0\t0\t99");
  const std::uint32_t first = line_of(text, kPartialLabel);
  auto second_at = text.find(kPartialLabel + "\t99");
  REQUIRE(second_at != std::string::npos);
  text.insert(second_at, "\n\n");  // the repeat two lines further down
  Report r = parse(text);
  auto found = with_words(r, "FIELD-MISSING", "printed twice with different values");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->line == first + 3);
  CHECK(found[0]->message_en.find("line " + std::to_string(first) + ": 16") != std::string::npos);
  CHECK((names_cell(*found[0], "applications.partial.natural", first) ||
         names_cell(*found[0], "applications.partial.natural", first + 3)));
}

TEST_CASE("a row printed twice alike, or a row only in one place, is no finding", "[validate][item17]") {
  Report same = parse(with_partial_repeated("16\t0\t0\t0\t0\t0\t16"));
  CHECK(with_words(same, "FIELD-MISSING", "printed twice").empty());
  Report plain = parse(sample_text());
  CHECK(with_words(plain, "FIELD-MISSING", "printed twice").empty());
}

TEST_CASE("the repeated row is found again in a report read back from JSON", "[validate][item17]") {
  Report r = parse(with_partial_repeated("99\t0\t0\t0\t0\t0\t99"));
  Report back = from_json(to_json(r));
  back.diagnostics.clear();
  revalidate(back);
  CHECK(with_words(back, "FIELD-MISSING", "printed twice with different values").size() == 1);
}

TEST_CASE("an overflowing relation names every cell it read, in both languages", "[validate][item17]") {
  std::string text = replace_once(sample_text(), kReceivedRow,
                                  "一、本年新收政府信息公开申请数量\t9223372036854775807\t9223372036854775807\t4\t8\t13\t5\t479");
  const std::uint32_t line = line_of(text, "一、本年新收政府信息公开申请数量");
  Report r = parse(text);
  auto found = with_words(r, "T3-ROW-TOTAL", "too large to add up");
  REQUIRE(found.size() == 1);
  const Diagnostic& d = *found[0];
  for (const char* col : {"natural", "commercial", "research", "social", "legal", "other", "total"}) {
    const std::string key = std::string("applications.received.") + col;
    CHECK(names_cell(d, key, line));
    CHECK(d.message_en.find(key) != std::string::npos);
    CHECK(d.message_zh.find(key) != std::string::npos);
  }
}

TEST_CASE("the reproducers of item 17 each give a finding naming their cells", "[validate][item17]") {
  if (!fs::exists(reliability_dir() / "dup_row_conflicting_values.txt")) {
    WARN("the shared reliability reproducers are not next to the project (" GONGKAI_SHARED_DIR "); skipped");
    return;
  }
  Report overflow = parse(read_file(reliability_dir() / "cell_sum_overflow.txt"));
  auto o = with_words(overflow, "T3-ROW-TOTAL", "too large to add up");
  REQUIRE(o.size() == 1);
  CHECK(o[0]->message_en.find("applications.received.natural") != std::string::npos);
  CHECK(names_cell(*o[0], "applications.received.natural", 33));

  Report dup = parse(read_file(reliability_dir() / "dup_row_conflicting_values.txt"));
  auto d = with_words(dup, "FIELD-MISSING", "printed twice with different values");
  REQUIRE(d.size() == 1);
  CHECK(d[0]->line == 37);
  CHECK(d[0]->message_en.find("line 36: 16 0 0 0 0 0 16; line 37: 99 0 0 0 0 0 99") != std::string::npos);
  // The reader takes the copy its label anchors (the second); its cells are named.
  CHECK(names_cell(*d[0], "applications.partial.natural", 37));
  CHECK(dup.find_cell("applications.denied.state_secret.natural")->value->to_string() == "6");
}
