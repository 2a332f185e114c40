#include "read_upload.hpp"

#include "gongkai/parse.hpp"

namespace gongkai::serve {

Report read_upload(std::string_view bytes, std::string_view /*filename*/, std::size_t max_bytes) {
  // For now every upload is UTF-8 report text, whatever its name; the file
  // front ends will dispatch on the name and the leading bytes here.
  ParseOptions options;
  options.max_input_bytes = max_bytes;
  return parse(bytes, options);
}

}  // namespace gongkai::serve
