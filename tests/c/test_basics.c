/* Versions, NULL handling, argument and input errors, growable options. */
#include <stddef.h>
#include <string.h>

#include "check.h"
#include "gongkai.h"
#include "tests.h"

void test_versions(void) {
  int code;
  CHECK_STR(gk_version(), GK_VERSION_STRING);
  CHECK(gk_abi_version() == GK_ABI_VERSION);
  CHECK_STR(gk_status_name(GK_OK), "ok");
  CHECK_STR(gk_status_name(GK_INVALID_UTF8), "invalid_utf8");
  CHECK_STR(gk_status_name(GK_INTERNAL), "internal");
  CHECK_STR(gk_status_name(GK_NO_REPORT), "no_report");
  CHECK_STR(gk_status_name(16), "unknown");
  CHECK_STR(gk_status_name(-1), "unknown");
  /* Every frozen code has a name of its own. */
  for (code = GK_OK; code <= GK_NO_REPORT; ++code) CHECK(strcmp(gk_status_name(code), "unknown") != 0);
}

void test_free_null(void) {
  /* Every _free accepts NULL, and getters on NULL say "nothing". */
  gk_report_free(NULL);
  gk_diagnostics_free(NULL);
  gk_buffer_free(NULL);
  CHECK(gk_report_meta(NULL) == NULL);
  CHECK(gk_report_field_count(NULL) == 0);
  CHECK(gk_report_field_at(NULL, 0) == NULL);
  CHECK(gk_report_diagnostic_count(NULL) == 0);
  CHECK(gk_report_diagnostic_at(NULL, 0) == NULL);
  CHECK(gk_diagnostics_count(NULL) == 0);
  CHECK(gk_diagnostics_at(NULL, 0) == NULL);
  CHECK(gk_buffer_data(NULL) == NULL);
  CHECK(gk_buffer_size(NULL) == 0);
  gk_parse_options_init(NULL);
  gk_json_options_init(NULL);
}

void test_argument_errors(void) {
  gk_error err;
  gk_report* report = (gk_report*)&err; /* must be reset to NULL on failure */
  gk_buffer* buffer = NULL;
  gk_diagnostics* list = NULL;
  const gk_field* field = NULL;
  gk_parse_options options;

  CHECK_STATUS(gk_report_parse("x", 1, NULL, NULL, &err), GK_INVALID_ARGUMENT);
  CHECK(err.code == GK_INVALID_ARGUMENT);
  CHECK(err.message[0] != '\0');

  CHECK_STATUS(gk_report_parse(NULL, 5, NULL, &report, &err), GK_INVALID_ARGUMENT);
  CHECK(report == NULL);

  gk_parse_options_init(&options);
  options.size = 0;
  CHECK_STATUS(gk_report_parse("x", 1, &options, &report, &err), GK_INVALID_ARGUMENT);
  CHECK(strstr(err.message, "size") != NULL);

  CHECK_STATUS(gk_report_to_json(NULL, GK_JSON_DEFAULT, &buffer, &err), GK_INVALID_ARGUMENT);
  CHECK(buffer == NULL);
  CHECK_STATUS(gk_report_validate(NULL, &list, NULL), GK_INVALID_ARGUMENT); /* error is optional */
  CHECK(list == NULL);
  CHECK_STATUS(gk_report_field(NULL, "a", 1, &field, &err), GK_INVALID_ARGUMENT);
  CHECK_STATUS(gk_report_from_json(NULL, 3, NULL, &report, &err), GK_INVALID_ARGUMENT);
}

/* Parses `length` bytes expecting `expected`; returns the error for checks. */
static gk_error parse_expecting(const char* bytes, size_t length, const gk_parse_options* options,
                                int expected) {
  gk_error err;
  gk_report* report = NULL;
  CHECK_STATUS(gk_report_parse(bytes, length, options, &report, &err), expected);
  CHECK(err.code == expected);
  CHECK(report == NULL);
  CHECK(err.message[0] != '\0');
  gk_report_free(report);
  return err;
}

void test_input_errors(void) {
  static const char bad_utf8[] = "示例县统计局2021年政府信息公开工作年度报告\n一、总体情况\n\xff\xfe 坏字节\n";
  static const char binary[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3e\0\x01\0\0\0";
  char big[300];
  gk_parse_options options;
  gk_error err;

  parse_expecting("", 0, NULL, GK_EMPTY_INPUT);
  parse_expecting(NULL, 0, NULL, GK_EMPTY_INPUT);

  err = parse_expecting(bad_utf8, sizeof bad_utf8 - 1, NULL, GK_INVALID_UTF8);
  /* The error points at the first bad byte: line 3, column 1. */
  CHECK(err.offset == (size_t)(strchr(bad_utf8, '\xff') - bad_utf8));
  CHECK(err.line == 3);
  CHECK(err.column == 1);

  parse_expecting(binary, sizeof binary - 1, NULL, GK_BINARY_INPUT);

  memset(big, 'a', sizeof big);
  gk_parse_options_init(&options);
  options.max_input_bytes = 100;
  parse_expecting(big, sizeof big, &options, GK_TOO_LARGE);
}

void test_options_growth(void) {
  /* A caller built against an older, shorter gk_parse_options (no `validate`
   * member) gets the default for it: validation runs. */
  size_t length = 0;
  char* text = read_file(test_data_path("example_county_2021_unbalanced.txt"), &length);
  gk_parse_options options;
  gk_report* report = NULL;
  size_t i, balance_findings = 0;
  if (!text) {
    CHECK(text != NULL);
    return;
  }
  gk_parse_options_init(&options);
  CHECK(options.size == sizeof options);
  CHECK(options.validate == 1);
  CHECK(options.max_input_bytes == 256u * 1024u * 1024u);
  options.validate = 0;
  options.size = offsetof(gk_parse_options, validate);
  CHECK_STATUS(gk_report_parse(text, length, &options, &report, NULL), GK_OK);
  for (i = 0; i < gk_report_diagnostic_count(report); ++i)
    if (strcmp(gk_report_diagnostic_at(report, i)->rule, "T3-BALANCE") == 0) ++balance_findings;
  CHECK(balance_findings > 0);
  gk_report_free(report);
  free(text);
}
