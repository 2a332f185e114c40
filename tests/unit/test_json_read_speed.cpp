// from_json's third round of fast paths against what they stand for: names
// and strings read between their quotes when they hold no backslash (and
// unescaped by simdjson when they do), known names told apart by their
// place in a list, the "fields" object's names checked for repeats by the
// template's order (OrderedNames against MemberNames).
#include <catch2/catch.hpp>

#include "json_error_of.hpp"

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "gongkai/error.hpp"
#include "gongkai/json.hpp"
#include "gongkai/parse.hpp"
#include "sample_text.hpp"
#include "serialize/member_names.hpp"

using namespace gongkai;
using gktest::replace_once;
using gktest::sample_text;

namespace {


// The JSON text of a string: the characters that must be escaped escaped,
// and every other one as itself.
std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

}  // namespace

TEST_CASE("OrderedNames finds the names MemberNames finds, in any order", "[speed][json]") {
  std::vector<std::string> pool;
  for (int i = 0; i < 60; ++i) pool.push_back("applications.k" + std::to_string(i * 7 % 23) + "." + std::to_string(i));
  std::vector<std::string_view> expected(pool.begin(), pool.begin() + 40);  // distinct; 20 names outside it
  std::mt19937 rng(20260509);
  for (int round = 0; round < 3000; ++round) {
    // Mostly the expected order with names left out, then some disorder:
    // names outside the list, names given again, a pair swapped.
    std::vector<std::string_view> names;
    for (std::string_view n : expected)
      if (rng() % 3 != 0) names.push_back(n);
    std::size_t changes = rng() % 4;
    for (std::size_t c = 0; c < changes && !names.empty(); ++c) {
      std::size_t at = rng() % names.size();
      switch (rng() % 3) {
        case 0: names.insert(names.begin() + at, pool[40 + rng() % 20]); break;
        case 1: names.insert(names.begin() + at, names[rng() % names.size()]); break;
        case 2: std::swap(names[at], names[rng() % names.size()]); break;
      }
    }
    serialize::MemberNames plain;
    serialize::OrderedNames ordered(expected);
    for (std::size_t i = 0; i < names.size(); ++i) {
      INFO("round " << round << ", name " << i << ": " << names[i]);
      REQUIRE(ordered.insert(names[i]) == plain.insert(names[i]));
    }
  }
  // Without an order to follow, every name is looked up.
  std::vector<std::string_view> none;
  serialize::OrderedNames unordered(none);
  CHECK(unordered.insert("a"));
  CHECK(unordered.insert("b"));
  CHECK_FALSE(unordered.insert("a"));
}

TEST_CASE("a field given twice is refused wherever the second one is", "[speed][json]") {
  const std::string json = to_json(parse(sample_text()));
  const std::size_t fields = json.find("\"fields\":{");
  REQUIRE(fields != std::string::npos);
  const std::size_t fields_end = json.find('}', fields);
  // The names of the fields object, in order.
  std::vector<std::pair<std::size_t, std::string>> names;  // (offset of the opening quote, name)
  for (std::size_t at = fields + 10; at < fields_end;) {
    std::size_t close = json.find('"', at + 1);
    names.emplace_back(at, json.substr(at + 1, close - at - 1));
    at = json.find(',', close);
    if (at == std::string::npos || at > fields_end) break;
    ++at;
  }
  REQUIRE(names.size() > 20);
  // A later name made an earlier one's, for pairs near and far: the error is
  // at the value of the second.
  for (std::size_t later : {std::size_t{1}, std::size_t{2}, std::size_t{15}, names.size() - 1})
    for (std::size_t earlier : {std::size_t{0}, later - 1}) {
      if (earlier >= later) continue;
      std::string bad = json;
      auto [at, name] = names[later];
      bad.replace(at + 1, name.size(), names[earlier].second);
      std::size_t value = at + 1 + names[earlier].second.size() + 2;
      Error e = gktest::json_error_of(bad);
      INFO("field " << later << " named as field " << earlier);
      CHECK(e.status() == Status::json_schema);
      CHECK(e.offset() == value);
      CHECK(std::string(e.what()).find("duplicate member \"" + names[earlier].second + "\"") != std::string::npos);
    }
  // A name that is not the template's, then a field given again: still found.
  std::string twice = json;
  auto [at3, name3] = names[3];
  auto [at9, name9] = names[9];
  twice.replace(at9 + 1, name9.size(), names[1].second);  // the later first: the earlier offset holds
  twice.replace(at3 + 1, name3.size(), "not.a.template.key");
  Error again = gktest::json_error_of(twice);
  CHECK(again.status() == Status::json_schema);
  CHECK(std::string(again.what()).find("duplicate member \"" + names[1].second + "\"") != std::string::npos);
  // Fields swapped out of the template's order read as before.
  for (std::size_t i : {std::size_t{5}, std::size_t{17}}) {
    const std::size_t a = names[i].first, b = names[i + 1].first, end = names[i + 2].first - 1;
    const std::string one = json.substr(a, b - 1 - a), two = json.substr(b, end - b);
    std::string swapped = json.substr(0, a) + two + "," + one + json.substr(end);
    REQUIRE(swapped.size() == json.size());
    CHECK(to_json(from_json(swapped)) == json);
  }
}

TEST_CASE("names and strings with escapes read as their unescaped text", "[speed][json]") {
  const std::string json = to_json(parse(sample_text()));
  const Report plain = from_json(json);
  REQUIRE(!plain.tables.empty());
  REQUIRE(!plain.tables[0].cells.empty());
  // A known name spelled with an escape is that name.
  CHECK(to_json(from_json(replace_once(json, "{\"key\":", "{\"\\u006bey\":"))) == json);
  CHECK(to_json(from_json(replace_once(json, "\"state\":", "\"st\\u0061te\":"))) == json);
  CHECK(to_json(from_json(replace_once(json, "\"schema\":", "\"\\u0073chema\":"))) == json);
  // ... and so is given twice when the plain spelling comes too.
  const std::string first_cell = "{\"key\":\"" + plain.tables[0].cells[0].key + "\"";
  Error twice = gktest::json_error_of(replace_once(json, first_cell, first_cell + ",\"k\\u0065y\":\"x\""));
  CHECK(twice.status() == Status::json_schema);
  CHECK(std::string(twice.what()).find("duplicate member \"key\"") != std::string::npos);
  // label_zh, which the reader skips, given twice is refused as before.
  Error labels = gktest::json_error_of(replace_once(json, "\"label_zh\":", "\"label_zh\":null,\"label_zh\":"));
  CHECK(labels.status() == Status::json_schema);
  // A bad escape in a name or a string is a syntax error.
  CHECK(gktest::json_error_of(replace_once(json, "{\"key\":", "{\"k\\qey\":")).status() == Status::json_syntax);
  CHECK(gktest::json_error_of(replace_once(json, "{\"key\":\"", "{\"key\":\"\\q")).status() == Status::json_syntax);
  // An enum spelled with an escape is its name; one the reader does not know is refused.
  CHECK(to_json(from_json(replace_once(json, "\"state\":\"number\"", "\"state\":\"n\\u0075mber\""))) == json);
  CHECK(gktest::json_error_of(replace_once(json, "\"state\":\"number\"", "\"state\":\"numbe\"")).status() == Status::json_schema);
}

TEST_CASE("strings of every length end where their closing quote is", "[speed][json]") {
  // A cell's raw and note of 0 to 70 bytes, plain and with an escape at each
  // place, so that the closing quote and the backslash fall at every place of
  // a 16-byte block: each reads back as the text it stands for.
  const std::string json = to_json(parse(sample_text()));
  const Report plain = from_json(json);
  const Cell& cell = plain.tables[0].cells[0];
  const std::string from = "\"note\":" + quoted(cell.note);
  std::mt19937 rng(7);
  const std::vector<std::string> letters = {"a", "b", "年", "度", "c", "\"", "\\", "d", "\n", "e", "0", "9"};
  for (std::size_t n = 0; n <= 70; ++n) {
    for (int variant = 0; variant < 6; ++variant) {
      std::string text;
      while (text.size() < n) {
        const std::string& c = letters[rng() % letters.size()];
        if (variant == 0 && (c == "\"" || c == "\\" || c == "\n")) continue;  // no escape at all
        if (text.size() + c.size() > n) {  // a character that would run past n bytes
          text += 'x';
          continue;
        }
        text += c;
      }
      INFO("length " << n << ", variant " << variant << ": " << text);
      Report r = from_json(replace_once(json, from, "\"note\":" + quoted(text)));
      REQUIRE(r.tables[0].cells[0].note == text);
      CHECK(r.tables[0].cells[0].key == cell.key);
      CHECK(r.tables[0].cells[0].raw == cell.raw);
    }
  }
}

TEST_CASE("a \\u0000 is refused wherever it falls in a 16-byte block", "[speed][json]") {
  const std::string json = to_json(parse(sample_text()));
  const Report plain = from_json(json);
  const std::string from = "\"note\":\"" + plain.tables[0].cells[0].note + "\"";
  for (std::size_t pad = 0; pad < 20; ++pad) {
    const std::string before(pad, 'a');
    INFO("after " << pad << " bytes");
    // An escaped NUL: refused, at the string.
    std::string bad = replace_once(json, from, "\"note\":\"" + before + "\\u0000b\"");
    Error e = gktest::json_error_of(bad);
    CHECK(e.status() == Status::json_schema);
    CHECK(e.offset() == bad.find("\"note\":\"" + before + "\\u0000") + 7);
    CHECK(std::string(e.what()).find("\\u0000 (NUL)") != std::string::npos);
    // An escaped backslash before u0000 is the text \u0000, no NUL.
    Report ok = from_json(replace_once(json, from, "\"note\":\"" + before + "\\\\u0000\""));
    CHECK(ok.tables[0].cells[0].note == before + "\\u0000");
    // A NUL in a member name.
    Error name = gktest::json_error_of(replace_once(json, "\"raw\":", "\"" + before + "\\u0000\":0,\"raw\":"));
    CHECK(name.status() == Status::json_schema);
    CHECK(std::string(name.what()).find("member name") != std::string::npos);
  }
}
