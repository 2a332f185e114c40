// parse_bytes / parse_file: the front end the file's kind needs, the linear
// text, the report reader, then the cells' places in the file.
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "gongkai/error.hpp"
#include "gongkai/inputs.hpp"
#include "inputs/docx/docx_reader.hpp"
#include "inputs/html/html_reader.hpp"
#include "inputs/linearize.hpp"
#include "inputs/pdf/pdf_reader.hpp"
#include "inputs/text/encoding.hpp"
#include "text/utf8.hpp"

namespace gongkai {
namespace {

// The words every report of the kind has in its title or first section.
bool has_report_text(std::string_view text) {
  for (std::string_view w : {"信息公开", "信息公開", "資訊公開", "资讯公开"})
    if (text.find(w) != std::string_view::npos) return true;
  return false;
}

// Files people also have that no front end reads: said plainly, rather than
// "binary input".
void refuse_unreadable_kinds(std::string_view bytes) {
  auto starts = [&](std::string_view magic) { return bytes.substr(0, magic.size()) == magic; };
  if (starts("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
    throw Error(Status::bad_file,
                "这是旧版 Word（.doc）、WPS 或 Excel 文件，请另存为 .docx 或 PDF / this is an old Word (.doc), WPS or "
                "Excel file: save it as .docx or PDF");
  if (starts("\x89PNG\r\n") || starts("\xFF\xD8\xFF") || starts("II*\0") || starts("MM\0*") || starts("GIF8"))
    throw Error(Status::needs_ocr, "这是一张图片，需要先做 OCR 文字识别 / this is an image: it needs OCR first");
}

// Text that is UTF-8 already (after a UTF-8 BOM, if any): the bytes the
// decoder would copy out unchanged, so that the parser can read them where
// they are instead of from a second copy of the input.
std::optional<std::string_view> utf8_as_is(std::string_view bytes, const FileOptions& options) {
  if (!options.encoding.empty()) return std::nullopt;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return bytes.substr(3);  // as decode_text: the BOM is not text
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") return std::nullopt;
  if (text::find_invalid_utf8(bytes) != std::string_view::npos) return std::nullopt;
  return bytes;
}

// The report text of the bytes: in *as_is when it is the text part of the
// bytes themselves (and as_is is given), else in the result's text.
inputs::LinearText read_linear(std::string_view bytes, const FileOptions& options,
                               std::optional<std::string_view>* as_is = nullptr) {
  if (bytes.size() > options.parse.max_input_bytes)
    throw Error(Status::too_large, "文件超过大小上限 / the file exceeds the size limit (" +
                                       std::to_string(options.parse.max_input_bytes) + " bytes)");
  InputKind kind = options.kind == InputKind::detect ? detect_input_kind(bytes) : options.kind;
  if (options.kind == InputKind::detect && kind == InputKind::text) refuse_unreadable_kinds(bytes);
  inputs::LinearText linear;
  switch (kind) {
    case InputKind::detect:
    case InputKind::text:
      if (as_is) {
        *as_is = utf8_as_is(bytes, options);
        if (*as_is) return linear;
      }
      linear.text = inputs::decode_text(bytes, options.encoding);
      return linear;  // the parser itself says what is wrong with a text
    case InputKind::html:
      linear = inputs::linearize(inputs::read_html(bytes, options.encoding));
      break;
    case InputKind::docx:
      linear = inputs::linearize(inputs::read_docx(bytes, options.max_unpacked_bytes));
      break;
    case InputKind::pdf:
      linear = inputs::linearize(inputs::read_pdf(bytes, options.max_pages));
      break;
  }
  if (!has_report_text(linear.text))
    throw Error(Status::no_report,
                std::string("文件中没有政府信息公开工作年度报告的文字 / no report text (政府信息公开) was found in this ") +
                    input_kind_name(kind) + " file");
  return linear;
}

}  // namespace

std::string file_text(std::string_view bytes, const FileOptions& options) {
  return read_linear(bytes, options).text;
}

Report parse_bytes(std::string_view bytes, const FileOptions& options) {
  std::optional<std::string_view> as_is;
  inputs::LinearText linear = read_linear(bytes, options, &as_is);
  Report report = parse(as_is ? *as_is : std::string_view(linear.text), options.parse);
  inputs::attach_places(report, linear);
  return report;
}

Report parse_file(const std::string& path, const FileOptions& options) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw Error(Status::io_error, "这是文件夹，不是文件 / this is a folder, not a file: " + path);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(Status::io_error, "无法打开文件 / cannot open file: " + path);
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size >= 0 && static_cast<std::size_t>(size) > options.parse.max_input_bytes)
    throw Error(Status::too_large, "文件超过大小上限 / the file exceeds the size limit: " + path);
  in.seekg(0, std::ios::beg);
  std::string bytes;
  if (size > 0) bytes.resize(static_cast<std::size_t>(size));
  if (size > 0 && !in.read(bytes.data(), size))
    throw Error(Status::io_error, "无法读取文件 / cannot read file: " + path);
  return parse_bytes(bytes, options);
}

}  // namespace gongkai
