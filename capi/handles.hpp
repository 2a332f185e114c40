// What the opaque handles of gongkai.h are: a C++ object plus C views of it.
//
// The views (gk_meta, gk_field, gk_diagnostic) are built once, when the handle
// is made, and point into strings the handle owns. Nothing is built lazily,
// so const calls on one handle from many threads only read.
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "gongkai.h"
#include "gongkai/model.hpp"

namespace gongkai::capi {

// A finding seen from C. Its decimal texts live here; rule and messages point
// into the Diagnostic, which the owning handle keeps unchanged.
struct DiagnosticView {
  std::string lhs, rhs, difference;
  std::vector<std::string> cell_values;
  std::vector<gk_cell_ref> cell_refs;
  gk_diagnostic c{};
};

// A cell seen from C; `value` holds its canonical decimal text.
struct FieldView {
  std::string value;
  gk_field c{};
};

// Builds the views of `diagnostics` into `views` (a deque: elements never
// move, so the pointers inside them stay valid).
void build_diagnostic_views(const std::vector<Diagnostic>& diagnostics, std::deque<DiagnosticView>& views);

}  // namespace gongkai::capi

struct gk_report {
  explicit gk_report(gongkai::Report r);
  gk_report(const gk_report&) = delete;
  gk_report& operator=(const gk_report&) = delete;

  gongkai::Report report;
  gk_meta meta{};
  std::deque<gongkai::capi::FieldView> fields;
  std::unordered_map<std::string_view, std::size_t> field_index;  // key -> position in fields
  std::deque<gongkai::capi::DiagnosticView> diagnostics;
};

struct gk_diagnostics {
  explicit gk_diagnostics(std::vector<gongkai::Diagnostic> d);
  gk_diagnostics(const gk_diagnostics&) = delete;
  gk_diagnostics& operator=(const gk_diagnostics&) = delete;

  std::vector<gongkai::Diagnostic> items;
  std::deque<gongkai::capi::DiagnosticView> views;
};

struct gk_buffer {
  std::string bytes;
};
