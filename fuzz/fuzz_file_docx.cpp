// Any bytes read as a docx file (lib/inputs/docx, then the report reader).
#include "fuzz_files.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return fuzzing::parse_file_of_kind(data, size, gongkai::InputKind::docx);
}
