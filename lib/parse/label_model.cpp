#include "parse/label_model.hpp"

#include <algorithm>
#include <cmath>

#include "parse/label.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace gongkai::parsing {
namespace {

// The next code point of s at i, advancing i (a cut sequence reads as what it has).
char32_t next_code_point(std::string_view s, std::size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c >= 0xE0 && c < 0xF0 && i + 3 <= s.size()) {  // most of a label: CJK, three bytes
    const char32_t cp = (static_cast<char32_t>(c & 0x0F) << 12) |
                        (static_cast<char32_t>(static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
                        (static_cast<unsigned char>(s[i + 2]) & 0x3F);
    i += 3;
    return cp;
  }
  std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n;
  return cp;
}

// Fibonacci hashing: the pair's code points are mixed into the high bits.
std::uint64_t pair_hash(std::uint64_t pair) { return (pair * 0x9E3779B97F4A7C15ull) >> 20; }

// The distinct pairs of a fragment and of its joins with the next
// fragments, gathered as the text goes (a join adds the pair where the
// parts meet and the next part's pairs): no fragment is read or sorted
// twice. Scoring needs the pairs distinct, not in order.
class PairGatherer {
 public:
  void start(std::vector<std::uint64_t>& pairs) {
    pairs.clear();
    have_prev_ = false;
    ++stamp_;
    if (stamp_ == 0) std::fill(stamps_.begin(), stamps_.end(), 0), stamp_ = 1;
  }
  void add_text(std::string_view s, std::vector<std::uint64_t>& pairs) {
    for (std::size_t i = 0; i < s.size();) {
      const char32_t cp = next_code_point(s, i);
      if (have_prev_) add((static_cast<std::uint64_t>(prev_) << 32) | cp, pairs);
      prev_ = cp;
      have_prev_ = true;
    }
  }

 private:
  void add(std::uint64_t pair, std::vector<std::uint64_t>& pairs) {
    if (2 * (pairs.size() + 1) > slots_.size()) grow(pairs);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t h = pair_hash(pair) & mask;; h = (h + 1) & mask) {
      if (stamps_[h] != stamp_) {
        stamps_[h] = stamp_;
        slots_[h] = pair;
        pairs.push_back(pair);
        return;
      }
      if (slots_[h] == pair) return;
    }
  }
  // Twice the slots, holding the pairs gathered so far.
  void grow(const std::vector<std::uint64_t>& pairs) {
    slots_.assign(std::max<std::size_t>(64, 2 * slots_.size()), 0);
    stamps_.assign(slots_.size(), 0);
    stamp_ = 1;
    const std::size_t mask = slots_.size() - 1;
    for (std::uint64_t pair : pairs) {
      std::size_t h = pair_hash(pair) & mask;
      while (stamps_[h] == stamp_) h = (h + 1) & mask;
      stamps_[h] = stamp_;
      slots_[h] = pair;
    }
  }
  std::vector<std::uint64_t> slots_;
  std::vector<std::uint32_t> stamps_;
  std::uint32_t stamp_ = 0;
  char32_t prev_ = 0;
  bool have_prev_ = false;
};

// The distinct pairs of adjacent code points of s, sorted.
std::vector<std::uint64_t> pairs_of(std::string_view s) {
  std::vector<std::uint64_t> out;
  PairGatherer gather;
  gather.start(out);
  gather.add_text(s, out);
  std::sort(out.begin(), out.end());
  return out;
}

constexpr double kMinScore = 0.5;   // a fragment names a row when it holds half its weighted pairs
constexpr double kGroupHeading = 0.9;  // a group's heading alone, nearly whole
constexpr std::size_t kMaxJoin = 3;  // a label wrapped over at most three lines

}  // namespace

LabelModel::LabelModel(std::vector<RowLabel> rows) {
  std::vector<Posting> postings;  // (pair, row) sorted by pair
  // How many rows hold each pair, in their own words or their group's.
  std::vector<std::uint64_t> all;
  std::vector<std::vector<std::uint64_t>> own(rows.size()), group(rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r) {
    own[r] = pairs_of(rows[r].own);
    group[r] = pairs_of(rows[r].group);
    std::vector<std::uint64_t> both = own[r];
    both.insert(both.end(), group[r].begin(), group[r].end());
    std::sort(both.begin(), both.end());
    both.erase(std::unique(both.begin(), both.end()), both.end());
    all.insert(all.end(), both.begin(), both.end());
  }
  std::sort(all.begin(), all.end());
  auto weight = [&](std::uint64_t pair) {
    auto range = std::equal_range(all.begin(), all.end(), pair);
    auto df = std::max<std::ptrdiff_t>(1, range.second - range.first);
    return std::log(1.0 + static_cast<double>(rows.size()) / static_cast<double>(df));
  };
  for (std::size_t r = 0; r < rows.size(); ++r) {
    Entry e;
    e.own_text = rows[r].own;
    e.heads_group = rows[r].heads_group;
    e.short_label = own[r].size() <= 2;
    for (auto p : own[r]) {
      double w = weight(p);
      e.own_weight += w;
      postings.push_back(Posting{p, static_cast<std::uint32_t>(r), false, w});
    }
    for (auto p : group[r]) {
      double w = weight(p);
      e.group_weight += w;
      postings.push_back(Posting{p, static_cast<std::uint32_t>(r), true, w});
    }
    if (e.short_label) short_rows_.push_back(static_cast<std::uint32_t>(r));
    rows_.push_back(std::move(e));
  }
  std::sort(postings.begin(), postings.end(), [](const Posting& a, const Posting& b) {
    return a.pair != b.pair ? a.pair < b.pair : a.row != b.row ? a.row < b.row : a.group < b.group;
  });
  for (const Posting& p : postings)
    hits_.push_back(Hit{p.weight, static_cast<std::uint32_t>(p.row + (p.group ? rows_.size() : 0)), p.row});
  std::size_t slots = 16;
  while (slots < 2 * postings.size()) slots *= 2;  // at most half full
  pair_table_.assign(slots, PairRange{});
  pair_mask_ = slots - 1;
  for (std::size_t b = 0; b < postings.size();) {
    std::size_t e = b;
    while (e < postings.size() && postings[e].pair == postings[b].pair) ++e;
    std::uint64_t h = pair_hash(postings[b].pair) & pair_mask_;
    while (pair_table_[h].end != 0) h = (h + 1) & pair_mask_;
    pair_table_[h] = PairRange{postings[b].pair, static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
    b = e;
  }
}

const LabelModel::PairRange* LabelModel::find_pair(std::uint64_t pair) const noexcept {
  for (std::uint64_t h = pair_hash(pair) & pair_mask_;; h = (h + 1) & pair_mask_) {
    const PairRange& slot = pair_table_[h];
    if (slot.end == 0) return nullptr;
    if (slot.pair == pair) return &slot;
  }
}

std::string_view LabelModel::without_numbering(std::string_view fragment) {
  // Without its numbering, which compacting left as bare digits or numerals: 3其他, 七总计.
  std::size_t bytes = 0;
  while (bytes < fragment.size()) {
    std::size_t next = bytes;
    char32_t cp = next_code_point(fragment, next);
    if (!((cp >= U'0' && cp <= U'9') || is_chinese_numeral(cp))) break;
    bytes = next;
  }
  return fragment.substr(std::min(bytes, fragment.size()));
}

LabelModel::Tally::Tally(const LabelModel& model)
    : model_(model), sums_(2 * model.rows_.size(), 0.0), marked_(model.rows_.size(), 0) {
  touched_.reserve(model.rows_.size());
}

void LabelModel::Tally::start() {
  const std::size_t n = model_.rows_.size();
  for (std::uint32_t r : touched_) sums_[r] = sums_[n + r] = 0, marked_[r] = 0;
  touched_.clear();
}

void LabelModel::Tally::add(const std::uint64_t* pairs, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    const PairRange* range = model_.find_pair(pairs[i]);
    if (range == nullptr) continue;
    for (std::uint32_t k = range->begin; k < range->end; ++k) {
      const Hit& hit = model_.hits_[k];
      if (!marked_[hit.row]) {
        marked_[hit.row] = 1;
        touched_.push_back(hit.row);
      }
      sums_[hit.sum_at] += hit.weight;
    }
  }
}

void LabelModel::Tally::named(std::string_view bare, std::vector<RowScore>& out) const {
  const std::size_t n = model_.rows_.size();
  const double* group_shared = sums_.data() + n;
  for (std::uint32_t r : touched_) {
    const Entry& e = model_.rows_[r];
    if (e.short_label) continue;
    double own = e.own_weight > 0 ? sums_[r] / e.own_weight : 0;
    double group = e.group_weight > 0 ? group_shared[r] / e.group_weight : 0;
    const double score = own < kMinScore ? (e.heads_group && group >= kGroupHeading ? 0.5 * group : 0) : own + 0.5 * group;
    if (score > 0) out.push_back(RowScore{r, score});
  }
  // Short labels: the fragment must be the words themselves.
  for (std::uint32_t r : model_.short_rows_)
    if (bare == model_.rows_[r].own_text) out.push_back(RowScore{r, 1.0});
}

namespace {

// A label wrapped in its cell around its row's values (pdftotext -layout
// prints the row's line between the label's halves): the two fragments on
// the lines just before and after one line that holds only values.
bool wrapped_around_values(const TokenStream& stream, std::size_t before, std::size_t after) {
  const std::size_t line = stream.tokens[before].tok.line + 1;
  if (stream.tokens[after].tok.line != line + 1) return false;
  for (std::size_t t = before + 1; t < after; ++t)
    if (stream.tokens[t].label || stream.tokens[t].tok.line != line) return false;
  return stream.values_before[after] > stream.values_before[before];
}

}  // namespace

std::vector<long> anchor_labels(const TokenStream& stream, const LabelModel& model) {
  const std::size_t m = stream.labels.size(), rows = model.rows();
  std::vector<long> anchors(rows, -1);
  if (m == 0 || rows == 0) return anchors;
  // best[j][r]: the best total score with fragments < j and rows < r assigned.
  // Every fragment, alone and joined with the next one or two (a label
  // wrapped onto the next lines, no value between), scored once against
  // every row; kept are the rows it names (a positive score), few of all.
  std::vector<LabelModel::RowScore> named;
  std::vector<std::uint32_t> named_end(m * kMaxJoin + 1, 0);  // fragment j joined k further: named[end(jk - 1), end(jk))
  std::vector<std::uint64_t> pairs;  // the distinct pairs of a fragment and its joins so far
  LabelModel::Tally tally(model);
  PairGatherer gather;
  std::string joined;
  for (std::size_t j = 0; j < m; ++j) {
    joined.clear();
    gather.start(pairs);
    tally.start();
    bool joins = true;  // the fragments so far join (no value between, at most a line apart)
    for (std::size_t k = 0; k < kMaxJoin; ++k) {
      const std::size_t slot = j * kMaxJoin + k;
      named_end[slot + 1] = named_end[slot];
      joins = joins && j + k < m;
      if (joins && k > 0) {
        const StreamToken& t = stream.tokens[stream.labels[j + k]];
        const StreamToken& prev = stream.tokens[stream.labels[j + k - 1]];
        joins = t.tok.line <= prev.tok.line + 2 &&
                (stream.values_before[stream.labels[j + k]] == stream.values_before[stream.labels[j + k - 1]] ||
                 wrapped_around_values(stream, stream.labels[j + k - 1], stream.labels[j + k]));
      }
      if (!joins) continue;  // nor any longer join: the ranges after stay empty
      const StreamToken& t = stream.tokens[stream.labels[j + k]];
      joined += t.compact;
      const std::size_t had = pairs.size();
      gather.add_text(t.compact, pairs);
      tally.add(pairs.data() + had, pairs.size() - had);
      tally.named(LabelModel::without_numbering(joined), named);
      named_end[slot + 1] = static_cast<std::uint32_t>(named.size());
    }
  }
  const double kNeg = -1e18;
  std::vector<double> best((m + 1) * (rows + 1), kNeg);
  std::vector<int> how((m + 1) * (rows + 1), 0);  // 1 skip fragment, 2 skip row, 10+k: fragments j-k.. to row r-1
  auto at = [&](std::size_t j, std::size_t r) -> std::size_t { return j * (rows + 1) + r; };
  best[at(0, 0)] = 0;
  // Fragment by fragment: a state's best comes from leaving the fragment
  // before out or the row before out (in that order, the first best kept),
  // after the joins that end there, which the fragments before gave it.
  for (std::size_t j = 0; j <= m; ++j) {
    for (std::size_t r = 0; r <= rows; ++r) {
      if (j > 0 && best[at(j - 1, r)] > best[at(j, r)]) {
        best[at(j, r)] = best[at(j - 1, r)];
        how[at(j, r)] = 1;
      }
      if (r > 0 && best[at(j, r - 1)] > best[at(j, r)]) {
        best[at(j, r)] = best[at(j, r - 1)];
        how[at(j, r)] = 2;
      }
    }
    if (j == m) break;
    for (std::size_t k = 0; k < kMaxJoin; ++k) {
      const std::size_t slot = j * kMaxJoin + k;
      for (std::uint32_t o = named_end[slot]; o < named_end[slot + 1]; ++o) {
        const std::size_t r = named[o].row;
        const double cur = best[at(j, r)];
        if (cur == kNeg) continue;
        const double v = cur + named[o].score - 0.05 * static_cast<double>(k);
        if (v > best[at(j + k + 1, r + 1)]) {
          best[at(j + k + 1, r + 1)] = v;
          how[at(j + k + 1, r + 1)] = 10 + static_cast<int>(k + 1);
        }
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
