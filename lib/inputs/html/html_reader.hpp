// Web pages: a real HTML5 parser (gumbo) reads the page into the document
// model. Tables keep their cells with rowspan/colspan; a table whose cells
// hold tables is page layout, and is read as the blocks inside it.
#pragma once

#include <string_view>

#include "inputs/document.hpp"

namespace gongkai::inputs {

/// `encoding` empty: the page's own (BOM, <meta charset>), else detected.
Document read_html(std::string_view bytes, std::string_view encoding);

/// The charset a page declares in its first bytes (<meta charset=...> or
/// http-equiv content="...; charset=..."), lowercased; empty when none.
std::string declared_charset(std::string_view bytes);

}  // namespace gongkai::inputs
