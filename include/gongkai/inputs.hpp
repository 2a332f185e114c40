// Reading the files people have: PDF, web pages (HTML), Word files (DOCX)
// and text in UTF-8, UTF-16 (with a BOM) or GB18030/GBK.
//
// Each kind of file is read into one neutral document (paragraphs, and tables
// as grids of cells) and written out as the text the report reader reads
// best: a table row a line, its cells separated by tabs, blanks kept. Every
// table cell of the report then gets its place in the file (Cell::place).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "gongkai/model.hpp"
#include "gongkai/parse.hpp"

namespace gongkai {

enum class InputKind {
  detect,  ///< decide by the content (magic bytes, markup), not the name
  text,
  html,
  docx,
  pdf,
};
const char* input_kind_name(InputKind k) noexcept;  // "detect", "text", "html", "docx", "pdf"
std::optional<InputKind> input_kind_from_name(std::string_view name) noexcept;

/// The kind of a file by its content: "%PDF-" → pdf; a zip holding
/// word/document.xml → docx; HTML markup near the start → html; else text.
InputKind detect_input_kind(std::string_view bytes) noexcept;

struct FileOptions {
  InputKind kind = InputKind::detect;
  /// Text and HTML: the encoding when it is known ("gb18030", "gbk",
  /// "utf-16le", any iconv name); empty: detect it (BOM, <meta charset>,
  /// valid UTF-8, else GB18030).
  std::string encoding;
  /// A Word file: at most this many bytes are unpacked (a zip bomb stops here).
  std::size_t max_unpacked_bytes = 64u * 1024u * 1024u;
  /// A PDF: at most this many pages are read.
  std::size_t max_pages = 2000;
  ParseOptions parse;
};

/// The text the report reader is given for a file: its paragraphs a line
/// each, its tables a row a line with tab-separated cells. Throws
/// gongkai::Error (bad_file, needs_ocr, invalid_utf8, too_large, ...).
std::string file_text(std::string_view bytes, const FileOptions& options = {});

/// Parses a report from the bytes of a file of any kind above. Throws
/// gongkai::Error: bad_file (truncated or encrypted PDF, a zip that is not a
/// Word file, too much to unpack), needs_ocr (a PDF without text),
/// no_report (a PDF, Word or web file without report text), and the
/// errors of parse().
Report parse_bytes(std::string_view bytes, const FileOptions& options = {});

/// Reads the file at `path` (io_error when it cannot be read) and parses it
/// like parse_bytes.
Report parse_file(const std::string& path, const FileOptions& options = {});

}  // namespace gongkai
