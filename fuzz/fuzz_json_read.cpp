// Any bytes into from_json(): a report or a gongkai::Error; a report read
// back writes JSON that reads back to the same bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "gongkai/error.hpp"
#include "gongkai/json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view json(reinterpret_cast<const char*>(data), size);
  gongkai::Report report;
  try {
    report = gongkai::from_json(json);
  } catch (const gongkai::Error&) {
    return 0;
  }
  std::string once = gongkai::to_json(report);
  std::string twice;
  try {
    twice = gongkai::to_json(gongkai::from_json(once));
  } catch (const gongkai::Error&) {
    std::abort();  // what gongkai wrote, gongkai must read
  }
  if (once != twice) std::abort();
  return 0;
}
