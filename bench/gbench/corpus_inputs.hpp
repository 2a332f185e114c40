// The inputs the benchmarks run on: the dev corpus in ../shared when it is
// there (real report texts are read by path, never copied into the project),
// else the bundled samples; and a report repeated to any size for the
// scaling curve.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace gongkai::bench {

struct InputFile {
  std::string name;
  std::string bytes;
};

inline std::string read_bytes(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The files directly in `dir` with the extension, sorted by name.
inline std::vector<InputFile> files_in(const std::string& dir, const std::string& extension) {
  std::vector<std::filesystem::path> paths;
  std::error_code ec;
  for (auto it = std::filesystem::directory_iterator(dir, ec); !ec && it != std::filesystem::directory_iterator();
       ++it)
    if (it->is_regular_file() && it->path().extension() == extension && it->path().filename() != "README.md")
      paths.push_back(it->path());
  std::sort(paths.begin(), paths.end());
  std::vector<InputFile> out;
  for (const auto& p : paths) out.push_back({p.filename().string(), read_bytes(p)});
  return out;
}

/// The corpus's files of one kind (".txt", ".html", ".docx", ".pdf"),
/// searched in the corpus folder and its subfolders named by the kind.
inline std::vector<InputFile> corpus_files(const std::string& extension) {
  const std::string dev = std::string(GONGKAI_SHARED_DIR) + "/corpus/dev";
  auto out = files_in(dev, extension);
  auto sub = files_in(dev + "/" + extension.substr(1), extension);
  out.insert(out.end(), sub.begin(), sub.end());
  if (out.empty() && extension == ".txt") out = files_in(GONGKAI_SAMPLES_DIR, ".txt");
  return out;
}

/// A text of about `bytes` bytes: the corpus's report texts one after
/// another, repeated, cut at a line end. Tables repeat, so the parser works
/// as hard on every megabyte.
inline std::string text_of_size(std::size_t bytes) {
  static const std::vector<InputFile> texts = corpus_files(".txt");
  std::string out;
  out.reserve(bytes + 4096);
  for (std::size_t k = 0; out.size() < bytes && !texts.empty(); ++k) out += texts[k % texts.size()].bytes + "\n";
  if (out.size() > bytes) {
    std::size_t cut = out.rfind('\n', bytes);
    out.resize(cut == std::string::npos ? bytes : cut + 1);
  }
  return out;
}

}  // namespace gongkai::bench
