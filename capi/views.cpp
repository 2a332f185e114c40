// Builds the C views of a report and of a findings list.
#include <utility>

#include "handles.hpp"
#include "serialize/field_order.hpp"

namespace gongkai::capi {
namespace {

int severity_code(Severity s) noexcept {
  switch (s) {
    case Severity::info: return GK_SEVERITY_INFO;
    case Severity::warning: return GK_SEVERITY_WARNING;
    case Severity::error: return GK_SEVERITY_ERROR;
  }
  return GK_SEVERITY_WARNING;
}

// Keeps the decimal text of an optional value in `storage`; NULL when none.
const char* decimal_text(const std::optional<Decimal>& value, std::string& storage) {
  if (!value) return nullptr;
  storage = value->to_string();
  return storage.c_str();
}

const char* optional_text(const std::optional<std::string>& s) noexcept {
  return s ? s->c_str() : nullptr;
}

}  // namespace

void build_diagnostic_views(const std::vector<Diagnostic>& diagnostics, std::deque<DiagnosticView>& views) {
  for (const Diagnostic& d : diagnostics) {
    DiagnosticView& v = views.emplace_back();
    gk_diagnostic& c = v.c;
    c.rule = d.rule.c_str();
    c.severity = severity_code(d.severity);
    c.severity_name = severity_name(d.severity);
    c.message_zh = d.message_zh.c_str();
    c.message_en = d.message_en.c_str();
    c.line = d.line;
    c.column = d.column;
    c.lhs = decimal_text(d.lhs, v.lhs);
    c.rhs = decimal_text(d.rhs, v.rhs);
    c.difference = decimal_text(d.difference, v.difference);
    c.evidence = d.evidence.c_str();
    // Size both vectors first: pointers into cell_values must not move.
    v.cell_values.resize(d.cells.size());
    v.cell_refs.resize(d.cells.size());
    for (std::size_t i = 0; i < d.cells.size(); ++i) {
      const CellRef& ref = d.cells[i];
      gk_cell_ref& r = v.cell_refs[i];
      r.key = ref.key.c_str();
      r.value = decimal_text(ref.value, v.cell_values[i]);
      r.line = ref.line;
      r.column = ref.column;
    }
    c.cell_count = v.cell_refs.size();
    c.cells = v.cell_refs.empty() ? nullptr : v.cell_refs.data();
  }
}

}  // namespace gongkai::capi

using gongkai::capi::FieldView;

gk_report::gk_report(gongkai::Report r) : report(std::move(r)) {
  const gongkai::Meta& m = report.meta;
  meta.title = m.title.c_str();
  meta.organ = m.organ.c_str();
  meta.year = m.year.value_or(0);
  meta.format = gongkai::format_name(m.format);
  meta.published = gongkai::capi::optional_text(m.published);
  meta.period_start = gongkai::capi::optional_text(m.period_start);
  meta.period_end = gongkai::capi::optional_text(m.period_end);
  meta.contact_address = m.contact.address.c_str();
  meta.contact_postcode = m.contact.postcode.c_str();
  meta.contact_phone = m.contact.phone.c_str();
  meta.contact_email = m.contact.email.c_str();
  meta.contact_website = m.contact.website.c_str();
  meta.input_bytes = report.input_bytes;
  meta.input_lines = report.input_lines;

  // One entry per key, in the order of the JSON "fields" object.
  for (const gongkai::Cell* cell_ptr : gongkai::serialize::cells_in_field_order(report)) {
    const gongkai::Cell& cell = *cell_ptr;
    FieldView& v = fields.emplace_back();
    gk_field& c = v.c;
    c.key = cell.key.c_str();
    c.state = static_cast<int>(cell.state);
    if (const gongkai::Decimal* value = gongkai::serialize::field_value(cell)) {
      v.value = value->to_string();
      c.value = v.value.c_str();
      c.units = value->units;
      c.scale = value->scale;
      c.number = value->to_double();
    }
    c.raw = cell.raw.c_str();
    c.note = cell.note.c_str();
    c.line = cell.span.line;
    c.column = cell.span.column;
    c.inferred = cell.inferred ? 1 : 0;
    if (cell.place) {
      c.has_place = 1;
      c.place_page = cell.place->page;
      c.place_box[0] = cell.place->x0, c.place_box[1] = cell.place->y0;
      c.place_box[2] = cell.place->x1, c.place_box[3] = cell.place->y1;
      c.place_table = cell.place->table;
      c.place_row = cell.place->row;
      c.place_column = cell.place->column;
    }
    field_index.emplace(std::string_view(cell.key), fields.size() - 1);
  }
  gongkai::capi::build_diagnostic_views(report.diagnostics, diagnostics);
}

gk_diagnostics::gk_diagnostics(std::vector<gongkai::Diagnostic> d) : items(std::move(d)) {
  gongkai::capi::build_diagnostic_views(items, views);
}
