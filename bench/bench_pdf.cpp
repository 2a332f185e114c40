// PDF reading speed on one core: the dev corpus's published PDFs read again
// and again, front end alone (file_text: fonts, content streams, layout) and
// end to end (parse_bytes: the report reader and validation too). Prints
// pages per second.
//
//   build/bench/bench_pdf [seconds per measure, default 3] [PDF files...]
#include <qpdf/QPDF.hh>

#include "timing.hpp"
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "gbench/corpus_inputs.hpp"
#include "gongkai/inputs.hpp"

namespace fs = std::filesystem;

namespace {

struct Pdf {
  std::string name;
  std::string bytes;
  int pages = 0;
};

Pdf load(const fs::path& path) {
  Pdf p{path.filename().string(), gongkai::bench::read_bytes(path), 0};
  QPDF q;
  q.setSuppressWarnings(true);
  q.processMemoryFile(p.name.c_str(), p.bytes.data(), p.bytes.size());
  p.pages = static_cast<int>(q.getAllPages().size());
  return p;
}

template <class F>
void measure(const char* what, const std::vector<Pdf>& pdfs, double seconds, F&& run) {
  auto start = gongkai::bench::Clock::now();
  long pages = 0, files = 0;
  double elapsed = 0;
  do {
    for (const Pdf& p : pdfs) {
      run(p);
      pages += p.pages;
      ++files;
    }
    elapsed = gongkai::bench::seconds_since(start);
  } while (elapsed < seconds);
  std::printf("%-34s %8.1f pages/s  %7.1f files/s  (%ld pages in %.2f s)\n", what, pages / elapsed, files / elapsed,
              pages, elapsed);
}

}  // namespace

int main(int argc, char** argv) {
  double seconds = argc > 1 ? std::atof(argv[1]) : 3.0;
  std::vector<Pdf> pdfs;
  if (argc > 2) {
    for (int i = 2; i < argc; ++i) pdfs.push_back(load(argv[i]));
  } else {
    std::error_code ec;
    for (auto it = fs::directory_iterator(GONGKAI_SHARED_DIR "/corpus/dev/pdf", ec); !ec && it != fs::directory_iterator();
         ++it)
      if (it->path().extension() == ".pdf") pdfs.push_back(load(it->path()));
  }
  if (pdfs.empty()) {
    std::puts("bench_pdf: no PDF (../shared/corpus/dev/pdf); skipped");
    return 0;
  }
  int pages = 0;
  for (const Pdf& p : pdfs) pages += p.pages;
  std::printf("bench_pdf: %zu PDFs, %d pages, one core\n", pdfs.size(), pages);
  measure("front end (file_text)", pdfs, seconds, [](const Pdf& p) { (void)gongkai::file_text(p.bytes); });
  measure("end to end (parse_bytes, validate)", pdfs, seconds, [](const Pdf& p) { (void)gongkai::parse_bytes(p.bytes); });
  return 0;
}
