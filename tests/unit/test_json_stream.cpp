// write_json hands out the bytes of to_json in pieces: joined, they are the
// same text, pretty or not, with or without detail, for a small report and
// for one whose JSON is several pieces long.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gongkai/json.hpp"
#include "gongkai/parse.hpp"
#include "sample_text.hpp"

using namespace gongkai;
using gktest::replace_once;
using gktest::sample_text;


TEST_CASE("write_json's pieces joined are to_json's text", "[json][stream]") {
  std::string small = sample_text();
  std::string large;
  while (large.size() < (3u << 20)) large += small + "\n";  // a JSON of several megabytes
  for (const std::string* text : {&small, &large}) {
    Report r = parse(*text);
    for (bool pretty : {false, true})
      for (bool detail : {true, false}) {
        JsonWriteOptions o;
        o.pretty = pretty;
        o.include_detail = detail;
        std::string joined;
        std::size_t pieces = 0;
        write_json(r, o, [&](std::string_view piece) {
          CHECK(!piece.empty());
          joined.append(piece);
          ++pieces;
        });
        INFO("input " << text->size() << " bytes, pretty " << pretty << ", detail " << detail);
        CHECK(joined == to_json(r, o));
        if (text == &large && detail) CHECK(pieces > 1);  // it did go out in pieces
      }
  }
}
