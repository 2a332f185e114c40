// The report's outline: headings (一、 （一） 1. 1、 Markdown ## and **bold**),
// the part of 条例 第五十条 each top heading is, and the text under each.
#pragma once

#include <optional>
#include <string>

#include "gongkai/model.hpp"
#include "parse/source_text.hpp"

namespace gongkai::parsing {

struct Heading {
  int level = 1;
  std::string number;   ///< "一", "(一)", "1"; empty for an unnumbered Markdown heading
  std::string text;     ///< without numbering and markup
  std::size_t text_begin = 0;  ///< where `text` starts in the normalized line
};

/// Line i as a heading, or nothing.
std::optional<Heading> heading_of(std::string_view norm);

/// The part of 条例 第五十条 a heading text is: "overview", "active", ... or "".
std::string section_kind(const std::string& heading_text);

/// Fills report.sections and report.preamble. Lines in `skip` ranges (tables)
/// are not headings.
void read_outline(SourceText& src, Report& report, const std::vector<bool>& table_line);

}  // namespace gongkai::parsing
