// Any bytes into parse(): a report or a gongkai::Error, never a crash, a
// hang or a leak; and whatever parses serializes.
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (auto report = fuzzing::parse_or_refuse(fuzzing::bytes(data, size), false)) (void)gongkai::to_json(*report);
  return 0;
}
