#include "file_input.hpp"

#include <string>

namespace gongkai::cli {

const char* const kFileOptionsHelp =
    "  --encoding E   the text's encoding (gb18030, gbk, utf-16le, ...); default:\n"
    "                 detected (BOM, <meta charset>, UTF-8, else GB18030)\n"
    "  --kind K       read every input as K: text, html, docx or pdf; default:\n"
    "                 detected from the content, not the name\n";

void add_file_options(CLI::App& app, FileOptions& options) {
  app.add_option("--encoding", options.encoding);
  app.add_option_function<std::string>("--kind", [&options](const std::string& name) {
    auto kind = input_kind_from_name(name);
    if (!kind) throw CLI::ValidationError("--kind", "未知文件类型 / unknown kind '" + name + "' (text, html, docx, pdf)");
    options.kind = *kind;
  });
}

}  // namespace gongkai::cli
