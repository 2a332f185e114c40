/* CSV, Markdown and HTML through the C ABI, and the checks across reports
 * (the year before, the organs under a report). */
#include <string.h>

#include "check.h"
#include "gongkai.h"
#include "tests.h"

/* Parses `length` bytes of text; NULL (a failed check) when it cannot. */
static gk_report* parse_text(const char* text, size_t length) {
  gk_report* report = NULL;
  CHECK_STATUS(gk_report_parse(text, length, NULL, &report, NULL), GK_OK);
  return report;
}

static gk_report* parse_data(const char* name) {
  size_t length = 0;
  char* text = read_file(test_data_path(name), &length);
  gk_report* report;
  CHECK(text != NULL);
  if (!text) return NULL;
  report = parse_text(text, length);
  free(text);
  return report;
}

static size_t count_lines(const char* text) {
  size_t n = 0;
  for (; *text; ++text)
    if (*text == '\n') ++n;
  return n;
}

static size_t count_rule(const gk_diagnostics* list, const char* rule) {
  size_t i, n = 0;
  for (i = 0; i < gk_diagnostics_count(list); ++i)
    if (strcmp(gk_diagnostics_at(list, i)->rule, rule) == 0) ++n;
  return n;
}

static void test_csv(const gk_report* report) {
  gk_csv_options options;
  gk_buffer* out = NULL;
  gk_error err;
  const char* text;
  /* Defaults: wide, keys in the header, no BOM, an empty report column. */
  CHECK_STATUS(gk_report_to_csv(report, NULL, &out, &err), GK_OK);
  text = gk_buffer_data(out);
  CHECK(strncmp(text, "report,title,organ,year,template,", 33) == 0);
  CHECK(strstr(text, ",applications.received.natural,") != NULL);
  CHECK(count_lines(text) == 2);
  CHECK(strstr(text, "\r\n,示例县统计局2021年政府信息公开工作年度报告,示例县统计局,2021,gk2021,") != NULL);
  gk_buffer_free(out);

  gk_csv_options_init(&options);
  options.layout = GK_CSV_LONG;
  options.header = GK_CSV_HEADER_ZH;
  options.bom = 1;
  options.report_name = "county.txt";
  options.report_name_length = strlen("county.txt");
  CHECK_STATUS(gk_report_to_csv(report, &options, &out, &err), GK_OK);
  text = gk_buffer_data(out);
  CHECK(strncmp(text, "\xEF\xBB\xBF报告,字段键,字段名称,数值,行\r\n", strlen("\xEF\xBB\xBF报告,字段键,字段名称,数值,行\r\n")) == 0);
  /* A row per printed cell, its Chinese name beside its key. */
  CHECK(strstr(text, "\r\ncounty.txt,applications.received.natural,一、本年新收政府信息公开申请数量｜自然人,") != NULL);
  CHECK(count_lines(text) == 1 + gk_report_field_count(report));
  gk_buffer_free(out);

  options.layout = 7;
  CHECK_STATUS(gk_report_to_csv(report, &options, &out, &err), GK_INVALID_ARGUMENT);
  CHECK(out == NULL && strstr(err.message, "CSV") != NULL);
  gk_csv_options_init(&options);
  options.report_name = NULL;
  options.report_name_length = 3;
  CHECK_STATUS(gk_report_to_csv(report, &options, &out, &err), GK_INVALID_ARGUMENT);
  /* A caller built against a header whose struct ended before `header`
   * gets the default for it. */
  gk_csv_options_init(&options);
  options.header = GK_CSV_HEADER_ZH;
  options.size = offsetof(gk_csv_options, header);
  CHECK_STATUS(gk_report_to_csv(report, &options, &out, &err), GK_OK);
  CHECK(strncmp(gk_buffer_data(out), "report,", 7) == 0);
  gk_buffer_free(out);
  CHECK_STATUS(gk_report_to_csv(NULL, NULL, &out, &err), GK_INVALID_ARGUMENT);
  CHECK_STATUS(gk_report_to_csv(report, NULL, NULL, &err), GK_INVALID_ARGUMENT);
}

static void test_pages(const gk_report* report, const gk_report* unbalanced) {
  gk_render_options options;
  gk_buffer* out = NULL;
  const char* text;
  CHECK_STATUS(gk_report_to_html(report, NULL, &out, NULL), GK_OK);
  text = gk_buffer_data(out);
  CHECK(strncmp(text, "<!DOCTYPE html>", 15) == 0);
  CHECK(strstr(text, "示例县统计局") != NULL);
  CHECK(strstr(text, "</html>") != NULL);
  CHECK(gk_buffer_size(out) == strlen(text));
  gk_buffer_free(out);

  /* The unbalanced report's findings are listed, unless asked not to. */
  CHECK_STATUS(gk_report_to_markdown(unbalanced, NULL, &out, NULL), GK_OK);
  CHECK(strstr(gk_buffer_data(out), "T3-BALANCE") != NULL);
  CHECK(strstr(gk_buffer_data(out), "Findings") != NULL);
  CHECK(strstr(gk_buffer_data(out), "| ") != NULL);
  gk_buffer_free(out);
  gk_render_options_init(&options);
  CHECK(options.list_findings == 1);
  options.list_findings = 0;
  options.source_name = "county.txt";
  options.source_name_length = strlen("county.txt");
  CHECK_STATUS(gk_report_to_markdown(unbalanced, &options, &out, NULL), GK_OK);
  CHECK(strstr(gk_buffer_data(out), "county.txt") != NULL);
  CHECK(strstr(gk_buffer_data(out), "Findings") == NULL);
  gk_buffer_free(out);
  CHECK_STATUS(gk_report_to_html(NULL, NULL, &out, NULL), GK_INVALID_ARGUMENT);
  CHECK(out == NULL);
}

void test_render(void) {
  gk_report* report = parse_data("example_county_2021.txt");
  gk_report* unbalanced = parse_data("example_county_2021_unbalanced.txt");
  if (report && unbalanced) {
    test_csv(report);
    test_pages(report, unbalanced);
  }
  gk_report_free(report);
  gk_report_free(unbalanced);
}

/* The same report a year earlier: every 2021 read as 2020. */
static gk_report* parse_as_year_before(const char* name, const char* carried_forward_row, const char* replacement) {
  size_t length = 0;
  char* text = read_file(test_data_path(name), &length);
  char* at;
  gk_report* report;
  CHECK(text != NULL);
  if (!text) return NULL;
  for (at = strstr(text, "2021"); at; at = strstr(at + 4, "2021")) memcpy(at, "2020", 4);
  at = strstr(text, carried_forward_row);
  CHECK(at != NULL && strlen(carried_forward_row) == strlen(replacement));
  if (at) memcpy(at, replacement, strlen(replacement));
  report = parse_text(text, length);
  free(text);
  return report;
}

void test_across(void) {
  gk_report* report = parse_data("example_county_2021.txt");
  /* Carried forward into 2021: 2 (this year's 上年结转), not 3. */
  gk_report* matching = parse_as_year_before("example_county_2021.txt", "四、结转下年度继续办理\t3\t0\t0\t0\t0\t0\t3",
                                             "四、结转下年度继续办理\t2\t0\t0\t0\t0\t0\t2");
  gk_report* differing = parse_as_year_before("example_county_2021.txt", "四、结转下年度继续办理\t3\t0\t0\t0\t0\t0\t3",
                                              "四、结转下年度继续办理\t5\t0\t0\t0\t0\t0\t5");
  gk_diagnostics* list = NULL;
  const gk_report* children[2];
  gk_error err;
  if (!report || !matching || !differing) goto done;

  CHECK_STATUS(gk_report_compare_previous(report, matching, &list, &err), GK_OK);
  CHECK(gk_diagnostics_count(list) == 0);
  gk_diagnostics_free(list);
  CHECK_STATUS(gk_report_compare_previous(report, differing, &list, &err), GK_OK);
  /* 自然人 and 总计: 2 carried over against 5 carried forward. */
  CHECK(count_rule(list, "PREV-CARRIED-OVER") == 2);
  if (gk_diagnostics_count(list) > 0) {
    const gk_diagnostic* d = gk_diagnostics_at(list, 0);
    CHECK_STR(d->lhs, "2");
    CHECK_STR(d->rhs, "5");
    CHECK_STR(d->difference, "-3");
    CHECK(d->severity == GK_SEVERITY_WARNING && d->cell_count == 2 && d->message_en[0] != '\0');
  }
  gk_diagnostics_free(list);
  /* The same year twice is not the year before. */
  CHECK_STATUS(gk_report_compare_previous(report, report, &list, &err), GK_OK);
  CHECK(count_rule(list, "PREV-YEAR") == 1);
  gk_diagnostics_free(list);

  /* One child that is the parent adds up; two of it are twice every
   * nonzero cell. */
  children[0] = report;
  children[1] = report;
  CHECK_STATUS(gk_report_compare_children(report, children, 1, &list, &err), GK_OK);
  CHECK(gk_diagnostics_count(list) == 0);
  gk_diagnostics_free(list);
  CHECK_STATUS(gk_report_compare_children(report, children, 2, &list, &err), GK_OK);
  CHECK(count_rule(list, "CHILDREN-SUM") > 0);
  CHECK(count_rule(list, "CHILDREN-SUM") == gk_diagnostics_count(list));
  gk_diagnostics_free(list);
  CHECK_STATUS(gk_report_compare_children(report, NULL, 0, &list, &err), GK_OK);
  CHECK(gk_diagnostics_count(list) == 0);
  gk_diagnostics_free(list);

  children[1] = NULL;
  CHECK_STATUS(gk_report_compare_children(report, children, 2, &list, &err), GK_INVALID_ARGUMENT);
  CHECK(list == NULL && strstr(err.message, "NULL") != NULL);
  CHECK_STATUS(gk_report_compare_children(report, NULL, 1, &list, &err), GK_INVALID_ARGUMENT);
  CHECK_STATUS(gk_report_compare_previous(NULL, report, &list, &err), GK_INVALID_ARGUMENT);
  CHECK_STATUS(gk_report_compare_previous(report, report, NULL, &err), GK_INVALID_ARGUMENT);
done:
  gk_report_free(report);
  gk_report_free(matching);
  gk_report_free(differing);
}
