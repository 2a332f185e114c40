#include "inputs/html/html_reader.hpp"

#include <gumbo.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "gongkai/error.hpp"
#include "inputs/grid.hpp"
#include "inputs/text/encoding.hpp"
#include "text/utf8.hpp"

namespace gongkai::inputs {
namespace {

// Deeper than this the page is not a report page: the subtree is left out,
// so a hostile page cannot exhaust the stack.
constexpr int kMaxDepth = 200;

bool is_skipped(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SELECT: case GUMBO_TAG_BUTTON: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
      return true;
    default:
      return false;
  }
}

// Elements that end the line of text before them and start a new one.
bool is_block(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_BR: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_DL: case GUMBO_TAG_CENTER: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_MAIN: case GUMBO_TAG_HR:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_FORM: case GUMBO_TAG_ASIDE: case GUMBO_TAG_NAV:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_BODY: case GUMBO_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

// style="display:none" hides an element from the reader of the page too.
bool is_hidden(const GumboElement& e) {
  const GumboAttribute* style = gumbo_get_attribute(&e.attributes, "style");
  if (!style) return false;
  std::string s;
  for (const char* p = style->value; *p; ++p)
    if (*p != ' ') s += static_cast<char>(std::tolower(static_cast<unsigned char>(*p)));
  return s.find("display:none") != std::string::npos;
}

std::uint32_t span_attribute(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  if (!a) return 1;
  char* end = nullptr;
  long v = std::strtol(a->value, &end, 10);
  if (end == a->value) return 1;
  if (v < 0) return 1;
  return static_cast<std::uint32_t>(std::min<long>(v, 65534));
}

const GumboVector& children(const GumboNode* n) {
  return n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
}

bool has_element_children(const GumboNode* n) {
  return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE || n->type == GUMBO_NODE_DOCUMENT;
}

bool contains_table(const GumboNode* n, int depth) {
  if (depth > kMaxDepth || !has_element_children(n)) return false;
  const GumboVector& kids = children(n);
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_ELEMENT && k->v.element.tag == GUMBO_TAG_TABLE) return true;
    if (contains_table(k, depth + 1)) return true;
  }
  return false;
}

class HtmlWalker {
 public:
  Document take() {
    flush();
    return std::move(doc_);
  }

  void walk(const GumboNode* n, int depth) {
    if (depth > kMaxDepth) return;
    switch (n->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
        add_text(n->v.text.text);
        return;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
      case GUMBO_NODE_DOCUMENT:
        break;
      default:
        return;
    }
    if (n->type != GUMBO_NODE_DOCUMENT) {
      const GumboElement& e = n->v.element;
      if (is_skipped(e.tag) || is_hidden(e)) return;
      if (e.tag == GUMBO_TAG_TABLE && !contains_table(n, depth)) {
        flush();
        read_table(n, depth);
        return;
      }
      if (e.tag == GUMBO_TAG_PRE) ++in_pre_;
    }
    bool block = n->type == GUMBO_NODE_DOCUMENT || is_block(n->v.element.tag);
    if (block) flush();
    const GumboVector& kids = children(n);
    for (unsigned i = 0; i < kids.length; ++i) walk(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
    if (block) flush();
    if (n->type != GUMBO_NODE_DOCUMENT && n->v.element.tag == GUMBO_TAG_PRE) --in_pre_;
  }

 private:
  void add_text(const char* s) {
    if (!in_pre_) {
      line_ += s;
      return;
    }
    // Preformatted text keeps its lines.
    for (const char* p = s; *p; ++p) {
      if (*p == '\n')
        flush();
      else
        line_ += *p;
    }
  }

  void flush() {
    doc_.add_paragraph(std::move(line_));
    line_.clear();
  }

  // All the text of a cell; its own line breaks (<br>, <p>) become spaces.
  static void cell_text(const GumboNode* n, std::string& out, int depth) {
    if (depth > kMaxDepth) return;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
      out += n->v.text.text;
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& e = n->v.element;
    if (is_skipped(e.tag) || is_hidden(e)) return;
    bool block = is_block(e.tag);
    if (block) out += '\n';
    for (unsigned i = 0; i < e.children.length; ++i)
      cell_text(static_cast<const GumboNode*>(e.children.data[i]), out, depth + 1);
    if (block) out += '\n';
  }

  void read_row(const GumboNode* tr, std::vector<std::vector<SpannedCell>>& rows, int depth) {
    std::vector<SpannedCell> row;
    const GumboVector& kids = tr->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type != GUMBO_NODE_ELEMENT) continue;
      GumboTag t = k->v.element.tag;
      if (t != GUMBO_TAG_TD && t != GUMBO_TAG_TH) continue;
      SpannedCell c;
      cell_text(k, c.text, depth + 1);
      c.row_span = span_attribute(k->v.element, "rowspan");
      c.col_span = std::max<std::uint32_t>(1, span_attribute(k->v.element, "colspan"));
      row.push_back(std::move(c));
    }
    rows.push_back(std::move(row));
  }

  void read_table(const GumboNode* table, int depth) {
    std::vector<std::vector<SpannedCell>> rows;
    const GumboVector& kids = table->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type != GUMBO_NODE_ELEMENT) continue;
      GumboTag t = k->v.element.tag;
      if (t == GUMBO_TAG_CAPTION) {
        walk(k, depth + 1);
      } else if (t == GUMBO_TAG_TR) {
        read_row(k, rows, depth + 1);
      } else if (t == GUMBO_TAG_THEAD || t == GUMBO_TAG_TBODY || t == GUMBO_TAG_TFOOT) {
        const GumboVector& group = k->v.element.children;
        for (unsigned j = 0; j < group.length; ++j) {
          const auto* tr = static_cast<const GumboNode*>(group.data[j]);
          if (tr->type == GUMBO_NODE_ELEMENT && tr->v.element.tag == GUMBO_TAG_TR) read_row(tr, rows, depth + 2);
        }
      }
    }
    doc_.add_table(build_grid(rows, ++tables_));
  }

  Document doc_;
  std::string line_;
  int in_pre_ = 0;
  std::uint32_t tables_ = 0;
};

struct GumboFree {
  void operator()(GumboOutput* o) const noexcept { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

std::string declared_charset(std::string_view bytes) {
  std::string head = lower_ascii(bytes.substr(0, 4096));
  for (std::size_t at = head.find("charset"); at != std::string::npos; at = head.find("charset", at + 7)) {
    std::size_t p = at + 7;
    while (p < head.size() && (head[p] == ' ' || head[p] == '=' || head[p] == '"' || head[p] == '\'')) {
      if (head[p] == '=') {
        ++p;
        while (p < head.size() && (head[p] == ' ' || head[p] == '"' || head[p] == '\'')) ++p;
        std::size_t end = p;
        while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' ||
                                     head[end] == '_'))
          ++end;
        if (end > p) return head.substr(p, end - p);
        break;
      }
      ++p;
    }
  }
  return {};
}

Document read_html(std::string_view bytes, std::string_view encoding) {
  std::string declared = encoding.empty() ? declared_charset(bytes) : std::string(encoding);
  // A BOM wins over the declaration, as in browsers; a page that declares
  // GBK but does not decode as it (saved again by an editor) is read by its
  // content. What is still not UTF-8 gumbo replaces with U+FFFD.
  bool bom = bytes.substr(0, 3) == "\xEF\xBB\xBF" || bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF";
  std::string utf8;
  if (!bom && !declared.empty() && declared != "utf-8" && declared != "utf8") {
    try {
      utf8 = convert_to_utf8(bytes, declared);
    } catch (const Error&) {
      if (!encoding.empty()) throw;  // the caller named it: say it does not fit
      utf8 = decode_text(bytes);
    }
  } else {
    utf8 = decode_text(bytes);
  }
  std::unique_ptr<GumboOutput, GumboFree> out(
      gumbo_parse_with_options(&kGumboDefaultOptions, utf8.data(), utf8.size()));
  if (!out) return {};
  HtmlWalker walker;
  walker.walk(out->document, 0);
  return walker.take();
}

}  // namespace gongkai::inputs
