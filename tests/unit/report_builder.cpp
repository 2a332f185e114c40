#include "report_builder.hpp"

#include <vector>

#include "gongkai/fields.hpp"

namespace gktest {
namespace {

using gongkai::Format;

const char* const kColumns[] = {"natural", "commercial", "research", "social", "legal", "other", "total"};

std::vector<std::string> application_rows(Format f) {
  std::vector<std::string> rows;
  for (const auto& s : gongkai::field_specs(f)) {
    std::string key(s.key);
    if (key.rfind("applications.", 0) != 0) continue;
    std::string row = key.substr(13, key.rfind('.') - 13);
    if (rows.empty() || rows.back() != row) rows.push_back(row);
  }
  return rows;
}

std::string row_label(Format f, const std::string& row) {
  auto* spec = gongkai::find_field_spec(f, "applications." + row + ".natural");
  return spec ? std::string(spec->row) : row;
}

std::string half_width(std::string s) {
  auto replace = [&](const std::string& from, const std::string& to) {
    for (std::size_t p; (p = s.find(from)) != std::string::npos;) s.replace(p, from.size(), to);
  };
  replace("（", "(");
  replace("）", ")");
  replace("“", "\"");
  replace("”", "\"");
  replace("，", ",");
  return s;
}

// Cells of a line; a blank value cell prints as "-" where the layout has no
// way to show an empty cell (headers leave it out).
std::string join(const std::vector<std::string>& cells, Layout layout, bool header = false) {
  std::string out;
  if (header && (layout == Layout::spaces || layout == Layout::single_space)) {
    std::vector<std::string> kept;
    for (const auto& c : cells)
      if (!c.empty()) kept.push_back(c);
    for (std::size_t i = 0; i < kept.size(); ++i) out += (i ? "    " : "") + kept[i];
    return out;
  }
  switch (layout) {
    case Layout::pipes:
      out = "|";
      for (const auto& c : cells) out += " " + c + " |";
      return out;
    case Layout::tabs:
      for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "\t" : "") + cells[i];
      return out;
    case Layout::spaces:
      for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "    " : "") + (cells[i].empty() ? "-" : cells[i]);
      return out;
    case Layout::vertical:
      for (const auto& c : cells)
        if (!c.empty()) out += (out.empty() ? "" : "\n") + c;
      return out;
    case Layout::single_space:
      for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? " " : "") + (cells[i].empty() ? "-" : cells[i]);
      return out;
  }
  return out;
}

std::string pipe_separator(std::size_t n) {
  std::string s = "|";
  for (std::size_t i = 0; i < n; ++i) s += "---|";
  return s;
}

void table_active(std::string& out, Format f, const Values& v, Layout layout, const Damage& d) {
  struct Block {
    const char* heading;
    std::vector<std::pair<std::string, std::string>> rows;  // label, prefix
    std::vector<std::string> columns;
  };
  std::vector<Block> blocks;
  std::string normative = d.short_normative || f == Format::gk2019 ? "规范性文件" : "行政规范性文件";
  if (f == Format::gk2021) {
    blocks = {{"第二十条第（一）项", {{"规章", "rules"}, {normative, "normative"}}, {"本年制发件数", "本年废止件数", "现行有效件数"}},
              {"第二十条第（五）项", {{"行政许可", "licensing"}}, {"本年处理决定数量"}},
              {"第二十条第（六）项", {{"行政处罚", "penalty"}, {"行政强制", "coercion"}}, {"本年处理决定数量"}},
              {"第二十条第（八）项", {{"行政事业性收费", "fees"}}, {"本年收费金额（单位：万元）"}}};
  } else {
    blocks = {{"第二十条第（一）项", {{"规章", "rules"}, {normative, "normative"}}, {"本年新制作数量", "本年新公开数量", "对外公开总数量"}},
              {"第二十条第（五）项", {{"行政许可", "licensing"}, {"其他对外管理服务事项", "other_services"}}, {"上一年项目数量", "本年增/减", "处理决定数量"}},
              {"第二十条第（六）项", {{"行政处罚", "penalty"}, {"行政强制", "coercion"}}, {"上一年项目数量", "本年增/减", "处理决定数量"}},
              {"第二十条第（八）项", {{"行政事业性收费", "fees"}}, {"上一年项目数量", "本年增/减"}},
              {"第二十条第（九）项", {{"政府集中采购", "procurement"}}, {"采购项目数量", "采购总金额（单位：万元，保留4位小数）"}}};
  }
  for (const auto& b : blocks) {
    out += std::string(layout == Layout::pipes ? "### " : "") + b.heading + "\n";
    std::vector<std::string> header{"信息内容"};
    header.insert(header.end(), b.columns.begin(), b.columns.end());
    out += join(header, layout) + "\n";
    if (layout == Layout::pipes) out += pipe_separator(header.size()) + "\n";
    for (const auto& [label, row] : b.rows) {
      std::vector<std::string> cells{label};
      for (const auto& spec : gongkai::field_specs(f)) {
        std::string key(spec.key);
        if (key.rfind("active." + row + ".", 0) == 0) cells.push_back(v.at(key));
      }
      out += join(cells, layout) + "\n";
    }
  }
}

void table_applications(std::string& out, Format f, const Values& v, Layout layout, const Damage& d) {
  std::vector<std::string> header{"(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)", "自然人", "商业企业", "科研机构",
                                  "社会公益组织", "法律服务机构", "其他", "总计"};
  auto print_header = [&] {
    out += join(header, layout) + "\n";
    if (layout == Layout::pipes) out += pipe_separator(header.size()) + "\n";
  };
  print_header();
  for (const auto& row : application_rows(f)) {
    std::string label = row_label(f, row);
    if (d.half_width) label = half_width(label);
    if (d.letter_spaced.count(row)) label = letter_spaced(label);
    std::vector<std::string> cells;
    for (const char* c : kColumns) cells.push_back(v.at("applications." + row + "." + c));
    if (d.doubled_zero == row) cells.insert(cells.begin() + 2, "0");
    if (d.lost_commercial == row) cells.erase(cells.begin() + 1);
    if (d.split_total == row && cells.back().size() >= 2) cells.back().insert(cells.back().size() / 2, " ");
    if (d.relabel.count(row)) label = d.relabel.at(row);
    if (d.cut_short.count(row)) {
      std::size_t keep = label.size() * 6 / 10;
      while (keep > 0 && (static_cast<unsigned char>(label[keep]) & 0xC0) == 0x80) --keep;
      label.resize(keep);
    }
    if (d.unlabeled.count(row)) label.clear();
    if (d.wrapped.count(row)) {
      // The label's first half on a line of its own, the rest before the numbers.
      std::size_t cut = label.size() / 2;
      while (cut < label.size() && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) ++cut;
      out += label.substr(0, cut) + "\n";
      label = label.substr(cut);
    }
    std::vector<std::string> line;
    line.push_back(label);
    line.insert(line.end(), cells.begin(), cells.end());
    if (layout == Layout::spaces || layout == Layout::single_space || layout == Layout::vertical) {
      // A blank label would vanish; the line then starts with its numbers.
      if (label.empty()) line.erase(line.begin());
    }
    if (d.split_row == row && line.size() == 8) {
      out += join(std::vector<std::string>(line.begin(), line.begin() + 4), layout) + "\n";
      out += join(std::vector<std::string>(line.begin() + 4, line.end()), layout) + "\n";
    } else {
      out += join(line, layout) + "\n";
    }
    if (d.footer_after == row) {
      out += "\n- 5 -\n\n";
      if (d.repeat_header) print_header();
    }
    if (d.garbage_after == row) out += join({"■▲", "3", "口口"}, layout) + "\n";
  }
}

void table_appeals(std::string& out, const Values& v, Layout layout, const Damage& d) {
  const char* groups[] = {"review", "litigation_direct", "litigation_after_review"};
  const char* group_names[] = {"行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"};
  const char* cols[] = {"maintained", "corrected", "other", "pending", "total"};
  const char* col_names[] = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
  if (d.appeals == AppealsShape::one_line) {
    out += join({"行政复议", "", "", "", "", "行政诉讼"}, layout, true) + "\n";
    std::vector<std::string> names, values;
    for (int g = 0; g < 3; ++g)
      for (int c = 0; c < 5; ++c) {
        names.push_back(col_names[c]);
        values.push_back(v.at(std::string(groups[g]) + "." + cols[c]));
      }
    out += join(names, layout) + "\n";
    if (layout == Layout::pipes) out += pipe_separator(values.size()) + "\n";
    out += join(values, layout) + "\n";
  } else if (d.appeals == AppealsShape::three_blocks) {
    for (int g = 0; g < 3; ++g) {
      out += std::string("### ") + group_names[g] + "\n";
      std::vector<std::string> names(col_names, col_names + 5), values;
      for (int c = 0; c < 5; ++c) values.push_back(v.at(std::string(groups[g]) + "." + cols[c]));
      out += join(names, layout) + "\n";
      if (layout == Layout::pipes) out += pipe_separator(5) + "\n";
      out += join(values, layout) + "\n\n";
    }
  } else {
    for (int g = 0; g < 3; ++g)
      for (int c = 0; c < 5; ++c)
        out += join({std::string(group_names[g]) + col_names[c], v.at(std::string(groups[g]) + "." + cols[c])}, layout) +
               "\n";
  }
}

}  // namespace

unsigned next_random(unsigned& state) {
  state = state * 1103515245u + 12345u;
  return (state >> 16) & 0x7fff;
}

std::string letter_spaced(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (!out.empty()) out += ' ';
    out += s.substr(i, n);
    i += n;
  }
  return out;
}

Values consistent_values(Format f, unsigned seed) {
  Values v;
  unsigned s = seed * 7919u + 17u;
  if (f == Format::legacy) {
    for (const auto& spec : gongkai::field_specs(f)) v[std::string(spec.key)] = std::to_string(next_random(s) % 9);
    auto set = [&](const std::string& k, int x) { v["legacy." + k] = std::to_string(x); };
    auto get = [&](const std::string& k) { return std::stoi(v["legacy." + k]); };
    set("requests.received", get("requests.in_person") + get("requests.fax") + get("requests.online") + get("requests.letter"));
    set("requests.completed", get("requests.on_time") + get("requests.extended"));
    int denied_parts = 0;
    for (const char* k : {"denied_state_secret", "denied_commercial_secret", "denied_privacy", "denied_security",
                          "denied_not_gov_info", "denied_other_law"})
      denied_parts += get(std::string("answers.") + k);
    set("answers.denied", denied_parts + 1);
    int answered = 0;
    for (const char* k : {"already_public", "granted", "partial", "denied", "not_this_organ", "nonexistent", "asked_to_amend",
                          "other_channel"})
      answered += get(std::string("answers.") + k);
    set("requests.answered", answered);
    set("review.total", get("review.maintained") + get("review.corrected") + get("review.other"));
    set("litigation.total", get("litigation.maintained") + get("litigation.corrected") + get("litigation.other"));
    set("org.staff", get("org.staff_full_time") + get("org.staff_part_time"));
    v["legacy.fees_wan"] = "0.35";
    return v;
  }
  // Table 三: the outcomes per column, then the totals the arithmetic fixes.
  auto rows = application_rows(f);
  long total[7] = {0}, carried_over[7] = {0}, forward[7] = {0};
  for (const auto& row : rows) {
    if (row == "received" || row == "carried_over" || row == "total" || row == "carried_forward") continue;
    long sum = 0;
    for (int c = 0; c < 6; ++c) {
      long x = c == 0 ? next_random(s) % 40 : (next_random(s) % 5 == 0 ? next_random(s) % 4 : 0);
      v["applications." + row + "." + kColumns[c]] = std::to_string(x);
      sum += x;
      total[c] += x;
    }
    v["applications." + row + ".total"] = std::to_string(sum);
  }
  for (int c = 0; c < 6; ++c) {
    carried_over[c] = c == 0 ? next_random(s) % 6 : 0;
    forward[c] = c == 0 ? next_random(s) % 5 : 0;
  }
  auto put_row = [&](const std::string& row, const long* values) {
    long sum = 0;
    for (int c = 0; c < 6; ++c) {
      v["applications." + row + "." + kColumns[c]] = std::to_string(values[c]);
      sum += values[c];
    }
    v["applications." + row + ".total"] = std::to_string(sum);
  };
  long received[7];
  for (int c = 0; c < 6; ++c) received[c] = total[c] + forward[c] - carried_over[c];
  if (received[0] < 0) {
    carried_over[0] += received[0];
    received[0] = 0;
  }
  put_row("received", received);
  put_row("carried_over", carried_over);
  put_row("total", total);
  put_row("carried_forward", forward);
  // Table 二.
  for (const auto& spec : gongkai::field_specs(f)) {
    std::string key(spec.key);
    if (key.rfind("active.", 0) != 0) continue;
    long x = 1 + next_random(s) % 300;
    if (key.find(".delta") != std::string::npos) {
      v[key] = std::to_string(static_cast<long>(next_random(s) % 21) - 10);
    } else if (key.find("amount_wan") != std::string::npos) {
      v[key] = std::to_string(x) + "." + std::to_string(1000 + next_random(s) % 9000);
    } else {
      v[key] = std::to_string(x);
    }
  }
  // gk2019 prints how many were published of those made: no more than the total.
  for (const char* row : {"rules", "normative"}) {
    std::string p = std::string("active.") + row + ".";
    if (v.count(p + "total"))
      v[p + "total"] = std::to_string(std::stol(v[p + "published"]) + static_cast<long>(next_random(s) % 50));
  }
  // Table 四.
  for (const char* g : {"review", "litigation_direct", "litigation_after_review"}) {
    long sum = 0;
    for (const char* c : {"maintained", "corrected", "other", "pending"}) {
      long x = next_random(s) % 7;
      v[std::string(g) + "." + c] = std::to_string(x);
      sum += x;
    }
    v[std::string(g) + ".total"] = std::to_string(sum);
  }
  return v;
}

std::string build_report(Format f, const Values& v, Layout layout, const Damage& d, int year) {
  std::string y = std::to_string(year);
  std::string out;
  out += "示例县人民政府" + y + "年政府信息公开工作年度报告\n\n";
  out += "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。本报告中所列数据的统计期限自" + y +
         "年1月1日起至" + y + "年12月31日止。如对本报告有疑问，请与示例县人民政府办公室联系（地址：示例县人民路1号；邮编：100001；"
         "联系电话：0551-12345678；电子邮箱：gk@example.gov.cn）。本报告电子版可在示例县人民政府门户网站（http://www.example.gov.cn）下载。\n\n";
  out += "一、总体情况\n\n" + y + "年，示例县坚持以公开为常态、不公开为例外，推进政务公开工作。\n\n";
  out += "（一）主动公开\n\n全年主动公开政府信息，及时回应社会关切。\n\n";
  if (f == Format::legacy) {
    out += "二、主动公开政府信息情况\n\n全年主动公开政府信息。\n\n三、依申请公开政府信息情况\n\n按时答复。\n\n";
    out += "四、政府信息公开的收费及减免情况\n\n未收取费用。\n\n五、因政府信息公开申请行政复议、提起行政诉讼的情况\n\n无。\n\n";
    out += "六、存在的主要问题及改进情况\n\n公开质量有待提高。\n\n七、其他需要报告的事项\n\n无。\n\n";
    out += "附件：示例县人民政府政府信息公开情况统计表\n\n";
    out += join({"统计指标", "单位", "统计数"}, layout) + "\n";
    for (const auto& spec : gongkai::field_specs(f))
      out += join({std::string(spec.row), std::string(spec.column), v.at(std::string(spec.key))}, layout) + "\n";
    out += "\n示例县人民政府\n" + std::to_string(year + 1) + "年3月20日\n";
    return out;
  }
  out += "二、主动公开政府信息情况\n\n";
  table_active(out, f, v, layout, d);
  out += "\n三、收到和处理政府信息公开申请情况\n\n";
  table_applications(out, f, v, layout, d);
  out += "\n四、政府信息公开行政复议、行政诉讼情况\n\n";
  table_appeals(out, v, layout, d);
  out += "\n五、存在的主要问题及改进情况\n\n政务公开的深度和广度仍有待拓展。下一步，我县将加强业务培训。\n\n";
  out += "六、其他需要报告的事项\n\n本年度未收取信息处理费。\n\n";
  out += "示例县人民政府\n" + std::to_string(year + 1) + "年1月20日\n";
  return out;
}

}  // namespace gktest
