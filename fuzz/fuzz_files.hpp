// The file front ends' harnesses: any bytes as a file of one kind give a
// report, or a gongkai::Error (bad_file, needs_ocr, no_report, ...), never a
// crash, a hang or a leak; what parses serializes and reads back.
#pragma once

#include "fuzz_common.hpp"
#include "gongkai/inputs.hpp"

namespace fuzzing {

inline int parse_file_of_kind(const std::uint8_t* data, std::size_t size, gongkai::InputKind kind) {
  gongkai::FileOptions options;
  options.kind = kind;
  options.parse.validate = false;
  options.max_unpacked_bytes = 4u << 20;  // the fuzzer's memory limit, not a user's
  options.max_pages = 50;
  try {
    gongkai::Report r = gongkai::parse_bytes(bytes(data, size), options);
    require_round_trip(gongkai::to_json(r));
  } catch (const gongkai::Error&) {
  }
  return 0;
}

}  // namespace fuzzing
