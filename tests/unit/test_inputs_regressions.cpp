// Every input the file front ends' fuzzers found crashing
// (tests/regressions/file_<kind>/) is read again: a report or a
// gongkai::Error, never a crash.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "gongkai/inputs.hpp"
#include "gongkai/error.hpp"
#include "gongkai/json.hpp"

namespace fs = std::filesystem;

TEST_CASE("fuzzer-found files no longer crash the front ends", "[inputs][regressions]") {
  fs::path dir = fs::path(GONGKAI_FIXTURES_DIR).parent_path() / "regressions";
  std::size_t replayed = 0;
  for (const char* kind : {"html", "docx", "pdf", "text"}) {
    fs::path sub = dir / (std::string("file_") + kind);
    if (!fs::exists(sub)) continue;
    for (const auto& entry : fs::directory_iterator(sub)) {
      if (!entry.is_regular_file()) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      INFO("input " << entry.path().string());
      gongkai::FileOptions options;
      options.kind = *gongkai::input_kind_from_name(kind);
      ++replayed;
      try {
        std::string json = gongkai::to_json(gongkai::parse_bytes(ss.str(), options));
        CHECK(gongkai::to_json(gongkai::from_json(json)) == json);
      } catch (const gongkai::Error&) {
      }
    }
  }
  SUCCEED("replayed " << replayed << " inputs");
}
