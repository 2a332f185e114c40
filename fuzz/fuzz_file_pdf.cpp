// Any bytes read as a pdf file (lib/inputs/pdf, then the report reader).
// Half the inputs get an end of file marker, so that mutated files pass the
// check for a cut file and reach qpdf, the content interpreter and layout.
#include <string>

#include "fuzz_files.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0 || data[0] % 2 == 0) return fuzzing::parse_file_of_kind(data, size, gongkai::InputKind::pdf);
  std::string ended(reinterpret_cast<const char*>(data), size);
  ended += "\n%%EOF\n";
  return fuzzing::parse_file_of_kind(reinterpret_cast<const std::uint8_t*>(ended.data()), ended.size(),
                                     gongkai::InputKind::pdf);
}
