#include "inputs/text/encoding.hpp"

#include <iconv.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include "gongkai/error.hpp"
#include "text/utf8.hpp"

namespace gongkai::inputs {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// GBK, GB2312 and CP936 text is GB18030 text: read every one as the superset.
std::string iconv_name(std::string_view encoding) {
  std::string e = lower_ascii(encoding);
  if (e == "gbk" || e == "gb2312" || e == "cp936" || e == "gb_2312-80" || e == "euc-cn" || e == "gb18030")
    return "GB18030";
  if (e == "utf8") return "UTF-8";
  if (e == "utf-16") return "UTF-16";  // iconv reads the BOM
  return std::string(encoding);
}

struct IconvCloser {
  void operator()(void* cd) const noexcept { iconv_close(static_cast<iconv_t>(cd)); }
};

// Converts all of `in`; returns false (and the offset of the first byte that
// is not in the encoding) when the bytes are not text in it.
bool run_iconv(iconv_t cd, std::string_view in, std::string& out, std::size_t& bad_offset) {
  out.clear();
  out.resize(in.size() * 2 + 16);
  char* src = const_cast<char*>(in.data());
  std::size_t src_left = in.size();
  std::size_t used = 0;
  while (src_left > 0) {
    char* dst = out.data() + used;
    std::size_t dst_left = out.size() - used;
    std::size_t r = iconv(cd, &src, &src_left, &dst, &dst_left);
    used = out.size() - dst_left;
    if (r != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
      continue;
    }
    bad_offset = in.size() - src_left;  // EILSEQ or EINVAL (cut in a character)
    return false;
  }
  out.resize(used);
  return true;
}

bool try_convert(std::string_view bytes, const std::string& from, std::string& out, std::size_t& bad) {
  iconv_t cd = iconv_open("UTF-8", from.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1))
    throw Error(Status::invalid_argument, "未知的文本编码 / unknown text encoding '" + from + "'");
  std::unique_ptr<void, IconvCloser> closer(cd);
  return run_iconv(cd, bytes, out, bad);
}

// Share of the code points that are Chinese characters or CJK punctuation:
// GB18030 decodes many byte strings, but only real Chinese text comes out
// mostly Chinese.
double cjk_share(std::string_view utf8) {
  std::size_t cjk = 0, total = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    char32_t c = 0;
    int n = text::decode(utf8, i, &c);
    if (n == 0) return 0;
    i += static_cast<std::size_t>(n);
    if (c < 0x80) continue;  // ASCII (digits, spaces) says nothing either way
    ++total;
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF)) ++cjk;
  }
  return total == 0 ? 0 : static_cast<double>(cjk) / static_cast<double>(total);
}

}  // namespace

std::string detect_encoding(std::string_view bytes) {
  if (starts_with(bytes, "\xEF\xBB\xBF")) return "utf-8";
  if (starts_with(bytes, "\xFF\xFE")) return "utf-16le";
  if (starts_with(bytes, "\xFE\xFF")) return "utf-16be";
  if (text::find_invalid_utf8(bytes) == std::string_view::npos) return "utf-8";
  if (bytes.find('\0') != std::string_view::npos) return "";  // binary, not GB18030 text
  std::string out;
  std::size_t bad = 0;
  if (try_convert(bytes, "GB18030", out, bad) && cjk_share(out) >= 0.6) return "gb18030";
  return "";
}

std::string convert_to_utf8(std::string_view bytes, std::string_view encoding) {
  std::string from = iconv_name(encoding);
  std::string e = lower_ascii(from);
  // The BOM says the encoding; it is not text.
  if ((e == "utf-8") && starts_with(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if ((e == "utf-16le" && starts_with(bytes, "\xFF\xFE")) || (e == "utf-16be" && starts_with(bytes, "\xFE\xFF")))
    bytes.remove_prefix(2);
  if (e == "utf-8") return std::string(bytes);  // the parser checks it is UTF-8
  std::string out;
  std::size_t bad = 0;
  if (!try_convert(bytes, from, out, bad))
    throw Error(Status::invalid_utf8,
                "输入不是 " + from + " 编码的文本（第 " + std::to_string(bad) + " 字节） / input is not " + from +
                    " text (at byte " + std::to_string(bad) + ")",
                bad);
  if (starts_with(out, "\xEF\xBB\xBF")) out.erase(0, 3);
  return out;
}

std::string decode_text(std::string_view bytes, std::string_view encoding) {
  if (!encoding.empty()) return convert_to_utf8(bytes, encoding);
  std::string detected = detect_encoding(bytes);
  if (detected.empty()) return std::string(bytes);
  return convert_to_utf8(bytes, detected);
}

}  // namespace gongkai::inputs
