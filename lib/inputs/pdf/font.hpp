// A PDF font as the content interpreter needs it: how a string splits into
// codes, each code's width, and its text.
#pragma once

#include <qpdf/QPDFObjectHandle.hh>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "inputs/pdf/cmap.hpp"

namespace gongkai::inputs::pdf {

struct Glyph {
  std::uint32_t code = 0;
  int bytes = 1;
  double width = 0;      ///< advance in text space units (glyph width / 1000)
  std::string text;      ///< UTF-8; empty when the font does not say
  bool is_space = false; ///< a single-byte code 32 (word spacing applies)
};

class Font {
 public:
  /// Reads a font dictionary. Never throws for a damaged font: what cannot be
  /// read falls back to defaults (widths 1000 for CJK fonts, 500 else).
  explicit Font(QPDFObjectHandle dict);

  /// Splits a shown string into glyphs.
  void decode(std::string_view s, std::vector<Glyph>& out) const;

 private:
  int code_length(std::string_view s, std::size_t at) const;
  std::string text_of(std::uint32_t code, int bytes) const;

  bool composite_ = false;        // Type0: codes of the encoding CMap, widths by CID
  bool identity_ = false;         // Identity-H/V: CID = code
  bool unicode_codes_ = false;    // UCS2/UTF16 CMaps: the code is the UTF-16 unit
  bool gb_codes_ = false;         // GB/GBK CMaps: bytes are GB18030 text
  double default_width_ = 1000;   // DW, or the simple font's missing width
  double scale_ = 0.001;          // glyph space to text space (Type3: its FontMatrix)
  std::unordered_map<std::uint32_t, double> widths_;  // code (simple) or CID (Type0)
  CMap to_unicode_;
  CMap encoding_;                 // an embedded encoding CMap (code space, CIDs)
  std::unordered_map<std::uint32_t, std::string> differences_;  // simple font /Differences glyph names mapped
};

}  // namespace gongkai::inputs::pdf
