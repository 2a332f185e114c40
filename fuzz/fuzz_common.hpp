// What the harnesses share: reading the fuzzer's bytes as a report, and the
// round-trip property of the JSON.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "gongkai/error.hpp"
#include "gongkai/json.hpp"
#include "gongkai/parse.hpp"

namespace fuzzing {

inline std::string_view bytes(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

/// The report the bytes parse to, or nothing when parse() refuses them.
inline std::optional<gongkai::Report> parse_or_refuse(std::string_view text, bool validate) {
  gongkai::ParseOptions options;
  options.validate = validate;
  try {
    return gongkai::parse(text, options);
  } catch (const gongkai::Error&) {
    return std::nullopt;
  }
}

/// What gongkai wrote, gongkai reads back to the same bytes; aborts otherwise.
inline void require_round_trip(const std::string& json) {
  std::string again;
  try {
    again = gongkai::to_json(gongkai::from_json(json));
  } catch (const gongkai::Error&) {
    std::abort();
  }
  if (again != json) std::abort();
}

}  // namespace fuzzing
