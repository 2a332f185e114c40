// The report's title: the best of the short runs of lines near the top that
// read as a title (…政府信息公开工作年度报告). Extraction wraps titles over two
// or three lines, prints the year apart from its 年, and merges the title
// into the foreword; the foreword's own sentence cites the 年度报告格式 and is
// never the title.
#pragma once

#include <cstddef>
#include <string>

#include "parse/source_text.hpp"

namespace gongkai::parsing {

struct TitleLines {
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  std::size_t first = npos;  ///< first line index, npos when no title was found
  std::size_t last = npos;   ///< last line index (inclusive)
  std::string norm;          ///< the normalized title, lines joined, markup and 标题： field name removed
  std::string printed;       ///< the same from the original bytes, radicals unified
  bool found() const noexcept { return first != npos; }
};

TitleLines find_title(const SourceText& src);

/// A line without Markdown markup ("# ", "**…**").
std::string_view strip_markup(std::string_view s);

}  // namespace gongkai::parsing
