#include "inputs/docx/docx_reader.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gongkai/error.hpp"
#include "inputs/docx/numbering.hpp"
#include "inputs/docx/zip_entry.hpp"
#include "inputs/grid.hpp"

namespace gongkai::inputs {
namespace {

// Deeper than this the XML is not a Word file's: the subtree is left out.
constexpr int kMaxDepth = 128;

// Word's prefix is w:, but a namespace prefix is the writer's choice: compare
// local names.
std::string_view local_name(const pugi::xml_node& n) {
  std::string_view name = n.name();
  std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child_named(const pugi::xml_node& n, std::string_view local) {
  for (pugi::xml_node k : n.children())
    if (local_name(k) == local) return k;
  return {};
}

const char* attribute_val(const pugi::xml_node& n) {
  for (pugi::xml_attribute a : n.attributes()) {
    std::string_view name = a.name();
    if (name == "w:val" || name == "val" || (name.size() > 4 && name.substr(name.size() - 4) == ":val")) return a.value();
  }
  return nullptr;
}

// The text of runs under `n`: w:t, tabs and breaks. Deleted text, field
// codes and the fallback copy of alternate content are not what the page shows.
void run_text(const pugi::xml_node& n, std::string& out, int depth) {
  if (depth > kMaxDepth) return;
  for (pugi::xml_node k : n.children()) {
    if (k.type() != pugi::node_element) continue;
    std::string_view name = local_name(k);
    if (name == "t") {
      out += k.text().get();
    } else if (name == "tab") {
      out += ' ';
    } else if (name == "br" || name == "cr") {
      out += '\n';
    } else if (name == "delText" || name == "instrText" || name == "Fallback" || name == "rPr" || name == "pPr") {
      continue;
    } else if (name == "p") {  // a paragraph inside a text box
      out += '\n';
      run_text(k, out, depth + 1);
      out += '\n';
    } else {
      run_text(k, out, depth + 1);
    }
  }
}

struct PendingCell {
  SpannedCell cell;
  std::uint32_t grid_column = 0;
  bool merge_continue = false;  // w:vMerge without val="restart": the cell above goes on
  bool merge_restart = false;
};

class DocxWalker {
 public:
  explicit DocxWalker(Numbering numbering) : numbering_(std::move(numbering)) {}
  Document take() { return std::move(doc_); }

  void walk_body(const pugi::xml_node& body, int depth) {
    if (depth > kMaxDepth) return;
    for (pugi::xml_node k : body.children()) {
      if (k.type() != pugi::node_element) continue;
      std::string_view name = local_name(k);
      if (name == "p") {
        std::string text = numbering_.next_label(child_named(k, "pPr"));  // "一、" when Word numbers it
        run_text(k, text, depth + 1);
        add_lines(text);
      } else if (name == "tbl") {
        read_table(k, depth + 1);
      } else if (name == "sdt" || name == "sdtContent" || name == "customXml" || name == "ins" ||
                 name == "smartTag") {
        walk_body(k, depth + 1);
      }
    }
  }

 private:
  void add_lines(const std::string& text) {
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t nl = text.find('\n', start);
      if (nl == std::string::npos) nl = text.size();
      doc_.add_paragraph(text.substr(start, nl - start));
      start = nl + 1;
    }
  }

  // All the text of a cell: its paragraphs (and any table inside) joined.
  static void cell_text(const pugi::xml_node& tc, std::string& out, int depth) {
    if (depth > kMaxDepth) return;
    for (pugi::xml_node k : tc.children()) {
      std::string_view name = local_name(k);
      if (name == "p") {
        if (!out.empty()) out += '\n';
        run_text(k, out, depth + 1);
      } else if (name == "tbl" || name == "tr" || name == "tc" || name == "sdt" || name == "sdtContent") {
        cell_text(k, out, depth + 1);
      }
    }
  }

  std::vector<PendingCell> read_row(const pugi::xml_node& tr, int depth) {
    std::vector<PendingCell> row;
    std::uint32_t column = 0;
    if (pugi::xml_node before = child_named(child_named(tr, "trPr"), "gridBefore")) {
      const char* v = attribute_val(before);
      long n = v ? std::strtol(v, nullptr, 10) : 0;
      for (long i = 0; i < n && i < 64; ++i) {
        PendingCell empty;
        empty.grid_column = column++;
        row.push_back(empty);
      }
    }
    for (pugi::xml_node tc : tr.children()) {
      std::string_view name = local_name(tc);
      if (name == "sdt") tc = child_named(child_named(tc, "sdtContent"), "tc");
      else if (name != "tc") continue;
      if (!tc) continue;
      PendingCell p;
      p.grid_column = column;
      pugi::xml_node props = child_named(tc, "tcPr");
      if (pugi::xml_node span = child_named(props, "gridSpan")) {
        const char* v = attribute_val(span);
        long n = v ? std::strtol(v, nullptr, 10) : 1;
        p.cell.col_span = static_cast<std::uint32_t>(std::clamp(n, 1L, 256L));
      }
      if (pugi::xml_node merge = child_named(props, "vMerge")) {
        const char* v = attribute_val(merge);
        if (v && std::strcmp(v, "restart") == 0)
          p.merge_restart = true;
        else
          p.merge_continue = true;
      }
      cell_text(tc, p.cell.text, depth + 1);
      column += p.cell.col_span;
      row.push_back(std::move(p));
    }
    return row;
  }

  void read_table(const pugi::xml_node& tbl, int depth) {
    std::vector<std::vector<SpannedCell>> rows;
    // Where the last row's cell of each grid column sits in `rows`, when that
    // cell starts or continues a vertical merge.
    std::map<std::uint32_t, std::pair<std::size_t, std::size_t>> open_merges;
    for (pugi::xml_node tr : tbl.children()) {
      if (local_name(tr) != "tr") continue;
      std::vector<PendingCell> pending = read_row(tr, depth + 1);
      std::map<std::uint32_t, std::pair<std::size_t, std::size_t>> still_open;
      std::vector<SpannedCell> row;
      for (PendingCell& p : pending) {
        auto open = open_merges.find(p.grid_column);
        if (p.merge_continue && open != open_merges.end() &&
            rows[open->second.first][open->second.second].col_span == p.cell.col_span) {
          // Covered by the cell above: it spans one row more.
          ++rows[open->second.first][open->second.second].row_span;
          still_open[p.grid_column] = open->second;
          continue;
        }
        if (p.merge_restart || p.merge_continue) still_open[p.grid_column] = {rows.size(), row.size()};
        row.push_back(std::move(p.cell));
      }
      open_merges = std::move(still_open);
      rows.push_back(std::move(row));
    }
    doc_.add_table(build_grid(rows, ++tables_));
  }

  Document doc_;
  Numbering numbering_;
  std::uint32_t tables_ = 0;
};

// An optional part of the Word file (numbering, styles), parsed; empty when
// it is missing or not XML (the text is still there without it).
pugi::xml_document optional_part(std::string_view bytes, const char* name, std::size_t& budget) {
  pugi::xml_document doc;
  std::optional<std::string> xml;
  try {
    xml = read_zip_entry(bytes, name, budget);
  } catch (const Error&) {
    return doc;  // damaged, or past what is left of the limit
  }
  if (!xml) return doc;
  budget -= std::min(budget, xml->size());
  doc.load_buffer(xml->data(), xml->size());
  return doc;
}

}  // namespace

Document read_docx(std::string_view bytes, std::size_t max_unpacked) {
  std::optional<std::string> xml = read_zip_entry(bytes, "word/document.xml", max_unpacked);
  if (!xml)
    throw Error(Status::bad_file,
                "这个 zip 文件不是 Word 文件（没有 word/document.xml） / this zip archive is not a Word file (no word/document.xml)");
  pugi::xml_document doc;
  pugi::xml_parse_result ok = doc.load_buffer(xml->data(), xml->size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!ok)
    throw Error(Status::bad_file, std::string("Word 文件的 document.xml 不是合法的 XML / the Word file's document.xml is not well-formed XML: ") +
                                      ok.description(),
                static_cast<std::size_t>(ok.offset));
  pugi::xml_node body;
  for (pugi::xml_node root : doc.children())
    if (local_name(root) == "document") body = child_named(root, "body");
  std::size_t budget = max_unpacked - std::min(max_unpacked, xml->size());
  Numbering numbering;
  numbering.load(optional_part(bytes, "word/numbering.xml", budget), optional_part(bytes, "word/styles.xml", budget));
  DocxWalker walker(std::move(numbering));
  if (body) walker.walk_body(body, 0);
  return walker.take();
}

}  // namespace gongkai::inputs
