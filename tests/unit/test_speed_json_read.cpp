// from_json's fast paths against the plain ones they stand for: the depth
// scan sixteen bytes at a time against the scan a byte at a time, and the
// fields compared with the cells in order against the comparison by key
// (fields in another order, or disagreeing, must still read or fail as
// before).
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "gongkai/error.hpp"
#include "gongkai/json.hpp"
#include "gongkai/parse.hpp"
#include "sample_text.hpp"
#include "serialize/text_scan.hpp"

using namespace gongkai;
using gktest::replace_once;
using gktest::sample_text;

namespace {

// Pieces that matter to the scan, and filler that does not, so that
// brackets, quotes and escapes fall at every place of a 16-byte block.
std::string generated_json(std::mt19937& rng) {
  static const char* const pieces[] = {"{", "}", "[", "]", "\"", "\\", "\\\"", "\\\\", "ab", "年度", " ",
                                       "\"key\":", "0123456789abcdef", "\"[{\"", "\"]}\"", "报告报告报告报告报告报告"};
  std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1), length(0, 80);
  std::string s;
  for (std::size_t n = length(rng); n > 0; --n) s += pieces[pick(rng)];
  return s;
}

}  // namespace

TEST_CASE("the block depth scan finds what the byte scan finds", "[speed][json]") {
  std::mt19937 rng(12);
  for (int i = 0; i < 20000; ++i) {
    const std::string s = generated_json(rng);
    const std::size_t depth = static_cast<std::size_t>(i % 7);
    INFO("input " << s << " depth " << depth);
    REQUIRE(serialize::find_excess_depth(s, depth) == serialize::find_excess_depth_bytewise(s, depth));
  }
  // Deep nesting past a long string, and a bracket right after a block.
  std::string deep = "{\"" + std::string(40, 'x') + "\":" + std::string(100, '[');
  CHECK(serialize::find_excess_depth(deep, 64) == serialize::find_excess_depth_bytewise(deep, 64));
  CHECK(serialize::find_excess_depth(deep, 64) == 44 + 63);  // the { is the first level
}

TEST_CASE("fields in another order than the cells read as before, and disagreeing fields fail as before",
          "[speed][json]") {
  Report r = parse(sample_text());
  const std::string json = to_json(r);
  const Report back = from_json(json);
  CHECK(to_json(back) == json);

  // The first two fields swapped: not the order of the cells, the same report.
  auto fields = json.find("\"fields\":{");
  REQUIRE(fields != std::string::npos);
  const std::size_t a = fields + 10;
  const std::size_t comma1 = json.find(',', a);
  const std::size_t comma2 = json.find(',', comma1 + 1);
  std::string first = json.substr(a, comma1 - a), second = json.substr(comma1 + 1, comma2 - comma1 - 1);
  std::string swapped = json.substr(0, a) + second + "," + first + json.substr(comma2);
  CHECK(to_json(from_json(swapped)) == json);

  // A field's value changed: refused, naming the key, in either order.
  const std::string key = first.substr(0, first.find(':'));
  for (const std::string& text : {json, swapped}) {
    std::string changed = replace_once(text, first, key + ":123456");
    try {
      from_json(changed);
      FAIL("a field that disagrees with its cell was accepted");
    } catch (const Error& e) {
      CHECK(e.status() == Status::json_schema);
      CHECK(std::string(e.what()).find("fields disagree with the cells of tables") != std::string::npos);
    }
  }
}
