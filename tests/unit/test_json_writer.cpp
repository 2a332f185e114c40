// The JSON writer writes at a cursor into room it has made (no append per
// piece). Its numbers are Decimal::to_string's and std::to_string's text, its
// names and strings are escaped as strings are, and what it writes parses
// back as the values it was given.
#include <catch2/catch.hpp>

#include <simdjson.h>

#include <climits>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "serialize/json_writer.hpp"

using namespace gongkai;
using serialize::JsonWriter;

namespace {

std::uint64_t next(std::uint64_t& state) {
  state ^= state << 13, state ^= state >> 7, state ^= state << 17;
  return state;
}

}  // namespace

TEST_CASE("the writer's decimals and integers are the text of to_string", "[json][writer]") {
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  const std::int64_t edges[] = {0, 1, -1, 9, 10, -10, 999999999, 1000000000, INT64_MAX, INT64_MIN};
  for (int round = 0; round < 20000; ++round) {
    std::int64_t units;
    if (round < 10 * 10)
      units = edges[round % 10];
    else  // magnitudes of every length
      units = static_cast<std::int64_t>(next(state) >> (next(state) % 64)) * (next(state) % 2 ? 1 : -1);
    Decimal d{units, static_cast<int>(round % 10)};
    JsonWriter w(false);
    w.begin_array();
    w.decimal(d);
    w.integer(units);
    w.unsigned_integer(static_cast<std::uint64_t>(units));
    w.end_array();
    INFO("units " << units << " scale " << d.scale);
    REQUIRE(w.take() == "[" + d.to_string() + "," + std::to_string(units) + "," +
                            std::to_string(static_cast<std::uint64_t>(units)) + "]");
  }
}

TEST_CASE("the writer's text parses back as what it was given, compact and pretty", "[json][writer]") {
  // Names that need escaping too, strings long and short, nesting, and
  // enough members that the buffer grows many times from nothing.
  const std::string names[] = {"key", "applications.received.natural", "名称", "q\"uote", "back\\slash", "tab\t",
                               ""};
  const char* alphabet[] = {"a", "b", "\"", "\\", "\n", "\x01", " ", "文", "\xE2\x80\xA8"};
  std::uint64_t state = 42;
  for (bool pretty : {false, true}) {
    std::vector<std::pair<std::string, std::string>> written;
    JsonWriter w(pretty);
    w.begin_object();
    const int members = 3000;
    for (int i = 0; i < members; ++i) {
      const std::string& name = names[i % 7];
      w.key(name + std::to_string(i));
      std::string value;
      for (auto n = next(state) % 300; n > 0; --n) value += alphabet[next(state) % 9];
      if (i % 3 == 0) {
        w.begin_array();
        w.string(value);
        w.null();
        w.boolean(i % 2 == 0);
        w.begin_object();
        w.end_object();
        w.end_array();
      } else {
        w.string(value);
        written.emplace_back(name + std::to_string(i), value);
      }
    }
    w.end_object();
    std::string text = w.take();
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    REQUIRE(parser.parse(text).get(root) == simdjson::SUCCESS);
    simdjson::dom::object object;
    REQUIRE(root.get(object) == simdjson::SUCCESS);
    CHECK(object.size() == static_cast<std::size_t>(members));
    for (const auto& [name, value] : written) {
      std::string_view read;
      REQUIRE(object[name].get(read) == simdjson::SUCCESS);
      REQUIRE(read == value);
    }
    CHECK(written.size() == 2000);
    CHECK((text.find('\n') != std::string::npos) == pretty);
  }
}

TEST_CASE("a name written in the source is written as the same name given at run time", "[json][writer]") {
  for (bool pretty : {false, true}) {
    JsonWriter literal(pretty), runtime(pretty);
    literal.begin_object();
    runtime.begin_object();
    literal.member("title", "年度报告");
    runtime.member(std::string_view("title"), std::string_view("年度报告"));
    literal.member_uint("line", 7);
    runtime.member_uint(std::string_view("line"), 7);
    literal.member_int("level", -1);
    runtime.member_int(std::string_view("level"), -1);
    literal.member_bool("inferred", true);
    runtime.member_bool(std::string_view("inferred"), true);
    literal.key("span");
    runtime.key(std::string_view("span"));
    literal.begin_object();
    runtime.begin_object();
    literal.end_object();
    runtime.end_object();
    literal.end_object();
    runtime.end_object();
    const std::string text = literal.take();
    CHECK(text == runtime.take());
    CHECK(text.find("\"title\":") != std::string::npos);
  }
}
