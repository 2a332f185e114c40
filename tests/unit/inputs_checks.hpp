// Helpers of the file front-end tests: the error a call throws, and GB18030
// bytes of a UTF-8 text (by iconv, as a Windows editor would save it).
#pragma once

#include <catch2/catch.hpp>

#include <iconv.h>

#include <string>

#include "gongkai/error.hpp"

namespace inputs_checks {

template <class F>
gongkai::Error error_of(F&& call) {
  try {
    call();
  } catch (const gongkai::Error& e) {
    return e;
  }
  FAIL("no gongkai::Error was thrown");
  return gongkai::Error(gongkai::Status::ok, "");
}

inline std::string convert(const std::string& utf8, const char* to) {
  iconv_t cd = iconv_open(to, "UTF-8");
  REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
  std::string out(utf8.size() * 4 + 16, '\0');
  char* in = const_cast<char*>(utf8.data());
  std::size_t in_left = utf8.size(), out_left = out.size();
  char* dst = out.data();
  std::size_t r = iconv(cd, &in, &in_left, &dst, &out_left);
  iconv_close(cd);
  REQUIRE(r != static_cast<std::size_t>(-1));
  out.resize(out.size() - out_left);
  return out;
}

/// Messages users read say it in Chinese, then in English.
inline bool bilingual(const gongkai::Error& e) {
  std::string m = e.what();
  return m.find(" / ") != std::string::npos;
}

}  // namespace inputs_checks
