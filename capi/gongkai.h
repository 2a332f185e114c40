/*
 * gongkai.h — the stable C ABI of gongkai.
 *
 * gongkai parses China's 政府信息公开工作年度报告 (government information
 * disclosure annual reports) into a document model, checks the arithmetic of
 * their statistics tables, and writes the result as JSON.
 *
 * This header is plain C99 and compiles as C++ too. Everything it declares
 * starts with gk_ / GK_. The reference is docs/c-api.md; in short:
 *
 * Ownership
 *   - A handle you receive from a *_parse / *_from_json / *_to_json /
 *     *_validate call is yours: release it with the matching *_free.
 *     Every *_free accepts NULL.
 *   - A `const` pointer a getter returns (gk_meta, gk_field, gk_diagnostic and
 *     the strings inside them) is borrowed: it stays valid, unchanged, as long
 *     as the handle it came from lives. Never free it.
 *   - Strings the library returns are NUL-terminated UTF-8.
 *   - Inputs are bytes plus a length (UTF-8); they need no terminating NUL.
 *
 * Errors
 *   - Every fallible call returns a gk_status (the numbers below are frozen)
 *     and, when the caller passes a gk_error, fills it (code, message, byte
 *     offset, line, column). There is no thread-local "last error".
 *   - No C++ exception, abort or exit ever crosses this boundary.
 *   - Validation findings are results, not errors: a report whose tables do
 *     not add up parses with GK_OK and lists its findings.
 *
 * Threads
 *   - Any function may be called from any thread. Calls on different handles
 *     never interfere. Functions that take a `const` handle may run on the
 *     same handle from many threads at once; a handle must not be freed while
 *     another thread still uses it.
 */
#ifndef GONGKAI_H
#define GONGKAI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Versions ----------------------------------------------------------- */

/* The version of this header. gk_version() gives the library's at run time. */
#define GK_VERSION_MAJOR 0
#define GK_VERSION_MINOR 1
#define GK_VERSION_PATCH 0
#define GK_VERSION_STRING "0.1.0"

/* The ABI this header describes. The shared library's SOVERSION is this
 * number; a binding must refuse a library whose gk_abi_version() differs. */
#define GK_ABI_VERSION 1

#if defined(_WIN32) && !defined(GK_STATIC)
#  if defined(GK_BUILDING_LIBRARY)
#    define GK_API __declspec(dllexport)
#  else
#    define GK_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__) || defined(__clang__)
#  define GK_API __attribute__((visibility("default")))
#else
#  define GK_API
#endif

/* The library's version, "0.1.0". Static storage; never NULL. */
GK_API const char* gk_version(void);
/* The library's ABI version (GK_ABI_VERSION of the header it was built with). */
GK_API uint32_t gk_abi_version(void);

/* ---- Status codes (frozen: numbers are never reused or renumbered) ------ */

typedef int gk_status;
enum {
  GK_OK = 0,
  GK_INVALID_ARGUMENT = 1, /* a caller error: NULL pointer, bad option value, index out of range */
  GK_INVALID_UTF8 = 2,     /* input bytes are not UTF-8 */
  GK_BINARY_INPUT = 3,     /* input looks like binary data (NUL bytes, control junk) */
  GK_EMPTY_INPUT = 4,      /* input holds no text at all */
  GK_TOO_LARGE = 5,        /* input exceeds the configured maximum size */
  GK_JSON_SYNTAX = 6,      /* JSON text is malformed */
  GK_JSON_SCHEMA = 7,      /* JSON is well formed but not a gongkai report */
  GK_TOO_DEEP = 8,         /* JSON nesting exceeds the configured depth */
  GK_IO_ERROR = 9,         /* a file could not be read or written */
  GK_NOT_FOUND = 10,       /* a looked-up key does not exist */
  GK_OUT_OF_MEMORY = 11,   /* an allocation failed */
  GK_INTERNAL = 12,        /* a bug in gongkai; please report it */
  GK_BAD_FILE = 13,        /* a PDF, Word or web file that cannot be read: truncated, encrypted, a zip that is not Word */
  GK_NEEDS_OCR = 14,       /* a PDF without a text layer (a scan): it needs OCR first */
  GK_NO_REPORT = 15        /* a PDF, Word or web file in which no report text was found */
};

/* Stable lowercase name of a status ("invalid_utf8"); "unknown" for a number
 * this library does not know. Static storage; never NULL. */
GK_API const char* gk_status_name(gk_status status);

/* Filled by a fallible call when the caller passes one (it may pass NULL).
 * The call first resets it (code GK_OK, empty message, zeros), so after a
 * success it reads "no error". Caller-allocated; its layout is frozen for
 * ABI version 1. */
#define GK_ERROR_MESSAGE_SIZE 512
typedef struct gk_error {
  gk_status code;
  /* NUL-terminated UTF-8, cut at a character boundary when too long. */
  char message[GK_ERROR_MESSAGE_SIZE];
  /* Where in the input the problem is: byte offset, 1-based line and column
   * (column counts code points). 0 when unknown. */
  size_t offset;
  uint32_t line;
  uint32_t column;
} gk_error;

/* ---- Handles ------------------------------------------------------------ */

/* A parsed report. */
typedef struct gk_report gk_report;
/* A list of findings returned by gk_report_validate. */
typedef struct gk_diagnostics gk_diagnostics;
/* Bytes the library allocated (JSON text). */
typedef struct gk_buffer gk_buffer;

/* ---- Buffers -------------------------------------------------------------- */

/* The bytes; data[size] is always a NUL, so the text is also a C string. */
GK_API const char* gk_buffer_data(const gk_buffer* buffer);
GK_API size_t gk_buffer_size(const gk_buffer* buffer);
GK_API void gk_buffer_free(gk_buffer* buffer);

/* ---- Parsing ------------------------------------------------------------ */

/* Options structs can grow: `size` is the sizeof the struct the caller was
 * compiled with. Members past `size` take their defaults, so a program built
 * against an older header keeps working with a newer library. Always start
 * from the *_init function. A NULL options pointer means all defaults. */
typedef struct gk_parse_options {
  size_t size;              /* sizeof(gk_parse_options) */
  size_t max_input_bytes;   /* larger input: GK_TOO_LARGE. 0 means the default, 256 MiB */
  int validate;             /* nonzero (default): run validation and add its findings */
} gk_parse_options;

/* Sets size and every member to its default. */
GK_API void gk_parse_options_init(gk_parse_options* options);

/* Parses UTF-8 report text: `length` bytes at `utf8` (NULL allowed when
 * length is 0). On GK_OK, *out is a new report to free with gk_report_free;
 * on failure *out is NULL. Text in which no table is found still parses (as
 * format "narrative", with findings). */
GK_API gk_status gk_report_parse(const char* utf8, size_t length, const gk_parse_options* options,
                                 gk_report** out, gk_error* error);

/* ---- Files: PDF, web pages, Word, text in any encoding ----------------- */

/* What kind of file the bytes are. DETECT decides by the content (%PDF, a
 * zip holding word/document.xml, HTML markup), never by a name. */
enum {
  GK_INPUT_DETECT = 0,
  GK_INPUT_TEXT = 1,   /* UTF-8, UTF-16 with a BOM, GB18030/GBK */
  GK_INPUT_HTML = 2,
  GK_INPUT_DOCX = 3,
  GK_INPUT_PDF = 4
};

typedef struct gk_file_options {
  size_t size;               /* sizeof(gk_file_options) */
  int kind;                  /* GK_INPUT_*; default GK_INPUT_DETECT */
  const char* encoding;      /* text or HTML encoding ("gb18030", "utf-16le", any iconv name), */
  size_t encoding_length;    /*   `encoding_length` bytes; NULL or 0: detected */
  size_t max_unpacked_bytes; /* a Word file unpacks to at most this (GK_BAD_FILE past it); 0: 64 MiB */
} gk_file_options;

GK_API void gk_file_options_init(gk_file_options* options);

/* Parses a report from the bytes of a file of any kind above: the file is
 * read into paragraphs and tables, then parsed like gk_report_parse; each
 * cell's gk_field has its place in the file. Errors: GK_BAD_FILE (damaged,
 * truncated or encrypted PDF, a zip that is not a Word file, too much to
 * unpack), GK_NEEDS_OCR (a PDF without text), GK_NO_REPORT (a PDF, web page
 * or Word file without report text), and those of gk_report_parse.
 * `file_options` and `options` may be NULL (defaults). */
GK_API gk_status gk_report_parse_bytes(const char* bytes, size_t length, const gk_file_options* file_options,
                                       const gk_parse_options* options, gk_report** out, gk_error* error);

/* The same for the file at `path` (UTF-8, `path_length` bytes; no NUL
 * needed). GK_IO_ERROR when it cannot be read. */
GK_API gk_status gk_report_parse_file(const char* path, size_t path_length, const gk_file_options* file_options,
                                      const gk_parse_options* options, gk_report** out, gk_error* error);

typedef struct gk_json_options {
  size_t size;        /* sizeof(gk_json_options) */
  size_t max_depth;   /* deeper nesting: GK_TOO_DEEP. 0 means the default, 64 */
  size_t max_bytes;   /* larger input: GK_TOO_LARGE. 0 means the default, 256 MiB */
} gk_json_options;

GK_API void gk_json_options_init(gk_json_options* options);

/* Restores a report from JSON written by gk_report_to_json (with
 * GK_JSON_DETAIL, the full model comes back). */
GK_API gk_status gk_report_from_json(const char* json, size_t length, const gk_json_options* options,
                                     gk_report** out, gk_error* error);

GK_API void gk_report_free(gk_report* report);

/* ---- JSON ---------------------------------------------------------------- */

#define GK_JSON_PRETTY 1u  /* indent with two spaces; otherwise one line */
#define GK_JSON_DETAIL 2u  /* sections, tables with cells and spans, derived values */
#define GK_JSON_DEFAULT GK_JSON_DETAIL  /* what the gongkai CLI writes */

/* Canonical JSON (the same report always gives the same bytes) into a new
 * buffer to free with gk_buffer_free. Unknown flag bits: GK_INVALID_ARGUMENT. */
GK_API gk_status gk_report_to_json(const gk_report* report, unsigned flags, gk_buffer** out,
                                   gk_error* error);

/* ---- Metadata ------------------------------------------------------------ */

/* Borrowed from the report (valid while it lives). Members may be added at
 * the end in later versions; the library allocates this struct, so callers
 * built against this header keep working. Unknown text is "" unless noted. */
typedef struct gk_meta {
  const char* title;         /* as printed, line breaks joined */
  const char* organ;         /* the title without year and 政府信息公开…报告 */
  int32_t year;              /* the year the report covers; 0 when unknown */
  const char* format;        /* "gk2021", "gk2019", "legacy" or "narrative" */
  const char* published;     /* signature date YYYY-MM-DD; NULL when none */
  const char* period_start;  /* statistics period YYYY-MM-DD; NULL when none */
  const char* period_end;    /* NULL when none */
  const char* contact_address;
  const char* contact_postcode;
  const char* contact_phone;
  const char* contact_email;
  const char* contact_website;
  size_t input_bytes;        /* size of the input parsed */
  uint32_t input_lines;
} gk_meta;

/* Never NULL for a non-NULL report. */
GK_API const gk_meta* gk_report_meta(const gk_report* report);

/* ---- Fields (the statistics cells, keyed as spec/fields.tsv) ------------- */

/* What a cell holds, as printed. */
enum {
  GK_CELL_NUMBER = 0,      /* a number: value, units, scale, number are set */
  GK_CELL_BLANK = 1,       /* nothing printed */
  GK_CELL_BLANK_MARK = 2,  /* a mark standing for nothing: 无, —, -, / */
  GK_CELL_NOT_NUMBER = 3   /* text that is neither a number nor a blank mark */
};

/* Borrowed from the report (valid while it lives); may grow at the end. */
typedef struct gk_field {
  const char* key;     /* flat key, "applications.received.natural" */
  int state;           /* GK_CELL_* */
  const char* value;   /* exact decimal text "13", "1723.2952", "-2"; NULL unless a number */
  int64_t units;       /* exact value: units / 10^scale; 0 unless a number */
  int32_t scale;       /* digits after the decimal point, 0..9 */
  double number;       /* the value as a double; 0 unless a number */
  const char* raw;     /* the text as printed ("" when blank) */
  const char* note;    /* annotation printed in the cell ("其中修订16件"), or "" */
  uint32_t line;       /* where raw is in the input; 0 when unknown */
  uint32_t column;
  int inferred;        /* nonzero: placed by inference (a CELL-REPAIRED finding says how) */
  /* Where the cell is in the PDF, web page or Word file it was read from
   * (gk_report_parse_file / _parse_bytes); all 0 for text input. 1-based. */
  int has_place;          /* nonzero when the place_ members are known */
  uint32_t place_page;    /* PDF page; 0 otherwise */
  double place_box[4];    /* PDF: x0, y0, x1, y1 in points from the page's top-left corner */
  uint32_t place_table;   /* the file's n-th table */
  uint32_t place_row;     /* the row of that table's grid */
  uint32_t place_column;  /* the column of that grid (a merged cell: its first) */
} gk_field;

/* Number of cells the report prints, one per key, in the order of the JSON
 * "fields" object (template order of fields.tsv, then any other key). */
GK_API size_t gk_report_field_count(const gk_report* report);
/* The index-th cell (0-based); NULL when out of range. */
GK_API const gk_field* gk_report_field_at(const gk_report* report, size_t index);
/* Looks a cell up by its flat key (`key_length` bytes). GK_NOT_FOUND when the
 * report does not print that cell (*out is then NULL). */
GK_API gk_status gk_report_field(const gk_report* report, const char* key, size_t key_length,
                                 const gk_field** out, gk_error* error);

/* ---- Findings ------------------------------------------------------------ */

enum { GK_SEVERITY_INFO = 0, GK_SEVERITY_WARNING = 1, GK_SEVERITY_ERROR = 2 };

/* A cell a finding read. */
typedef struct gk_cell_ref {
  const char* key;
  const char* value;   /* decimal text; NULL when blank (counted as 0) or absent */
  uint32_t line;
  uint32_t column;
} gk_cell_ref;

/* Borrowed from the report or list it came from (valid while that lives);
 * may grow at the end. */
typedef struct gk_diagnostic {
  const char* rule;          /* id from spec/rules.md, "T3-BALANCE" */
  int severity;              /* GK_SEVERITY_* */
  const char* severity_name; /* "info", "warning", "error" */
  const char* message_zh;
  const char* message_en;
  uint32_t line;             /* main place in the input; 0 when none */
  uint32_t column;
  const char* lhs;           /* for a relation: the total side, decimal text; NULL when none */
  const char* rhs;           /* the sum side; NULL when none */
  const char* difference;    /* lhs - rhs; NULL when none */
  const char* evidence;      /* for repairs: what was printed and why; "" when none */
  size_t cell_count;
  const gk_cell_ref* cells;  /* cell_count entries (NULL when 0) */
} gk_diagnostic;

/* The findings stored in the report (of parsing, and of validation when the
 * report was parsed with validate on, or read from JSON that had them). */
GK_API size_t gk_report_diagnostic_count(const gk_report* report);
/* NULL when index is out of range. */
GK_API const gk_diagnostic* gk_report_diagnostic_at(const gk_report* report, size_t index);

/* Runs validation on the report (which it does not change) and returns the
 * findings as a new list to free with gk_diagnostics_free. Finding problems
 * is a success: the status says only whether validation could run. */
GK_API gk_status gk_report_validate(const gk_report* report, gk_diagnostics** out, gk_error* error);

GK_API size_t gk_diagnostics_count(const gk_diagnostics* list);
/* Borrowed from the list (valid while it lives); NULL when out of range. */
GK_API const gk_diagnostic* gk_diagnostics_at(const gk_diagnostics* list, size_t index);
GK_API void gk_diagnostics_free(gk_diagnostics* list);

/* ---- CSV, Markdown and HTML --------------------------------------------- */

/* The CSV layouts (RFC 4180, CRLF line ends; a cell that a spreadsheet would
 * run as a formula is written as text): WIDE, one header row and one row for
 * the report, its metadata then a column per field key of its format; LONG,
 * one row a printed cell (report,key,value,line). */
enum { GK_CSV_WIDE = 0, GK_CSV_LONG = 1 };
/* What the header row names: the flat keys (default), or the Chinese labels
 * the template prints (报告, 标题, … and "row｜column" per field); with ZH the
 * long layout has a 字段名称 column beside the key. */
enum { GK_CSV_HEADER_KEYS = 0, GK_CSV_HEADER_ZH = 1 };

typedef struct gk_csv_options {
  size_t size;                /* sizeof(gk_csv_options) */
  int layout;                 /* GK_CSV_WIDE (default) or GK_CSV_LONG */
  int header;                 /* GK_CSV_HEADER_KEYS (default) or GK_CSV_HEADER_ZH */
  int bom;                    /* nonzero: start with a UTF-8 BOM (Excel needs it); default 0 */
  const char* report_name;    /* the "report" column (a file name), UTF-8, */
  size_t report_name_length;  /*   `report_name_length` bytes; NULL or 0: empty */
} gk_csv_options;

GK_API void gk_csv_options_init(gk_csv_options* options);

/* The report as a CSV document (header and rows) into a new buffer to free
 * with gk_buffer_free. `options` may be NULL (defaults). */
GK_API gk_status gk_report_to_csv(const gk_report* report, const gk_csv_options* options, gk_buffer** out,
                                  gk_error* error);

typedef struct gk_render_options {
  size_t size;                /* sizeof(gk_render_options) */
  int list_findings;          /* nonzero (default): list every finding after the tables */
  const char* source_name;    /* shown under the title (a file name), UTF-8, */
  size_t source_name_length;  /*   `source_name_length` bytes; NULL or 0: none */
} gk_render_options;

GK_API void gk_render_options_init(gk_render_options* options);

/* The report's tables for people, in the template's own layout, the cells
 * that findings name marked: Markdown, or a self-contained HTML page (no
 * external resources). A new buffer to free with gk_buffer_free; `options`
 * may be NULL (defaults). */
GK_API gk_status gk_report_to_markdown(const gk_report* report, const gk_render_options* options, gk_buffer** out,
                                       gk_error* error);
GK_API gk_status gk_report_to_html(const gk_report* report, const gk_render_options* options, gk_buffer** out,
                                   gk_error* error);

/* ---- Checks across reports ------------------------------------------------ */

/* This year's 上年结转 (carried over) against the same organ's report of the
 * year before, its 结转下年度继续办理 (carried forward), per column: the
 * findings as a new list to free with gk_diagnostics_free. Neither report is
 * changed. */
GK_API gk_status gk_report_compare_previous(const gk_report* current, const gk_report* previous,
                                            gk_diagnostics** out, gk_error* error);

/* A parent organ's report against the sum of its organs' reports, cell by
 * cell: `children` holds `child_count` reports (none NULL; NULL allowed when
 * child_count is 0). The findings as a new list to free with
 * gk_diagnostics_free. */
GK_API gk_status gk_report_compare_children(const gk_report* parent, const gk_report* const* children,
                                            size_t child_count, gk_diagnostics** out, gk_error* error);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* GONGKAI_H */
