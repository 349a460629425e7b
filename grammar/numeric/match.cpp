// The numeric hook of the scanner: at a word start, read one numeric mention
// (qualifier, currency, number, scale, unit, range) with the lexicon and
// numeral rule groups, and build its value per DESIGN.md's precision rule.
// The phrase structure is small and fixed, so it is read here in C++ over
// the X3-recognised pieces (lexer.hpp) rather than as one X3 rule.
#include <cmath>
#include <string>

#include "engine/model/interval.hpp"
#include "grammar/detail/scan_hooks.hpp"
#include "grammar/numeric/amount.hpp"
#include "grammar/numeric/convert.hpp"
#include "grammar/numeric/lexer.hpp"
#include "grammar/numeric/number.hpp"

namespace claimcheck::grammar::detail {

namespace {

using engine::interval;
using engine::qualifier;
using numeric::amount;
using ast::lex_kind;
using ast::qual_code;

// The point value of an amount, in base units.
double point_of(const amount& a) {
  return (a.negative ? -a.num.value : a.num.value) * a.num.scale * a.scale * a.factor;
}

interval stated_of(const amount& a) {
  const double v = a.negative ? -a.num.value : a.num.value;
  const double s = a.num.scale * a.scale * a.factor;
  if (a.num.exact || a.num.ordinal) return interval::point(v * s);
  return interval::stated(v, a.num.decimals, s);
}

mention_type type_of(const amount& a) {
  if (a.num.ordinal && a.unit.empty()) return mention_type::ordinal;
  if (!a.currency.empty()) return mention_type::money;
  if (a.unit == "%" || a.unit == "pp") return mention_type::percent;
  if (a.unit == "x") return mention_type::fold;
  if (!a.unit.empty()) return mention_type::quantity;
  return mention_type::number;
}

// Widen or open a stated interval by its qualifier; tolerances from options.
interval qualify(const interval& stated, double p, qual_code q, const scan_options& opts) {
  switch (q) {
    case qual_code::approx: {
      const double d = std::fabs(p) * opts.approx_tolerance;
      return stated.hull(interval::closed(p - d, p + d));
    }
    case qual_code::nearly: {
      const double d = std::fabs(p) * opts.nearly_tolerance;
      return interval::closed(std::fmin(stated.lo(), p - d), p);
    }
    case qual_code::above: return interval::above(p);
    case qual_code::at_least: return interval::at_least(p);
    case qual_code::below: return interval::below(p);
    case qual_code::at_most: return interval::at_most(p);
  }
  return stated;
}

qualifier qualifier_of(qual_code q) {
  switch (q) {
    case qual_code::approx:
    case qual_code::nearly: return qualifier::approx;
    case qual_code::above:
    case qual_code::at_least: return qualifier::lower;
    case qual_code::below:
    case qual_code::at_most: return qualifier::upper;
  }
  return qualifier::exact;
}

// The start of the word that ends just before `pos` (after blanks), or npos.
std::size_t previous_word(std::string_view text, std::size_t pos) {
  std::size_t q = pos;
  while (q > 0 && (text[q - 1] == ' ' || text[q - 1] == '\t' || text[q - 1] == ',')) --q;
  const std::size_t end = q;
  while (q > 0 && (numeric::is_alnum(text[q - 1]) || text[q - 1] == '.' || text[q - 1] == '-')) --q;
  if (q == end || end - q > 24) return std::string_view::npos;
  return q;
}

// Change words before the mention ("grew", "rose by", "an increase of") and
// a basis before or after it ("year-on-year").
void attach_change(std::string_view text, mention& m) {
  std::size_t at = m.start;
  for (int i = 0; i < 4; ++i) {
    const std::size_t w = previous_word(text, at);
    if (w == std::string_view::npos) break;
    const auto lx = numeric::word_at(text, w);
    if (lx && lx->what.kind == lex_kind::change && lx->what.value == 0.0) {
      if (m.direction == 0) m.direction = lx->what.aux;
    } else if (lx && lx->what.kind == lex_kind::basis) {
      if (m.basis.empty()) m.basis = lx->what.unit;
    } else {
      const std::string_view word = text.substr(w, at - w);
      const bool glue = word.rfind("by", 0) == 0 || word.rfind("of", 0) == 0 ||
                        word.rfind("a ", 0) == 0 || word.rfind("an ", 0) == 0;
      if (!glue) break;
    }
    at = w;
  }
  std::size_t q = numeric::skip_blanks(text, m.end);
  if (q < text.size() && text[q] == ',') q = numeric::skip_blanks(text, q + 1);
  if (const auto lx = numeric::word_at(text, q); lx && lx->what.kind == lex_kind::basis) {
    if (m.basis.empty()) m.basis = lx->what.unit;
  }
}

bool is_context_stop(std::string_view text, std::size_t start, lex_kind k) {
  const std::size_t w = previous_word(text, start);
  if (w == std::string_view::npos) return false;
  const auto lx = numeric::word_at(text, w);
  return lx && lx->what.kind == k;
}

mention build(std::string_view text, std::size_t start, std::size_t end, const amount& a,
              const amount* b, std::optional<qual_code> q, const scan_options& opts) {
  mention m;
  m.start = start;
  m.end = end;
  m.type = type_of(b != nullptr && a.unit.empty() && a.currency.empty() ? *b : a);
  m.value.unit = a.currency.empty() ? a.unit : a.currency;
  m.value.stated = std::string(text.substr(start, end - start));
  const bool ok = a.num.ok && (b == nullptr || b->num.ok);
  const double p = point_of(a);
  if (!ok || !std::isfinite(p) || (b != nullptr && !std::isfinite(point_of(*b)))) {
    m.error = "number out of range of a double";
    return m;
  }
  if (b != nullptr) {
    m.value.value = stated_of(a).hull(stated_of(*b));
    m.range_lo = p;
    m.range_hi = point_of(*b);
    m.value.number = std::nan("");
  } else {
    m.value.number = p;
    m.value.value = q ? qualify(stated_of(a), p, *q, opts) : stated_of(a);
  }
  if (q) m.value.qual = qualifier_of(*q);
  return m;
}

}  // namespace

std::optional<mention> match_numeric(std::string_view text, std::size_t pos,
                                     const scan_options& opts) {
  // Digits glued by a hyphen to a word are a name: "COVID-19", "F-16".
  if (pos >= 2 && text[pos - 1] == '-' && numeric::is_alnum(text[pos - 2])) return std::nullopt;
  std::size_t q = pos;
  std::optional<qual_code> qual;
  bool between = false;
  if (const auto lx = numeric::word_at(text, pos)) {
    const auto k = lx->what.kind;
    if (k == lex_kind::qualifier) {
      qual = static_cast<qual_code>(lx->what.aux);
      q = numeric::skip_blanks(text, lx->end);
    } else if (k == lex_kind::between) {
      between = true;
      q = numeric::skip_blanks(text, lx->end);
    } else if (k == lex_kind::change && lx->what.value != 0.0) {
      // "doubled", "halved": a fold by itself.
      mention m;
      m.type = mention_type::fold;
      m.start = pos;
      m.end = lx->end;
      m.value.unit = "x";
      m.value.number = lx->what.value;
      m.value.value = interval::point(lx->what.value);
      m.value.stated = std::string(text.substr(pos, lx->end - pos));
      m.direction = lx->what.aux;
      return m;
    }
  }
  auto a = numeric::amount_at(text, q);
  if (!a) return std::nullopt;
  if (a->reject) return std::nullopt;
  const std::size_t num_start = q;
  // A number after "Boeing", "page", "section" is a name; "one" after "the"
  // or "which" is a pronoun.
  if (a->bare() && is_context_stop(text, num_start, lex_kind::not_number)) return std::nullopt;
  if (a->num.lone_one && a->bare() && !qual &&
      is_context_stop(text, num_start, lex_kind::determiner)) {
    return std::nullopt;
  }
  std::optional<amount> b;
  std::size_t end = a->end;
  if (auto r = numeric::range_tail(text, *a, between)) {
    if (r->reject) return std::nullopt;
    b = std::move(r);
    end = b->end;
  } else if (between) {
    return std::nullopt;
  }
  if (!b && a->bare() && a->num.year_like && (!qual || *qual == qual_code::approx)) {
    return std::nullopt;  // a bare year belongs to the temporal grammar
  }
  if (b && a->num.year_like && b->num.year_like && a->bare() && b->bare()) return std::nullopt;
  mention m = build(text, pos, end, *a, b ? &*b : nullptr, between ? std::nullopt : qual, opts);
  if (a->num.ordinal) m.value.unit.clear();
  attach_change(text, m);
  return m;
}

}  // namespace claimcheck::grammar::detail
