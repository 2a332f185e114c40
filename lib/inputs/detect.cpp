// Which front end reads a file: decided by its content, since names lie
// (a .doc that is a web page, a download without an extension).
#include <cctype>
#include <string>

#include "gongkai/inputs.hpp"

namespace gongkai {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// True when the text starts (after a BOM, white space and comments) with
// markup a web page begins with.
bool looks_like_html(std::string_view s) {
  if (starts_with(s, "\xEF\xBB\xBF")) s.remove_prefix(3);
  std::string head;
  for (char c : s.substr(0, 2048)) head += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::size_t p = 0;
  while (true) {
    while (p < head.size() && std::isspace(static_cast<unsigned char>(head[p]))) ++p;
    if (head.compare(p, 4, "<!--") == 0) {
      std::size_t end = head.find("-->", p);
      if (end == std::string::npos) return false;
      p = end + 3;
      continue;
    }
    if (head.compare(p, 5, "<?xml") == 0) {
      std::size_t end = head.find("?>", p);
      if (end == std::string::npos) return false;
      p = end + 2;
      continue;
    }
    break;
  }
  for (const char* tag : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<table", "<div", "<p>",
                          "<p ", "<h1", "<h2", "<style", "<script", "<link"})
    if (head.compare(p, std::char_traits<char>::length(tag), tag) == 0) return true;
  return false;
}

}  // namespace

const char* input_kind_name(InputKind k) noexcept {
  switch (k) {
    case InputKind::detect: return "detect";
    case InputKind::text: return "text";
    case InputKind::html: return "html";
    case InputKind::docx: return "docx";
    case InputKind::pdf: return "pdf";
  }
  return "unknown";
}

std::optional<InputKind> input_kind_from_name(std::string_view name) noexcept {
  for (InputKind k : {InputKind::detect, InputKind::text, InputKind::html, InputKind::docx, InputKind::pdf})
    if (name == input_kind_name(k)) return k;
  if (name == "auto") return InputKind::detect;
  if (name == "txt") return InputKind::text;
  if (name == "htm") return InputKind::html;
  return std::nullopt;
}

InputKind detect_input_kind(std::string_view bytes) noexcept {
  // A PDF may have a little junk before its header; readers accept 1 KB.
  std::size_t pdf = bytes.substr(0, 1024).find("%PDF-");
  if (pdf != std::string_view::npos) return InputKind::pdf;
  // Any zip goes to the Word reader, which says so when it is not a Word file.
  if (starts_with(bytes, "PK\x03\x04") || starts_with(bytes, "PK\x05\x06")) return InputKind::docx;
  if (looks_like_html(bytes)) return InputKind::html;
  return InputKind::text;
}

}  // namespace gongkai
