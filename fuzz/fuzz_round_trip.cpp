// parse → to_json → from_json → to_json gives the same bytes twice.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "gongkai/error.hpp"
#include "gongkai/json.hpp"
#include "gongkai/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  gongkai::Report report;
  try {
    report = gongkai::parse(text);
  } catch (const gongkai::Error&) {
    return 0;
  }
  std::string first = gongkai::to_json(report);
  std::string second;
  try {
    second = gongkai::to_json(gongkai::from_json(first));
  } catch (const gongkai::Error&) {
    std::abort();
  }
  if (first != second) std::abort();
  return 0;
}
