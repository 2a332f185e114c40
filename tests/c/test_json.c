/* JSON out and back in, and the errors of reading JSON. */
#include <string.h>

#include "check.h"
#include "gongkai.h"
#include "tests.h"

static gk_buffer* to_json(const gk_report* report, unsigned flags) {
  gk_buffer* buffer = NULL;
  CHECK_STATUS(gk_report_to_json(report, flags, &buffer, NULL), GK_OK);
  return buffer;
}

/* Checks that from_json(to_json(r)) writes the same bytes again. */
static void check_round_trip(const gk_report* report, unsigned flags) {
  gk_buffer* first = to_json(report, flags);
  gk_buffer* second = NULL;
  gk_report* back = NULL;
  gk_error err;
  if (!first) return;
  CHECK_STATUS(gk_report_from_json(gk_buffer_data(first), gk_buffer_size(first), NULL, &back, &err), GK_OK);
  if (back) {
    second = to_json(back, flags);
    CHECK(second != NULL && gk_buffer_size(second) == gk_buffer_size(first) &&
          memcmp(gk_buffer_data(second), gk_buffer_data(first), gk_buffer_size(first)) == 0);
    CHECK(gk_report_field_count(back) == gk_report_field_count(report));
    CHECK(gk_report_diagnostic_count(back) == gk_report_diagnostic_count(report));
    CHECK_STR(gk_report_meta(back)->title, gk_report_meta(report)->title);
  }
  gk_buffer_free(second);
  gk_report_free(back);
  gk_buffer_free(first);
}

void test_json_round_trip(void) {
  size_t length = 0;
  char* text = read_file(test_data_path("example_county_2021_unbalanced.txt"), &length);
  gk_report* report = NULL;
  gk_buffer* compact;
  gk_buffer* pretty;
  gk_buffer* buffer = (gk_buffer*)&length;
  if (!text) {
    CHECK(text != NULL);
    return;
  }
  CHECK_STATUS(gk_report_parse(text, length, NULL, &report, NULL), GK_OK);
  free(text);
  if (!report) return;

  compact = to_json(report, GK_JSON_DEFAULT);
  pretty = to_json(report, GK_JSON_DEFAULT | GK_JSON_PRETTY);
  if (compact && pretty) {
    const char* data = gk_buffer_data(compact);
    size_t size = gk_buffer_size(compact);
    CHECK(size > 0 && data[0] == '{' && data[size] == '\0' && strlen(data) == size);
    CHECK(strstr(data, "\"schema\":\"gongkai.report/1\"") != NULL);
    CHECK(strstr(data, "\"applications.received.natural\":20") != NULL);
    CHECK(strstr(data, "T3-BALANCE") != NULL);
    CHECK(memchr(data, '\n', size) == NULL || data[size - 1] == '\n');
    CHECK(gk_buffer_size(pretty) > size);
    CHECK(strstr(gk_buffer_data(pretty), "\n  \"meta\"") != NULL);
  }
  gk_buffer_free(compact);
  gk_buffer_free(pretty);

  check_round_trip(report, GK_JSON_DEFAULT);
  check_round_trip(report, GK_JSON_DETAIL | GK_JSON_PRETTY);
  check_round_trip(report, 0);

  CHECK_STATUS(gk_report_to_json(report, 0x80u, &buffer, NULL), GK_INVALID_ARGUMENT);
  CHECK(buffer == NULL);
  gk_report_free(report);
}

static gk_error from_json_expecting(const char* json, const gk_json_options* options, int expected) {
  gk_report* report = NULL;
  gk_error err;
  CHECK_STATUS(gk_report_from_json(json, strlen(json), options, &report, &err), expected);
  CHECK(report == NULL && err.code == expected && err.message[0] != '\0');
  gk_report_free(report);
  return err;
}

void test_json_errors(void) {
  char deep[400];
  gk_json_options options;
  gk_error err;
  size_t i;

  err = from_json_expecting("{\"schema\": \"gongkai.report/1\",\n \"meta\": {,}}", NULL, GK_JSON_SYNTAX);
  CHECK(err.offset > 0);
  from_json_expecting("", NULL, GK_JSON_SYNTAX);
  from_json_expecting("[1, 2, 3]", NULL, GK_JSON_SCHEMA);
  from_json_expecting("{\"schema\": \"something.else/9\"}", NULL, GK_JSON_SCHEMA);

  /* Nesting deeper than max_depth is refused before it is walked. */
  for (i = 0; i < 150; ++i) deep[i] = '[';
  for (; i < 300; ++i) deep[i] = ']';
  deep[300] = '\0';
  gk_json_options_init(&options);
  CHECK(options.size == sizeof options && options.max_depth == 64);
  options.max_depth = 16;
  from_json_expecting(deep, &options, GK_TOO_DEEP);

  gk_json_options_init(&options);
  options.max_bytes = 10;
  from_json_expecting("{\"schema\": \"gongkai.report/1\"}", &options, GK_TOO_LARGE);
}
