// The bundled gk2021 sample report's text, and a one-place edit of a text:
// the starting point of tests that damage a real-looking report.
#pragma once

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

namespace gktest {

inline std::string sample_text() {
  std::ifstream in(GONGKAI_SAMPLES_DIR "/gk2021_tabs_2023.txt", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  REQUIRE(!ss.str().empty());
  return ss.str();
}

/// s with the first `from` replaced by `to` (which must be there).
inline std::string replace_once(std::string s, const std::string& from, const std::string& to) {
  auto p = s.find(from);
  REQUIRE(p != std::string::npos);
  return s.replace(p, from.size(), to);
}

}  // namespace gktest
