#include "inputs/docx/numbering.hpp"

#include <cstdlib>
#include <string_view>

namespace gongkai::inputs {
namespace {

constexpr int kMaxLevels = 9;

std::string_view local_name(const pugi::xml_node& n) {
  std::string_view name = n.name();
  std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& n, std::string_view local) {
  for (pugi::xml_node k : n.children())
    if (local_name(k) == local) return k;
  return {};
}

std::string attr(const pugi::xml_node& n, std::string_view local) {
  for (pugi::xml_attribute a : n.attributes()) {
    std::string_view name = a.name();
    std::size_t colon = name.find(':');
    if ((colon == std::string_view::npos ? name : name.substr(colon + 1)) == local) return a.value();
  }
  return {};
}

int int_attr(const pugi::xml_node& n, int fallback) {
  std::string v = attr(n, "val");
  return v.empty() ? fallback : std::atoi(v.c_str());
}

std::string chinese_number(int n, bool legal) {
  static const char* small[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  static const char* capital[] = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
  const char** d = legal ? capital : small;
  const char* ten = legal ? "拾" : "十";
  if (n <= 0 || n >= 100) return std::to_string(n);
  if (n < 10) return d[n];
  std::string out = n / 10 == 1 ? "" : d[n / 10];
  out += ten;
  if (n % 10) out += d[n % 10];
  return out;
}

std::string roman(int n, bool upper) {
  if (n <= 0 || n >= 4000) return std::to_string(n);
  static const int values[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  static const char* digits[] = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
  std::string out;
  for (int i = 0; i < 13; ++i)
    while (n >= values[i]) out += digits[i], n -= values[i];
  if (upper)
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string format_number(int n, const std::string& format) {
  if (format == "chineseCounting" || format == "chineseCountingThousand" || format == "japaneseCounting" ||
      format == "ideographTraditional" || format == "taiwaneseCounting" || format == "taiwaneseCountingThousand")
    return chinese_number(n, false);
  if (format == "chineseLegalSimplified") return chinese_number(n, true);
  if (format == "lowerLetter" || format == "upperLetter") {
    if (n <= 0) return std::to_string(n);
    return std::string(static_cast<std::size_t>((n - 1) / 26 + 1), static_cast<char>((format[0] == 'l' ? 'a' : 'A') + (n - 1) % 26));
  }
  if (format == "lowerRoman") return roman(n, false);
  if (format == "upperRoman") return roman(n, true);
  if (format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese") {
    if (n >= 1 && n <= 20) {
      std::string out;
      char32_t c = 0x2460 + static_cast<char32_t>(n - 1);
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
      return out;
    }
  }
  return std::to_string(n);  // decimal, decimalZero, and what is not known
}

}  // namespace

void Numbering::load(const pugi::xml_document& numbering, const pugi::xml_document& styles) {
  pugi::xml_node root = numbering.first_child();
  for (pugi::xml_node n : root.children()) {
    std::string_view name = local_name(n);
    if (name == "abstractNum") {
      List list;
      list.levels.resize(kMaxLevels);
      for (pugi::xml_node lvl : n.children()) {
        if (local_name(lvl) != "lvl") continue;
        int i = std::atoi(attr(lvl, "ilvl").c_str());
        if (i < 0 || i >= kMaxLevels) continue;
        Level& l = list.levels[static_cast<std::size_t>(i)];
        if (pugi::xml_node f = child(lvl, "numFmt")) l.format = attr(f, "val");
        if (pugi::xml_node t = child(lvl, "lvlText")) l.text = attr(t, "val");
        if (pugi::xml_node s = child(lvl, "start")) l.start = int_attr(s, 1);
      }
      abstract_[attr(n, "abstractNumId")] = std::move(list);
    } else if (name == "num") {
      std::string id = attr(n, "numId");
      if (pugi::xml_node a = child(n, "abstractNumId")) nums_[id] = attr(a, "val");
      for (pugi::xml_node o : n.children()) {
        if (local_name(o) != "lvlOverride") continue;
        if (pugi::xml_node s = child(o, "startOverride"))
          start_overrides_[id][std::atoi(attr(o, "ilvl").c_str())] = int_attr(s, 1);
      }
    }
  }
  for (pugi::xml_node s : styles.first_child().children()) {
    if (local_name(s) != "style") continue;
    pugi::xml_node num = child(child(s, "pPr"), "numPr");
    if (!num) continue;
    pugi::xml_node id = child(num, "numId");
    if (!id) continue;
    style_numbers_[attr(s, "styleId")] = {attr(id, "val"), int_attr(child(num, "ilvl"), 0)};
  }
}

std::string Numbering::next_label(const pugi::xml_node& ppr) {
  std::string num_id;
  int level = 0;
  pugi::xml_node num = child(ppr, "numPr");
  if (pugi::xml_node style = child(ppr, "pStyle")) {
    auto it = style_numbers_.find(attr(style, "val"));
    if (it != style_numbers_.end()) num_id = it->second.first, level = it->second.second;
  }
  if (num) {
    if (pugi::xml_node id = child(num, "numId")) num_id = attr(id, "val");
    if (pugi::xml_node l = child(num, "ilvl")) level = int_attr(l, 0);
  }
  if (num_id.empty() || num_id == "0" || level < 0 || level >= kMaxLevels) return {};
  auto abstract = nums_.find(num_id);
  if (abstract == nums_.end()) return {};
  auto list = abstract_.find(abstract->second);
  if (list == abstract_.end()) return {};
  const std::vector<Level>& levels = list->second.levels;
  if (levels[static_cast<std::size_t>(level)].format == "bullet" || levels[static_cast<std::size_t>(level)].format == "none")
    return {};
  std::vector<int>& count = counters_[num_id];
  count.resize(kMaxLevels, 0);
  auto start_of = [&](int l) {
    auto o = start_overrides_.find(num_id);
    if (o != start_overrides_.end() && o->second.count(l)) return o->second.at(l);
    return levels[static_cast<std::size_t>(l)].start;
  };
  count[static_cast<std::size_t>(level)] =
      count[static_cast<std::size_t>(level)] == 0 ? start_of(level) : count[static_cast<std::size_t>(level)] + 1;
  for (int deeper = level + 1; deeper < kMaxLevels; ++deeper) count[static_cast<std::size_t>(deeper)] = 0;
  // "%1、": each %N is level N's number in that level's format.
  const std::string& text = levels[static_cast<std::size_t>(level)].text;
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
      int l = text[i + 1] - '1';
      int n = count[static_cast<std::size_t>(l)] == 0 ? start_of(l) : count[static_cast<std::size_t>(l)];
      out += format_number(n, levels[static_cast<std::size_t>(l)].format);
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace gongkai::inputs
