// Which template row a label names, as data: the words that identify each
// row of table 三 (收到和处理政府信息公开申请情况). Words are matched against
// compact labels, so spacing and punctuation do not matter.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "gongkai/model.hpp"

namespace gongkai::parsing {

struct RowMatch {
  int row = -1;         ///< index into the template rows, -1 when none
  int specificity = 0;  ///< 2 for a row's own words, 1 for its group's heading
};

/// The rows of table 三 of a format, as "received", "denied.state_secret", ...
const std::vector<std::string>& application_rows(Format format);

/// Every template row a compact label names, best first.
std::vector<RowMatch> match_application_row(Format format, std::string_view compact_label);

/// For a label that names no row by its words (cut short or garbled by OCR:
/// "属于国家秘"), the row after `after` whose template label it resembles
/// most (character bigrams), when the likeness is clear; -1 otherwise.
int resemble_application_row(Format format, std::string_view compact_label, int after);

}  // namespace gongkai::parsing
