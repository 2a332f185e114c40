// The names already seen in one JSON object, to refuse a name given twice.
// Most objects of a report have a handful of members, checked by a linear
// scan without allocating; a large one (the "fields" object has about 200)
// moves to a hash set, so a hostile object of a million members stays linear.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <unordered_set>

namespace gongkai::serialize {

class MemberNames {
 public:
  /// False when `name` was inserted before. The view must outlive this object.
  bool insert(std::string_view name) {
    if (count_ < few_.size()) {
      for (std::size_t i = 0; i < count_; ++i)
        if (few_[i] == name) return false;
      few_[count_++] = name;
      return true;
    }
    if (many_.empty()) many_.insert(few_.begin(), few_.end());
    return many_.insert(name).second;
  }

 private:
  std::array<std::string_view, 16> few_{};
  std::size_t count_ = 0;
  std::unordered_set<std::string_view> many_;
};

}  // namespace gongkai::serialize
