// Any bytes through the C ABI (gongkai.h), as a C caller would pass them:
// gk_report_parse or
// gk_report_from_json (chosen by content, like `gongkai render`), with the
// options struct fuzzed (NULL, size 0 / too small / partial / full, limits,
// validate), then every getter. Properties checked (abort on violation):
//  - a failed call returns *out == NULL and fills gk_error with the same code,
//    a NUL-terminated, valid UTF-8 message (even when the key looked up is
//    not UTF-8);
//  - every string the library returns is NUL-terminated valid UTF-8
//    (gongkai.h: "Strings the library returns are NUL-terminated UTF-8");
//  - gk_field: value != NULL exactly when state == GK_CELL_NUMBER, value text
//    equals units/10^scale, scale 0..9, lookup by key finds the same field;
//  - to_json with each flag combination succeeds, unknown bits are refused,
//    and JSON (detail) read back writes the same bytes.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_utf8.hpp"
#include "gongkai.h"

namespace {

bool valid_utf8(const unsigned char* s, size_t n) {
  return fuzzing::valid_utf8(std::string_view(reinterpret_cast<const char*>(s), n));
}

[[noreturn]] void fail(const char* what, const char* detail = "") {
  std::fprintf(stderr, "PROPERTY VIOLATED: %s %s\n", what, detail);
  std::abort();
}

void check_str(const char* s, const char* what, bool nullable) {
  if (!s) {
    if (!nullable) fail("NULL string", what);
    return;
  }
  size_t n = std::strlen(s);
  if (!valid_utf8(reinterpret_cast<const unsigned char*>(s), n)) fail("invalid UTF-8 in", what);
}

void check_error(gk_status st, const gk_error& e) {
  if (e.code != st) fail("error.code != status");
  if (std::memchr(e.message, 0, sizeof e.message) == nullptr) fail("error message not NUL-terminated");
  check_str(e.message, "error.message", false);
  if (st != GK_OK && e.message[0] == 0) fail("empty error message");
  check_str(gk_status_name(st), "gk_status_name", false);
}

void check_diag(const gk_diagnostic* d) {
  if (!d) fail("NULL diagnostic within count");
  check_str(d->rule, "diag.rule", false);
  check_str(d->severity_name, "diag.severity_name", false);
  check_str(d->message_zh, "diag.message_zh", false);
  check_str(d->message_en, "diag.message_en", false);
  check_str(d->lhs, "diag.lhs", true);
  check_str(d->rhs, "diag.rhs", true);
  check_str(d->difference, "diag.difference", true);
  check_str(d->evidence, "diag.evidence", false);
  if (d->severity < 0 || d->severity > 2) fail("bad severity");
  if ((d->cell_count == 0) != (d->cells == nullptr)) fail("cells/cell_count mismatch");
  for (size_t i = 0; i < d->cell_count; ++i) {
    check_str(d->cells[i].key, "cell_ref.key", false);
    check_str(d->cells[i].value, "cell_ref.value", true);
  }
}

std::string decimal_text(int64_t units, int32_t scale) {
  bool neg = units < 0;
  uint64_t mag = neg ? 0 - static_cast<uint64_t>(units) : static_cast<uint64_t>(units);
  std::string digits = std::to_string(mag);
  if (scale > 0) {
    if (digits.size() <= static_cast<size_t>(scale)) digits.insert(0, scale - digits.size() + 1, '0');
    digits.insert(digits.size() - scale, 1, '.');
  }
  return neg ? "-" + digits : digits;
}

void exercise(gk_report* r, const uint8_t* key, size_t key_len) {
  const gk_meta* m = gk_report_meta(r);
  if (!m) fail("meta NULL");
  check_str(m->title, "meta.title", false);
  check_str(m->organ, "meta.organ", false);
  check_str(m->format, "meta.format", false);
  check_str(m->published, "meta.published", true);
  check_str(m->period_start, "meta.period_start", true);
  check_str(m->period_end, "meta.period_end", true);
  check_str(m->contact_address, "meta.contact_address", false);
  check_str(m->contact_postcode, "meta.contact_postcode", false);
  check_str(m->contact_phone, "meta.contact_phone", false);
  check_str(m->contact_email, "meta.contact_email", false);
  check_str(m->contact_website, "meta.contact_website", false);

  size_t n = gk_report_field_count(r);
  for (size_t i = 0; i < n; ++i) {
    const gk_field* f = gk_report_field_at(r, i);
    if (!f) fail("NULL field within count");
    check_str(f->key, "field.key", false);
    check_str(f->value, "field.value", true);
    check_str(f->raw, "field.raw", false);
    check_str(f->note, "field.note", false);
    if ((f->state == GK_CELL_NUMBER) != (f->value != nullptr)) fail("field value/state mismatch", f->key);
    if (f->value) {
      if (f->scale < 0 || f->scale > 9) fail("field scale out of range", f->key);
      if (decimal_text(f->units, f->scale) != f->value) fail("field value text != units/scale", f->key);
    }
    const gk_field* g = nullptr;
    gk_error e;
    gk_status st = gk_report_field(r, f->key, std::strlen(f->key), &g, &e);
    check_error(st, e);
    if (st != GK_OK || g != f) fail("lookup by key does not find the field", f->key);
  }
  if (gk_report_field_at(r, n) != nullptr) fail("field_at(count) not NULL");
  {
    const gk_field* g = reinterpret_cast<const gk_field*>(1);
    gk_error e;
    gk_status st = gk_report_field(r, reinterpret_cast<const char*>(key), key_len, &g, &e);
    // The message quotes the key when it is UTF-8, and says it is not otherwise.
    check_error(st, e);
    if (st != GK_OK && st != GK_NOT_FOUND) fail("field lookup: odd status");
    if (st != GK_OK && g != nullptr) fail("field lookup: out not NULL on failure");
  }
  size_t dn = gk_report_diagnostic_count(r);
  for (size_t i = 0; i < dn; ++i) check_diag(gk_report_diagnostic_at(r, i));
  if (gk_report_diagnostic_at(r, dn) != nullptr) fail("diagnostic_at(count) not NULL");

  gk_diagnostics* list = nullptr;
  gk_error e;
  gk_status st = gk_report_validate(r, &list, &e);
  check_error(st, e);
  if (st != GK_OK || !list) fail("validate failed");
  for (size_t i = 0; i < gk_diagnostics_count(list); ++i) check_diag(gk_diagnostics_at(list, i));
  gk_diagnostics_free(list);

  std::string detail_json;
  for (unsigned flags = 0; flags < 4; ++flags) {
    gk_buffer* b = nullptr;
    st = gk_report_to_json(r, flags, &b, &e);
    check_error(st, e);
    if (st != GK_OK || !b) fail("to_json failed", e.message);
    const char* data = gk_buffer_data(b);
    size_t size = gk_buffer_size(b);
    if (data[size] != 0) fail("buffer not NUL-terminated");
    if (!valid_utf8(reinterpret_cast<const unsigned char*>(data), size)) fail("to_json: invalid UTF-8");
    if (flags == GK_JSON_DETAIL) detail_json.assign(data, size);
    gk_buffer_free(b);
  }
  gk_buffer* b = reinterpret_cast<gk_buffer*>(1);
  st = gk_report_to_json(r, 4u, &b, &e);
  check_error(st, e);
  if (st != GK_INVALID_ARGUMENT || b != nullptr) fail("unknown flag not refused");

  // CSV (both layouts and headers), Markdown and HTML: UTF-8, NUL-ended
  auto check_buffer = [&](gk_status status, gk_buffer* out, const gk_error& err, const char* what) {
    check_error(status, err);
    if (status != GK_OK || !out) fail(what, err.message);
    const char* text = gk_buffer_data(out);
    size_t length = gk_buffer_size(out);
    if (text[length] != 0) fail(what, "buffer not NUL-terminated");
    if (!valid_utf8(reinterpret_cast<const unsigned char*>(text), length)) fail(what, "invalid UTF-8");
    gk_buffer_free(out);
  };
  for (int layout : {GK_CSV_WIDE, GK_CSV_LONG})
    for (int header : {GK_CSV_HEADER_KEYS, GK_CSV_HEADER_ZH}) {
      gk_csv_options csv;
      gk_csv_options_init(&csv);
      csv.layout = layout;
      csv.header = header;
      gk_buffer* out = nullptr;
      check_buffer(gk_report_to_csv(r, &csv, &out, &e), out, e, "to_csv");
    }
  {
    gk_buffer* out = nullptr;
    check_buffer(gk_report_to_markdown(r, nullptr, &out, &e), out, e, "to_markdown");
    out = nullptr;
    check_buffer(gk_report_to_html(r, nullptr, &out, &e), out, e, "to_html");
  }
  // the checks across reports, the report against itself
  {
    gk_diagnostics* across = nullptr;
    st = gk_report_compare_previous(r, r, &across, &e);
    check_error(st, e);
    if (st != GK_OK || !across) fail("compare_previous failed");
    for (size_t i = 0; i < gk_diagnostics_count(across); ++i) check_diag(gk_diagnostics_at(across, i));
    gk_diagnostics_free(across);
    const gk_report* children[] = {r, r};
    st = gk_report_compare_children(r, children, 2, &across, &e);
    check_error(st, e);
    if (st != GK_OK || !across) fail("compare_children failed");
    for (size_t i = 0; i < gk_diagnostics_count(across); ++i) check_diag(gk_diagnostics_at(across, i));
    gk_diagnostics_free(across);
  }

  // detail JSON reads back and writes the same bytes
  gk_report* again = nullptr;
  st = gk_report_from_json(detail_json.data(), detail_json.size(), nullptr, &again, &e);
  check_error(st, e);
  if (st != GK_OK) fail("own JSON does not read back", e.message);
  gk_buffer* b2 = nullptr;
  st = gk_report_to_json(again, GK_JSON_DETAIL, &b2, &e);
  if (st != GK_OK) fail("to_json of read-back failed");
  if (std::string(gk_buffer_data(b2), gk_buffer_size(b2)) != detail_json) fail("round trip through C ABI differs");
  if (gk_report_field_count(again) != n) fail("field count differs after round trip");
  gk_buffer_free(b2);
  gk_report_free(again);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t opt = data[size - 1];
  // Exactly-sized heap copy with no terminating NUL: any over-read shows.
  uint8_t* copy = static_cast<uint8_t*>(std::malloc(size));
  std::memcpy(copy, data, size);
  size_t i = 0;
  while (i < size && (copy[i] == ' ' || copy[i] == '\n' || copy[i] == '\t' || copy[i] == '\r')) ++i;
  const bool json = i < size && copy[i] == '{';

  gk_error e;
  std::memset(&e, 0x5A, sizeof e);  // garbage: the call must reset it
  gk_report* r = reinterpret_cast<gk_report*>(1);
  gk_status st;
  // options: 0 = NULL, 1 = size 0, 2 = size of the size member only, 3 = full
  int which = opt & 3;
  const size_t small_limit = (opt & 4) ? (size_t{opt} * 37 % 4096) + 1 : 0;
  if (json) {
    gk_json_options o;
    gk_json_options_init(&o);
    if (which == 1) o.size = 0;
    if (which == 2) o.size = sizeof o.size;
    if (opt & 8) o.max_depth = (opt >> 4) + 1;
    if (small_limit) o.max_bytes = small_limit;
    if (opt == 0xFF) o.max_depth = SIZE_MAX;
    st = gk_report_from_json(reinterpret_cast<const char*>(copy), size, which ? &o : nullptr, &r, &e);
    if (which == 1 && st != GK_INVALID_ARGUMENT) fail("options.size 0 accepted");
  } else {
    gk_parse_options o;
    gk_parse_options_init(&o);
    if (which == 1) o.size = 0;
    if (which == 2) o.size = sizeof o.size;
    o.validate = (opt & 8) ? 0 : 1;
    if (small_limit) o.max_input_bytes = small_limit;
    st = gk_report_parse(reinterpret_cast<const char*>(copy), size, which ? &o : nullptr, &r, &e);
    if (which == 1 && st != GK_INVALID_ARGUMENT) fail("options.size 0 accepted");
  }
  check_error(st, e);
  if (st == GK_INTERNAL) fail("GK_INTERNAL", e.message);
  if (st != GK_OK) {
    if (r != nullptr) fail("*out not NULL after failure");
  } else {
    if (!r) fail("GK_OK but NULL report");
    if (gk_report_meta(r)->input_bytes != size && !json) fail("input_bytes != size");
    exercise(r, copy, size > 64 ? 64 : size);
    gk_report_free(r);
  }
  std::free(copy);
  return 0;
}
