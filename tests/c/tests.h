/* The groups of C ABI tests; test_main.c runs them all. */
#ifndef GK_TESTS_H
#define GK_TESTS_H

/* Paths of the test data, from the build (see CMakeLists.txt). */
const char* test_data_path(const char* name);

void test_versions(void);
void test_free_null(void);
void test_argument_errors(void);
void test_input_errors(void);
void test_options_growth(void);
void test_meta_and_fields(void);
void test_field_errors(void);
void test_findings(void);
void test_validate(void);
void test_json_round_trip(void);
void test_json_errors(void);
void test_threads(void);
void test_corpus(void);
void test_reliability(void);
void test_files(void);
void test_render(void);
void test_across(void);

#endif
