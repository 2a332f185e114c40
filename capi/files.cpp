// gk_report_parse_bytes / gk_report_parse_file: reports from PDF, web pages,
// Word files and text in any encoding (gongkai/inputs.hpp).
#include <string>

#include "gongkai/inputs.hpp"
#include "guard.hpp"
#include "handles.hpp"
#include "options.hpp"

using gongkai::capi::fail;
using gongkai::capi::guarded;

namespace {

gk_status to_file_options(const gk_file_options* in, const gk_parse_options* parse, gongkai::FileOptions& out,
                          gk_error* error) {
  out = gongkai::FileOptions{};
  if (gk_status s = gongkai::capi::to_parse_options(parse, out.parse, error)) return s;
  if (!in) return GK_OK;
  if (in->size < sizeof in->size)
    return fail(error, GK_INVALID_ARGUMENT,
                "options.size is too small; call gk_file_options_init first / 选项结构的 size 无效", "gk_file_options");
  if (GK_OPTIONS_HAVE(in, kind)) {
    switch (in->kind) {
      case GK_INPUT_DETECT: out.kind = gongkai::InputKind::detect; break;
      case GK_INPUT_TEXT: out.kind = gongkai::InputKind::text; break;
      case GK_INPUT_HTML: out.kind = gongkai::InputKind::html; break;
      case GK_INPUT_DOCX: out.kind = gongkai::InputKind::docx; break;
      case GK_INPUT_PDF: out.kind = gongkai::InputKind::pdf; break;
      default: return fail(error, GK_INVALID_ARGUMENT, "unknown file kind / 未知的文件类型 (GK_INPUT_*)");
    }
  }
  if (GK_OPTIONS_HAVE(in, encoding_length) && in->encoding_length != 0) {
    if (!in->encoding) return fail(error, GK_INVALID_ARGUMENT, "encoding is NULL but its length is not 0 / 编码名为空");
    out.encoding.assign(in->encoding, in->encoding_length);
  }
  if (GK_OPTIONS_HAVE(in, max_unpacked_bytes) && in->max_unpacked_bytes != 0)
    out.max_unpacked_bytes = in->max_unpacked_bytes;
  return GK_OK;
}

gk_status check_out(gk_report** out, gk_error* error) {
  if (!out) return fail(error, GK_INVALID_ARGUMENT, "out must not be NULL / 输出参数为空");
  *out = nullptr;
  return GK_OK;
}

}  // namespace

extern "C" {

GK_API void gk_file_options_init(gk_file_options* options) {
  if (!options) return;
  const gongkai::FileOptions defaults;
  *options = gk_file_options{};
  options->size = sizeof *options;
  options->kind = GK_INPUT_DETECT;
  options->max_unpacked_bytes = defaults.max_unpacked_bytes;
}

GK_API gk_status gk_report_parse_bytes(const char* bytes, size_t length, const gk_file_options* file_options,
                                       const gk_parse_options* options, gk_report** out, gk_error* error) {
  return guarded(error, [&]() -> gk_status {
    if (gk_status s = check_out(out, error)) return s;
    if (!bytes && length != 0)
      return fail(error, GK_INVALID_ARGUMENT, "input is NULL but its length is not 0 / 输入指针为空而长度不为 0");
    gongkai::FileOptions o;
    if (gk_status s = to_file_options(file_options, options, o, error)) return s;
    std::string_view view = length == 0 ? std::string_view() : std::string_view(bytes, length);
    *out = new gk_report(gongkai::parse_bytes(view, o));
    return GK_OK;
  });
}

GK_API gk_status gk_report_parse_file(const char* path, size_t path_length, const gk_file_options* file_options,
                                      const gk_parse_options* options, gk_report** out, gk_error* error) {
  return guarded(error, [&]() -> gk_status {
    if (gk_status s = check_out(out, error)) return s;
    if (!path || path_length == 0) return fail(error, GK_INVALID_ARGUMENT, "path is empty / 文件路径为空");
    if (std::string_view(path, path_length).find('\0') != std::string_view::npos)
      return fail(error, GK_INVALID_ARGUMENT, "path holds a NUL byte / 文件路径含有 NUL 字节");
    gongkai::FileOptions o;
    if (gk_status s = to_file_options(file_options, options, o, error)) return s;
    *out = new gk_report(gongkai::parse_file(std::string(path, path_length), o));
    return GK_OK;
  });
}

}  // extern "C"
