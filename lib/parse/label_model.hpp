// Which template row a fragment of label text names, by the rare character
// pairs they share. Extraction wraps labels over lines, spaces their
// characters apart, cuts them short and (OCR) garbles characters; what
// survives is most of the pairs of adjacent characters, and the rare pairs
// (不掌握, 国家秘密) tell rows apart where the common ones (信息, 申请) do not.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parse/token_stream.hpp"

namespace gongkai::parsing {

struct RowLabel {
  std::string own;    ///< the row's own words, compact: "属于国家秘密"
  std::string group;  ///< its group's heading, compact: "不予公开" (empty when none)
  bool heads_group = false;  ///< the group's first row: its heading alone names it
};

class LabelModel {
 public:
  explicit LabelModel(std::vector<RowLabel> rows);

  /// The text without its leading numbering, which compacting left as bare
  /// digits or numerals (3其他, 七总计).
  static std::string_view without_numbering(std::string_view compact_fragment);

  /// How well a fragment names each row, tallied as its distinct character
  /// pairs come (a label joined with the next lines' fragments adds only
  /// the pairs its join brings), through an index from pair to the rows
  /// holding it. A score is the share of the row's own pairs (weighted by
  /// rarity) that the fragment holds, plus half that of its group's; 0 when
  /// it names the row too weakly to count, except that a group's heading
  /// alone names the group's first row (at half weight). A row whose own
  /// words are two or three characters ("其他", "总计") needs them whole.
  struct RowScore {
    std::uint32_t row;
    double score;
  };
  class Tally {
   public:
    explicit Tally(const LabelModel& model);
    /// A new fragment, with no pairs yet.
    void start();
    /// Pairs the fragment did not hold before.
    void add(const std::uint64_t* pairs, std::size_t count);
    /// The rows the fragment so far names (a positive score), appended to
    /// out in no particular order; `bare` is its text without numbering.
    void named(std::string_view bare, std::vector<RowScore>& out) const;

   private:
    const LabelModel& model_;
    std::vector<double> sums_;  // the own shares at [0, rows), the group's at [rows, 2 rows)
    std::vector<std::uint32_t> touched_;  // the rows a pair has reached, in that order
    std::vector<char> marked_;
  };

  std::size_t rows() const noexcept { return rows_.size(); }

 private:
  struct Entry {
    double own_weight = 0, group_weight = 0;  // the sum of the weights of its distinct pairs
    bool short_label = false;  // two or three characters: matched whole
    bool heads_group = false;
    std::string own_text;
  };
  struct Posting {  // a row holding a pair, in its own words or its group's
    std::uint64_t pair;
    std::uint32_t row;
    bool group;
    double weight;
  };
  std::vector<Entry> rows_;
  // What scoring reads of a posting (a row holding a pair), by pair: where
  // its weight is summed (the row's own share at row, its group's at rows + row).
  struct Hit {
    double weight;
    std::uint32_t sum_at, row;
  };
  std::vector<Hit> hits_;
  // Where each pair's postings are: an open-addressing table from pair to
  // its range of hits_, so that a fragment's pair is found in a probe or
  // two (a binary search over the postings was most of the scoring).
  struct PairRange {
    std::uint64_t pair = 0;
    std::uint32_t begin = 0, end = 0;  // end == 0: an empty slot
  };
  std::vector<PairRange> pair_table_;
  std::uint64_t pair_mask_ = 0;
  const PairRange* find_pair(std::uint64_t pair) const noexcept;
  std::vector<std::uint32_t> short_rows_;  // the rows whose label is short
};

/// For each template row, the index (into stream.tokens) of the label
/// fragment that names it, or -1: the best monotone assignment of fragments
/// (alone, or two or three adjacent ones joined: a wrapped label) to rows
/// in template order.
std::vector<long> anchor_labels(const TokenStream& stream, const LabelModel& model);

/// Compact row labels of a template's rows from fields.tsv labels: the part
/// after a space is the row's own, the part before its group's heading
/// (given once, on the group's first row, and carried to the rest of the
/// group: rows whose keys share the prefix before the last dot).
std::vector<RowLabel> row_labels_from_template(const std::vector<std::string>& printed_labels,
                                               const std::vector<std::string>& row_keys);

}  // namespace gongkai::parsing
