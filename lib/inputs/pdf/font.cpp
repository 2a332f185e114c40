#include "inputs/pdf/font.hpp"

#include <memory>

#include "inputs/text/encoding.hpp"
#include "text/utf8.hpp"

namespace gongkai::inputs::pdf {
namespace {

constexpr std::uint32_t kMaxWidthRange = 65536;

std::string stream_bytes(QPDFObjectHandle stream) {
  if (!stream.isStream()) return {};
  std::shared_ptr<Buffer> b = stream.getStreamData(qpdf_dl_generalized);
  return std::string(reinterpret_cast<const char*>(b->getBuffer()), b->getSize());
}

double number_or(QPDFObjectHandle o, double fallback) { return o.isNumber() ? o.getNumericValue() : fallback; }

// The CIDFont's /W: [c [w1 w2 ...]] and [c_first c_last w] entries.
void read_cid_widths(QPDFObjectHandle w, std::unordered_map<std::uint32_t, double>& out) {
  if (!w.isArray()) return;
  std::vector<QPDFObjectHandle> items = w.getArrayAsVector();
  for (std::size_t i = 0; i + 1 < items.size();) {
    if (!items[i].isNumber()) {
      ++i;
      continue;
    }
    auto first = static_cast<std::uint32_t>(std::max(0.0, items[i].getNumericValue()));
    if (items[i + 1].isArray()) {
      std::vector<QPDFObjectHandle> ws = items[i + 1].getArrayAsVector();
      for (std::size_t k = 0; k < ws.size() && k < kMaxWidthRange; ++k)
        out[first + static_cast<std::uint32_t>(k)] = number_or(ws[k], 1000);
      i += 2;
    } else if (i + 2 < items.size() && items[i + 1].isNumber()) {
      auto last = static_cast<std::uint32_t>(std::max(0.0, items[i + 1].getNumericValue()));
      double width = number_or(items[i + 2], 1000);
      for (std::uint32_t c = first; c <= last && c - first < kMaxWidthRange; ++c) out[c] = width;
      i += 3;
    } else {
      ++i;
    }
  }
}

// The few glyph names that matter in a report's Latin fonts; other text in
// simple fonts without ToUnicode is read as Latin-1.
const char* glyph_name_text(const std::string& name) {
  if (name == "/space") return " ";
  if (name == "/period") return ".";
  if (name == "/comma") return ",";
  if (name == "/hyphen" || name == "/minus") return "-";
  if (name == "/percent") return "%";
  if (name == "/slash") return "/";
  if (name == "/colon") return ":";
  if (name == "/parenleft") return "(";
  if (name == "/parenright") return ")";
  static const char* digits[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  static const char* nums[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
  for (int d = 0; d < 10; ++d)
    if (name.size() > 1 && name.compare(1, std::string::npos, digits[d]) == 0) return nums[d];
  return nullptr;
}

}  // namespace

Font::Font(QPDFObjectHandle dict) {
  if (!dict.isDictionary()) return;
  try {
    QPDFObjectHandle subtype = dict.getKey("/Subtype");
    composite_ = subtype.isNameAndEquals("/Type0");
    QPDFObjectHandle tu = dict.getKey("/ToUnicode");
    if (tu.isStream()) to_unicode_ = parse_cmap(stream_bytes(tu));
    if (composite_) {
      QPDFObjectHandle enc = dict.getKey("/Encoding");
      if (enc.isName()) {
        std::string name = enc.getName();
        identity_ = name == "/Identity-H" || name == "/Identity-V";
        unicode_codes_ = name.find("UCS2") != std::string::npos || name.find("UTF16") != std::string::npos;
        gb_codes_ = !unicode_codes_ && name.rfind("/GB", 0) == 0;
      } else if (enc.isStream()) {
        encoding_ = parse_cmap(stream_bytes(enc));
      }
      QPDFObjectHandle descendants = dict.getKey("/DescendantFonts");
      QPDFObjectHandle cid_font = descendants.isArray() && descendants.getArrayNItems() > 0
                                      ? descendants.getArrayItem(0)
                                      : QPDFObjectHandle::newNull();
      if (cid_font.isDictionary()) {
        default_width_ = number_or(cid_font.getKey("/DW"), 1000);
        read_cid_widths(cid_font.getKey("/W"), widths_);
      }
      return;
    }
    default_width_ = 500;
    if (subtype.isNameAndEquals("/Type3")) {
      QPDFObjectHandle m = dict.getKey("/FontMatrix");
      if (m.isArray() && m.getArrayNItems() >= 1) scale_ = number_or(m.getArrayItem(0), 0.001);
    }
    QPDFObjectHandle widths = dict.getKey("/Widths");
    if (widths.isArray()) {
      auto first = static_cast<std::uint32_t>(std::max(0.0, number_or(dict.getKey("/FirstChar"), 0)));
      std::vector<QPDFObjectHandle> ws = widths.getArrayAsVector();
      for (std::size_t k = 0; k < ws.size() && k < 256; ++k)
        widths_[first + static_cast<std::uint32_t>(k)] = number_or(ws[k], default_width_);
    }
    QPDFObjectHandle enc = dict.getKey("/Encoding");
    if (enc.isDictionary()) {
      QPDFObjectHandle diffs = enc.getKey("/Differences");
      if (diffs.isArray()) {
        std::uint32_t code = 0;
        for (QPDFObjectHandle d : diffs.getArrayAsVector()) {
          if (d.isNumber()) {
            code = static_cast<std::uint32_t>(std::max(0.0, d.getNumericValue()));
          } else if (d.isName()) {
            if (const char* t = glyph_name_text(d.getName())) differences_[code] = t;
            ++code;
          }
        }
      }
    }
  } catch (const std::exception&) {
    // A damaged font dictionary: keep what was read.
  }
}

int Font::code_length(std::string_view s, std::size_t at) const {
  if (!composite_) return 1;
  const std::vector<CodeSpace>& spaces = !encoding_.spaces.empty() ? encoding_.spaces : to_unicode_.spaces;
  if (!identity_ && !unicode_codes_ && !gb_codes_ && !spaces.empty()) {
    std::uint32_t v = 0;
    for (int n = 1; n <= 4 && at + static_cast<std::size_t>(n) <= s.size(); ++n) {
      v = (v << 8) | static_cast<unsigned char>(s[at + static_cast<std::size_t>(n) - 1]);
      for (const CodeSpace& cs : spaces)
        if (cs.bytes == n && v >= cs.low && v <= cs.high) return n;
    }
  }
  if (gb_codes_) return static_cast<unsigned char>(s[at]) >= 0x81 ? 2 : 1;
  return 2;
}

std::string Font::text_of(std::uint32_t code, int bytes) const {
  if (const std::string* t = to_unicode_.find(bytes, code)) return *t;
  if (composite_) {
    std::string out;
    if (unicode_codes_) {
      text::append_utf8(out, static_cast<char32_t>(code));
    } else if (gb_codes_) {
      std::string raw;
      if (bytes == 2) raw += static_cast<char>(code >> 8);
      raw += static_cast<char>(code & 0xFF);
      try {
        out = convert_to_utf8(raw, "GB18030");
      } catch (const std::exception&) {
      }
    }
    return out;  // Identity-H without ToUnicode: the text cannot be known
  }
  auto d = differences_.find(code);
  if (d != differences_.end()) return d->second;
  std::string out;
  if (code >= 32) text::append_utf8(out, static_cast<char32_t>(code));  // Latin-1
  return out;
}

void Font::decode(std::string_view s, std::vector<Glyph>& out) const {
  for (std::size_t i = 0; i < s.size();) {
    int n = code_length(s, i);
    if (i + static_cast<std::size_t>(n) > s.size()) n = static_cast<int>(s.size() - i);
    std::uint32_t code = 0;
    for (int k = 0; k < n; ++k) code = (code << 8) | static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    Glyph g;
    g.code = code;
    g.bytes = n;
    std::uint32_t width_key = code;
    if (composite_ && !identity_) {
      auto cid = encoding_.cids.find(code);
      width_key = cid != encoding_.cids.end() ? cid->second : 0xFFFFFFFFu;
    }
    auto w = widths_.find(width_key);
    g.width = (w != widths_.end() ? w->second : default_width_) * scale_;
    g.text = text_of(code, n);
    g.is_space = n == 1 && code == 32;
    out.push_back(std::move(g));
    i += static_cast<std::size_t>(n);
  }
}

}  // namespace gongkai::inputs::pdf
