// The CMaps a PDF font carries: its ToUnicode map (codes to text) and the
// code space (how many bytes each code of a string takes).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gongkai::inputs::pdf {

struct CodeSpace {
  int bytes = 1;
  std::uint32_t low = 0, high = 0;
};

struct CMap {
  std::vector<CodeSpace> spaces;                    ///< from begincodespacerange
  std::unordered_map<std::uint64_t, std::string> text;  ///< (bytes << 32 | code) -> UTF-8
  std::unordered_map<std::uint32_t, std::uint32_t> cids;  ///< code -> CID (cidrange/cidchar; an encoding CMap)

  static std::uint64_t key(int bytes, std::uint32_t code) {
    return (static_cast<std::uint64_t>(bytes) << 32) | code;
  }
  const std::string* find(int bytes, std::uint32_t code) const {
    auto it = text.find(key(bytes, code));
    return it == text.end() ? nullptr : &it->second;
  }
};

/// Reads the bfchar/bfrange, cidchar/cidrange and codespacerange sections of
/// a CMap stream's bytes. Ranges are capped so that a hostile map stays small.
CMap parse_cmap(std::string_view bytes);

/// UTF-16BE bytes (surrogate pairs too) to UTF-8.
std::string utf16be_to_utf8(std::string_view bytes);

}  // namespace gongkai::inputs::pdf
