// Validation of whatever parses, alone and against itself as last year's
// report and as its own child.
#include "fuzz_common.hpp"
#include "gongkai/validate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto report = fuzzing::parse_or_refuse(fuzzing::bytes(data, size), false);
  if (!report) return 0;
  (void)gongkai::derive_blank_totals(*report);
  (void)gongkai::validate(*report);
  (void)gongkai::compare_with_previous(*report, *report);
  (void)gongkai::compare_with_children(*report, {&*report, &*report});
  return 0;
}
