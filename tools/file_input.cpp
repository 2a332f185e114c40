#include "file_input.hpp"

#include <cstdio>

namespace gongkai::cli {

const char* const kFileOptionsHelp =
    "  --encoding E   the text's encoding (gb18030, gbk, utf-16le, ...); default:\n"
    "                 detected (BOM, <meta charset>, UTF-8, else GB18030)\n"
    "  --kind K       read every input as K: text, html, docx or pdf; default:\n"
    "                 detected from the content, not the name\n";

bool read_file_option(ArgReader& args, FileOptions& options, bool& bad) {
  const std::string& a = args.arg();
  if (a == "--encoding") {
    const char* v = args.value();
    if (!v) return bad = true;
    options.encoding = v;
    return true;
  }
  if (a == "--kind") {
    const char* v = args.value();
    if (!v) return bad = true;
    auto k = input_kind_from_name(v);
    if (!k) {
      std::fprintf(stderr, "gongkai: 未知文件类型 / unknown kind '%s' (text, html, docx, pdf)\n", v);
      return bad = true;
    }
    options.kind = *k;
    return true;
  }
  return false;
}

}  // namespace gongkai::cli
