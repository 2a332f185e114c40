// Placeholder entry point; the parser lands here.
#include "gongkai/parse.hpp"

#include "gongkai/error.hpp"
#include "gongkai/validate.hpp"

namespace gongkai {

Report parse(std::string_view utf8, const ParseOptions& options) {
  if (utf8.empty()) throw Error(Status::empty_input, "empty input / 输入为空");
  Report r;
  r.input_bytes = utf8.size();
  if (options.validate) {
    auto found = validate(r);
    r.diagnostics.insert(r.diagnostics.end(), found.begin(), found.end());
  }
  return r;
}

}  // namespace gongkai
