/* dump: the C ABI's side of the one-engine test. For each report text given,
 * writes OUT_DIR/<name>.json: gk_report_to_json with GK_JSON_DEFAULT (what the
 * CLI writes) followed by a newline.
 *
 *   dump OUT_DIR FILE...
 *
 * Exits 0 when every file was written, 2 otherwise. Strict C99. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gongkai.h"

static char* read_file(const char* path, size_t* length) {
  FILE* f = fopen(path, "rb");
  char* data = NULL;
  size_t capacity = 0, used = 0, n;
  if (!f) return NULL;
  do {
    if (used == capacity) {
      char* grown;
      capacity = capacity ? capacity * 2 : 65536;
      grown = (char*)realloc(data, capacity);
      if (!grown) {
        free(data);
        fclose(f);
        return NULL;
      }
      data = grown;
    }
    n = fread(data + used, 1, capacity - used, f);
    used += n;
  } while (n > 0);
  if (ferror(f)) {
    free(data);
    fclose(f);
    return NULL;
  }
  fclose(f);
  *length = used;
  return data;
}

/* "dir/seed000_x.txt" -> "seed000_x" */
static void base_name(const char* path, char* out, size_t size) {
  const char* slash = strrchr(path, '/');
  const char* name = slash ? slash + 1 : path;
  const char* dot = strrchr(name, '.');
  size_t n = dot && dot != name ? (size_t)(dot - name) : strlen(name);
  if (n >= size) n = size - 1;
  memcpy(out, name, n);
  out[n] = '\0';
}

static int dump_one(const char* out_dir, const char* path) {
  size_t length = 0;
  char* text = read_file(path, &length);
  gk_report* report = NULL;
  gk_buffer* json = NULL;
  gk_error err;
  char name[512], out_path[4096];
  FILE* out;
  int ok;

  if (!text) {
    fprintf(stderr, "dump: cannot read %s\n", path);
    return 0;
  }
  if (gk_report_parse(text, length, NULL, &report, &err) != GK_OK) {
    fprintf(stderr, "dump: %s: %s (%s)\n", path, err.message, gk_status_name(err.code));
    free(text);
    return 0;
  }
  free(text);
  if (gk_report_to_json(report, GK_JSON_DEFAULT, &json, &err) != GK_OK) {
    fprintf(stderr, "dump: %s: to_json: %s\n", path, err.message);
    gk_report_free(report);
    return 0;
  }
  base_name(path, name, sizeof name);
  snprintf(out_path, sizeof out_path, "%s/%s.json", out_dir, name);
  out = fopen(out_path, "wb");
  ok = out != NULL && fwrite(gk_buffer_data(json), 1, gk_buffer_size(json), out) == gk_buffer_size(json) &&
       fputc('\n', out) != EOF;
  if (out && fclose(out) != 0) ok = 0;
  if (!ok) fprintf(stderr, "dump: cannot write %s\n", out_path);
  gk_buffer_free(json);
  gk_report_free(report);
  return ok;
}

int main(int argc, char** argv) {
  int i, failed = 0;
  if (argc < 3) {
    fprintf(stderr, "usage: dump OUT_DIR FILE...\n");
    return 2;
  }
  if (gk_abi_version() != GK_ABI_VERSION) {
    fprintf(stderr, "dump: library ABI %u, header ABI %d\n", (unsigned)gk_abi_version(), GK_ABI_VERSION);
    return 2;
  }
  for (i = 2; i < argc; ++i) failed += !dump_one(argv[1], argv[i]);
  return failed ? 2 : 0;
}
