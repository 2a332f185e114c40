#include "inputs/docx/zip_entry.hpp"

#include <zip.h>

#include <memory>

#include "gongkai/error.hpp"

namespace gongkai::inputs {
namespace {

struct ZipDiscard {
  void operator()(zip_t* z) const noexcept { zip_discard(z); }
};
struct ZipFileClose {
  void operator()(zip_file_t* f) const noexcept { zip_fclose(f); }
};

[[noreturn]] void bad_zip(const std::string& zh, const std::string& en) {
  throw Error(Status::bad_file, zh + " / " + en);
}

}  // namespace

std::optional<std::string> read_zip_entry(std::string_view bytes, const char* name, std::size_t max_bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) bad_zip("无法读取 zip 文件", "cannot read the zip archive");
  zip_t* raw = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (!raw) {
    zip_source_free(source);
    std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    bad_zip("文件损坏或不是 zip 文件（Word 文件应为 zip）", "the file is damaged or not a zip archive (a Word file is one): " + why);
  }
  zip_error_fini(&error);
  std::unique_ptr<zip_t, ZipDiscard> archive(raw);
  zip_int64_t index = zip_name_locate(archive.get(), name, 0);
  if (index < 0) return std::nullopt;
  std::unique_ptr<zip_file_t, ZipFileClose> file(zip_fopen_index(archive.get(), static_cast<zip_uint64_t>(index), 0));
  if (!file)
    bad_zip(std::string("无法解压 ") + name + "（已加密或已损坏）",
            std::string("cannot unpack ") + name + " (encrypted or damaged): " + zip_strerror(archive.get()));
  // Read in chunks and stop at the limit: the size the archive declares
  // may lie.
  std::string out;
  char chunk[65536];
  while (true) {
    zip_int64_t n = zip_fread(file.get(), chunk, sizeof chunk);
    if (n < 0)
      bad_zip(std::string("解压 ") + name + " 出错（文件已损坏）",
              std::string("error while unpacking ") + name + " (damaged): " + zip_file_strerror(file.get()));
    if (n == 0) break;
    if (out.size() + static_cast<std::size_t>(n) > max_bytes)
      bad_zip(std::string(name) + " 解压后超过 " + std::to_string(max_bytes) + " 字节（可能是 zip 炸弹）",
              std::string(name) + " unpacks to more than " + std::to_string(max_bytes) + " bytes (a zip bomb?)");
    out.append(chunk, static_cast<std::size_t>(n));
  }
  return out;
}

}  // namespace gongkai::inputs
