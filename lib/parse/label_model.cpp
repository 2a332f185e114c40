#include "parse/label_model.hpp"

#include <algorithm>
#include <cmath>

#include "parse/label.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace gongkai::parsing {
namespace {

std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += n;
  }
  return out;
}

std::vector<std::uint64_t> pairs_of(std::string_view s) {
  auto cps = code_points(s);
  std::vector<std::uint64_t> out;
  for (std::size_t i = 0; i + 1 < cps.size(); ++i)
    out.push_back((static_cast<std::uint64_t>(cps[i]) << 32) | cps[i + 1]);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::uint64_t bloom_bit(std::uint64_t pair) { return std::uint64_t{1} << ((pair * 0x9E3779B97F4A7C15ull) >> 58); }

constexpr double kMinScore = 0.5;   // a fragment names a row when it holds half its weighted pairs
constexpr double kGroupHeading = 0.9;  // a group's heading alone, nearly whole
constexpr std::size_t kMaxJoin = 3;  // a label wrapped over at most three lines

}  // namespace

LabelModel::LabelModel(std::vector<RowLabel> rows) {
  for (auto& r : rows) {
    Entry e;
    e.own = pairs_of(r.own);
    e.group = pairs_of(r.group);
    e.own_text = r.own;
    e.heads_group = r.heads_group;
    rows_.push_back(std::move(e));
  }
  std::vector<std::uint64_t> all;
  for (const auto& e : rows_) {
    std::vector<std::uint64_t> both = e.own;
    both.insert(both.end(), e.group.begin(), e.group.end());
    std::sort(both.begin(), both.end());
    both.erase(std::unique(both.begin(), both.end()), both.end());
    all.insert(all.end(), both.begin(), both.end());
  }
  std::sort(all.begin(), all.end());
  for (std::size_t i = 0; i < all.size();) {
    std::size_t j = i;
    while (j < all.size() && all[j] == all[i]) ++j;
    frequency_.emplace_back(all[i], static_cast<int>(j - i));
    i = j;
  }
  for (auto& e : rows_) {
    for (auto p : e.own) e.own_weights.push_back(weight(p));
    for (auto p : e.group) e.group_weights.push_back(weight(p));
    for (auto p : e.own) e.bloom |= bloom_bit(p);
    for (auto p : e.group) e.bloom |= bloom_bit(p);
    for (double w : e.own_weights) e.own_weight += w;
    for (double w : e.group_weights) e.group_weight += w;
  }
}

double LabelModel::weight(std::uint64_t pair) const {
  auto it = std::lower_bound(frequency_.begin(), frequency_.end(), std::make_pair(pair, 0));
  int df = it != frequency_.end() && it->first == pair ? it->second : 1;
  return std::log(1.0 + static_cast<double>(rows_.size()) / df);
}

LabelModel::Fragment LabelModel::prepare(std::string_view fragment) {
  Fragment f;
  f.pairs = pairs_of(fragment);
  for (auto p : f.pairs) f.bloom |= bloom_bit(p);
  // Without its numbering, which compacting left as bare digits or numerals: 3其他, 七总计.
  auto cps = code_points(fragment);
  std::size_t skip = 0, bytes = 0;
  while (skip < cps.size() && ((cps[skip] >= U'0' && cps[skip] <= U'9') || is_chinese_numeral(cps[skip]))) {
    bytes += cps[skip] < 0x80 ? 1 : cps[skip] < 0x800 ? 2 : cps[skip] < 0x10000 ? 3 : 4;
    ++skip;
  }
  f.bare = std::string(fragment.substr(std::min(bytes, fragment.size())));
  return f;
}

double LabelModel::score(const Fragment& fragment, std::size_t row) const {
  const Entry& e = rows_[row];
  // Short labels: the fragment must be the words themselves.
  if (e.own.size() <= 2) return fragment.bare == e.own_text ? 1.0 : 0.0;
  if ((fragment.bloom & e.bloom) == 0) return 0;
  const auto& f = fragment.pairs;
  auto shared = [&](const std::vector<std::uint64_t>& want, const std::vector<double>& weights) {
    double s = 0;
    for (std::size_t k = 0; k < want.size(); ++k)
      if (std::binary_search(f.begin(), f.end(), want[k])) s += weights[k];
    return s;
  };
  double own = e.own_weight > 0 ? shared(e.own, e.own_weights) / e.own_weight : 0;
  double group = e.group_weight > 0 ? shared(e.group, e.group_weights) / e.group_weight : 0;
  if (own < kMinScore) return e.heads_group && group >= kGroupHeading ? 0.5 * group : 0;
  return own + 0.5 * group;
}

std::vector<long> anchor_labels(const TokenStream& stream, const LabelModel& model) {
  const std::size_t m = stream.labels.size(), rows = model.rows();
  std::vector<long> anchors(rows, -1);
  if (m == 0 || rows == 0) return anchors;
  // best[j][r]: the best total score with fragments < j and rows < r assigned.
  // Every fragment, alone and joined with the next one or two (a label
  // wrapped onto the next lines, no value between), scored once against
  // every row; -1 where the join is not possible.
  std::vector<double> scores(m * kMaxJoin * rows, -1);
  for (std::size_t j = 0; j < m; ++j) {
    std::string joined;
    for (std::size_t k = 0; k < kMaxJoin && j + k < m; ++k) {
      const StreamToken& t = stream.tokens[stream.labels[j + k]];
      if (k > 0) {
        const StreamToken& prev = stream.tokens[stream.labels[j + k - 1]];
        if (t.tok.line > prev.tok.line + 2 ||
            stream.values_before[stream.labels[j + k]] != stream.values_before[stream.labels[j + k - 1]])
          break;
      }
      joined += t.compact;
      LabelModel::Fragment f = LabelModel::prepare(joined);
      for (std::size_t r = 0; r < rows; ++r) scores[(j * kMaxJoin + k) * rows + r] = model.score(f, r);
    }
  }
  auto score_of = [&](std::size_t j, std::size_t k, std::size_t r) { return scores[(j * kMaxJoin + k) * rows + r]; };
  const double kNeg = -1e18;
  std::vector<double> best((m + 1) * (rows + 1), kNeg);
  std::vector<int> how((m + 1) * (rows + 1), 0);  // 1 skip fragment, 2 skip row, 10+k: fragments j-k.. to row r-1
  auto at = [&](std::size_t j, std::size_t r) -> std::size_t { return j * (rows + 1) + r; };
  best[at(0, 0)] = 0;
  for (std::size_t j = 0; j <= m; ++j)
    for (std::size_t r = 0; r <= rows; ++r) {
      double cur = best[at(j, r)];
      if (cur == kNeg) continue;
      if (j < m && cur > best[at(j + 1, r)]) {
        best[at(j + 1, r)] = cur;
        how[at(j + 1, r)] = 1;
      }
      if (r < rows && cur > best[at(j, r + 1)]) {
        best[at(j, r + 1)] = cur;
        how[at(j, r + 1)] = 2;
      }
      if (j == m || r == rows) continue;
      for (std::size_t k = 0; k < kMaxJoin && j + k < m; ++k) {
        double s = score_of(j, k, r);
        if (s < 0) break;
        if (s == 0) continue;
        double v = cur + s - 0.05 * static_cast<double>(k);
        if (v > best[at(j + k + 1, r + 1)]) {
          best[at(j + k + 1, r + 1)] = v;
          how[at(j + k + 1, r + 1)] = 10 + static_cast<int>(k + 1);
        }
      }
    }
  std::size_t j = m, r = rows;
  while (j > 0 || r > 0) {
    int h = how[at(j, r)];
    if (h == 1) {
      --j;
    } else if (h == 2) {
      --r;
    } else if (h >= 10) {
      std::size_t k = static_cast<std::size_t>(h - 10);
      j -= k;
      --r;
      anchors[r] = static_cast<long>(stream.labels[j]);
    } else {
      break;
    }
  }
  return anchors;
}

std::vector<RowLabel> row_labels_from_template(const std::vector<std::string>& printed_labels,
                                               const std::vector<std::string>& row_keys) {
  std::vector<RowLabel> out;
  std::string group, group_prefix;
  for (std::size_t i = 0; i < printed_labels.size(); ++i) {
    // The template's labels normalized as the text is (full-width brackets
    // and digits to ASCII), so that numbering is recognized alike.
    const std::string label = text::normalize_line(printed_labels[i]);
    const std::string& key = row_keys[i];
    std::string prefix = key.substr(0, key.rfind('.') == std::string::npos ? 0 : key.rfind('.'));
    RowLabel r;
    auto space = label.rfind(' ');
    if (space != std::string::npos) {
      group = compact_label(label.substr(0, space), false);  // 第二十条第（八）项: its bracket is the point
      group_prefix = prefix;
      r.own = compact_label(label.substr(space + 1), true);
      r.heads_group = true;
    } else {
      r.own = compact_label(label, true);
      if (prefix.empty() || prefix != group_prefix) group.clear();
    }
    r.group = group;
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace gongkai::parsing
