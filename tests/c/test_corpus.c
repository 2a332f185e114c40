/* The real reports of ../shared/corpus/dev (read in place, when present):
 * each parses, and its JSON reads back to the same bytes. */
#include <dirent.h>
#include <string.h>

#include "check.h"
#include "gongkai.h"
#include "tests.h"

void test_corpus(void) {
  DIR* dir = opendir(GK_CORPUS_DIR);
  struct dirent* entry;
  int files = 0;
  if (!dir) {
    printf("capi: no corpus at %s, skipped\n", GK_CORPUS_DIR);
    return;
  }
  while ((entry = readdir(dir)) != NULL) {
    char path[4096];
    size_t length = 0, n = strlen(entry->d_name);
    char* text;
    gk_report* report = NULL;
    gk_report* back = NULL;
    gk_buffer* json = NULL;
    gk_buffer* again = NULL;
    gk_error err;
    if (n < 5 || strcmp(entry->d_name + n - 4, ".txt") != 0) continue;
    snprintf(path, sizeof path, "%s/%s", GK_CORPUS_DIR, entry->d_name);
    text = read_file(path, &length);
    if (!text) continue;
    ++files;
    CHECK_STATUS(gk_report_parse(text, length, NULL, &report, &err), GK_OK);
    if (report) {
      const gk_meta* meta = gk_report_meta(report);
      CHECK(meta->title[0] != '\0');
      CHECK(meta->year >= 2000 && meta->year <= 2100);
      CHECK(meta->input_bytes == length);
      CHECK_STATUS(gk_report_to_json(report, GK_JSON_DEFAULT, &json, &err), GK_OK);
      CHECK_STATUS(gk_report_from_json(gk_buffer_data(json), gk_buffer_size(json), NULL, &back, &err), GK_OK);
      CHECK_STATUS(gk_report_to_json(back, GK_JSON_DEFAULT, &again, &err), GK_OK);
      CHECK(json && again && gk_buffer_size(json) == gk_buffer_size(again) &&
            memcmp(gk_buffer_data(json), gk_buffer_data(again), gk_buffer_size(json)) == 0);
    }
    gk_buffer_free(again);
    gk_buffer_free(json);
    gk_report_free(back);
    gk_report_free(report);
    free(text);
  }
  closedir(dir);
  CHECK(files >= 6);
}
