// Issue 9, the text side: what parse() and validate() promise about odd
// input (a BOM, only spaces, 4 GiB, huge numbers, a quote cut inside a
// character). Each case is the bundled sample with one thing changed, as the
// reproducers of ../shared/reliability change it.
#include <catch2/catch.hpp>

#include <sys/mman.h>

#include <fstream>
#include <sstream>
#include <string>

#include "gongkai/error.hpp"
#include "gongkai/parse.hpp"
#include "sample_text.hpp"
#include "gongkai/validate.hpp"
#include "text/utf8.hpp"

using namespace gongkai;
using gktest::replace_once;
using gktest::sample_text;

namespace {

Status status_of(std::string_view text, const ParseOptions& options = {}) {
  try {
    parse(text, options);
  } catch (const Error& e) {
    return e.status();
  }
  return Status::ok;
}

std::vector<const Diagnostic*> of_rule(const Report& r, const std::string& rule) {
  std::vector<const Diagnostic*> out;
  for (const auto& d : r.diagnostics)
    if (d.rule == rule) out.push_back(&d);
  return out;
}

const std::string kReceivedRow = "一、本年新收政府信息公开申请数量\t441\t8\t4\t8\t13\t5\t479";

}  // namespace

TEST_CASE("a UTF-8 byte order mark is not part of the title", "[reliability][parse]") {
  Report r = parse("\xEF\xBB\xBF" + sample_text());
  CHECK(r.meta.title == "青山县人民政府2023年政府信息公开工作年度报告");
  CHECK(r.meta.organ == "青山县人民政府");
}

TEST_CASE("input of only Unicode spaces or a few control bytes is empty", "[reliability][parse]") {
  // U+3000, U+00A0, U+2003, a newline, U+3000: what only_unicode_spaces.txt holds.
  CHECK(status_of("\xE3\x80\x80\xC2\xA0\xE2\x80\x83\n\xE3\x80\x80") == Status::empty_input);
  CHECK(status_of("\x01\x02\x03\n") == Status::empty_input);
  CHECK(status_of("\xEF\xBB\xBF\r\n\t\xE2\x80\x8B") == Status::empty_input);  // BOM, zero-width space
  // Not empty: one visible character, a NUL (binary), a bad byte (not UTF-8).
  CHECK(status_of("\xE3\x80\x80报\xE3\x80\x80") == Status::ok);
  CHECK(status_of(std::string("\x01\x00\x02", 3)) == Status::binary_input);
  CHECK(status_of("\xE3\x80\x80\xFF") == Status::invalid_utf8);
}

TEST_CASE("no input past 4 GiB is parsed, whatever max_input_bytes says", "[reliability][parse]") {
  // Spans are 32-bit offsets. The 4 GiB + 1 mapping is never touched: the size
  // alone must refuse it.
  const std::size_t size = (std::size_t{1} << 32) + 1;
  void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  REQUIRE(p != MAP_FAILED);
  ParseOptions options;
  options.max_input_bytes = SIZE_MAX;
  try {
    parse(std::string_view(static_cast<const char*>(p), size), options);
    FAIL("a 4 GiB + 1 input was accepted");
  } catch (const Error& e) {
    CHECK(e.status() == Status::too_large);
    CHECK(std::string(e.what()).find(std::to_string(kLargestInput)) != std::string::npos);
  }
  ::munmap(p, size);
}

TEST_CASE("a text figure's quote is never cut inside a character", "[reliability][validate]") {
  // The clause is made so that its 120th byte falls inside 年 (three bytes).
  std::string clause = "x本机关在本报告期内依照条例规定认真办理各类政府信息公开申请工作并且按时答复全部申请人提出的请求事项上年"
                       "结转政府信息公开申请99件";
  Report r = parse(replace_once(sample_text(), "推进政务公开工作。\n", "推进政务公开工作。" + clause + "。\n"));
  auto found = of_rule(r, "TEXT-TABLE-MISMATCH");
  REQUIRE(!found.empty());
  for (const Diagnostic* d : found) {
    CHECK(text::find_invalid_utf8(d->message_zh) == std::string_view::npos);
    CHECK(text::find_invalid_utf8(d->message_en) == std::string_view::npos);
  }
}

TEST_CASE("utf8_prefix cuts before a character, never inside", "[reliability][text]") {
  const std::string s = "ab年c";  // 年 is bytes 2..4
  CHECK(text::utf8_prefix(s, 2) == "ab");
  CHECK(text::utf8_prefix(s, 3) == "ab");
  CHECK(text::utf8_prefix(s, 4) == "ab");
  CHECK(text::utf8_prefix(s, 5) == "ab年");
  CHECK(text::utf8_prefix(s, 99) == s);
}

TEST_CASE("a relation whose sums overflow is reported, not skipped", "[reliability][validate]") {
  Report r = parse(replace_once(sample_text(), kReceivedRow,
                                "一、本年新收政府信息公开申请数量\t9223372036854775807\t9223372036854775807\t4\t8\t13\t5\t479"));
  bool overflow_named = false;
  for (const Diagnostic* d : of_rule(r, "T3-ROW-TOTAL")) {
    overflow_named = overflow_named || d->message_en.find("too large to add up") != std::string::npos;
    CHECK(d->severity == Severity::error);
  }
  CHECK(overflow_named);
}

TEST_CASE("the two ends of int64 are alike: both parse", "[reliability][decimal]") {
  auto max = Decimal::parse("9223372036854775807");
  auto min = Decimal::parse("-9223372036854775808");
  REQUIRE(max);
  REQUIRE(min);
  CHECK(min->to_string() == "-9223372036854775808");
  CHECK(!Decimal::parse("9223372036854775808"));
  CHECK(!Decimal::parse("-9223372036854775809"));
}

TEST_CASE("a number too long to hold says so, not 'not a number'", "[reliability][validate]") {
  Report r = parse(replace_once(sample_text(), kReceivedRow,
                                "一、本年新收政府信息公开申请数量\t441\t8\t4\t8\t13\t5\t99999999999999999999"));
  auto found = of_rule(r, "CELL-NOT-NUMBER");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->message_en.find("beyond what can be held exactly") != std::string::npos);
  CHECK(found[0]->message_zh.find("超出可准确处理的范围") != std::string::npos);
}

// Issue 9, item 18: whichever table a number Decimal cannot hold is in, and
// whether it is too long or has too many decimals, the cell keeps its place
// (not_number, its text kept) and one CELL-NOT-NUMBER finding names it; the
// row is neither left out (ROW-AMBIGUOUS) nor its cell missing (FIELD-MISSING).
TEST_CASE("a number too long or too precise to hold is named the same way in every table", "[reliability][validate]") {
  const std::string fees = "行政事业性收费\t69.3719";
  const std::string received = "一、本年新收政府信息公开申请数量\t441\t8\t4\t8\t13\t5\t479";
  struct Case {
    std::string from, to, key, raw;
  };
  const Case cases[] = {
      {fees, "行政事业性收费\t69.3719000001", "active.fees.amount_wan", "69.3719000001"},
      {fees, "行政事业性收费\t99999999999999999999", "active.fees.amount_wan", "99999999999999999999"},
      {received, "一、本年新收政府信息公开申请数量\t441\t8\t4\t8\t13\t5\t479.0000000001", "applications.received.total",
       "479.0000000001"},
      {received, "一、本年新收政府信息公开申请数量\t441\t8\t4\t8\t13\t5\t99999999999999999999", "applications.received.total",
       "99999999999999999999"},
  };
  for (const auto& c : cases) {
    INFO(c.to);
    Report r = parse(replace_once(sample_text(), c.from, c.to));
    CHECK(of_rule(r, "ROW-AMBIGUOUS").empty());
    CHECK(of_rule(r, "FIELD-MISSING").empty());
    auto found = of_rule(r, "CELL-NOT-NUMBER");
    REQUIRE(found.size() == 1);
    REQUIRE(found[0]->cells.size() == 1);
    CHECK(found[0]->cells[0].key == c.key);
    CHECK(found[0]->message_en.find(c.key) != std::string::npos);
    CHECK(found[0]->message_en.find("beyond what can be held exactly") != std::string::npos);
    CHECK(found[0]->message_zh.find("超出可准确处理的范围") != std::string::npos);
    const Cell* cell = nullptr;
    for (const auto& t : r.tables)
      for (const auto& x : t.cells)
        if (x.key == c.key) cell = &x;
    REQUIRE(cell);
    CHECK(cell->state == CellState::not_number);
    CHECK(cell->raw == c.raw);
    CHECK(!cell->value);
  }
}
