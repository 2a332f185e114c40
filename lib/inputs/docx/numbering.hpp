// Word's automatic list numbering (word/numbering.xml): a heading numbered
// by Word shows "一、" or "（二）" on the page, but its text in
// document.xml does not hold it. Section numbers are what the report reader
// finds sections by, so they are put back as the page shows them.
#pragma once

#include <pugixml.hpp>

#include <map>
#include <string>
#include <vector>

namespace gongkai::inputs {

class Numbering {
 public:
  /// `numbering` and `styles`: the parsed parts (either may be empty).
  void load(const pugi::xml_document& numbering, const pugi::xml_document& styles);

  /// The label a paragraph with these properties shows ("一、", "（二）",
  /// "3."), counting on from the paragraphs before it; "" when none.
  std::string next_label(const pugi::xml_node& paragraph_properties);

 private:
  struct Level {
    std::string format = "decimal";  // w:numFmt
    std::string text;                // w:lvlText, "%1、"
    int start = 1;
  };
  struct List {
    std::vector<Level> levels;
  };
  std::map<std::string, List> abstract_;       // abstractNumId -> levels
  std::map<std::string, std::string> nums_;    // numId -> abstractNumId
  std::map<std::string, std::map<int, int>> start_overrides_;  // numId -> level -> start
  std::map<std::string, std::pair<std::string, int>> style_numbers_;  // styleId -> (numId, ilvl)
  std::map<std::string, std::vector<int>> counters_;  // numId -> count per level (0: not used yet)
};

}  // namespace gongkai::inputs
