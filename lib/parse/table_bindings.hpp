// The four tables as bindings of the template to the one table reader
// (table_reader.hpp): their rows, cells and printed labels come from the
// field contract (fields.tsv); what each adds is whether its rows end in a
// total and the column relations between its rows.
#pragma once

#include "parse/table_reader.hpp"
#include "parse/table_window.hpp"

namespace gongkai::parsing {

/// Table 三 of `format`: 23 (gk2019) or 25 (gk2021) rows of seven cells, each
/// ending in its total, with the column relations 一+二 = 三(七)+四 and
/// (七) = the sum of the outcomes.
const TableBinding& applications_binding(Format format);

/// Table 二 (主动公开): the 第二十条 items of `format`, rows of one to three
/// cells with no arithmetic.
const TableBinding& active_binding(Format format);

/// The legacy 统计表: one row a statistic, each with its 统计指标 label.
const TableBinding& legacy_binding();

/// Table 四 (行政复议、行政诉讼): three groups of five cells, each ending in its total.
const TableBinding& appeals_binding();

}  // namespace gongkai::parsing
