#include "torn_tables.hpp"

#include <algorithm>
#include <vector>

#include "gongkai/fields.hpp"

namespace gktest {
namespace {

using gongkai::Format;

const char* const kColumns[] = {"natural", "commercial", "research", "social", "legal", "other", "total"};

struct PrintedRow {
  std::string label;               ///< as printed (may be empty: lost)
  std::vector<std::string> cells;  ///< as printed ("" blank)
};

unsigned step(unsigned& state) { return next_random(state); }


// How wide a text prints: its characters, or its display width (CJK and
// full-width forms two columns), as a layout of fixed columns counts it.
std::size_t text_width(const std::string& s, bool display) {
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    w += display && n >= 3 ? 2 : 1;
    i += n;
  }
  return w;
}

std::vector<PrintedRow> applications_rows(Format f, const Values& v, const Tear& tear, bool mark_blanks, unsigned& rng,
                                          Values& expected) {
  std::vector<PrintedRow> rows;
  std::vector<std::string> labels_of_rows;  // as printed before any was lost
  std::string current;
  for (const auto& spec : gongkai::field_specs(f)) {
    std::string key(spec.key);
    if (key.rfind("applications.", 0) != 0) continue;
    std::string row = key.substr(13, key.rfind('.') - 13);
    if (row != current) {
      current = row;
      PrintedRow p;
      p.label = std::string(spec.row);
      labels_of_rows.push_back(p.label);
      if (tear.letter_spaced && step(rng) % 4 == 0) p.label = letter_spaced(p.label);
      // Lost labels: never two in a row, never the first.
      if (tear.lost_labels && !rows.empty() && !rows.back().label.empty() && step(rng) % 6 == 0) p.label.clear();
      rows.push_back(std::move(p));
    }
    std::string text = v.at(key);
    if (tear.zeros_blank && text == "0") text = "";
    expected[key] = text;
    rows.back().cells.push_back(text.empty() && mark_blanks ? "—" : text);
  }
  // A row printed all blank whose label is lost leaves no trace in the text
  // (an empty line, or separators only): no reader could know it is there.
  // Such a row keeps its label.
  for (std::size_t k = 0; k < rows.size(); ++k)
    if (rows[k].label.empty() &&
        std::all_of(rows[k].cells.begin(), rows[k].cells.end(), [&](const std::string& c) { return c.empty() || (mark_blanks && c == "—"); }))
      rows[k].label = labels_of_rows[k];
  if (tear.split_digits)
    for (auto& r : rows)
      for (auto& c : r.cells)
        if (c.size() >= 3 && c.find_first_not_of("0123456789") == std::string::npos && step(rng) % 12 == 0)
          c = c.substr(0, c.size() / 2) + " " + c.substr(c.size() / 2);
  if (tear.notes)
    for (auto& r : rows)
      if (!r.cells.empty() && !r.cells[0].empty() && r.cells[0] != "0" && step(rng) % 5 == 0) {
        r.cells[0] += "（其中线上" + std::string("1") + "件）";
        break;
      }
  return rows;
}

std::vector<PrintedRow> appeals_rows(const Values& v, Values& expected) {
  std::vector<PrintedRow> rows;
  for (const char* g : {"review", "litigation_direct", "litigation_after_review"}) {
    PrintedRow p;
    for (const char* c : {"maintained", "corrected", "other", "pending", "total"}) {
      std::string key = std::string(g) + "." + c;
      expected[key] = v.at(key);
      p.cells.push_back(v.at(key));
    }
    rows.push_back(std::move(p));
  }
  return rows;
}

// The header of table 三 as the template prints it: the relation's note,
// 申请人情况 over 自然人 and 法人或其他组织, which spans five columns.
std::string header_line(const std::string& sep) {
  std::string h = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" + sep + "申请人情况";
  if (sep == "\n") h += sep + "自然人" + sep + "法人或其他组织";
  else h += "\n" + sep + "自然人" + sep + "法人或其他组织" + sep + sep + sep + sep + sep + "总计\n" + sep;
  for (const char* c : {"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"}) h += sep + c;
  if (sep == "\n") h += sep + std::string("总计");
  return h + "\n";
}

void add_label(std::string& out, const std::string& label, const Tear& tear, unsigned& rng) {
  if (label.empty()) return;
  if (tear.wrapped && step(rng) % 3 == 0) {
    auto [a, b] = halves(label);
    out += a + "\n" + b + "\n";
  } else {
    out += label + "\n";
  }
}

// A page break: its footer, and on the next page (where `header_sep` is
// given) now and then the table's header again, as Word repeats it.
void footer(std::string& out, const Tear& tear, unsigned& rng, int& page, const std::string& header_sep = "") {
  if (!tear.footers || step(rng) % 9 != 0) return;
  out += "\n- " + std::to_string(++page) + " -\n\n";
  if (!header_sep.empty() && step(rng) % 2 == 0) out += header_line(header_sep);
}

// A block of table 二 under its 第二十条 item: its column names and rows.
struct ActiveBlock {
  std::string item;                  ///< 第二十条第（一）项
  std::vector<std::string> columns;  ///< 本年制发件数 …
  struct Row {
    std::string label, key_prefix;   ///< 规章, active.rules.
    std::vector<std::string> cells;
  };
  std::vector<Row> rows;
};

std::vector<ActiveBlock> active_blocks(Format f, const Values& v) {
  auto row = [&](const std::string& label, const std::string& name, std::vector<const char*> columns) {
    ActiveBlock::Row r{label, "active." + name + ".", {}};
    for (const char* c : columns) r.cells.push_back(v.at(r.key_prefix + c));
    return r;
  };
  const std::string normative = f == Format::gk2021 ? "行政规范性文件" : "规范性文件";
  if (f != Format::gk2021) {
    const std::vector<std::string> items = {"上一年项目数量", "本年增/减", "处理决定数量"};
    const std::vector<const char*> item_keys = {"prev_items", "delta", "decisions"};
    return {{"第二十条第（一）项",
             {"本年新制作数量", "本年新公开数量", "对外公开总数量"},
             {row("规章", "rules", {"made", "published", "total"}),
              row(normative, "normative", {"made", "published", "total"})}},
            {"第二十条第（五）项",
             items,
             {row("行政许可", "licensing", item_keys), row("其他对外管理服务事项", "other_services", item_keys)}},
            {"第二十条第（六）项", items, {row("行政处罚", "penalty", item_keys), row("行政强制", "coercion", item_keys)}},
            {"第二十条第（八）项", {"上一年项目数量", "本年增/减"}, {row("行政事业性收费", "fees", {"prev_items", "delta"})}},
            {"第二十条第（九）项",
             {"采购项目数量", "采购总金额"},
             {row("政府集中采购", "procurement", {"items", "amount_wan"})}}};
  }
  return {{"第二十条第（一）项",
           {"本年制发件数", "本年废止件数", "现行有效件数"},
           {row("规章", "rules", {"issued", "repealed", "in_force"}),
            row(normative, "normative", {"issued", "repealed", "in_force"})}},
          {"第二十条第（五）项", {"本年处理决定数量"}, {row("行政许可", "licensing", {"decisions"})}},
          {"第二十条第（六）项",
           {"本年处理决定数量"},
           {row("行政处罚", "penalty", {"decisions"}), row("行政强制", "coercion", {"decisions"})}},
          {"第二十条第（八）项", {"本年收费金额（单位：万元）"}, {row("行政事业性收费", "fees", {"amount_wan"})}}};
}

// A block of table 二 in the read order. Its rows have no totals: where the
// labels are printed before all the values, only the read order of the
// text's other tables tells rows from columns.
void print_active_block(std::string& out, const ActiveBlock& b, ReadOrder order, const Tear& tear, unsigned& rng) {
  auto joined = [](const std::vector<std::string>& parts, const std::string& sep) {
    std::string line;
    for (const auto& p : parts) line += (line.empty() ? "" : sep) + p;
    return line;
  };
  auto label = [&](const std::string& l) {
    return tear.letter_spaced && step(rng) % 4 == 0 ? letter_spaced(l) : l;
  };
  out += b.item + "\n";
  switch (order) {
    case ReadOrder::rows_tabs:
    case ReadOrder::rows_spaces:
    case ReadOrder::rows_aligned: {
      const std::string sep = order == ReadOrder::rows_tabs ? "\t" : "    ";
      out += "信息内容" + sep + joined(b.columns, sep) + "\n";
      for (const auto& r : b.rows) out += label(r.label) + sep + joined(r.cells, sep) + "\n";
      return;
    }
    case ReadOrder::cell_per_line:
    case ReadOrder::labels_after:
      out += "信息内容\n" + joined(b.columns, "\n") + "\n";
      for (const auto& r : b.rows) {
        if (order == ReadOrder::cell_per_line) add_label(out, label(r.label), tear, rng);
        out += joined(r.cells, "\n") + "\n";
        if (order == ReadOrder::labels_after) add_label(out, label(r.label), tear, rng);
      }
      return;
    case ReadOrder::labels_first:
    case ReadOrder::columns:
      // The label column, the column names, then the values (pdfminer).
      out += "信息内容\n";
      for (const auto& r : b.rows) add_label(out, label(r.label), tear, rng);
      out += joined(b.columns, "\n") + "\n";
      if (order == ReadOrder::labels_first)
        for (const auto& r : b.rows) out += joined(r.cells, "\n") + "\n";
      else
        for (std::size_t c = 0; c < b.columns.size(); ++c)
          for (const auto& r : b.rows) out += r.cells[c] + "\n";
      return;
    case ReadOrder::columns_apart:
      // The label column beside the first column, then the other columns.
      out += "信息内容\n" + joined(b.columns, "\n") + "\n";
      for (const auto& r : b.rows) {
        add_label(out, label(r.label), tear, rng);
        out += r.cells[0] + "\n";
      }
      for (std::size_t c = 1; c < b.columns.size(); ++c)
        for (const auto& r : b.rows) out += r.cells[c] + "\n";
      return;
    case ReadOrder::count: return;
  }
}

// Table 三 in the read order.
void print_applications(std::string& out, const std::vector<PrintedRow>& rows, ReadOrder order, const Tear& tear,
                        unsigned& rng) {
  int page = 2;
  // A row's line: its label, then its cells; with separators between all
  // of them (blank cells kept between tabs) or between the printed ones.
  auto row_line = [&](const PrintedRow& r, const std::string& sep, bool keep_blanks) {
    std::string cells;
    bool first = true;
    for (const auto& c : r.cells) {
      if (!keep_blanks && c.empty()) continue;
      cells += (first ? "" : sep) + c;
      first = false;
    }
    return (r.label.empty() ? "" : r.label + sep) + cells + "\n";
  };
  switch (order) {
    case ReadOrder::rows_tabs:
      out += header_line("\t");
      for (const auto& r : rows) {
        out += row_line(r, "\t", true);
        footer(out, tear, rng, page, "\t");
      }
      return;
    case ReadOrder::rows_spaces:
      out += header_line("    ");
      for (const auto& r : rows) {
        out += row_line(r, "    ", false);  // an empty cell leaves no mark
        footer(out, tear, rng, page, "    ");
      }
      return;
    case ReadOrder::rows_aligned: {
      // Columns of fixed width, measured in characters (pdftotext -layout)
      // or in display width, CJK two wide (w3m, lynx); numbers right- or
      // left-aligned in them, a space off now and then.
      const bool by_width = step(rng) % 2 == 0, right = step(rng) % 2 == 0;
      std::size_t label_width = 0;
      for (const auto& r : rows) label_width = std::max(label_width, text_width(r.label, by_width));
      label_width = std::min<std::size_t>(label_width, 30) + 2;
      const std::size_t cell_width = 8 + step(rng) % 3;
      out += header_line("    ");
      for (const auto& r : rows) {
        std::string label = r.label, after;
        if (text_width(label, by_width) + 2 > label_width ||
            (tear.wrapped && text_width(label, false) > 12 && step(rng) % 3 == 0)) {
          // The label wraps in its cell (always, where it is wider than the
          // column); its row's numbers sit between the halves.
          auto [a, b] = halves(label);
          out += a + "\n";
          label.clear();
          after = b + "\n";
        }
        std::string line = label + std::string(label_width - std::min(label_width - 1, text_width(label, by_width)), ' ');
        std::string notes;  // a note wraps in its cell: printed under its number
        for (const auto& printed : r.cells) {
          std::string c = printed;
          if (const auto at = c.find("（"); at != std::string::npos) {
            notes = std::string(text_width(line, by_width), ' ') + c.substr(at);
            c = c.substr(0, at);
          }
          std::size_t pad = cell_width - std::min(cell_width, c.size());
          std::size_t jitter = step(rng) % 7 == 0 ? 1 : 0;
          line += right ? std::string(pad - std::min(pad, jitter), ' ') + c + std::string(std::min(pad, jitter), ' ')
                        : std::string(jitter, ' ') + c + std::string(pad - std::min(pad, jitter), ' ');
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + "\n" + (notes.empty() ? "" : notes + "\n") + after;
        footer(out, tear, rng, page, "    ");
      }
      return;
    }
    case ReadOrder::cell_per_line:
      out += header_line("\n");
      for (const auto& r : rows) {
        add_label(out, r.label, tear, rng);
        for (const auto& c : r.cells)
          if (!c.empty()) out += c + "\n";
        footer(out, tear, rng, page, "\n");
      }
      return;
    case ReadOrder::labels_after:
      out += header_line("\n");
      for (const auto& r : rows) {
        for (const auto& c : r.cells)
          if (!c.empty()) out += c + "\n";
        add_label(out, r.label, tear, rng);
        footer(out, tear, rng, page, "\n");
      }
      return;
    case ReadOrder::labels_first:
    case ReadOrder::columns: {
      out += header_line("\n");
      // The page holds the labels of a block of rows, then its cells.
      std::size_t split = rows.size() / 2 + step(rng) % 4;
      for (std::size_t b = 0; b < 2; ++b) {
        std::size_t first = b == 0 ? 0 : split, last = b == 0 ? split : rows.size();
        for (std::size_t k = first; k < last; ++k) add_label(out, rows[k].label, tear, rng);
        if (order == ReadOrder::labels_first) {
          for (std::size_t k = first; k < last; ++k)
            for (const auto& c : rows[k].cells)
              if (!c.empty()) out += c + "\n";
        } else {
          for (std::size_t c = 0; c < 7; ++c)
            for (std::size_t k = first; k < last; ++k)
              if (!rows[k].cells[c].empty()) out += rows[k].cells[c] + "\n";
        }
        if (b == 0) out += "\n- " + std::to_string(++page) + " -\n\n";
      }
      return;
    }
    case ReadOrder::columns_apart: {
      out += header_line("\n");
      // A page's columns read one by one: the label column beside the first
      // column, the other columns, and the 总计 column read last, after the
      // next block of rows.
      std::size_t split = rows.size() / 2 + step(rng) % 4;
      const std::size_t blocks[2][2] = {{0, split}, {split, rows.size()}};
      for (const auto& [first, last] : blocks) {
        for (std::size_t k = first; k < last; ++k) {
          add_label(out, rows[k].label, tear, rng);
          out += rows[k].cells[0] + "\n";
        }
        for (std::size_t c = 1; c + 1 < 7; ++c)
          for (std::size_t k = first; k < last; ++k) out += rows[k].cells[c] + "\n";
        footer(out, tear, rng, page);
      }
      for (const auto& [first, last] : blocks) {
        out += "总计\n";
        for (std::size_t k = first; k < last; ++k) out += rows[k].cells[6] + "\n";
      }
      return;
    }
    case ReadOrder::count: return;
  }
}

void print_appeals(std::string& out, const std::vector<PrintedRow>& rows, ReadOrder order, const Tear& tear,
                   unsigned& rng) {
  bool one_line = order == ReadOrder::rows_tabs || order == ReadOrder::rows_spaces || order == ReadOrder::rows_aligned;
  if (one_line) {
    out += "行政复议\t\t\t\t\t行政诉讼\n";
    out += "\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉\n";
    std::string cols;
    for (int g = 0; g < 3; ++g)
      for (const char* c : {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}) cols += std::string(cols.empty() ? "" : "\t") + c;
    out += cols + "\n";
  } else {
    // The header flattened a cell a line, its narrow cells' words torn
    // over two lines (结果 / 维持) or spaced out, as PDF text gives it.
    out += "行政复议\n行政诉讼\n未经复议直接起诉\n复议后起诉\n";
    for (int g = 0; g < 3; ++g)
      for (const char* c : {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}) {
        std::string cell = c;
        if (cell.size() > 6 && step(rng) % 3 == 0) cell = cell.substr(0, 6) + "\n" + cell.substr(6);
        else if (tear.letter_spaced && step(rng) % 3 == 0) cell = letter_spaced(cell);
        out += cell + "\n";
      }
  }
  std::string sep = order == ReadOrder::rows_tabs ? "\t" : "    ";
  std::string line;
  for (const auto& r : rows)
    for (const auto& c : r.cells) {
      if (one_line)
        line += (line.empty() ? "" : sep) + c;
      else
        out += c + "\n";
    }
  if (one_line) out += line + "\n";
}

}  // namespace

std::pair<std::string, std::string> halves(const std::string& s) {
  std::size_t at = s.size() / 2;
  while (at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) ++at;
  return {s.substr(0, at), s.substr(at)};
}

const char* read_order_name(ReadOrder o) {
  switch (o) {
    case ReadOrder::rows_tabs: return "rows_tabs";
    case ReadOrder::rows_spaces: return "rows_spaces";
    case ReadOrder::cell_per_line: return "cell_per_line";
    case ReadOrder::labels_after: return "labels_after";
    case ReadOrder::labels_first: return "labels_first";
    case ReadOrder::columns: return "columns";
    case ReadOrder::columns_apart: return "columns_apart";
    case ReadOrder::rows_aligned: return "rows_aligned";
    case ReadOrder::count: break;
  }
  return "?";
}

std::string describe(const Tear& t) {
  std::string out;
  auto add = [&](bool on, const char* word) {
    if (on) out += (out.empty() ? "" : " ") + std::string(word);
  };
  add(t.footers, "footers");
  add(t.prose_before, "prose_before");
  add(t.notes, "notes");
  add(t.letter_spaced, "letter_spaced");
  add(t.lost_labels, "lost_labels");
  add(t.wrapped, "wrapped");
  add(t.zeros_blank, "zeros_blank");
  add(t.split_digits, "split_digits");
  return out.empty() ? "none" : out;
}

Tear random_tear(unsigned seed) {
  unsigned s = seed * 2654435761u + 7u;
  Tear t;
  t.footers = step(s) % 2;
  t.prose_before = step(s) % 2;
  t.notes = step(s) % 3 == 0;
  t.letter_spaced = step(s) % 3 == 0;
  t.lost_labels = step(s) % 3 == 0;
  t.wrapped = step(s) % 3 == 0;
  t.zeros_blank = step(s) % 4 == 0;
  t.split_digits = step(s) % 4 == 0;
  return t;
}

TornReport torn_report(Format f, const Values& values, ReadOrder order, const Tear& given, unsigned seed) {
  unsigned rng = seed * 40503u + 11u;
  // Text with one cell a line keeps no trace of an empty cell: where a row
  // lost its blanks nothing in the text places its other cells (only the
  // file itself can). Such text is printed with its blanks marked (—).
  Tear tear = given;
  const bool one_cell_a_line =
      order != ReadOrder::rows_tabs && order != ReadOrder::rows_spaces && order != ReadOrder::rows_aligned;
  if (one_cell_a_line) tear.zeros_blank = false;
  TornReport r;
  int year = f == Format::gk2021 ? 2022 + static_cast<int>(seed % 3) : 2019 + static_cast<int>(seed % 2);
  std::string& out = r.text;
  out += "示例县人民政府" + std::to_string(year) + "年政府信息公开工作年度报告\n\n";
  out += "本报告所列数据统计期限从" + std::to_string(year) + "年1月1日至" + std::to_string(year) + "年12月31日止。\n\n";
  out += "一、总体情况\n\n本年度全县政府信息公开工作平稳推进。\n\n二、主动公开政府信息情况\n\n";
  // Table 二 in the same read order as the rest: one extractor tears the
  // whole text alike.
  for (const auto& spec : gongkai::field_specs(f)) {
    std::string key(spec.key);
    if (key.rfind("active.", 0) == 0) r.expected[key] = values.at(key);
  }
  const std::vector<ActiveBlock> blocks = active_blocks(f, values);
  for (auto it = r.expected.begin(); it != r.expected.end();) {
    bool printed = it->first.rfind("active.", 0) != 0;
    for (const auto& b : blocks)
      for (const auto& row : b.rows) printed = printed || it->first.rfind(row.key_prefix, 0) == 0;
    it = printed ? std::next(it) : r.expected.erase(it);
  }
  for (const auto& b : blocks) print_active_block(out, b, order, tear, rng);
  out += "\n";
  out += "三、收到和处理政府信息公开申请情况\n\n";
  if (tear.prose_before)
    out += "全年共收到申请" + values.at("applications.received.total") + "件，上年结转" +
           values.at("applications.carried_over.total") + "件，主动公开规章12件。\n";
  auto rows = applications_rows(f, values, tear, one_cell_a_line, rng, r.expected);
  print_applications(out, rows, order, tear, rng);
  out += "\n四、政府信息公开行政复议、行政诉讼情况\n\n";
  print_appeals(out, appeals_rows(values, r.expected), order, tear, rng);
  out += "\n五、存在的主要问题及改进情况\n\n工作仍有不足。\n\n六、其他需要报告的事项\n\n本年度未收取信息处理费。\n\n";
  out += "示例县人民政府\n" + std::to_string(year + 1) + "年1月20日\n";
  return r;
}

}  // namespace gktest
