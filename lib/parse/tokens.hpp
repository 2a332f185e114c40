// Splitting a normalized line into cells, and reading what each cell holds.
//
// Lines arrive as Markdown pipe rows, tab-separated cells, columns aligned
// with runs of spaces, or plain words separated by single spaces. A cell is
// empty, a number (with its note, unit and thousands separators), a blank
// mark (无, —, -, /), or text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gongkai/decimal.hpp"

namespace gongkai::parsing {

enum class TokenKind { empty, number, blank_mark, text };

struct Token {
  TokenKind kind = TokenKind::empty;
  std::uint32_t begin = 0;  ///< byte offsets in the line's normalized text
  std::uint32_t end = 0;
  // text and note view the line given to tokenize(), which must outlive
  // the token: no allocation per token.
  std::string_view text;    ///< the cell's normalized text, trimmed
  Decimal value;            ///< kind == number
  std::string_view note;    ///< 22(其中修订16件) → "其中修订16件"
  bool in_yuan = false;     ///< printed with the unit 元 (the template wants 万元)
  bool soft_joined = false; ///< separated from the previous token by one space only: may be one number split apart
  std::uint32_t line = 0;   ///< index of the source line the token is on (set by read_row)
  bool same_cell = false;   ///< split from the previous token inside one tab or pipe cell ("1 351")
  /// Digits Decimal cannot hold (beyond int64, more than 9 decimals): read
  /// as a value that counts for nothing, as a blank mark is, so that the row
  /// keeps its cell in every table, and the cell is not_number (the
  /// validator's CELL-NOT-NUMBER/out-of-range names it).
  bool out_of_range = false;
  bool is_value() const noexcept { return kind != TokenKind::text; }
};

enum class LineShape { plain, tabs, pipes, pipe_separator };

struct TokenizedLine {
  LineShape shape = LineShape::plain;
  std::vector<Token> tokens;
};

/// The tokens of a normalized line; their texts view `norm`.
TokenizedLine tokenize(std::string_view norm);
/// The same into `out`, its buffer reused (a caller going line by line).
void tokenize_into(std::string_view norm, TokenizedLine& out);

/// Reads one cell's text (already trimmed; the token views it). begin/end
/// are left to the caller.
Token classify_cell(std::string_view cell);

/// A number token's text without its note ("12（其中线上1件）" → "12"): what
/// is joined to the number before it where extraction split one in two.
std::string_view number_part(const Token& t);

/// Two number tokens that are one number split by extraction ("4" "12"),
/// joined: 412, or nothing where the join is not a number.
std::optional<Decimal> joined_number(const Token& first, const Token& second);

}  // namespace gongkai::parsing
