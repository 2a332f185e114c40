/* Runs every C ABI test group and prints the closing "N passed, N failed". */
#include <stdio.h>

#include "check.h"
#include "tests.h"

int gk_test_passed = 0;
int gk_test_failed = 0;

const char* test_data_path(const char* name) {
  static char path[4096];
  snprintf(path, sizeof path, "%s/%s", GK_TEST_DATA_DIR, name);
  return path;
}

int main(void) {
  test_versions();
  test_free_null();
  test_argument_errors();
  test_input_errors();
  test_options_growth();
  test_meta_and_fields();
  test_field_errors();
  test_findings();
  test_validate();
  test_json_round_trip();
  test_json_errors();
  test_threads();
  test_corpus();
  test_files();
  printf("capi: %d passed, %d failed\n", gk_test_passed, gk_test_failed);
  return gk_test_failed == 0 ? 0 : 1;
}
