#include "inputs/pdf/pdf_reader.hpp"

#include "gongkai/error.hpp"

namespace gongkai::inputs {

Document read_pdf(std::string_view bytes, std::size_t max_pages) {
  throw Error(Status::bad_file, "PDF 尚不支持 / PDF is not supported yet");
}

}  // namespace gongkai::inputs
