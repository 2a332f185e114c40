/* A tiny test harness for the C ABI tests: CHECK records a failure and goes
 * on; main prints "N passed, N failed" (the closing line CI reads). */
#ifndef GK_TEST_CHECK_H
#define GK_TEST_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern int gk_test_passed;
extern int gk_test_failed;

#define CHECK(cond)                                                          \
  do {                                                                       \
    if (cond) {                                                              \
      ++gk_test_passed;                                                      \
    } else {                                                                 \
      ++gk_test_failed;                                                      \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
    }                                                                        \
  } while (0)

#define CHECK_STATUS(expr, expected)                                          \
  do {                                                                        \
    int gk_got_ = (expr);                                                     \
    if (gk_got_ == (expected)) {                                              \
      ++gk_test_passed;                                                       \
    } else {                                                                  \
      ++gk_test_failed;                                                       \
      fprintf(stderr, "%s:%d: %s returned %d (%s), expected %s\n", __FILE__, __LINE__, #expr, \
              gk_got_, gk_status_name(gk_got_), gk_status_name(expected));    \
    }                                                                         \
  } while (0)

#define CHECK_STR(actual, expected)                                                         \
  do {                                                                                      \
    const char* gk_a_ = (actual);                                                           \
    const char* gk_e_ = (expected);                                                         \
    if (gk_a_ && gk_e_ && strcmp(gk_a_, gk_e_) == 0) {                                      \
      ++gk_test_passed;                                                                     \
    } else {                                                                                \
      ++gk_test_failed;                                                                     \
      fprintf(stderr, "%s:%d: %s is \"%s\", expected \"%s\"\n", __FILE__, __LINE__, #actual, \
              gk_a_ ? gk_a_ : "(null)", gk_e_ ? gk_e_ : "(null)");                          \
    }                                                                                       \
  } while (0)

/* Reads a whole file into a malloc'ed buffer; NULL (and a message) when it
 * cannot. */
static inline char* read_file(const char* path, size_t* length) {
  FILE* f = fopen(path, "rb");
  char* data = NULL;
  long n;
  if (!f) {
    fprintf(stderr, "cannot open %s\n", path);
    return NULL;
  }
  if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
    data = (char*)malloc((size_t)n + 1);
    if (data && fread(data, 1, (size_t)n, f) == (size_t)n) {
      data[n] = '\0';
      *length = (size_t)n;
    } else {
      free(data);
      data = NULL;
    }
  }
  fclose(f);
  return data;
}

#endif
