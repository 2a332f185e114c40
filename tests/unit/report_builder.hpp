// Builds report texts for tests: the official template's labels (from
// fields.tsv), numbers whose arithmetic holds, laid out as tabs, pipes or
// aligned spaces, with the kinds of damage real extraction does.
#pragma once

#include <map>
#include <set>
#include <string>

#include "gongkai/model.hpp"

namespace gktest {

/// key → the text printed in the cell ("" for a blank cell).
using Values = std::map<std::string, std::string>;

enum class Layout { tabs, pipes, spaces, single_space, vertical };  ///< vertical: every cell on a line of its own (PDF text)
enum class AppealsShape { one_line, three_blocks, flattened };

struct Damage {
  std::set<std::string> letter_spaced;  ///< table 三 rows ("received") printed 结 果 维 持-style
  std::set<std::string> unlabeled;      ///< table 三 rows printed without their label
  std::map<std::string, std::string> relabel;  ///< table 三 rows printed with another label
  std::set<std::string> cut_short;      ///< table 三 rows whose label lost its last 40 % (OCR)
  std::set<std::string> wrapped;        ///< table 三 rows whose label is cut over two lines, values on the second
  std::string footer_after;             ///< a page footer and header repeat after this table 三 row
  std::string garbage_after;            ///< an OCR garbage row with numbers after this row
  std::string doubled_zero;             ///< this row gets an extra "0" cell after its commercial column
  std::string lost_commercial;          ///< this row loses its commercial column (printed 0)
  std::string split_row;                ///< this row's cells printed over two lines (3, then 4)
  std::string split_total;              ///< this row's total printed with a space inside ("12 59")
  bool short_normative = false;         ///< 规范性文件 instead of 行政规范性文件
  bool half_width = false;              ///< labels with ASCII brackets and quotes
  AppealsShape appeals = AppealsShape::one_line;
  bool repeat_header = false;           ///< table 三's column header printed again mid-table
};

/// The next number of a small linear congruential generator (0..32767).
unsigned next_random(unsigned& state);

/// A label printed with a space between its characters: 结 果 维 持.
std::string letter_spaced(const std::string& s);

/// Numbers for every field of the format whose arithmetic holds; `seed`
/// varies them. Money keeps decimals; gk2019 deltas may be negative.
Values consistent_values(gongkai::Format format, unsigned seed);

/// A whole report: title, foreword with period and contact, the six
/// sections with their tables, signature and date.
std::string build_report(gongkai::Format format, const Values& values, Layout layout, const Damage& damage = {},
                         int year = 2023);

}  // namespace gktest
