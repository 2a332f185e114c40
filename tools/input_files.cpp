#include "input_files.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

#include <sys/stat.h>

#include "gongkai/inputs.hpp"
#include "text/utf8.hpp"

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

// Appends the report texts under `folder` (and its folders, not following
// links to folders) to `found`. A folder that cannot be listed becomes an
// entry with its error, so that it is reported in its turn and the run
// exits 2, rather than silently giving fewer reports.
void walk_folder(const fs::path& folder, std::vector<InputFile>& found) {
  std::error_code ec;
  fs::directory_iterator it(folder, ec), end;
  auto cannot_read = [&](const std::error_code& e) {
    found.push_back({folder.string(), "无法读取文件夹 / cannot read folder: " + e.message()});
  };
  if (ec) return cannot_read(ec);
  for (; it != end; it.increment(ec)) {
    if (ec) return cannot_read(ec);
    std::error_code type_ec;
    const fs::directory_entry& entry = *it;
    if (entry.is_directory(type_ec) && !entry.is_symlink(type_ec))
      walk_folder(entry.path(), found);
    else if (entry.is_regular_file(type_ec) && is_report_text(entry.path()))
      found.push_back({entry.path().string(), {}});
  }
  if (ec) cannot_read(ec);
}

[[noreturn]] void throw_io(const std::string& zh, const std::string& en, int err) {
  std::string reason = err ? std::string(": ") + std::strerror(err) : std::string();
  throw Error(Status::io_error, zh + " / " + en + reason);
}

// Appends everything f holds to data, up to max_bytes + 1 bytes; false on a
// read error. Reading stops after the first block when that block is
// already binary data that is no file kind the front ends read (the parser
// then refuses it as such): /dev/urandom or
// a 1 GB image is refused at once, not after reading up to the limit.
bool read_all(std::FILE* f, std::string& data, std::size_t max_bytes) {
  char buf[1 << 16];
  std::size_t n;
  bool first = true;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    data.append(buf, n);
    if (data.size() > max_bytes) break;
    // A PDF or a zip (Word) is binary and read whole; other binary data is not.
    if (first && text::looks_binary(data) && detect_input_kind(data) == InputKind::text) break;
    first = false;
  }
  return std::ferror(f) == 0;
}

[[noreturn]] void throw_too_large(std::uint64_t size, std::size_t max_bytes) {
  throw Error(Status::too_large, "输入超过大小上限 / input of " + std::to_string(size) +
                                     " bytes is larger than the limit of " + std::to_string(max_bytes) + " bytes");
}

void check_size(const std::string& data, std::size_t max_bytes) {
  if (data.size() > max_bytes) throw_too_large(data.size(), max_bytes);
}

}  // namespace

std::vector<InputFile> expand_inputs(const std::vector<std::string>& paths) {
  std::vector<InputFile> out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (p != "-" && fs::is_directory(p, ec)) {
      // Sorted by path bytes, so that a batch's output order never depends
      // on the order the file system happens to list entries in.
      std::vector<InputFile> found;
      walk_folder(p, found);
      std::sort(found.begin(), found.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
      for (auto& f : found) out.push_back(std::move(f));
    } else
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
  // A file that says how large it is is refused before any byte is read.
  struct stat st;
  const bool regular = ::fstat(::fileno(f), &st) == 0 && S_ISREG(st.st_mode);
  if (regular && static_cast<std::uint64_t>(st.st_size) > max_bytes) {
    std::fclose(f);
    throw_too_large(static_cast<std::uint64_t>(st.st_size), max_bytes);
  }
  std::string data;
  // Read into a buffer of the file's size: grown by doubling, it held up to
  // twice the input for as long as the report was being read.
  if (regular && st.st_size > 0) data.reserve(static_cast<std::size_t>(st.st_size) + 1);
  bool ok = read_all(f, data, max_bytes);
  int err = errno;
  std::fclose(f);
  if (!ok) throw_io("读取文件出错", "error reading file", err);
  check_size(data, max_bytes);
  return data;
}

}  // namespace gongkai::cli
