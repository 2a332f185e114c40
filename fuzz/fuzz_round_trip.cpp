// parse → to_json → from_json → to_json gives the same bytes twice.
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (auto report = fuzzing::parse_or_refuse(fuzzing::bytes(data, size), true))
    fuzzing::require_round_trip(gongkai::to_json(*report));
  return 0;
}
