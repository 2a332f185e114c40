// A generator of reports whose tables 二, 三 and 四 are printed in the read
// orders real extractors produce, and torn the ways they tear them. The
// template's labels come from fields.tsv; the numbers from
// consistent_values (their arithmetic holds) or deliberately broken.
#pragma once

#include <string>
#include <utility>

#include "report_builder.hpp"

namespace gktest {

/// The orders extractors emit a table's cells in.
enum class ReadOrder {
  rows_tabs,      ///< a row a line, cells between tabs (Word, web pages)
  rows_spaces,    ///< a row a line, cells aligned with spaces (pdftotext -layout)
  cell_per_line,  ///< the label, then each cell on a line of its own (PDF text)
  labels_after,   ///< each row's cells, then its label (pdftotext's reading order)
  labels_first,   ///< all the labels, then the rows' cells, one a line (pdfminer)
  columns,        ///< all the labels, then the cells column by column in two blocks of rows
  columns_apart,  ///< two blocks of rows column by column, each label beside its row's first cell, each
                  ///< block's total column printed apart, after the other block, under its 总计 (pdfminer)
  rows_aligned,   ///< a row a line, cells in columns padded with spaces (pdftotext -layout counting
                  ///< characters, w3m and lynx counting display width): a blank cell leaves only spaces,
                  ///< a wrapped label prints its halves above and below its row's line
  count,
};
const char* read_order_name(ReadOrder o);

struct Tear {
  bool footers = false;        ///< page footers and headers ("- 3 -") between rows
  bool prose_before = false;   ///< a paragraph with figures just before the table
  bool notes = false;          ///< a note in a cell: 22（其中修订16件）
  bool letter_spaced = false;  ///< labels printed with spaces between the characters
  bool lost_labels = false;    ///< a few rows printed without their label
  bool wrapped = false;        ///< labels wrapped over two lines
  bool zeros_blank = false;    ///< zero cells printed blank (lost where nothing marks an empty cell)
  bool split_digits = false;   ///< a number of three digits or more printed split by a space ("12 59")
};

struct TornReport {
  std::string text;
  Values expected;  ///< what each cell prints ("" blank); every key of tables 二, 三 and 四
};

/// A gk2019 or gk2021 report with tables 二, 三 and 四 in `order`, torn as `tear` says.
TornReport torn_report(gongkai::Format format, const Values& values, ReadOrder order, const Tear& tear, unsigned seed);

/// A label cut in two at about its middle, on a character boundary (a label
/// wrapped in its cell).
std::pair<std::string, std::string> halves(const std::string& s);

/// The damage on, as words: "footers notes".
std::string describe(const Tear& tear);

/// A Tear drawn from the seed: each kind of damage on or off.
Tear random_tear(unsigned seed);

}  // namespace gktest
