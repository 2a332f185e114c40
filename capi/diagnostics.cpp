// Findings: those stored in a report, and lists returned by validation.
#include <memory>

#include "gongkai/validate.hpp"
#include "guard.hpp"
#include "handles.hpp"

using gongkai::capi::fail;
using gongkai::capi::guarded;

extern "C" {

GK_API std::size_t gk_report_diagnostic_count(const gk_report* report) {
  return report ? report->diagnostics.size() : 0;
}

GK_API const gk_diagnostic* gk_report_diagnostic_at(const gk_report* report, std::size_t index) {
  if (!report || index >= report->diagnostics.size()) return nullptr;
  return &report->diagnostics[index].c;
}

GK_API gk_status gk_report_validate(const gk_report* report, gk_diagnostics** out, gk_error* error) {
  return guarded(error, [&]() -> gk_status {
    if (!out) return fail(error, GK_INVALID_ARGUMENT, "out must not be NULL / 输出参数为空");
    *out = nullptr;
    if (!report) return fail(error, GK_INVALID_ARGUMENT, "report must not be NULL / 报告句柄为空");
    *out = std::make_unique<gk_diagnostics>(gongkai::validate(report->report)).release();
    return GK_OK;
  });
}

GK_API std::size_t gk_diagnostics_count(const gk_diagnostics* list) { return list ? list->views.size() : 0; }

GK_API const gk_diagnostic* gk_diagnostics_at(const gk_diagnostics* list, std::size_t index) {
  if (!list || index >= list->views.size()) return nullptr;
  return &list->views[index].c;
}

GK_API void gk_diagnostics_free(gk_diagnostics* list) { delete list; }

}  // extern "C"
