#include "input_files.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace gongkai::cli {
namespace fs = std::filesystem;

namespace {

bool is_report_text(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext != ".txt" && ext != ".md" && ext != ".text" && ext != ".pdf" && ext != ".html" && ext != ".htm" &&
      ext != ".docx")
    return false;
  // A folder's own notes (README.md, LICENSE.txt) are not reports.
  std::string stem = p.stem().string();
  std::transform(stem.begin(), stem.end(), stem.begin(), [](unsigned char c) { return std::tolower(c); });
  return stem != "readme" && stem != "license" && stem != "changelog";
}

void walk_folder(const std::string& folder, std::vector<InputFile>& out) {
  std::vector<std::string> found;
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
  if (ec) {
    out.push_back({folder, "无法读取文件夹 / cannot read folder: " + ec.message()});
    return;
  }
  for (; it != end; it.increment(ec)) {
    if (ec) {
      out.push_back({folder, "无法读取文件夹 / cannot read folder: " + ec.message()});
      return;
    }
    std::error_code type_ec;
    if (it->is_regular_file(type_ec) && is_report_text(it->path())) found.push_back(it->path().string());
  }
  // Sorted by path bytes, so that a batch's output order never depends on the
  // order the file system happens to list entries in.
  std::sort(found.begin(), found.end());
  for (auto& f : found) out.push_back({std::move(f), {}});
}

[[noreturn]] void throw_io(const std::string& zh, const std::string& en, int err) {
  std::string reason = err ? std::string(": ") + std::strerror(err) : std::string();
  throw Error(Status::io_error, zh + " / " + en + reason);
}

// Appends everything f holds to data, up to max_bytes + 1 bytes; false on a
// read error.
bool read_all(std::FILE* f, std::string& data, std::size_t max_bytes) {
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    data.append(buf, n);
    if (data.size() > max_bytes) break;
  }
  return std::ferror(f) == 0;
}

void check_size(const std::string& data, std::size_t max_bytes) {
  if (data.size() > max_bytes)
    throw Error(Status::too_large, "输入超过大小上限 / input is larger than the limit of " + std::to_string(max_bytes) +
                                       " bytes");
}

}  // namespace

std::vector<InputFile> expand_inputs(const std::vector<std::string>& paths) {
  std::vector<InputFile> out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (p != "-" && fs::is_directory(p, ec))
      walk_folder(p, out);
    else
      out.push_back({p, {}});
  }
  return out;
}

std::string read_input(const InputFile& input, std::size_t max_bytes) {
  if (!input.listing_error.empty()) throw Error(Status::io_error, input.listing_error);
  if (input.path == "-") {
    std::string data;
    if (!read_all(stdin, data, max_bytes)) throw_io("无法读取标准输入", "cannot read standard input", errno);
    check_size(data, max_bytes);
    return data;
  }
  std::error_code ec;
  if (fs::is_directory(input.path, ec)) throw_io("这是一个文件夹", "is a folder", EISDIR);
  std::FILE* f = std::fopen(input.path.c_str(), "rb");
  if (!f) throw_io("无法读取文件", "cannot read file", errno);
  std::string data;
  bool ok = read_all(f, data, max_bytes);
  int err = errno;
  std::fclose(f);
  if (!ok) throw_io("读取文件出错", "error reading file", err);
  check_size(data, max_bytes);
  return data;
}

}  // namespace gongkai::cli
