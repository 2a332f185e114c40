// gk_report: parse, read back from JSON, write JSON, free.
#include <algorithm>
#include <memory>
#include <string_view>

#include "gongkai/json.hpp"
#include "gongkai/parse.hpp"
#include "guard.hpp"
#include "handles.hpp"
#include "options.hpp"
#include "text/utf8.hpp"

using gongkai::capi::fail;
using gongkai::capi::guarded;

namespace {

// Checks the (pointer, length, out) triple every constructor takes.
gk_status check_input(const char* bytes, std::size_t length, gk_report** out, gk_error* error) noexcept {
  if (!out) return fail(error, GK_INVALID_ARGUMENT, "out must not be NULL / 输出参数为空");
  *out = nullptr;
  if (!bytes && length != 0)
    return fail(error, GK_INVALID_ARGUMENT, "input is NULL but its length is not 0 / 输入指针为空而长度不为 0");
  return GK_OK;
}

std::string_view as_view(const char* bytes, std::size_t length) noexcept {
  return length == 0 ? std::string_view() : std::string_view(bytes, length);
}

}  // namespace

extern "C" {

GK_API gk_status gk_report_parse(const char* utf8, std::size_t length, const gk_parse_options* options,
                                 gk_report** out, gk_error* error) {
  return guarded(error, [&]() -> gk_status {
    if (gk_status s = check_input(utf8, length, out, error)) return s;
    gongkai::ParseOptions parse_options;
    if (gk_status s = gongkai::capi::to_parse_options(options, parse_options, error)) return s;
    *out = new gk_report(gongkai::parse(as_view(utf8, length), parse_options));
    return GK_OK;
  });
}

GK_API gk_status gk_report_from_json(const char* json, std::size_t length, const gk_json_options* options,
                                     gk_report** out, gk_error* error) {
  return guarded(error, [&]() -> gk_status {
    if (gk_status s = check_input(json, length, out, error)) return s;
    gongkai::JsonReadOptions read_options;
    if (gk_status s = gongkai::capi::to_json_read_options(options, read_options, error)) return s;
    *out = new gk_report(gongkai::from_json(as_view(json, length), read_options));
    return GK_OK;
  });
}

GK_API void gk_report_free(gk_report* report) { delete report; }

GK_API gk_status gk_report_to_json(const gk_report* report, unsigned flags, gk_buffer** out, gk_error* error) {
  return guarded(error, [&]() -> gk_status {
    if (!out) return fail(error, GK_INVALID_ARGUMENT, "out must not be NULL / 输出参数为空");
    *out = nullptr;
    if (!report) return fail(error, GK_INVALID_ARGUMENT, "report must not be NULL / 报告句柄为空");
    if (flags & ~(GK_JSON_PRETTY | GK_JSON_DETAIL))
      return fail(error, GK_INVALID_ARGUMENT, "unknown JSON flag bits / 未知的 JSON 标志位");
    gongkai::JsonWriteOptions write_options;
    write_options.pretty = (flags & GK_JSON_PRETTY) != 0;
    write_options.include_detail = (flags & GK_JSON_DETAIL) != 0;
    auto buffer = std::make_unique<gk_buffer>();
    buffer->bytes = gongkai::to_json(report->report, write_options);
    *out = buffer.release();
    return GK_OK;
  });
}

GK_API const gk_meta* gk_report_meta(const gk_report* report) { return report ? &report->meta : nullptr; }

GK_API std::size_t gk_report_field_count(const gk_report* report) { return report ? report->fields.size() : 0; }

GK_API const gk_field* gk_report_field_at(const gk_report* report, std::size_t index) {
  if (!report || index >= report->fields.size()) return nullptr;
  return &report->fields[index].c;
}

GK_API gk_status gk_report_field(const gk_report* report, const char* key, std::size_t key_length,
                                 const gk_field** out, gk_error* error) {
  return guarded(error, [&]() -> gk_status {
    if (!out) return fail(error, GK_INVALID_ARGUMENT, "out must not be NULL / 输出参数为空");
    *out = nullptr;
    if (!report) return fail(error, GK_INVALID_ARGUMENT, "report must not be NULL / 报告句柄为空");
    if (!key && key_length != 0) return fail(error, GK_INVALID_ARGUMENT, "key is NULL / 键为空");
    auto it = report->field_index.find(as_view(key, key_length));
    if (it == report->field_index.end()) {
      // The message quotes the key, and messages are UTF-8: a key that is not
      // is named as such rather than copied. At most 200 bytes are shown,
      // cut at a character boundary.
      std::string_view asked = as_view(key, key_length);
      if (gongkai::text::find_invalid_utf8(asked) != std::string_view::npos)
        return fail(error, GK_NOT_FOUND, "the report does not print this field / 报告中没有该字段",
                    "the key is not valid UTF-8 / 键不是有效的 UTF-8");
      std::string shown(gongkai::text::utf8_prefix(asked, 200));
      return fail(error, GK_NOT_FOUND, "the report does not print this field / 报告中没有该字段", shown.c_str());
    }
    *out = &report->fields[it->second].c;
    return GK_OK;
  });
}

}  // extern "C"
