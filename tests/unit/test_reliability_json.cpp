// Issue 9, the JSON side: a report JSON means one thing (no member twice, no
// cell twice, no NUL inside a string), a BOM or trailing bytes are named for
// what they are, a brief JSON reads back to the same bytes even with keys
// outside the template, and a batch array is read report by report.
#include <catch2/catch.hpp>

#include "json_error_of.hpp"

#include <string>

#include "gongkai/error.hpp"
#include "gongkai/json.hpp"
#include "gongkai/parse.hpp"
#include "gongkai/validate.hpp"
#include "test_json_sample_report.hpp"

using namespace gongkai;

namespace {


const std::string kHead = R"({"schema":"gongkai.report/1",)";

}  // namespace

TEST_CASE("a member given twice is refused, in any object", "[reliability][json]") {
  Error twice_meta = gktest::json_error_of(kHead + R"("meta":{"year":2020},"meta":{"year":2021}})");
  CHECK(twice_meta.status() == Status::json_schema);
  CHECK(std::string(twice_meta.what()).find("duplicate member \"meta\"") != std::string::npos);
  CHECK(twice_meta.offset() == kHead.size() + std::string(R"("meta":{"year":2020},"meta":)").size());
  Error twice_tables = gktest::json_error_of(kHead + R"("tables":[],"tables":[]})");
  CHECK(std::string(twice_tables.what()).find("\"tables\"") != std::string::npos);
  Error inner = gktest::json_error_of(kHead + R"("meta":{"year":2020,"year":2021}})");
  CHECK(std::string(inner.what()).find("$.meta") != std::string::npos);
}

TEST_CASE("a cell given in two tables is refused", "[reliability][json]") {
  const std::string cell = R"({"key":"review.total","raw":"1","state":"number","value":1})";
  Error e = gktest::json_error_of(kHead + R"("meta":{"template":"gk2021"},"tables":[{"id":"appeals","cells":[)" + cell +
                     R"(]},{"id":"appeals","cells":[)" + cell + "]}]}");
  CHECK(e.status() == Status::json_schema);
  CHECK(std::string(e.what()).find("review.total appears twice") != std::string::npos);
}

TEST_CASE("a \\u0000 inside a string is refused, not cut at in C", "[reliability][json]") {
  Error e = gktest::json_error_of(kHead + R"("meta":{"title":"abc\u0000def"}})");
  CHECK(e.status() == Status::json_schema);
  CHECK(std::string(e.what()).find("$.meta.title") != std::string::npos);
  Error key = gktest::json_error_of(kHead + R"("fields":{"a\u0000b":1}})");
  CHECK(key.status() == Status::json_schema);
}

TEST_CASE("a UTF-8 BOM before a report JSON is read past", "[reliability][json]") {
  std::string json = to_json(testing::sample_report());
  Report r = from_json("\xEF\xBB\xBF" + json);
  CHECK(to_json(r) == to_json(from_json(json)));
  // Offsets still count from the start of the file, BOM included.
  Error e = gktest::json_error_of("\xEF\xBB\xBF" + kHead + R"("meta":{"year":"x"}})");
  CHECK(e.offset() == 3 + kHead.size() + std::string(R"("meta":{"year":)").size());
}

TEST_CASE("content after the report object is named as such", "[reliability][json]") {
  const std::string json = kHead + R"("meta":{}})";
  Error e = gktest::json_error_of(json + " xyz");
  CHECK(e.status() == Status::json_syntax);
  CHECK(std::string(e.what()).find("trailing content") != std::string::npos);
  CHECK(e.offset() == json.size() + 1);
}

TEST_CASE("brief JSON with keys outside the template reads back to the same bytes", "[reliability][json]") {
  // Keys outside gk2021's template, before and among its own.
  const std::string brief_in = kHead +
      R"("meta":{"template":"gk2021"},"fields":{"zzz.first":1,"review.total":2,"active.bogus":3,"review.other":null}})";
  JsonWriteOptions brief;
  brief.include_detail = false;
  std::string b1 = to_json(from_json(brief_in), brief);
  std::string b2 = to_json(from_json(b1), brief);
  CHECK(b1 == b2);
  CHECK(b1.find(R"("zzz.first":1,"active.bogus":3)") != std::string::npos);
}

TEST_CASE("a batch array is read report by report; an error names its report", "[reliability][json]") {
  std::string one = to_json(testing::sample_report());
  std::string batch = "[\n" + one + ",\n" + one + "\n]\n";
  REQUIRE(is_json_batch(batch));
  auto reports = from_json_batch(batch);
  REQUIRE(reports.size() == 2);
  CHECK(to_json(reports[1]) == to_json(from_json(one)));
  CHECK(from_json_batch("[]").empty());
  CHECK(!is_json_batch("[首页] 政府信息公开"));
  CHECK(!is_json_batch(one));

  std::string broken = "[\n" + one + ",\n" + kHead + R"("meta":{"year":"x"}}])";
  try {
    from_json_batch(broken);
    FAIL("a broken batch was accepted");
  } catch (const Error& e) {
    CHECK(e.status() == Status::json_schema);
    CHECK(std::string(e.what()).find("report [1] of the batch") != std::string::npos);
    CHECK(e.line() == 3);
  }
}

TEST_CASE("revalidate replaces validation's findings and keeps the parser's", "[reliability][validate]") {
  Report r = from_json(to_json(testing::sample_report()));
  Diagnostic repaired;
  repaired.rule = "CELL-REPAIRED";
  repaired.message_en = "kept";
  Diagnostic stale;
  stale.rule = "T3-BALANCE";
  stale.message_en = "stale";
  r.diagnostics = {repaired, stale};
  revalidate(r);
  bool kept = false;
  for (const auto& d : r.diagnostics) {
    CHECK(d.message_en != "stale");
    kept = kept || d.message_en == "kept";
  }
  CHECK(kept);
}
