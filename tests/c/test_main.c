/* Runs every C ABI test group and prints the closing "N passed, N failed". */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "tests.h"

int gk_test_passed = 0;
int gk_test_failed = 0;

const char* test_data_path(const char* name) {
  static char path[4096];
  snprintf(path, sizeof path, "%s/%s", GK_TEST_DATA_DIR, name);
  return path;
}

/* Every group, by the name a command line can ask for. */
static const struct {
  const char* name;
  void (*run)(void);
} kGroups[] = {
    {"versions", test_versions},
    {"free_null", test_free_null},
    {"argument_errors", test_argument_errors},
    {"input_errors", test_input_errors},
    {"options_growth", test_options_growth},
    {"meta_and_fields", test_meta_and_fields},
    {"field_errors", test_field_errors},
    {"findings", test_findings},
    {"validate", test_validate},
    {"json_round_trip", test_json_round_trip},
    {"json_errors", test_json_errors},
    {"threads", test_threads},
    {"corpus", test_corpus},
    {"reliability", test_reliability},
    {"files", test_files},
    {"render", test_render},
    {"across", test_across},
};

/* No argument: every group. Otherwise the groups named (scripts/tsan.sh
 * runs "threads" alone under ThreadSanitizer). */
int main(int argc, char** argv) {
  size_t g, count = sizeof kGroups / sizeof kGroups[0];
  int a;
  if (argc < 2) {
    for (g = 0; g < count; ++g) kGroups[g].run();
  }
  for (a = 1; a < argc; ++a) {
    int found = 0;
    for (g = 0; g < count; ++g)
      if (strcmp(argv[a], kGroups[g].name) == 0) {
        kGroups[g].run();
        found = 1;
      }
    if (!found) {
      fprintf(stderr, "capi: no test group '%s'\n", argv[a]);
      return 2;
    }
  }
  printf("capi: %d passed, %d failed\n", gk_test_passed, gk_test_failed);
  return gk_test_failed == 0 ? 0 : 1;
}
