/* Issue 9 through the C ABI: every string the library hands out is UTF-8,
 * even when the caller's key is not, and a JSON string with \u0000 inside is
 * refused rather than handed out cut at the NUL. */
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "gongkai.h"
#include "tests.h"

/* 1 when s[0..n) is UTF-8 (no overlong forms, no surrogates). */
static int is_utf8(const unsigned char* s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned c = s[i], len, k;
    uint32_t cp;
    if (c < 0x80) { ++i; continue; }
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return 0;
    if (i + len > n) return 0;
    for (k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return 0;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return 0;
    i += len;
  }
  return 1;
}

static void test_field_key_not_utf8(gk_report* report) {
  /* A key cut inside 年, then a lone continuation byte and 0xFF. */
  const char key[] = "applications.\xE5\xB9\x80\xFF";
  const gk_field* out = (const gk_field*)1;
  gk_error err;
  CHECK_STATUS(gk_report_field(report, key, sizeof key - 1, &out, &err), GK_NOT_FOUND);
  CHECK(out == NULL);
  CHECK(is_utf8((const unsigned char*)err.message, strlen(err.message)));
  CHECK(strstr(err.message, "not valid UTF-8") != NULL);
  /* A UTF-8 key that is not there is still quoted, so the caller sees which. */
  CHECK_STATUS(gk_report_field(report, "没有这个键", strlen("没有这个键"), &out, &err), GK_NOT_FOUND);
  CHECK(strstr(err.message, "没有这个键") != NULL);
}

static void test_json_nul_in_string(void) {
  const char json[] = "{\"schema\":\"gongkai.report/1\",\"meta\":{\"title\":\"abc\\u0000def\"}}";
  gk_report* report = (gk_report*)1;
  gk_error err;
  CHECK_STATUS(gk_report_from_json(json, sizeof json - 1, NULL, &report, &err), GK_JSON_SCHEMA);
  CHECK(report == NULL);
  CHECK(strstr(err.message, "$.meta.title") != NULL);
}

void test_reliability(void) {
  size_t length = 0;
  char* text = read_file(test_data_path("example_county_2021.txt"), &length);
  gk_report* report = NULL;
  gk_parse_options options;
  gk_error err;
  CHECK(text != NULL);
  if (!text) return;
  /* No upper cap is asked of the caller: SIZE_MAX means "as large as the
   * library can" (4 GiB - 1, its offsets being 32-bit). */
  gk_parse_options_init(&options);
  options.max_input_bytes = SIZE_MAX;
  CHECK_STATUS(gk_report_parse(text, length, &options, &report, &err), GK_OK);
  if (report) test_field_key_not_utf8(report);
  gk_report_free(report);
  free(text);
  test_json_nul_in_string();
}
