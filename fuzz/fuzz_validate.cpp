// Validation of whatever parses, alone and against itself as last year's
// report and as its own child.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "gongkai/error.hpp"
#include "gongkai/parse.hpp"
#include "gongkai/validate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  gongkai::ParseOptions options;
  options.validate = false;
  try {
    gongkai::Report report = gongkai::parse(text, options);
    (void)gongkai::derive_blank_totals(report);
    (void)gongkai::validate(report);
    (void)gongkai::compare_with_previous(report, report);
    (void)gongkai::compare_with_children(report, {&report, &report});
  } catch (const gongkai::Error&) {
  }
  return 0;
}
