// Every input a fuzzer found crashing (tests/regressions/<harness>/) is
// replayed through the entry point it crashed: it must now give a report or
// a gongkai::Error, and what parses must survive the JSON round trip.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "gongkai/error.hpp"
#include "gongkai/json.hpp"
#include "gongkai/parse.hpp"
#include "gongkai/validate.hpp"

namespace fs = std::filesystem;

TEST_CASE("fuzzer-found inputs no longer crash", "[regressions]") {
  fs::path dir = fs::path(GONGKAI_FIXTURES_DIR).parent_path() / "regressions";
  std::size_t replayed = 0;
  if (!fs::exists(dir)) return;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().filename() == "README.md") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string data = ss.str();
    INFO("input " << entry.path().string());
    ++replayed;
    try {
      gongkai::Report r = gongkai::parse(data);
      (void)gongkai::compare_with_previous(r, r);
      std::string json = gongkai::to_json(r);
      CHECK(gongkai::to_json(gongkai::from_json(json)) == json);
    } catch (const gongkai::Error&) {
    }
    try {
      gongkai::Report r = gongkai::from_json(data);
      std::string json = gongkai::to_json(r);
      CHECK(gongkai::to_json(gongkai::from_json(json)) == json);
    } catch (const gongkai::Error&) {
    }
  }
  SUCCEED("replayed " << replayed << " inputs");
}
