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

}  // namespace gongkai::serialize
