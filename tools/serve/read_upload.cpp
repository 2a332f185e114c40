#include "read_upload.hpp"

#include "gongkai/inputs.hpp"

namespace gongkai::serve {

Report read_upload(std::string_view bytes, std::string_view /*filename*/, std::size_t max_bytes) {
  // Any file kind the library reads (PDF, web page, Word, text in any
  // encoding), told by its content rather than its name.
  FileOptions options;
  options.parse.max_input_bytes = max_bytes;
  return parse_bytes(bytes, options);
}

}  // namespace gongkai::serve
