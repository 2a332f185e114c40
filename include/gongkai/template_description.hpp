// A format's template described as JSON, for front ends that draw the report
// themselves (the page of `gongkai serve`): the tables as the template prints
// them (merged header cells, row labels, the flat key of each data cell), the
// Chinese row and column label of every key (spec/fields.tsv), and the six
// parts of 条例 第五十条. The same layout that to_html() and to_markdown()
// draw from, so every front end shows the same tables.
#pragma once

#include <string>

#include "gongkai/model.hpp"

namespace gongkai {

/// {"schema": "gongkai.template/1", "template": "gk2021",
///  "tables": [{"id", "caption", "blocks": [{"header_rows": [[{"text", "rowspan", "colspan"}]],
///              "rows": [{"labels": [{"text", "rowspan", "colspan"}], "keys": ["..." | null], "heading"}]}]}],
///  "fields": {"key": {"row", "column"}},
///  "sections": [{"id", "zh", "en", "table"}]}
/// A key of null is a data cell the template leaves empty.
std::string template_description_json(Format format);

}  // namespace gongkai
