// The columns of text laid out in fixed columns (pdftotext -layout counts
// characters, w3m and lynx display width, CJK two wide): a row that lost its
// blank cells there still prints each value under its column, so the
// columns, found from where all the table's values stand, place its values.
#pragma once

#include <cstddef>

#include "parse/source_text.hpp"
#include "parse/token_stream.hpp"

namespace gongkai::parsing {

/// Sets StreamToken::column for the values of the stream's lines that hold
/// at most `width` values, where those values fall into exactly `width`
/// clusters across their lines, parted by gaps wider than any cluster, in
/// characters or in display width (whichever parts them more clearly).
/// Lines with tabs or pipes, noise, and tables on fewer than three lines of
/// values get none (-1).
void assign_columns(TokenStream& stream, const SourceText& src, std::size_t width);

}  // namespace gongkai::parsing
