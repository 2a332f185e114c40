/* Reports from files through the C ABI: gk_report_parse_bytes for a web page
 * made here, gk_report_parse_file for a corpus PDF, and the errors of files
 * that cannot be read. */
#include <string.h>

#include "check.h"
#include "gongkai.h"
#include "tests.h"

static const char kPage[] =
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body>"
    "<h1>某县人民政府2021年政府信息公开工作年度报告</h1>"
    "<p>二、主动公开政府信息情况</p>"
    "<table><tr><td colspan=\"4\">第二十条第（一）项</td></tr>"
    "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
    "<tr><td>规章</td><td>1</td><td>0</td><td>11</td></tr>"
    "<tr><td>行政规范性文件</td><td>8</td><td><span>2</span><span>6</span></td><td>66</td></tr></table>"
    "</body></html>";

static const gk_field* field(const gk_report* report, const char* key) {
  const gk_field* out = NULL;
  gk_report_field(report, key, strlen(key), &out, NULL);
  return out;
}

static void test_html_bytes(void) {
  gk_report* report = NULL;
  gk_error err;
  const gk_field* f;
  gk_file_options fo;
  gk_file_options_init(&fo);
  CHECK(fo.size == sizeof fo && fo.kind == GK_INPUT_DETECT && fo.max_unpacked_bytes > 0);
  CHECK_STATUS(gk_report_parse_bytes(kPage, sizeof kPage - 1, &fo, NULL, &report, &err), GK_OK);
  if (!report) return;
  f = field(report, "active.normative.repealed");
  CHECK(f != NULL);
  if (f) {
    CHECK_STR(f->value, "26"); /* a number split over two spans is one number */
    CHECK(f->has_place && f->place_table == 1 && f->place_row == 4 && f->place_column == 3);
    CHECK(f->place_page == 0);
  }
  gk_report_free(report);
}

static void test_pdf_file(void) {
  char path[4096];
  gk_report* report = NULL;
  gk_error err;
  const gk_field* f;
  FILE* probe;
  snprintf(path, sizeof path, "%s/pdf/w01_huaian_city_2024.pdf", GK_CORPUS_DIR);
  probe = fopen(path, "rb");
  if (!probe) {
    printf("capi: no corpus PDF at %s, skipped\n", path);
    return;
  }
  fclose(probe);
  CHECK_STATUS(gk_report_parse_file(path, strlen(path), NULL, NULL, &report, &err), GK_OK);
  if (!report) return;
  f = field(report, "applications.received.total");
  CHECK(f != NULL);
  if (f) {
    CHECK_STR(f->value, "3119");
    CHECK(f->has_place && f->place_page >= 1 && f->place_box[2] > f->place_box[0] && f->place_box[3] > f->place_box[1]);
  }
  gk_report_free(report);
}

static void expect_status(const char* bytes, size_t length, int kind, gk_status want, const char* name) {
  gk_report* report = (gk_report*)1;
  gk_error err;
  gk_file_options fo;
  gk_file_options_init(&fo);
  fo.kind = kind;
  CHECK_STATUS(gk_report_parse_bytes(bytes, length, &fo, NULL, &report, &err), want);
  CHECK(report == NULL);
  CHECK(err.code == want && strstr(err.message, " / ") != NULL); /* Chinese / English */
  if (strcmp(gk_status_name(want), name) != 0) CHECK_STR(gk_status_name(want), name);
}

static void test_file_errors(void) {
  static const char zip_not_word[] = "PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
  static const char truncated_pdf[] = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type";
  static const char no_report[] = "<html><body><p>天气预报：晴</p></body></html>";
  gk_file_options fo;
  gk_report* report = NULL;
  gk_error err;
  expect_status(zip_not_word, sizeof zip_not_word - 1, GK_INPUT_DETECT, GK_BAD_FILE, "bad_file");
  expect_status(truncated_pdf, sizeof truncated_pdf - 1, GK_INPUT_DETECT, GK_BAD_FILE, "bad_file");
  expect_status(no_report, sizeof no_report - 1, GK_INPUT_DETECT, GK_NO_REPORT, "no_report");
  CHECK_STR(gk_status_name(GK_NEEDS_OCR), "needs_ocr");
  gk_file_options_init(&fo);
  fo.kind = 99;
  CHECK_STATUS(gk_report_parse_bytes(kPage, sizeof kPage - 1, &fo, NULL, &report, &err), GK_INVALID_ARGUMENT);
  CHECK_STATUS(gk_report_parse_file("/no/such/file.pdf", 17, NULL, NULL, &report, &err), GK_IO_ERROR);
  CHECK_STATUS(gk_report_parse_file(NULL, 0, NULL, NULL, &report, &err), GK_INVALID_ARGUMENT);
  CHECK_STATUS(gk_report_parse_file("/tmp\0/x", 7, NULL, NULL, &report, &err), GK_INVALID_ARGUMENT);
  CHECK_STATUS(gk_report_parse_bytes(kPage, sizeof kPage - 1, NULL, NULL, NULL, &err), GK_INVALID_ARGUMENT);
}

void test_files(void) {
  test_html_bytes();
  test_pdf_file();
  test_file_errors();
}
