/* Compiled (syntax only) as strict C99 and as C++ with warnings as errors: the
 * public header must be clean for every consumer. It uses each declaration
 * so a type or signature mistake shows up here. */
#include "gongkai.h"

#include <stddef.h>

static int use_everything(void) {
  gk_error err;
  gk_parse_options parse_options;
  gk_json_options json_options;
  gk_report* report = NULL;
  gk_diagnostics* list = NULL;
  gk_buffer* buffer = NULL;
  const gk_field* field = NULL;
  const gk_meta* meta;
  const gk_diagnostic* d;
  gk_status s;
  unsigned flags = GK_JSON_DEFAULT | GK_JSON_PRETTY | GK_JSON_DETAIL;
  int states = GK_CELL_NUMBER + GK_CELL_BLANK + GK_CELL_BLANK_MARK + GK_CELL_NOT_NUMBER;
  int severities = GK_SEVERITY_INFO + GK_SEVERITY_WARNING + GK_SEVERITY_ERROR;
  char message_room[GK_ERROR_MESSAGE_SIZE > 255 ? 1 : -1];

  gk_parse_options_init(&parse_options);
  gk_json_options_init(&json_options);
  s = gk_report_parse("x", 1, &parse_options, &report, &err);
  s = gk_report_from_json("{}", 2, &json_options, &report, &err);
  s = gk_report_to_json(report, flags, &buffer, &err);
  s = gk_report_field(report, "k", 1, &field, &err);
  s = gk_report_validate(report, &list, NULL);
  meta = gk_report_meta(report);
  d = gk_report_diagnostic_at(report, gk_report_diagnostic_count(report));
  d = gk_diagnostics_at(list, gk_diagnostics_count(list));
  field = gk_report_field_at(report, gk_report_field_count(report));
  (void)gk_buffer_data(buffer);
  (void)gk_buffer_size(buffer);
  (void)gk_status_name(s);
  (void)gk_version();
  (void)gk_abi_version();
  {
    gk_csv_options csv_options;
    gk_render_options render_options;
    const gk_report* children[1];
    gk_csv_options_init(&csv_options);
    csv_options.layout = GK_CSV_WIDE + GK_CSV_LONG;
    csv_options.header = GK_CSV_HEADER_KEYS + GK_CSV_HEADER_ZH;
    gk_render_options_init(&render_options);
    children[0] = report;
    s = gk_report_to_csv(report, &csv_options, &buffer, &err);
    s = gk_report_to_markdown(report, &render_options, &buffer, &err);
    s = gk_report_to_html(report, NULL, &buffer, NULL);
    s = gk_report_compare_previous(report, report, &list, &err);
    s = gk_report_compare_children(report, children, 1, &list, &err);
  }
  gk_buffer_free(buffer);
  gk_diagnostics_free(list);
  gk_report_free(report);
  (void)meta;
  (void)d;
  (void)message_room;
  return GK_VERSION_MAJOR + GK_VERSION_MINOR + GK_VERSION_PATCH + GK_ABI_VERSION + states + severities +
         (sizeof(GK_VERSION_STRING) > 1) + (s == GK_OK) + GK_INVALID_ARGUMENT + GK_INVALID_UTF8 +
         GK_BINARY_INPUT + GK_EMPTY_INPUT + GK_TOO_LARGE + GK_JSON_SYNTAX + GK_JSON_SCHEMA + GK_TOO_DEEP +
         GK_IO_ERROR + GK_NOT_FOUND + GK_OUT_OF_MEMORY + GK_INTERNAL;
}

int main(void) { return use_everything() == 0; }
