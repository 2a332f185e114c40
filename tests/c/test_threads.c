/* Many threads, each with its own handles, give the same answers as one. */
#include <pthread.h>
#include <string.h>

#include "check.h"
#include "gongkai.h"
#include "tests.h"

#define THREADS 4
#define ROUNDS 25

typedef struct job {
  const char* text;
  size_t length;
  const char* expected_json;
  size_t expected_size;
  int mismatches;
} job;

static void* run_job(void* arg) {
  job* j = (job*)arg;
  int round;
  for (round = 0; round < ROUNDS; ++round) {
    gk_report* report = NULL;
    gk_report* empty = NULL;
    gk_buffer* json = NULL;
    gk_error err;
    if (gk_report_parse(j->text, j->length, NULL, &report, &err) != GK_OK ||
        gk_report_to_json(report, GK_JSON_DEFAULT, &json, &err) != GK_OK ||
        gk_buffer_size(json) != j->expected_size ||
        memcmp(gk_buffer_data(json), j->expected_json, j->expected_size) != 0)
      ++j->mismatches;
    /* An error on another thread must not leak into this one's. */
    if (gk_report_parse("", 0, NULL, &empty, &err) != GK_EMPTY_INPUT || err.code != GK_EMPTY_INPUT || empty)
      ++j->mismatches;
    gk_buffer_free(json);
    gk_report_free(report);
  }
  return NULL;
}

void test_threads(void) {
  size_t length = 0;
  char* text = read_file(test_data_path("example_county_2021_unbalanced.txt"), &length);
  gk_report* report = NULL;
  gk_buffer* expected = NULL;
  pthread_t threads[THREADS];
  job jobs[THREADS];
  int i;
  if (!text) {
    CHECK(text != NULL);
    return;
  }
  CHECK_STATUS(gk_report_parse(text, length, NULL, &report, NULL), GK_OK);
  CHECK_STATUS(gk_report_to_json(report, GK_JSON_DEFAULT, &expected, NULL), GK_OK);
  if (expected) {
    for (i = 0; i < THREADS; ++i) {
      jobs[i].text = text;
      jobs[i].length = length;
      jobs[i].expected_json = gk_buffer_data(expected);
      jobs[i].expected_size = gk_buffer_size(expected);
      jobs[i].mismatches = 0;
      CHECK(pthread_create(&threads[i], NULL, run_job, &jobs[i]) == 0);
    }
    for (i = 0; i < THREADS; ++i) {
      CHECK(pthread_join(threads[i], NULL) == 0);
      CHECK(jobs[i].mismatches == 0);
    }
  }
  gk_buffer_free(expected);
  gk_report_free(report);
  free(text);
}
