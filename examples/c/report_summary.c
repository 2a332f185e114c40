/* report_summary: parses one annual report with gongkai's C API and prints
 * its metadata, a few fields and its findings.
 *
 *   cc -std=c99 report_summary.c $(pkg-config --cflags --libs gongkai) -o report_summary
 *   ./report_summary report.txt
 *
 * Exits 0 when the tables add up, 1 when validation found an error, 2 when
 * the file could not be read or parsed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gongkai.h>

/* Reads a whole file; the caller frees the result. */
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
  fclose(f);
  *length = used;
  return data;
}

static void print_field(const gk_report* report, const char* key) {
  const gk_field* field = NULL;
  if (gk_report_field(report, key, strlen(key), &field, NULL) != GK_OK) {
    printf("  %-36s (not printed)\n", key);
  } else if (field->state == GK_CELL_NUMBER) {
    printf("  %-36s %s\n", key, field->value);
  } else {
    printf("  %-36s blank \"%s\"\n", key, field->raw);
  }
}

int main(int argc, char** argv) {
  gk_error err;
  gk_report* report = NULL;
  const gk_meta* meta;
  size_t length = 0, i, errors = 0;
  char* text;

  if (argc != 2) {
    fprintf(stderr, "usage: %s REPORT.txt\n", argv[0]);
    return 2;
  }
  printf("gongkai %s (ABI %u)\n", gk_version(), (unsigned)gk_abi_version());
  text = read_file(argv[1], &length);
  if (!text) {
    perror(argv[1]);
    return 2;
  }
  /* Bytes plus length: the text needs no terminating NUL. */
  if (gk_report_parse(text, length, NULL, &report, &err) != GK_OK) {
    fprintf(stderr, "%s: %s (%s) at line %u, column %u\n", argv[1], err.message, gk_status_name(err.code),
            (unsigned)err.line, (unsigned)err.column);
    free(text);
    return 2;
  }
  free(text); /* the report keeps what it needs */

  meta = gk_report_meta(report);
  printf("title:     %s\n", meta->title);
  printf("organ:     %s\n", meta->organ);
  printf("year:      %d\n", (int)meta->year);
  printf("format:    %s\n", meta->format);
  printf("published: %s\n", meta->published ? meta->published : "(none)");
  printf("fields:    %lu printed\n", (unsigned long)gk_report_field_count(report));
  print_field(report, "applications.received.total");
  print_field(report, "applications.total.total");
  print_field(report, "review.total");

  printf("findings:  %lu\n", (unsigned long)gk_report_diagnostic_count(report));
  for (i = 0; i < gk_report_diagnostic_count(report); ++i) {
    const gk_diagnostic* d = gk_report_diagnostic_at(report, i);
    if (d->severity == GK_SEVERITY_ERROR) ++errors;
    printf("  %-7s %-16s line %-4u %s\n", d->severity_name, d->rule, (unsigned)d->line, d->message_en);
  }
  gk_report_free(report);
  return errors ? 1 : 0;
}
