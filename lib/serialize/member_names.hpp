// The names already seen in one JSON object, to refuse a name given twice.
// Most objects of a report have a handful of members, checked by a linear
// scan without allocating; a large one (the "fields" object has about 200)
// moves to a hash set, so a hostile object of a million members stays linear.
#pragma once

#include <cstring>
#include <memory>
#include <cstddef>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace gongkai::serialize {

class MemberNames {
 public:
  /// False when `name` was inserted before. The view must outlive this object.
  bool insert(std::string_view name) {
    if (count_ < kFew) {
      for (std::size_t i = 0; i < count_; ++i)
        if (size_[i] == name.size() && std::memcmp(data_[i], name.data(), name.size()) == 0) return false;
      data_[count_] = name.data();
      size_[count_++] = name.size();
      return true;
    }
    if (!many_) {
      many_ = std::make_unique<std::unordered_set<std::string_view>>();
      for (std::size_t i = 0; i < kFew; ++i) many_->emplace(data_[i], size_[i]);
    }
    return many_->insert(name).second;
  }

 private:
  // One of these is made for every object read (each cell and each span):
  // the names are not zeroed (only the first count_ are read) and the hash
  // set is made only for a large object.
  static constexpr std::size_t kFew = 16;
  const char* data_[kFew];  // plain arrays: left unset until used
  std::size_t size_[kFew];
  std::size_t count_ = 0;
  std::unique_ptr<std::unordered_set<std::string_view>> many_;
};

/// The names of an object whose members mostly come in an order known
/// beforehand, some left out (the "fields" object: the keys of the report's
/// template in the template's order). While each name is found further on
/// in `expected` than the one before, it differs from every name before it
/// (those were found earlier in a list of distinct names), and nothing is
/// hashed; the first name that is not switches to MemberNames, given every
/// name seen so far. Each insert is amortized O(1): the place in `expected`
/// only moves forward.
class OrderedNames {
 public:
  /// `expected` must hold distinct names; it and the views inserted must
  /// outlive this object.
  explicit OrderedNames(const std::vector<std::string_view>& expected) : expected_(expected) {}

  /// False when `name` was inserted before.
  bool insert(std::string_view name) {
    if (!general_) {
      while (next_ < expected_.size())
        if (expected_[next_++] == name) {
          seen_.push_back(name);
          return true;
        }
      general_ = true;
      for (std::string_view n : seen_) all_.insert(n);
      seen_.clear();
    }
    return all_.insert(name);
  }

 private:
  const std::vector<std::string_view>& expected_;
  std::size_t next_ = 0;
  bool general_ = false;
  std::vector<std::string_view> seen_;
  MemberNames all_;
};

}  // namespace gongkai::serialize
