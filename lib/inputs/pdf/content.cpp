#include "inputs/pdf/content.hpp"

#include <qpdf/QPDFPageObjectHelper.hh>

#include <algorithm>
#include <cmath>

namespace gongkai::inputs::pdf {
namespace {

// A matrix [a b c d e f] in PDF's row-vector convention: p' = p × M.
struct Matrix {
  double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;
  Matrix times(const Matrix& m) const {  // this × m
    return {a * m.a + b * m.c,       a * m.b + b * m.d,       c * m.a + d * m.c,
            c * m.b + d * m.d,       e * m.a + f * m.c + m.e, e * m.b + f * m.d + m.f};
  }
  void apply(double x, double y, double& ox, double& oy) const {
    ox = x * a + y * c + e;
    oy = x * b + y * d + f;
  }
};

// Form XObjects inside form XObjects: deeper than this is a loop or an attack.
constexpr int kMaxFormDepth = 12;
// Forms run per page at most: one that draws itself ten times, twelve deep,
// would otherwise run a trillion times.
constexpr std::size_t kMaxFormsPerPage = 10000;
// Bars thinner than this (points) are lines (tables drawn as filled rectangles).
constexpr double kMaxBarThickness = 2.5;
constexpr double kMinRuleLength = 3.0;
constexpr std::size_t kMaxGlyphs = 2000000;
constexpr std::size_t kMaxSegments = 2000000;

struct GraphicsState {
  Matrix ctm;
  const Font* font = nullptr;
  double font_size = 0;
  double char_spacing = 0, word_spacing = 0, horizontal_scale = 1, leading = 0, rise = 0;
};

struct PathPoint {
  double x, y;
};

class Interpreter : public QPDFObjectHandle::ParserCallbacks {
 public:
  Interpreter(PageContent& out, FontCache& fonts, QPDFObjectHandle resources, GraphicsState gs, int depth)
      : out_(out), fonts_(fonts), resources_(resources), depth_(depth) {
    stack_.push_back(gs);
  }

  void handleObject(QPDFObjectHandle obj) override {
    if (!obj.isOperator()) {
      if (obj.isInlineImage()) ++out_.images;
      if (operands_.size() < 64) operands_.push_back(obj);
      return;
    }
    std::string op = obj.getOperatorValue();
    try {
      run(op);
    } catch (const std::exception&) {
      // An operator with operands of the wrong type: PDF readers skip it.
    }
    operands_.clear();
  }

  void handleEOF() override {}

 private:
  GraphicsState& gs() { return stack_.back(); }

  double num(std::size_t i) const {
    if (i >= operands_.size() || !operands_[i].isNumber()) throw std::runtime_error("operand");
    return operands_[i].getNumericValue();
  }
  bool has(std::size_t n) const { return operands_.size() >= n; }
  Matrix matrix_operands() const { return {num(0), num(1), num(2), num(3), num(4), num(5)}; }

  void run(const std::string& op) {
    if (op.empty()) return;
    switch (op[0]) {
      case 'q':
        if (op == "q" && stack_.size() < 256) stack_.push_back(gs());
        return;
      case 'Q':
        if (op == "Q" && stack_.size() > 1) stack_.pop_back();
        return;
      case 'c':
        if (op == "cm" && has(6)) gs().ctm = matrix_operands().times(gs().ctm);
        else if (op == "c" && has(6)) move_to_curve_end(num(4), num(5));
        return;
      case 'B':
        if (op == "BT") text_matrix_ = line_matrix_ = Matrix{};
        else if (op == "BI") ++out_.images;
        else if (op == "B" || op == "B*") paint(true, true);
        return;
      case 'T':
        text_operator(op);
        return;
      case '\'':
        next_line();
        show_operand(0);
        return;
      case '"':
        if (has(3)) {
          gs().word_spacing = num(0);
          gs().char_spacing = num(1);
          next_line();
          show_operand(2);
        }
        return;
      case 'm':
        if (op == "m" && has(2)) move_to(num(0), num(1));
        return;
      case 'l':
        if (op == "l" && has(2)) line_to(num(0), num(1));
        return;
      case 'r':
        if (op == "re" && has(4)) rectangle(num(0), num(1), num(2), num(3));
        return;
      case 'h':
        if (op == "h") close_subpath();
        return;
      case 'v':
      case 'y':
        if (has(4)) move_to_curve_end(num(2), num(3));
        return;
      case 'S':
        if (op == "S") paint(true, false);
        return;
      case 's':
        if (op == "s") {
          close_subpath();
          paint(true, false);
        }
        return;
      case 'f':
      case 'F':
        if (op == "f" || op == "F" || op == "f*") paint(false, true);
        return;
      case 'b':
        if (op == "b" || op == "b*") {
          close_subpath();
          paint(true, true);
        }
        return;
      case 'n':
        if (op == "n") clear_path();
        return;
      case 'D':
        if (op == "Do" && has(1) && operands_[0].isName()) draw_xobject(operands_[0].getName());
        return;
      default:
        return;
    }
  }

  // ---- text ---------------------------------------------------------------

  void text_operator(const std::string& op) {
    if (op == "Tf" && has(2)) {
      gs().font_size = num(1);
      QPDFObjectHandle fonts = resources_.isDictionary() ? resources_.getKey("/Font") : QPDFObjectHandle::newNull();
      if (operands_[0].isName() && fonts.isDictionary()) gs().font = &fonts_.get(fonts.getKey(operands_[0].getName()));
      else gs().font = nullptr;
    } else if (op == "Td" && has(2)) {
      translate_line(num(0), num(1));
    } else if (op == "TD" && has(2)) {
      gs().leading = -num(1);
      translate_line(num(0), num(1));
    } else if (op == "Tm" && has(6)) {
      text_matrix_ = line_matrix_ = matrix_operands();
    } else if (op == "T*") {
      next_line();
    } else if (op == "Tj") {
      show_operand(0);
    } else if (op == "TJ" && has(1) && operands_[0].isArray()) {
      for (QPDFObjectHandle item : operands_[0].getArrayAsVector()) {
        if (item.isString()) {
          show(item.getStringValue());
        } else if (item.isNumber()) {
          double tx = -item.getNumericValue() / 1000.0 * gs().font_size * gs().horizontal_scale;
          text_matrix_ = Matrix{1, 0, 0, 1, tx, 0}.times(text_matrix_);
        }
      }
    } else if (op == "Tc" && has(1)) {
      gs().char_spacing = num(0);
    } else if (op == "Tw" && has(1)) {
      gs().word_spacing = num(0);
    } else if (op == "Tz" && has(1)) {
      gs().horizontal_scale = num(0) / 100.0;
    } else if (op == "TL" && has(1)) {
      gs().leading = num(0);
    } else if (op == "Ts" && has(1)) {
      gs().rise = num(0);
    }
  }

  void translate_line(double tx, double ty) {
    line_matrix_ = Matrix{1, 0, 0, 1, tx, ty}.times(line_matrix_);
    text_matrix_ = line_matrix_;
  }
  void next_line() { translate_line(0, -gs().leading); }

  void show_operand(std::size_t i) {
    if (i < operands_.size() && operands_[i].isString()) show(operands_[i].getStringValue());
  }

  void show(const std::string& s) {
    const GraphicsState& g = gs();
    if (!g.font) return;
    glyphs_.clear();
    g.font->decode(s, glyphs_);
    const double fs = g.font_size, th = g.horizontal_scale;
    for (const Glyph& glyph : glyphs_) {
      Matrix trm = Matrix{fs * th, 0, 0, fs, 0, g.rise}.times(text_matrix_).times(g.ctm);
      if (!glyph.is_space && !glyph.text.empty() && glyph.text != " " && out_.glyphs.size() < kMaxGlyphs) {
        // The box from the baseline's descent to the ascent of a CJK font.
        double xs[4], ys[4];
        trm.apply(0, -0.15, xs[0], ys[0]);
        trm.apply(glyph.width, -0.15, xs[1], ys[1]);
        trm.apply(0, 0.85, xs[2], ys[2]);
        trm.apply(glyph.width, 0.85, xs[3], ys[3]);
        PlacedGlyph p;
        p.text = glyph.text;
        p.x0 = *std::min_element(xs, xs + 4);
        p.x1 = *std::max_element(xs, xs + 4);
        p.y0 = *std::min_element(ys, ys + 4);
        p.y1 = *std::max_element(ys, ys + 4);
        trm.apply(0, 0, p.origin_x, p.origin_y);
        p.size = std::hypot(trm.c, trm.d);
        if (std::isfinite(p.x0) && std::isfinite(p.y0) && std::isfinite(p.x1) && std::isfinite(p.y1) && p.size > 0)
          out_.glyphs.push_back(std::move(p));
      }
      double tx = (glyph.width * fs + g.char_spacing + (glyph.is_space ? g.word_spacing : 0)) * th;
      text_matrix_ = Matrix{1, 0, 0, 1, tx, 0}.times(text_matrix_);
    }
  }

  // ---- paths ----------------------------------------------------------------

  PathPoint device(double x, double y) const {
    PathPoint p{};
    stack_.back().ctm.apply(x, y, p.x, p.y);
    return p;
  }

  void move_to(double x, double y) {
    subpaths_.push_back({device(x, y)});
  }
  void line_to(double x, double y) {
    if (subpaths_.empty()) subpaths_.push_back({device(x, y)});
    subpaths_.back().push_back(device(x, y));
  }
  void move_to_curve_end(double x, double y) {
    // A curve is no table line: its end starts a new straight run.
    subpaths_.push_back({device(x, y)});
  }
  void rectangle(double x, double y, double w, double h) {
    subpaths_.push_back({device(x, y), device(x + w, y), device(x + w, y + h), device(x, y + h), device(x, y)});
  }
  void close_subpath() {
    if (!subpaths_.empty() && subpaths_.back().size() > 1) subpaths_.back().push_back(subpaths_.back().front());
  }
  void clear_path() { subpaths_.clear(); }

  void add_segment(double x0, double y0, double x1, double y1) {
    if (out_.horizontal.size() + out_.vertical.size() >= kMaxSegments) return;
    if (std::fabs(y1 - y0) < 0.5 && std::fabs(x1 - x0) >= kMinRuleLength) {
      double y = (y0 + y1) / 2;
      out_.horizontal.push_back({std::min(x0, x1), y, std::max(x0, x1), y});
    } else if (std::fabs(x1 - x0) < 0.5 && std::fabs(y1 - y0) >= kMinRuleLength) {
      double x = (x0 + x1) / 2;
      out_.vertical.push_back({x, std::min(y0, y1), x, std::max(y0, y1)});
    }
  }

  void paint(bool stroke, bool fill) {
    for (const auto& sp : subpaths_) {
      if (stroke)
        for (std::size_t i = 1; i < sp.size(); ++i) add_segment(sp[i - 1].x, sp[i - 1].y, sp[i].x, sp[i].y);
      if (fill && !stroke && sp.size() >= 3) {
        // A filled thin bar is a line; a filled area (shading, a background) is not.
        double x0 = sp[0].x, x1 = sp[0].x, y0 = sp[0].y, y1 = sp[0].y;
        for (const auto& p : sp) {
          x0 = std::min(x0, p.x), x1 = std::max(x1, p.x);
          y0 = std::min(y0, p.y), y1 = std::max(y1, p.y);
        }
        if (y1 - y0 <= kMaxBarThickness && x1 - x0 > y1 - y0) add_segment(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
        else if (x1 - x0 <= kMaxBarThickness && y1 - y0 > x1 - x0) add_segment((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
      }
    }
    clear_path();
  }

  // ---- XObjects -------------------------------------------------------------

  void draw_xobject(const std::string& name) {
    QPDFObjectHandle xobjects = resources_.isDictionary() ? resources_.getKey("/XObject") : QPDFObjectHandle::newNull();
    if (!xobjects.isDictionary()) return;
    QPDFObjectHandle x = xobjects.getKey(name);
    if (!x.isStream()) return;
    QPDFObjectHandle dict = x.getDict();
    QPDFObjectHandle subtype = dict.getKey("/Subtype");
    if (subtype.isNameAndEquals("/Image")) {
      ++out_.images;
      return;
    }
    if (!subtype.isNameAndEquals("/Form") || depth_ >= kMaxFormDepth || out_.forms_drawn >= kMaxFormsPerPage) return;
    ++out_.forms_drawn;
    GraphicsState inner = gs();
    QPDFObjectHandle m = dict.getKey("/Matrix");
    if (m.isArray() && m.getArrayNItems() == 6) {
      std::vector<QPDFObjectHandle> v = m.getArrayAsVector();
      bool numbers = std::all_of(v.begin(), v.end(), [](QPDFObjectHandle& o) { return o.isNumber(); });
      if (numbers)
        inner.ctm = Matrix{v[0].getNumericValue(), v[1].getNumericValue(), v[2].getNumericValue(),
                           v[3].getNumericValue(), v[4].getNumericValue(), v[5].getNumericValue()}
                        .times(inner.ctm);
    }
    QPDFObjectHandle own = dict.getKey("/Resources");
    Interpreter child(out_, fonts_, own.isDictionary() ? own : resources_, inner, depth_ + 1);
    QPDFObjectHandle::parseContentStream(x, &child);
  }

  PageContent& out_;
  FontCache& fonts_;
  QPDFObjectHandle resources_;
  int depth_;
  std::vector<GraphicsState> stack_;
  mutable std::vector<QPDFObjectHandle> operands_;  // qpdf reads handles through non-const calls
  Matrix text_matrix_, line_matrix_;
  std::vector<std::vector<PathPoint>> subpaths_;
  std::vector<Glyph> glyphs_;  // scratch
};

}  // namespace

const Font& FontCache::get(QPDFObjectHandle dict) {
  if (!dict.isIndirect()) {
    // Fonts written inline are rare; a file that switches to thousands of
    // them gets the last one read.
    if (direct_.size() < 4096 || direct_.empty()) direct_.push_back(std::make_unique<Font>(dict));
    return *direct_.back();
  }
  auto& slot = fonts_[dict.getObjGen()];
  if (!slot) slot = std::make_unique<Font>(dict);
  return *slot;
}

PageContent interpret_page(QPDFObjectHandle page, FontCache& fonts) {
  PageContent out;
  QPDFPageObjectHelper helper(page);
  QPDFObjectHandle resources = helper.getAttribute("/Resources", false);
  Interpreter interpreter(out, fonts, resources, GraphicsState{}, 0);
  helper.parseContents(&interpreter);
  return out;
}

}  // namespace gongkai::inputs::pdf
