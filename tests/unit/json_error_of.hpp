// The error from_json raises for a text, or a failed check when it raises
// none: for the tests of bad JSON.
#pragma once

#include <catch2/catch.hpp>

#include <string>

#include "gongkai/error.hpp"
#include "gongkai/json.hpp"

namespace gktest {

inline gongkai::Error json_error_of(const std::string& json) {
  try {
    gongkai::from_json(json);
  } catch (const gongkai::Error& e) {
    return e;
  }
  FAIL("from_json accepted: " << json.substr(0, 200));
  return gongkai::Error(gongkai::Status::ok, "");
}

}  // namespace gktest
