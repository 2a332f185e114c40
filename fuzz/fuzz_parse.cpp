// Any bytes into parse(): a report or a gongkai::Error, never a crash, a
// hang or a leak; and whatever parses serializes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "gongkai/error.hpp"
#include "gongkai/json.hpp"
#include "gongkai/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  gongkai::ParseOptions options;
  options.validate = false;
  try {
    gongkai::Report report = gongkai::parse(text, options);
    (void)gongkai::to_json(report);
  } catch (const gongkai::Error&) {
  }
  return 0;
}
