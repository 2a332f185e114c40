// PDF: small files written here with qpdf (a CID font with Identity-H and a
// ToUnicode map, as Chinese PDFs have), read back through the front end.
#include <catch2/catch.hpp>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "gongkai/inputs.hpp"
#include "inputs_checks.hpp"

using namespace gongkai;
using inputs_checks::error_of;

namespace {

// ToUnicode: every code is its own UTF-16 unit, for the ranges the tests use.
const char* kToUnicode =
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
    "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
    "4 beginbfrange <0020> <007E> <0020> <3000> <303F> <3000> <4E00> <9FFF> <4E00> <FF00> <FFEF> <FF00>\n"
    "endbfrange endcmap CMapName currentdict /CMap defineresource pop end end\n";

// The text as a hex string of 2-byte codes (= its UTF-16 units; BMP only).
std::string hex_codes(const std::string& utf8) {
  std::string out = "<";
  for (std::size_t i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    unsigned cp = c;
    int n = 1;
    if (c >= 0xE0) cp = c & 0x0F, n = 3;
    else if (c >= 0xC0) cp = c & 0x1F, n = 2;
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04X", cp);
    out += buf;
    i += static_cast<std::size_t>(n);
  }
  return out + ">";
}

// 10-point text with its baseline at (x, y), y up from the page's bottom.
std::string text_at(double x, double y, const std::string& utf8) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "BT /F1 10 Tf 1 0 0 1 %.1f %.1f Tm ", x, y);
  return std::string(buf) + hex_codes(utf8) + " Tj ET\n";
}

std::string line(double x0, double y0, double x1, double y1) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "%.1f %.1f m %.1f %.1f l S\n", x0, y0, x1, y1);
  return buf;
}

// A PDF of A4 pages with these content streams; an image on a page when
// `with_image`; encrypted when `password` is set (an empty one: only the
// owner's password, as many published PDFs are, to forbid editing).
std::string make_pdf(const std::vector<std::string>& pages, bool with_image = false,
                     const std::optional<std::string>& password = std::nullopt, int rotate = 0) {
  QPDF pdf;
  pdf.emptyPDF();
  QPDFObjectHandle cid_font = pdf.makeIndirectObject(QPDFObjectHandle::parse(
      "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun "
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 "
      "/W [32 126 500] >>"));
  QPDFObjectHandle font = pdf.makeIndirectObject(
      QPDFObjectHandle::parse("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H >>"));
  font.replaceKey("/DescendantFonts", QPDFObjectHandle::newArray(std::vector<QPDFObjectHandle>{cid_font}));
  font.replaceKey("/ToUnicode", QPDFObjectHandle::newStream(&pdf, kToUnicode));
  QPDFObjectHandle image = QPDFObjectHandle::newStream(&pdf, std::string("\xff", 1));
  image.replaceDict(QPDFObjectHandle::parse(
      "<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 >>"));
  // A form that draws itself ten times: run naively, 10^12 drawings.
  std::string ten_times;
  for (int i = 0; i < 10; ++i) ten_times += "/Fm1 Do ";
  QPDFObjectHandle form = pdf.makeIndirectObject(QPDFObjectHandle::newStream(&pdf, ten_times));
  form.replaceDict(QPDFObjectHandle::parse("<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << >> >> >>"));
  form.getDict().getKey("/Resources").getKey("/XObject").replaceKey("/Fm1", form);
  for (const std::string& content : pages) {
    QPDFObjectHandle page = pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 595 842] >>"));
    QPDFObjectHandle resources = QPDFObjectHandle::parse("<< /Font << >> /XObject << >> >>");
    resources.getKey("/Font").replaceKey("/F1", font);
    resources.getKey("/XObject").replaceKey("/Im1", image);
    resources.getKey("/XObject").replaceKey("/Fm1", form);
    page.replaceKey("/Resources", resources);
    if (rotate) page.replaceKey("/Rotate", QPDFObjectHandle::newInteger(rotate));
    std::string stream = content + (with_image ? "q 500 0 0 700 40 60 cm /Im1 Do Q\n" : "");
    page.replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf, stream));
    QPDFPageDocumentHelper(pdf).addPage(QPDFPageObjectHelper(page), false);
  }
  QPDFWriter w(pdf);
  w.setOutputMemory();
  if (password)
    w.setR6EncryptionParameters(password->c_str(), "owner", true, true, true, true, true, true, qpdf_r3p_full, true);
  w.write();
  auto buffer = w.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

const char* kTitle = "某县政府信息公开工作年度报告";

// A 3 x 3 grid from x 50..350, y 800..740 (rows of 20 points): row 1's last
// two cells are one (no line between them), column 1's last two rows are one
// (no line below its second row), one cell is empty. Text is drawn in no
// particular order; the title above the table, a note below it.
std::string ruled_table_page() {
  std::string s;
  s += text_at(60, 700, "以上");
  s += line(50, 800, 350, 800) + line(50, 780, 350, 780) + line(150, 760, 350, 760) + line(50, 740, 350, 740);
  s += line(50, 740, 50, 800) + line(150, 740, 150, 800) + line(250, 740, 250, 780) + line(350, 740, 350, 800);
  s += text_at(160, 746, "4") + text_at(260, 746, "5") + text_at(160, 766, "3");
  s += text_at(60, 756, "行政复议");  // centred in its two rows
  s += text_at(60, 786, "信息公开") + text_at(200, 786, "申请人情况");
  s += text_at(60, 820, kTitle);
  return s;
}

}  // namespace

TEST_CASE("a ruled table becomes tab-separated rows, merged cells printed once, blanks kept", "[inputs][pdf]") {
  std::string text = file_text(make_pdf({ruled_table_page()}));
  CHECK(text == std::string(kTitle) + "\n信息公开\t申请人情况\t\n行政复议\t3\t\n\t4\t5\n\n以上\n");
}

TEST_CASE("a page shown turned (/Rotate 90) is read as shown", "[inputs][pdf]") {
  // The content drawn turned back, as a landscape page's is: upright when shown.
  std::string turned = "q 0 1 -1 0 595 0 cm 1 0 0 1 0 -300 cm\n" + ruled_table_page() + "Q\n";
  std::string text = file_text(make_pdf({turned}, false, std::nullopt, 90));
  CHECK(text == std::string(kTitle) + "\n信息公开\t申请人情况\t\n行政复议\t3\t\n\t4\t5\n\n以上\n");
}

TEST_CASE("running text: lines top to bottom, words left to right, pages in order", "[inputs][pdf]") {
  std::string p1 = text_at(300, 700, "右边") + text_at(60, 700, "左边") + text_at(60, 720, kTitle);
  std::string p2 = text_at(60, 780, "第二页");
  CHECK(file_text(make_pdf({p1, p2})) == std::string(kTitle) + "\n左边\t右边\n第二页\n");
}

TEST_CASE("cells of a PDF keep their page and box", "[inputs][pdf]") {
  std::string s = text_at(60, 820, "某县人民政府2021年政府信息公开工作年度报告") + text_at(60, 805, "二、主动公开政府信息情况");
  // 4 columns x 3 rows, x 50..450, y 780..720.
  for (double y : {780.0, 760.0, 740.0, 720.0}) s += line(50, y, 450, y);
  for (double x : {50.0, 150.0, 250.0, 350.0, 450.0}) s += line(x, 720, x, 780);
  s += text_at(55, 766, "信息内容") + text_at(155, 766, "本年制发件数") + text_at(255, 766, "本年废止件数") +
       text_at(355, 766, "现行有效件数");
  s += text_at(55, 746, "规章") + text_at(155, 746, "1") + text_at(255, 746, "0") + text_at(355, 746, "11");
  s += text_at(55, 726, "行政规范性文件") + text_at(155, 726, "8") + text_at(255, 726, "26") + text_at(355, 726, "66");
  Report r = parse_bytes(make_pdf({s}));
  const Cell* c = r.find_cell("active.normative.in_force");
  REQUIRE(c);
  CHECK(c->value->units == 66);
  REQUIRE(c->place);
  CHECK(c->place->page == 1);
  CHECK(c->place->x0 == Approx(350));
  CHECK(c->place->x1 == Approx(450));
  CHECK(c->place->y0 == Approx(842 - 740));
  CHECK(c->place->y1 == Approx(842 - 720));
  CHECK(c->place->row == 3);
  CHECK(c->place->column == 4);
}

TEST_CASE("a form XObject that draws itself is run a bounded number of times", "[inputs][pdf]") {
  std::string text = file_text(make_pdf({text_at(60, 800, kTitle) + "/Fm1 Do\n"}));
  CHECK(text == std::string(kTitle) + "\n");
}

TEST_CASE("a scan, an encrypted file, a cut file and junk get clear errors", "[inputs][pdf]") {
  Error scan = error_of([] { file_text(make_pdf({""}, true)); });
  CHECK(scan.status() == Status::needs_ocr);
  CHECK(std::string(scan.what()).find("OCR") != std::string::npos);
  CHECK(inputs_checks::bilingual(scan));

  std::string locked = make_pdf({text_at(60, 800, kTitle)}, false, "secret");
  Error enc = error_of([&] { file_text(locked); });
  CHECK(enc.status() == Status::bad_file);
  CHECK(std::string(enc.what()).find("password") != std::string::npos);

  // Encrypted with the owner's password only: readable by anyone, as in a viewer.
  std::string owner_only = make_pdf({text_at(60, 800, kTitle)}, false, std::string());
  CHECK(file_text(owner_only) == std::string(kTitle) + "\n");

  std::string whole = make_pdf({ruled_table_page()});
  Error cut = error_of([&] { file_text(whole.substr(0, whole.size() / 2)); });
  CHECK(cut.status() == Status::bad_file);
  CHECK(inputs_checks::bilingual(cut));

  Error junk = error_of([] { file_text("%PDF-1.4\nnot a pdf at all\n%%EOF\n"); });
  CHECK(junk.status() == Status::bad_file);
}
