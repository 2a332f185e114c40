// Any bytes into from_json(): a report or a gongkai::Error; a report read
// back writes JSON that reads back to the same bytes.
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gongkai::Report report;
  try {
    report = gongkai::from_json(fuzzing::bytes(data, size));
  } catch (const gongkai::Error&) {
    return 0;
  }
  fuzzing::require_round_trip(gongkai::to_json(report));
  return 0;
}
