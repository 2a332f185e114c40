#include "report_input.hpp"

#include "gongkai/json.hpp"
#include "gongkai/inputs.hpp"
#include "gongkai/parse.hpp"
#include "gongkai/validate.hpp"
#include "input_files.hpp"

namespace gongkai::cli {
namespace {

// A report JSON starts with '{' (after an optional BOM and whitespace); a
// report text never does.
bool is_json_object(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::size_t i = bytes.find_first_not_of(" \t\r\n");
  return i != std::string_view::npos && bytes[i] == '{';
}

}  // namespace

std::vector<NamedReport> read_reports(const std::string& path, bool revalidate_json) {
  std::string bytes = read_input(InputFile{path, {}});
  std::vector<NamedReport> out;
  if (is_json_batch(bytes)) {
    std::vector<Report> batch = from_json_batch(bytes);
    for (std::size_t i = 0; i < batch.size(); ++i)
      out.push_back({path + "[" + std::to_string(i) + "]", std::move(batch[i])});
  } else if (is_json_object(bytes)) {
    out.push_back({path, from_json(bytes)});
  } else {
    out.push_back({path, parse_bytes(bytes)});  // a PDF, web page, Word file or text in any encoding
    return out;
  }
  if (revalidate_json)
    for (auto& r : out) revalidate(r.report);
  return out;
}

}  // namespace gongkai::cli
