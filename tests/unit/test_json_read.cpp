// from_json: the model restored byte for byte, and hostile JSON refused with
// a status and the place of the problem.
#include <catch2/catch.hpp>

#include <string>

#include "gongkai/error.hpp"
#include "gongkai/json.hpp"
#include "test_json_sample_report.hpp"

using namespace gongkai;

namespace {

// The error from_json throws for `json`; fails the test when it throws none.
Error error_of(const std::string& json, const JsonReadOptions& options = {}) {
  try {
    from_json(json, options);
  } catch (const Error& e) {
    return e;
  }
  FAIL("from_json accepted: " << json.substr(0, 200));
  return Error(Status::ok, "");
}

std::string replace_once(std::string s, const std::string& from, const std::string& to) {
  auto p = s.find(from);
  REQUIRE(p != std::string::npos);
  return s.replace(p, from.size(), to);
}

}  // namespace

TEST_CASE("from_json restores the whole model: the JSON round trip is byte-identical", "[json]") {
  Report r = testing::sample_report();
  for (bool pretty : {false, true})
    for (bool detail : {true, false}) {
      JsonWriteOptions o;
      o.pretty = pretty;
      o.include_detail = detail;
      std::string first = to_json(r, o);
      Report back = from_json(first);
      CHECK(to_json(back, o) == first);
    }
}

TEST_CASE("from_json restores values, states, spans and findings", "[json]") {
  Report back = from_json(to_json(testing::sample_report()));
  CHECK(back.meta.format == Format::gk2019);
  CHECK(back.meta.year == 2020);
  CHECK(back.meta.contact.postcode == "471000");
  CHECK(back.meta.title_span.end == 66);
  const Cell* money = back.find_cell("active.procurement.amount_wan");
  REQUIRE(money);
  CHECK(money->value->units == 17232952);
  CHECK(money->value->scale == 4);
  const Cell* mark = back.find_cell("active.rules.total");
  REQUIRE(mark);
  CHECK(mark->state == CellState::blank_mark);
  CHECK(mark->raw == "无");
  const Cell* noted = back.find_cell("applications.received.natural");
  REQUIRE(noted);
  CHECK(noted->note == "其中修订16件");
  CHECK(noted->span.line == 42);
  CHECK(back.find_cell("applications.received.total")->inferred);
  CHECK(back.find_cell("applications.carried_forward.total")->value->scale == 2);
  REQUIRE(back.diagnostics.size() == 2);
  CHECK(back.diagnostics[0].cells.size() == 2);
  CHECK_FALSE(back.diagnostics[0].cells[1].value.has_value());
  CHECK(back.diagnostics[0].difference->to_string() == "0.70");
  CHECK(back.sections[0].text == testing::sample_report().sections[0].text);
  CHECK(back.derived.at(0).reason == "blank total of printed parts");
}

TEST_CASE("a brief JSON (no tables) gets its tables back from fields", "[json]") {
  JsonWriteOptions brief;
  brief.include_detail = false;
  Report back = from_json(to_json(testing::sample_report(), brief));
  const Cell* delta = back.find_cell("active.penalty.delta");
  REQUIRE(delta);
  CHECK(delta->value->units == -53);
  REQUIRE(back.find_table("applications"));
  const Cell* blank = back.find_cell("active.rules.published");
  REQUIRE(blank);
  CHECK(blank->state == CellState::blank);
}

TEST_CASE("unknown members are skipped, so a newer writer's additions are read", "[json]") {
  std::string j = to_json(testing::sample_report());
  std::string extended = replace_once(j, "\"fields\":", "\"future\":{\"a\":[1,2.5e3,true,null,{\"b\":\"c\"}]},\"fields\":");
  CHECK(to_json(from_json(extended)) == j);
}

TEST_CASE("wrong types are refused with json_schema and the value's offset", "[json][hostile]") {
  std::string j = to_json(testing::sample_report());
  std::string bad = replace_once(j, "\"year\":2020", "\"year\":\"2020\"");
  Error e = error_of(bad);
  CHECK(e.status() == Status::json_schema);
  CHECK(e.offset() == bad.find("\"2020\""));
  CHECK(e.line() == 1);
  CHECK(std::string(e.what()).find("$.meta.year") != std::string::npos);

  bad = replace_once(j, "\"cells\":[{\"key\":\"active.rules.made\"", "\"cells\":{\"key\":\"active.rules.made\"");
  CHECK(error_of(bad).status() != Status::ok);  // an object where an array belongs (and now malformed)

  e = error_of(replace_once(j, "\"inferred\":false", "\"inferred\":0"));
  CHECK(e.status() == Status::json_schema);
  e = error_of(replace_once(j, "\"line\":42,\"column\":3", "\"line\":-42,\"column\":3"));
  CHECK(e.status() == Status::json_schema);
  e = error_of(replace_once(j, "\"template\":\"gk2019\"", "\"template\":\"gk2099\""));
  CHECK(e.status() == Status::json_schema);
  e = error_of(replace_once(j, "\"severity\":\"error\"", "\"severity\":\"fatal\""));
  CHECK(e.status() == Status::json_schema);
  e = error_of(replace_once(j, "\"lhs\":13", "\"lhs\":1.3e1"));
  CHECK(e.status() == Status::json_schema);
  e = error_of(replace_once(j, "\"lhs\":13", "\"lhs\":123456789012345678901234567890"));
  CHECK(e.status() == Status::json_schema);
  e = error_of("[1,2,3]");
  CHECK(e.status() == Status::json_schema);
}

TEST_CASE("the schema version is checked", "[json][hostile]") {
  std::string j = to_json(testing::sample_report());
  Error e = error_of(replace_once(j, "gongkai.report/1", "gongkai.report/2"));
  CHECK(e.status() == Status::json_schema);
  CHECK(e.offset() == 10);
  CHECK(std::string(e.what()).find("gongkai.report/2") != std::string::npos);
  e = error_of("{\"meta\":{}}");
  CHECK(e.status() == Status::json_schema);
}

TEST_CASE("a cell whose state and value disagree is refused", "[json][hostile]") {
  std::string j = to_json(testing::sample_report());
  Error e = error_of(replace_once(j, "\"state\":\"blank_mark\",\"value\":null", "\"state\":\"blank_mark\",\"value\":3"));
  CHECK(e.status() == Status::json_schema);
}

TEST_CASE("fields that disagree with the tables are refused", "[json][hostile]") {
  std::string j = to_json(testing::sample_report());
  Error e = error_of(replace_once(j, "\"active.penalty.delta\":-53", "\"active.penalty.delta\":53"));
  CHECK(e.status() == Status::json_schema);
  CHECK(std::string(e.what()).find("active.penalty.delta") != std::string::npos);
  CHECK(e.offset() == j.find("\"fields\":") + 9);
}

TEST_CASE("10,000-deep nesting is refused as too_deep, with the offset of the bracket too deep", "[json][hostile]") {
  std::string deep = "{\"schema\":\"gongkai.report/1\",\"x\":" + std::string(10000, '[') + std::string(10000, ']') + "}";
  Error e = error_of(deep);
  CHECK(e.status() == Status::too_deep);
  // The root object is depth 1, so the 64th '[' is the 65th level.
  CHECK(e.offset() == deep.find('[') + 63);
  JsonReadOptions shallow;
  shallow.max_depth = 3;
  std::string j = to_json(testing::sample_report());
  CHECK(error_of(j, shallow).status() == Status::too_deep);
  // Brackets inside strings are text, not nesting.
  std::string in_string = replace_once(j, "\"organ\":\"西工区人民政府\"", "\"organ\":\"" + std::string(500, '[') + "\\\"\"");
  CHECK(from_json(in_string).meta.organ == std::string(500, '[') + "\"");
}

TEST_CASE("input larger than max_bytes is refused as too_large", "[json][hostile]") {
  JsonReadOptions small;
  small.max_bytes = 1 << 20;
  std::string huge = "{\"schema\":\"gongkai.report/1\",\"meta\":{\"title\":\"" + std::string(2 << 20, 'x') + "\"}}";
  Error e = error_of(huge, small);
  CHECK(e.status() == Status::too_large);
  CHECK(e.offset() == small.max_bytes);
  // Within the limit the same shape is fine.
  JsonReadOptions big;
  big.max_bytes = 8 << 20;
  CHECK(from_json(huge, big).meta.title.size() == (2u << 20));
}

TEST_CASE("malformed JSON is refused as json_syntax with a position", "[json][hostile]") {
  std::string j = to_json(testing::sample_report());
  Error e = error_of(j.substr(0, j.size() / 2));  // cut in the middle
  CHECK((e.status() == Status::json_syntax || e.status() == Status::json_schema));
  e = error_of(j + " {}");
  CHECK(e.status() == Status::json_syntax);
  CHECK(e.offset() == j.size() + 1);
  e = error_of(replace_once(j, "\"organ\":", "\"organ\" "));
  CHECK(e.status() == Status::json_syntax);
  e = error_of(replace_once(j, "\"year\":2020", "\"year\":tru"));
  CHECK(e.status() == Status::json_syntax);
  CHECK(error_of("").status() == Status::json_syntax);
  CHECK(error_of("   ").status() == Status::json_syntax);
  CHECK(error_of("{").status() == Status::json_syntax);
  // Not JSON at all is a syntax error, not a report of the wrong type.
  CHECK(error_of("not json").status() == Status::json_syntax);
  CHECK(error_of("[1,]").status() == Status::json_syntax);
  CHECK(error_of("tru").status() == Status::json_syntax);
  CHECK(error_of("null").status() == Status::json_schema);
}

TEST_CASE("JSON that is not UTF-8 is refused with the offset of the bad byte", "[json][hostile]") {
  std::string j = to_json(testing::sample_report());
  std::string bad = replace_once(j, "西工区人民政府\",\"year\"", "西工区\xC0\xAF\",\"year\"");
  Error e = error_of(bad);
  CHECK(e.status() == Status::invalid_utf8);
  CHECK(e.offset() == bad.find('\xC0'));
}

TEST_CASE("mutated JSON either reads back or fails with gongkai::Error, never otherwise", "[json][hostile]") {
  const std::string j = to_json(testing::sample_report());
  std::uint64_t state = 0x9E3779B97F4A7C15ull;  // a fixed xorshift seed: the same cases on every run
  auto next = [&] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  const char kBytes[] = "{}[]\",:0123456789-.eE \\tnul\x01\xff\xc3";
  std::size_t accepted = 0, refused = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string m = j;
    int edits = 1 + static_cast<int>(next() % 3);
    for (int e = 0; e < edits; ++e) {
      std::size_t at = next() % m.size();
      switch (next() % 3) {
        case 0: m[at] = kBytes[next() % (sizeof kBytes - 1)]; break;
        case 1: m.erase(at, 1 + next() % 8); break;
        default: m.insert(at, 1, kBytes[next() % (sizeof kBytes - 1)]);
      }
      if (m.empty()) m = "{";
    }
    try {
      Report r = from_json(m);
      // Whatever was accepted is a report that writes and reads back stably.
      std::string again = to_json(r);
      CHECK(to_json(from_json(again)) == again);
      ++accepted;
    } catch (const Error& e) {
      CHECK(e.status() != Status::ok);
      CHECK(e.offset() <= m.size());
      ++refused;
    }
  }
  CHECK(refused > 0);
  CHECK(accepted + refused == 3000);
}
