// gk_report_compare_previous / _compare_children: the checks that read more
// than one report (the year before; the organs under this one).
#include <memory>
#include <vector>

#include "gongkai/validate.hpp"
#include "guard.hpp"
#include "handles.hpp"

using gongkai::capi::fail;
using gongkai::capi::guarded;

extern "C" {

GK_API gk_status gk_report_compare_previous(const gk_report* current, const gk_report* previous,
                                            gk_diagnostics** out, gk_error* error) {
  return guarded(error, [&]() -> gk_status {
    if (!out) return fail(error, GK_INVALID_ARGUMENT, "out must not be NULL / 输出参数为空");
    *out = nullptr;
    if (!current || !previous)
      return fail(error, GK_INVALID_ARGUMENT, "current and previous must not be NULL / 报告句柄为空");
    *out = std::make_unique<gk_diagnostics>(gongkai::compare_with_previous(current->report, previous->report))
               .release();
    return GK_OK;
  });
}

GK_API gk_status gk_report_compare_children(const gk_report* parent, const gk_report* const* children,
                                            std::size_t child_count, gk_diagnostics** out, gk_error* error) {
  return guarded(error, [&]() -> gk_status {
    if (!out) return fail(error, GK_INVALID_ARGUMENT, "out must not be NULL / 输出参数为空");
    *out = nullptr;
    if (!parent) return fail(error, GK_INVALID_ARGUMENT, "parent must not be NULL / 上级报告句柄为空");
    if (!children && child_count != 0)
      return fail(error, GK_INVALID_ARGUMENT, "children is NULL but child_count is not 0 / 下级报告数组为空而个数不为 0");
    std::vector<const gongkai::Report*> reports;
    reports.reserve(child_count);
    for (std::size_t i = 0; i < child_count; ++i) {
      if (!children[i]) return fail(error, GK_INVALID_ARGUMENT, "a child report is NULL / 某个下级报告句柄为空");
      reports.push_back(&children[i]->report);
    }
    *out = std::make_unique<gk_diagnostics>(gongkai::compare_with_children(parent->report, reports)).release();
    return GK_OK;
  });
}

}  // extern "C"
