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

  /// A fragment ready to score: its distinct character pairs, sorted, and
  /// its text without leading numbering.
  struct Fragment {
    std::vector<std::uint64_t> pairs;
    std::uint64_t bloom = 0;  ///< one bit per pair: most rows share none, and are passed over at once
    std::string bare;
  };
  static Fragment prepare(std::string_view compact_fragment);

  /// How well a compact fragment names row r: the share of the row's own
  /// pairs (weighted by rarity) that the fragment holds, plus half that of
  /// its group's; 0 when it names the row too weakly to count, except that
  /// a group's heading alone names the group's first row (at half weight). A row whose
  /// own words are two or three characters ("其他", "总计") needs them whole.
  double score(const Fragment& fragment, std::size_t row) const;
  std::size_t rows() const noexcept { return rows_.size(); }

 private:
  struct Entry {
    std::vector<std::uint64_t> own, group;  // distinct pairs
    std::vector<double> own_weights, group_weights;  // the weight of each
    std::uint64_t bloom = 0;  // of own and group pairs
    double own_weight = 0, group_weight = 0;
    bool heads_group = false;
    std::string own_text;
  };
  double weight(std::uint64_t pair) const;
  std::vector<Entry> rows_;
  std::vector<std::pair<std::uint64_t, int>> frequency_;  // sorted by pair: rows holding it
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
