// A generator of 2014–2018 reports whose 统计表 (统计指标 / 单位 / 统计数,
// one value a row) is printed in the read orders real extractors produce
// and torn the ways they tear it: long labels wrapped, page breaks with
// the header printed again, blanks marked or lost, labels spaced out, a
// paragraph of figures before the table.
#pragma once

#include <string>

#include "report_builder.hpp"
#include "torn_tables.hpp"

namespace gktest {

/// A legacy report of `values` (consistent_values(Format::legacy, …)) with
/// its 统计表 in `order`, torn as `tear` says. `expected` holds what each
/// key's cell prints ("" blank).
TornReport torn_legacy_report(const Values& values, ReadOrder order, const Tear& tear, unsigned seed);

}  // namespace gktest
