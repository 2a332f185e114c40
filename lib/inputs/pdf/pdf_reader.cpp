#include "inputs/pdf/pdf_reader.hpp"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include "gongkai/error.hpp"
#include "inputs/pdf/content.hpp"
#include "inputs/pdf/layout.hpp"

namespace gongkai::inputs {
namespace {

[[noreturn]] void bad_pdf(const std::string& zh, const std::string& en) {
  throw Error(Status::bad_file, zh + " / " + en);
}

pdf::PageBox media_box(QPDFPageObjectHelper& page) {
  pdf::PageBox box;
  QPDFObjectHandle mb = page.getAttribute("/MediaBox", false);
  if (mb.isArray() && mb.getArrayNItems() == 4) {
    double v[4];
    for (int i = 0; i < 4; ++i) {
      QPDFObjectHandle n = mb.getArrayItem(i);
      if (!n.isNumber()) return box;
      v[i] = n.getNumericValue();
    }
    box.x0 = std::min(v[0], v[2]), box.y0 = std::min(v[1], v[3]);
    box.x1 = std::max(v[0], v[2]), box.y1 = std::max(v[1], v[3]);
  }
  QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
  if (rotate.isInteger()) box.rotate = static_cast<int>(((rotate.getIntValue() % 360) + 360) % 360);
  return box;
}

// A file cut short in transfer has lost its end, where the last %%EOF is;
// qpdf could often rebuild the rest, but half a report is worse than a
// clear error.
bool looks_truncated(std::string_view bytes) {
  std::string_view tail = bytes.substr(bytes.size() > 4096 ? bytes.size() - 4096 : 0);
  return tail.find("%%EOF") == std::string_view::npos;
}

}  // namespace

Document read_pdf(std::string_view bytes, std::size_t max_pages) {
  if (looks_truncated(bytes))
    bad_pdf("PDF 文件不完整（缺少文件结尾 %%EOF，可能下载中断）",
            "the PDF file is incomplete (its end, %%EOF, is missing: a download cut short?)");
  Document doc;
  std::size_t glyphs = 0, images = 0;
  try {
    QPDF qpdf;
    qpdf.setSuppressWarnings(true);
    qpdf.setAttemptRecovery(true);
    qpdf.processMemoryFile("input.pdf", bytes.data(), bytes.size());
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(qpdf).getAllPages();
    if (pages.empty()) bad_pdf("PDF 文件没有页面", "the PDF file has no page");
    pdf::FontCache fonts;
    std::uint32_t tables = 0;
    std::size_t n = std::min(pages.size(), max_pages);
    for (std::size_t i = 0; i < n; ++i) {
      pdf::PageContent content;
      try {
        content = pdf::interpret_page(pages[i].getObjectHandle(), fonts);
      } catch (const QPDFExc&) {
        // A damaged content stream: the glyphs read before the damage stay.
      }
      glyphs += content.glyphs.size();
      images += content.images;
      pdf::lay_out_page(content, media_box(pages[i]), static_cast<std::uint32_t>(i + 1), doc, tables);
    }
  } catch (const Error&) {
    throw;
  } catch (const QPDFExc& e) {
    if (e.getErrorCode() == qpdf_e_password)
      bad_pdf("PDF 文件已加密，需要密码才能打开", "the PDF file is encrypted and needs a password");
    bad_pdf("PDF 文件已损坏，无法读取", std::string("the PDF file is damaged and cannot be read: ") + e.what());
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception& e) {
    bad_pdf("PDF 文件无法读取", std::string("the PDF file cannot be read: ") + e.what());
  }
  if (glyphs == 0)
    throw Error(Status::needs_ocr,
                std::string(images > 0 ? "PDF 是扫描图像，没有文字层，需要先做 OCR 文字识别"
                                       : "PDF 中没有可读的文字，需要先做 OCR 文字识别") +
                    " / " +
                    (images > 0 ? "the PDF is a scan without a text layer: it needs OCR first"
                                : "the PDF has no text that can be read: it needs OCR first"));
  return doc;
}

}  // namespace gongkai::inputs
