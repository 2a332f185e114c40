/* A parsed report seen through the C ABI: metadata, fields, findings. */
#include <string.h>

#include "check.h"
#include "gongkai.h"
#include "tests.h"

/* Parses a file of tests/c/data; NULL (a failed check) when it cannot. */
static gk_report* parse_data_file(const char* name, int validate) {
  size_t length = 0;
  char* text = read_file(test_data_path(name), &length);
  gk_parse_options options;
  gk_report* report = NULL;
  gk_error err;
  CHECK(text != NULL);
  if (!text) return NULL;
  gk_parse_options_init(&options);
  options.validate = validate;
  CHECK_STATUS(gk_report_parse(text, length, &options, &report, &err), GK_OK);
  CHECK(err.code == GK_OK && err.message[0] == '\0');
  free(text);
  return report;
}

static const gk_field* field(const gk_report* report, const char* key) {
  const gk_field* out = NULL;
  gk_status status = gk_report_field(report, key, strlen(key), &out, NULL);
  if (status != GK_OK) fprintf(stderr, "field %s: %s\n", key, gk_status_name(status));
  return out;
}

static size_t count_rule(const gk_diagnostic* (*at)(const void*, size_t), const void* owner, size_t n,
                         const char* rule, int severity) {
  size_t i, found = 0;
  for (i = 0; i < n; ++i) {
    const gk_diagnostic* d = at(owner, i);
    if (strcmp(d->rule, rule) == 0 && d->severity == severity) ++found;
  }
  return found;
}

static const gk_diagnostic* report_at(const void* report, size_t i) {
  return gk_report_diagnostic_at((const gk_report*)report, i);
}

static const gk_diagnostic* list_at(const void* list, size_t i) {
  return gk_diagnostics_at((const gk_diagnostics*)list, i);
}

void test_meta_and_fields(void) {
  gk_report* report = parse_data_file("example_county_2021.txt", 1);
  const gk_meta* meta;
  const gk_field* f;
  size_t i, n;
  if (!report) return;
  meta = gk_report_meta(report);
  CHECK(meta != NULL);
  CHECK_STR(meta->title, "示例县统计局2021年政府信息公开工作年度报告");
  CHECK_STR(meta->organ, "示例县统计局");
  CHECK(meta->year == 2021);
  CHECK_STR(meta->format, "gk2021");
  CHECK_STR(meta->published, "2022-01-20");
  CHECK(meta->input_bytes > 1000);
  CHECK(meta->input_lines > 50);

  f = field(report, "applications.received.natural");
  CHECK(f != NULL);
  if (f) {
    CHECK(f->state == GK_CELL_NUMBER);
    CHECK_STR(f->value, "20");
    CHECK(f->units == 20 && f->scale == 0 && f->number == 20.0);
    CHECK_STR(f->raw, "20");
    CHECK(f->line == 31);
    CHECK_STR(f->key, "applications.received.natural");
  }
  f = field(report, "active.fees.amount_wan");
  CHECK(f != NULL);
  if (f) {
    CHECK_STR(f->value, "12.5");
    CHECK(f->units == 125 && f->scale == 1 && f->number == 12.5);
  }
  f = field(report, "active.licensing.decisions");
  CHECK(f != NULL && f->units == 1234);
  f = field(report, "litigation_direct.total");
  CHECK(f != NULL && f->units == 1);
  f = field(report, "review.pending");
  CHECK(f != NULL && f->units == 1);
  f = field(report, "applications.total.total");
  CHECK(f != NULL && f->units == 25);

  /* Iteration visits every cell once, and each is found again by its key. */
  n = gk_report_field_count(report);
  CHECK(n == 10 + 175 + 15);
  for (i = 0; i < n; ++i) {
    const gk_field* at = gk_report_field_at(report, i);
    CHECK(at != NULL && field(report, at->key) == at);
  }
  CHECK(gk_report_field_at(report, n) == NULL);
  gk_report_free(report);
}

void test_field_errors(void) {
  gk_report* report = parse_data_file("example_county_2021.txt", 0);
  const gk_field* f = (const gk_field*)&f;
  gk_error err;
  char long_key[700];
  size_t i;
  if (!report) return;
  CHECK_STATUS(gk_report_field(report, "applications.nonsense.natural", 29, &f, &err), GK_NOT_FOUND);
  CHECK(f == NULL);
  CHECK(strstr(err.message, "applications.nonsense.natural") != NULL);
  /* A gk2019 key does not exist in a gk2021 report. */
  CHECK_STATUS(gk_report_field(report, "active.rules.made", 17, &f, NULL), GK_NOT_FOUND);
  /* The key is bytes plus length: a prefix of a real key is not that key. */
  CHECK_STATUS(gk_report_field(report, "review.totalXYZ", 12, &f, NULL), GK_OK);
  CHECK(f != NULL && strcmp(f->key, "review.total") == 0);
  /* A long multi-byte key: the message stays NUL-terminated, inside the
   * buffer, and cut at a character boundary (no stray continuation byte). */
  for (i = 0; i + 3 <= sizeof long_key; i += 3) memcpy(long_key + i, "键", 3);
  CHECK_STATUS(gk_report_field(report, long_key, i, &f, &err), GK_NOT_FOUND);
  CHECK(strlen(err.message) < GK_ERROR_MESSAGE_SIZE);
  {
    size_t len = strlen(err.message);
    /* the key part ends on a whole character: the last lead byte has its two followers */
    CHECK(len >= 3 && memcmp(err.message + len - 3, "键", 3) == 0);
  }
  gk_report_free(report);
}

void test_findings(void) {
  gk_report* good = parse_data_file("example_county_2021.txt", 1);
  gk_report* bad = parse_data_file("example_county_2021_unbalanced.txt", 1);
  size_t i, n;
  if (!good || !bad) {
    gk_report_free(good);
    gk_report_free(bad);
    return;
  }
  /* The balanced report has no error; the unbalanced one breaks T3-BALANCE
   * and T3-OUTCOME-SUM in the 自然人 column, and still parses with GK_OK. */
  n = gk_report_diagnostic_count(good);
  for (i = 0; i < n; ++i) CHECK(gk_report_diagnostic_at(good, i)->severity != GK_SEVERITY_ERROR);
  n = gk_report_diagnostic_count(bad);
  CHECK(count_rule(report_at, bad, n, "T3-BALANCE", GK_SEVERITY_ERROR) >= 1);
  CHECK(count_rule(report_at, bad, n, "T3-OUTCOME-SUM", GK_SEVERITY_ERROR) >= 1);
  for (i = 0; i < n; ++i) {
    const gk_diagnostic* d = gk_report_diagnostic_at(bad, i);
    CHECK(d->message_zh[0] != '\0' && d->message_en[0] != '\0');
    CHECK_STR(d->severity_name, d->severity == GK_SEVERITY_ERROR     ? "error"
                                : d->severity == GK_SEVERITY_WARNING ? "warning"
                                                                     : "info");
    if (strcmp(d->rule, "T3-BALANCE") == 0) {
      size_t c;
      CHECK(d->line > 0);
      CHECK(d->lhs != NULL && d->rhs != NULL && d->difference != NULL);
      CHECK(d->cell_count == 4 && d->cells != NULL);
      for (c = 0; c < d->cell_count; ++c) CHECK(strncmp(d->cells[c].key, "applications.", 13) == 0);
    }
  }
  CHECK(gk_report_diagnostic_at(bad, n) == NULL);
  gk_report_free(good);
  gk_report_free(bad);
}

void test_validate(void) {
  /* Parsed without validation, the report holds no arithmetic findings;
   * gk_report_validate returns them as a list of its own. */
  gk_report* bad = parse_data_file("example_county_2021_unbalanced.txt", 0);
  gk_diagnostics* list = NULL;
  gk_error err;
  size_t n;
  if (!bad) return;
  CHECK(count_rule(report_at, bad, gk_report_diagnostic_count(bad), "T3-BALANCE", GK_SEVERITY_ERROR) == 0);
  CHECK_STATUS(gk_report_validate(bad, &list, &err), GK_OK);
  n = gk_diagnostics_count(list);
  CHECK(count_rule(list_at, list, n, "T3-BALANCE", GK_SEVERITY_ERROR) >= 1);
  CHECK(gk_diagnostics_at(list, n) == NULL);
  /* The report itself is unchanged. */
  CHECK(count_rule(report_at, bad, gk_report_diagnostic_count(bad), "T3-BALANCE", GK_SEVERITY_ERROR) == 0);
  gk_diagnostics_free(list);
  gk_report_free(bad);
}
