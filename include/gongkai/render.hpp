// Rendering a report's statistics tables for people: Markdown, and a
// self-contained HTML page (no external resources) in the template's own
// layout, with merged headers and row labels. Cells that findings name are
// marked; in HTML the finding shows when the pointer rests on the cell.
#pragma once

#include <string>

#include "gongkai/model.hpp"

namespace gongkai {

struct RenderOptions {
  bool list_findings = true;  ///< a list of all findings after the tables
  std::string source_name;    ///< shown under the title (a file name), when set
};

std::string to_markdown(const Report& report, const RenderOptions& options = {});
std::string to_html(const Report& report, const RenderOptions& options = {});

}  // namespace gongkai
