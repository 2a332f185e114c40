// gk_report_to_csv / _to_markdown / _to_html: the core's serializers for
// spreadsheets and people, behind the C ABI.
#include <memory>
#include <string>

#include "gongkai/csv.hpp"
#include "gongkai/render.hpp"
#include "guard.hpp"
#include "handles.hpp"
#include "options.hpp"

using gongkai::capi::fail;
using gongkai::capi::guarded;

namespace {

gk_status check_render_call(const gk_report* report, gk_buffer** out, gk_error* error) noexcept {
  if (!out) return fail(error, GK_INVALID_ARGUMENT, "out must not be NULL / 输出参数为空");
  *out = nullptr;
  if (!report) return fail(error, GK_INVALID_ARGUMENT, "report must not be NULL / 报告句柄为空");
  return GK_OK;
}

gk_status size_too_small(gk_error* error, const char* which) noexcept {
  return fail(error, GK_INVALID_ARGUMENT,
              "options.size is too small; call the options' _init function first / 选项结构的 size 无效", which);
}

// A (pointer, length) text member of an options struct, checked.
gk_status read_text_member(const char* text, std::size_t length, const char* which, std::string& out,
                           gk_error* error) {
  out.clear();
  if (length == 0) return GK_OK;
  if (!text) return fail(error, GK_INVALID_ARGUMENT, "text is NULL but its length is not 0 / 文本指针为空而长度不为 0", which);
  out.assign(text, length);
  return GK_OK;
}

gk_status to_csv_options(const gk_csv_options* in, gongkai::CsvOptions& out, bool& long_layout, std::string& name,
                         gk_error* error) {
  out = gongkai::CsvOptions{};
  long_layout = false;
  name.clear();
  if (!in) return GK_OK;
  if (in->size < sizeof in->size) return size_too_small(error, "gk_csv_options");
  if (GK_OPTIONS_HAVE(in, layout)) {
    if (in->layout != GK_CSV_WIDE && in->layout != GK_CSV_LONG)
      return fail(error, GK_INVALID_ARGUMENT, "unknown CSV layout / 未知的 CSV 版式 (GK_CSV_WIDE, GK_CSV_LONG)");
    long_layout = in->layout == GK_CSV_LONG;
  }
  if (GK_OPTIONS_HAVE(in, header)) {
    if (in->header != GK_CSV_HEADER_KEYS && in->header != GK_CSV_HEADER_ZH)
      return fail(error, GK_INVALID_ARGUMENT,
                  "unknown CSV header / 未知的 CSV 表头 (GK_CSV_HEADER_KEYS, GK_CSV_HEADER_ZH)");
    out.header = in->header == GK_CSV_HEADER_ZH ? gongkai::CsvHeader::zh : gongkai::CsvHeader::keys;
  }
  if (GK_OPTIONS_HAVE(in, bom)) out.bom = in->bom != 0;
  if (GK_OPTIONS_HAVE(in, report_name_length))
    return read_text_member(in->report_name, in->report_name_length, "report_name", name, error);
  return GK_OK;
}

gk_status to_render_options(const gk_render_options* in, gongkai::RenderOptions& out, gk_error* error) {
  out = gongkai::RenderOptions{};
  if (!in) return GK_OK;
  if (in->size < sizeof in->size) return size_too_small(error, "gk_render_options");
  if (GK_OPTIONS_HAVE(in, list_findings)) out.list_findings = in->list_findings != 0;
  if (GK_OPTIONS_HAVE(in, source_name_length))
    return read_text_member(in->source_name, in->source_name_length, "source_name", out.source_name, error);
  return GK_OK;
}

gk_buffer* new_buffer(std::string bytes) {
  auto buffer = std::make_unique<gk_buffer>();
  buffer->bytes = std::move(bytes);
  return buffer.release();
}

template <class Render>
gk_status render(const gk_report* report, const gk_render_options* options, gk_buffer** out, gk_error* error,
                 Render&& to_text) {
  return guarded(error, [&]() -> gk_status {
    if (gk_status s = check_render_call(report, out, error)) return s;
    gongkai::RenderOptions render_options;
    if (gk_status s = to_render_options(options, render_options, error)) return s;
    *out = new_buffer(to_text(report->report, render_options));
    return GK_OK;
  });
}

}  // namespace

extern "C" {

GK_API void gk_csv_options_init(gk_csv_options* options) {
  if (!options) return;
  *options = gk_csv_options{};
  options->size = sizeof *options;
  options->layout = GK_CSV_WIDE;
  options->header = GK_CSV_HEADER_KEYS;
}

GK_API void gk_render_options_init(gk_render_options* options) {
  if (!options) return;
  *options = gk_render_options{};
  options->size = sizeof *options;
  options->list_findings = gongkai::RenderOptions{}.list_findings ? 1 : 0;
}

GK_API gk_status gk_report_to_csv(const gk_report* report, const gk_csv_options* options, gk_buffer** out,
                                  gk_error* error) {
  return guarded(error, [&]() -> gk_status {
    if (gk_status s = check_render_call(report, out, error)) return s;
    gongkai::CsvOptions csv;
    bool long_layout = false;
    std::string name;
    if (gk_status s = to_csv_options(options, csv, long_layout, name, error)) return s;
    *out = new_buffer(long_layout ? gongkai::to_csv_long(report->report, name, csv)
                                  : gongkai::to_csv_wide(report->report, name, csv));
    return GK_OK;
  });
}

GK_API gk_status gk_report_to_markdown(const gk_report* report, const gk_render_options* options, gk_buffer** out,
                                       gk_error* error) {
  return render(report, options, out, error, [](const gongkai::Report& r, const gongkai::RenderOptions& o) {
    return gongkai::to_markdown(r, o);
  });
}

GK_API gk_status gk_report_to_html(const gk_report* report, const gk_render_options* options, gk_buffer** out,
                                   gk_error* error) {
  return render(report, options, out, error, [](const gongkai::Report& r, const gongkai::RenderOptions& o) {
    return gongkai::to_html(r, o);
  });
}

}  // extern "C"
