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
#include "grammar/temporal/fast.hpp"

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
    case qual_code::equal: return stated;
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
    case qual_code::equal: return qualifier::exact;
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

// The lexicon kind of the word before `start` (after blanks); and_word
// (meaning none) when there is no such word or it is not in the lexicon.
lex_kind previous_kind(std::string_view text, std::size_t start) {
  if (start == 0 || !(text[start - 1] == ' ' || text[start - 1] == '\t')) return lex_kind::and_word;
  const std::size_t w = previous_word(text, start);
  if (w == std::string_view::npos || !numeric::is_alpha(text[w])) return lex_kind::and_word;
  const auto lx = numeric::word_at(text, w);
  return lx ? lx->what.kind : lex_kind::and_word;
}

// The mention of amount a (and b, a range's second end) into m, a
// default-constructed mention.
void build_into(mention& m, std::string_view text, std::size_t start, std::size_t end, const amount& a,
                const amount* b, std::optional<qual_code> q, const scan_options& opts) {
  m.start = start;
  m.end = end;
  m.type = type_of(b != nullptr && a.unit.empty() && a.currency.empty() ? *b : a);
  m.value.unit = a.currency.empty() ? a.unit : a.currency;
  m.value.stated = std::string(text.substr(start, end - start));
  const bool ok = a.num.ok && (b == nullptr || b->num.ok);
  const double p = point_of(a);
  if (!ok || !std::isfinite(p) || (b != nullptr && !std::isfinite(point_of(*b)))) {
    m.error = "number out of range of a double";
    return;
  }
  m.number_start = a.number_start;
  m.amount_start = a.start;
  m.number_end = b != nullptr ? b->number_end : a.number_end;
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
}

mention build(std::string_view text, std::size_t start, std::size_t end, const amount& a,
              const amount* b, std::optional<qual_code> q, const scan_options& opts) {
  mention m;
  build_into(m, text, start, end, a, b, q, opts);
  return m;
}

}  // namespace

namespace {

// A fold verb or adjective ("doubled", "nearly triple", "fivefold") as a
// fold mention from `start`, its word at `word`.
mention fold_word(std::string_view text, std::size_t start, std::size_t word,
                  const numeric::lexeme& w, std::optional<qual_code> qual,
                  const scan_options& opts) {
  amount a;
  a.num.start = a.start = a.number_start = word;
  a.num.end = a.end = a.number_end = w.end;
  a.num.value = w.what.value;
  a.num.exact = true;
  a.unit = "x";
  mention m = build(text, start, w.end, a, nullptr, qual, opts);
  m.amount_start = word;
  m.direction = w.what.aux;
  return m;
}

bool lower_equals(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] + 32) : word[i];
    if (c != lower[i]) return false;
  }
  return true;
}

// The base form of a fold verb, which is also an adjective ("a double
// standard", "triple jump").
bool bare_fold_verb(std::string_view word) {
  for (std::string_view v : {"double", "triple", "treble", "quadruple", "halve"}) {
    if (lower_equals(word, v)) return true;
  }
  return false;
}

// Whether the word before `pos` is a modal or "to": "will double",
// "expected to triple".
bool after_modal(std::string_view text, std::size_t pos) {
  const std::size_t w = previous_word(text, pos);
  if (w == std::string_view::npos) return false;
  std::size_t e = w;
  while (e < pos && numeric::is_alpha(text[e])) ++e;
  const std::string_view word = text.substr(w, e - w);
  for (std::string_view v : {"to", "will", "would", "could", "can", "may", "might", "should",
                             "shall", "must"}) {
    if (lower_equals(word, v)) return true;
  }
  return false;
}

// Whether "up to" at text[pos] follows a verb of revision or movement
// ("was revised up to 2.1%", "ticked up to 591.5 trillion"): there "up"
// is the direction and the number the level reached, stated exactly, not
// an upper bound ("up to 10 people"). "revised down to" has no qualifier.
bool direction_up_to(std::string_view text, std::size_t pos, const numeric::lexeme& q) {
  if (static_cast<qual_code>(q.what.aux) != qual_code::at_most || pos + 2 > text.size() ||
      !lower_equals(text.substr(pos, 2), "up")) {
    return false;
  }
  const std::size_t w = previous_word(text, pos);
  if (w == std::string_view::npos) return false;
  std::size_t e = w;
  while (e < pos && numeric::is_alpha(text[e])) ++e;
  const std::string_view word = text.substr(w, e - w);
  for (std::string_view v : {"revised", "revise", "revises", "revising", "raised", "marked",
                             "adjusted", "ticked", "ticks", "edged", "edges", "inched", "crept",
                             "nudged", "bumped", "pushed", "moved", "went", "ratcheted"}) {
    if (lower_equals(word, v)) return true;
  }
  return false;
}

bool is_lower(qual_code q) { return q == qual_code::above || q == qual_code::at_least; }
bool is_upper(qual_code q) { return q == qual_code::below || q == qual_code::at_most; }

// A qualifier word or symbol at text[pos] ("more than", "at least", ">=").
std::optional<numeric::lexeme> qualifier_at(std::string_view text, std::size_t pos) {
  auto lx = numeric::lexeme_at(text, pos);
  if (lx && lx->what.kind == lex_kind::qualifier) return lx;
  return std::nullopt;
}

// "or more", "or less" after an amount; "or equal (to)" after a bound.
std::size_t bound_suffix(std::string_view text, std::size_t end, std::optional<qual_code>& qual) {
  const std::size_t s = numeric::skip_blanks(text, end);
  const auto lx = numeric::word_at(text, s);
  if (!lx) return end;
  // "5000 or less than 6000" is two mentions.
  const std::size_t after = numeric::skip_blanks(text, lx->end);
  if (after < text.size() && (numeric::is_digit(text[after]) || numeric::word_at(text, after))) {
    const auto nx = numeric::word_at(text, after);
    if (numeric::is_digit(text[after]) ||
        (nx && (nx->what.kind == lex_kind::digit_word || nx->what.kind == lex_kind::teen ||
                nx->what.kind == lex_kind::tens))) {
      return end;
    }
  }
  if ((!qual || *qual == qual_code::equal || *qual == qual_code::approx) &&
      lx->what.kind == lex_kind::or_bound) {
    qual = static_cast<qual_code>(lx->what.aux);
    return lx->end;
  }
  if (qual && lx->what.kind == lex_kind::or_equal) {
    if (*qual == qual_code::above) qual = qual_code::at_least;
    if (*qual == qual_code::below) qual = qual_code::at_most;
    return lx->end;
  }
  return end;
}

// A unit word with no number (scan_options::bare_units): "percent", "%",
// "dollars", "metric ton".
std::optional<mention> bare_unit(std::string_view text, std::size_t pos) {
  const auto lx = numeric::lexeme_at(text, pos);
  if (!lx) return std::nullopt;
  const auto k = lx->what.kind;
  const bool word = numeric::is_alpha(text[pos]);
  if (word && lx->end - pos < 3) return std::nullopt;
  // A "%" inside a URL ("%20", "q=30%25") is an escape, not a percent.
  if (!word && ((pos > 0 && numeric::is_alnum(text[pos - 1])) ||
                (lx->end < text.size() && numeric::is_alnum(text[lx->end])))) {
    return std::nullopt;
  }
  mention m;
  if (k == lex_kind::percent) {
    m.type = mention_type::percent;
    m.value.unit = "%";
  } else if (k == lex_kind::currency) {
    const std::string_view w = text.substr(pos, lx->end - pos);
    // Currency names that are also common words need a number.
    if (w == "won" || w == "real" || w == "rand" || w == "som" || w == "dong" || w == "sums" ||
        w == "sum" || w == "Sum" || w == "dram" || w == "Dram" ||
        w == "Won" || w == "Real" || w == "Rand") {
      return std::nullopt;
    }
    m.type = mention_type::money;
    m.value.unit = lx->what.unit;
  } else if (k == lex_kind::unit && word) {
    m.type = mention_type::quantity;
    m.value.unit = lx->what.unit;
  } else {
    return std::nullopt;
  }
  m.start = m.amount_start = m.number_start = m.number_end = pos;
  m.end = lx->end;
  m.value.stated = std::string(text.substr(pos, lx->end - pos));
  return m;
}

// The mention from `start` whose amount at `q` (after the qualifier
// `qual`, if any) is one of whole_amount's common forms: what the phrase
// reader below gives, with no range, bound suffix or second bound to
// look for. `declined` when whole_amount does not read it (or a second
// bound may follow), and the phrase reader must.
std::optional<mention> whole_mention(std::string_view text, std::size_t start, std::size_t q,
                                     std::optional<qual_code> qual, const scan_options& opts, bool& declined) {
  // One object returned on every path: the mention is built in the
  // caller's storage.
  std::optional<mention> out;
  const auto a = numeric::whole_amount(text, q);
  if (!a) {
    declined = true;
    return out;
  }
  if (qual && (is_lower(*qual) || is_upper(*qual))) {
    // "more than 100, but less than 300": the two bounds join below.
    std::size_t s = numeric::skip_blanks(text, a->end);
    if (s < text.size() && text[s] == ',') s = numeric::skip_blanks(text, s + 1);
    if (text.substr(s, 4) == "and " || text.substr(s, 4) == "but ") s = numeric::skip_blanks(text, s + 3);
    if (qualifier_at(text, s)) {
      declined = true;
      return out;
    }
  }
  if (a->bare() && previous_kind(text, q) == lex_kind::not_number) return out;
  // A bare year is the temporal grammar's ("2022 marks the anniversary").
  if (a->bare() && a->num.year_like && (!qual || *qual == qual_code::approx)) return out;
  mention& m = out.emplace();
  build_into(m, text, start, a->end, *a, nullptr, qual, opts);
  m.amount_start = a->start;
  if (a->num.ordinal) m.value.unit.clear();
  attach_change(text, m);
  return out;
}

// A number word alone ("two", "seventy", "first") before a word that no
// reader takes after a number ("two countries", "the first round"): the
// mention amount_at and the phrase reader give, built without them.
// `declined` when another word, a hyphen or punctuation follows.
std::optional<mention> spelled_mention(std::string_view text, std::size_t pos, const numeric::lexeme& first,
                                       const scan_options& opts, bool& declined) {
  std::optional<mention> out;  // returned on every path (built in place)
  const std::size_t e = first.end;
  declined = true;
  if (e + 1 >= text.size() || text[e] != ' ' || !numeric::is_alpha(text[e + 1])) return out;
  // read_over: "one in three", "two out of five".
  if (text.substr(e + 1, 3) == "in " || text.substr(e + 1, 7) == "out of ") return out;
  if (numeric::lexeme_at(text, e + 1)) return out;
  const auto sp = numeric::spelled_at(text, pos);
  if (!sp || sp->end != e || sp->year_like || sp->scale != 1.0) return out;
  declined = false;
  amount a;
  a.start = a.number_start = pos;
  a.num = *sp;
  a.end = a.number_end = e;
  if (a.bare()) {
    const lex_kind before = previous_kind(text, pos);
    if (before == lex_kind::not_number) return out;
    if (a.num.lone_one && before == lex_kind::determiner) return out;
  }
  mention& m = out.emplace();
  build_into(m, text, pos, e, a, nullptr, std::nullopt, opts);
  m.amount_start = pos;
  if (a.num.ordinal) m.value.unit.clear();
  attach_change(text, m);
  return out;
}

}  // namespace

std::optional<mention> match_numeric(std::string_view text, std::size_t pos,
                                     const scan_options& opts) {
  const numeric::word_memo_scope memo;  // the words around pos, asked once each
  // Digits glued by a hyphen to a word are a name: "COVID-19", "F-16"; digits
  // after "%", "=" or "/" belong to a URL or a code.
  if (pos >= 2 && numeric::is_digit(text[pos]) && text[pos - 1] == '-' &&
      numeric::is_alnum(text[pos - 2])) {
    return std::nullopt;
  }
  if (pos >= 1 && (text[pos - 1] == '%' || text[pos - 1] == '=' || text[pos - 1] == '/' ||
                   text[pos - 1] == '&' || text[pos - 1] == '#' || text[pos - 1] == '_')) {
    return std::nullopt;
  }
  // The commonest whole mentions, read in one pass (whole_mention).
  if ((numeric::is_digit(text[pos]) || text[pos] == '$') && temporal::fast_paths() && !opts.bare_units &&
      !opts.relative_ordinals) {
    bool declined = false;
    auto m = whole_mention(text, pos, pos, std::nullopt, opts, declined);
    if (!declined) return m;
  }
  // A mention that starts with a word starts with a lexicon word: most
  // candidate words ("at", "by", "during") stop here after one lookup.
  // The lexeme at pos, when looked up here: the qualifier test below
  // reuses it (the same question).
  std::optional<numeric::lexeme> first;
  bool first_known = false;
  if (numeric::is_alpha(text[pos]) && !opts.bare_units && !opts.relative_ordinals) {
    first = numeric::lexeme_at(text, pos);
    first_known = true;
    if (!first) return std::nullopt;
    switch (first->what.kind) {
      case lex_kind::determiner:
      case lex_kind::not_number:
      case lex_kind::clock:
      case lex_kind::basis:
      case lex_kind::range_to:
      case lex_kind::and_word:
      case lex_kind::point:
      case lex_kind::unit:
      case lex_kind::fold:
      case lex_kind::or_bound:
      case lex_kind::or_equal:
      case lex_kind::points:
      case lex_kind::relative:
      case lex_kind::scale_abbr:
        return std::nullopt;
      case lex_kind::change:
        if (first->what.value == 0.0) return std::nullopt;
        break;
      case lex_kind::digit_word:
      case lex_kind::teen:
      case lex_kind::tens:
      case lex_kind::ordinal:
        if (temporal::fast_paths()) {
          bool declined = false;
          auto m = spelled_mention(text, pos, *first, opts, declined);
          if (!declined) return m;
        }
        break;
      default:
        break;
    }
  }
  if (text[pos] == '>' && pos > 0 && text[pos - 1] == '<') return std::nullopt;  // "<>30"
  std::size_t q = pos;
  std::optional<qual_code> qual;
  bool between = false;
  // No lexicon word or symbol starts with a digit (the fast-path test
  // checks the tables): at a digit, the qualifier, between, fold and
  // percent-first readings below find nothing, and are not asked.
  const bool digit_first = numeric::is_digit(text[pos]) && temporal::fast_paths();
  if (opts.relative_ordinals) {
    if (const auto r = numeric::word_at(text, pos); r && r->what.kind == lex_kind::relative) {
      mention m;
      m.type = mention_type::ordinal;
      m.start = m.amount_start = m.number_start = pos;
      m.end = m.number_end = r->end;
      m.relative_to = r->what.unit;
      m.value.number = r->what.aux;
      m.value.value = interval::point(r->what.aux);
      m.value.stated = std::string(text.substr(pos, r->end - pos));
      return m;
    }
  }
  if (digit_first) {
    // the amount below
  } else if (const auto lx = first_known ? (first->what.kind == lex_kind::qualifier ? first : std::nullopt)
                                          : qualifier_at(text, pos)) {
    if (direction_up_to(text, pos, *lx)) return std::nullopt;
    qual = static_cast<qual_code>(lx->what.aux);
    q = numeric::skip_blanks(text, lx->end);
    if (q < text.size() && (numeric::is_digit(text[q]) || text[q] == '$') && temporal::fast_paths() &&
        !opts.bare_units && !opts.relative_ordinals) {
      bool declined = false;
      auto m = whole_mention(text, pos, q, qual, opts, declined);
      if (!declined) return m;
    }
    // "more than doubled", "nearly triple": a qualified fold verb.
    if (const auto fw = numeric::word_at(text, q);
        fw && fw->what.kind == lex_kind::change && fw->what.value != 0.0) {
      return fold_word(text, pos, q, *fw, qual, opts);
    }
  } else if (const auto w = numeric::word_at(text, pos)) {
    const auto k = w->what.kind;
    if (k == lex_kind::between) {
      between = true;
      q = numeric::skip_blanks(text, w->end);
    } else if (k == lex_kind::change && w->what.value != 0.0) {
      // "doubled", "halved", "fivefold": a fold by itself; the bare verb
      // ("double") only after a modal or "to" ("is expected to double").
      if (bare_fold_verb(text.substr(pos, w->end - pos)) && !after_modal(text, pos)) {
        return std::nullopt;
      }
      return fold_word(text, pos, pos, *w, std::nullopt, opts);
    }
  }
  // "percent of 10", "per cent of twenty-two": a percentage, word first.
  if (!qual && !between && !digit_first) {
    if (const auto p = numeric::word_at(text, pos); p && p->what.kind == lex_kind::percent) {
      const std::size_t of = numeric::skip_blanks(text, p->end);
      if (text.substr(of, 3) == "of ") {
        const auto v = numeric::amount_at(text, numeric::skip_blanks(text, of + 3));
        if (v && !v->reject && v->bare()) {
          numeric::amount pa = *v;
          pa.unit = "%";
          mention m = build(text, pos, v->end, pa, nullptr, std::nullopt, opts);
          m.amount_start = m.number_start = pos;
          return m;
        }
      }
    }
  }
  // After a qualifier or "between", no amount starts at a word that is no
  // lexicon word or is a determiner ("between the two countries", "over
  // the past 12 years", "between January and"): amount_at would find
  // nothing there (no number word, sign word or symbol starts it).
  if ((qual || between) && temporal::fast_paths() && q < text.size() && numeric::is_alpha(text[q])) {
    const auto w = numeric::lexeme_at(text, q);
    if (!w || w->what.kind == lex_kind::determiner) return std::nullopt;
  }
  auto a = numeric::amount_at(text, q);
  if (!a) {
    if (opts.bare_units && !qual && !between) return bare_unit(text, pos);
    return std::nullopt;
  }
  if (a->reject) return std::nullopt;
  const std::size_t num_start = q;
  // A number after "Boeing", "page", "section" is a name; "one" after "the"
  // or "which" is a pronoun.
  if (a->bare()) {
    const lex_kind before = previous_kind(text, num_start);
    if (before == lex_kind::not_number) return std::nullopt;
    if (a->num.lone_one && !qual && before == lex_kind::determiner) return std::nullopt;
  }
  std::optional<amount> b;
  std::size_t end = a->end;
  const amount a_alone = *a;
  if (auto r = numeric::range_tail(text, *a, between)) {
    if (r->reject) return std::nullopt;
    b = std::move(r);
    end = b->end;
    // "increased by 850 million dollars to $5.6 billion": after "by", "to"
    // and a far larger amount is the change, then the level reached.
    const std::size_t w = previous_word(text, pos);
    const double lo = point_of(*a);
    const double hi = point_of(*b);
    if (!between && w != std::string_view::npos && text.substr(w, 3) == "by " && lo > 0 &&
        hi > 4 * lo && text.substr(a->end, b->start - a->end).find("to") != std::string_view::npos) {
      *a = a_alone;
      b.reset();
      end = a->end;
    }
  } else if (between) {
    return std::nullopt;
  }
  if (!b) {
    const auto before = qual;
    end = bound_suffix(text, end, qual);
    // "about 500 or more": the bound replaces the approximation.
    if (before && *before == qual_code::approx && qual != before) pos = num_start;
  }
  if (!b && a->bare() && a->num.year_like && (!qual || *qual == qual_code::approx)) {
    return std::nullopt;  // a bare year belongs to the temporal grammar
  }
  if (b && a->num.year_like && b->num.year_like && a->bare() && b->bare()) return std::nullopt;
  mention m = build(text, pos, end, *a, b ? &*b : nullptr, between ? std::nullopt : qual, opts);
  m.amount_start = a->start;
  if (a->num.ordinal) m.value.unit.clear();
  // Two bounds joined: "more than 100 and less than 300" is (100, 300).
  if (!b && qual && (is_lower(*qual) || is_upper(*qual)) && m.error.empty()) {
    std::size_t s = numeric::skip_blanks(text, end);
    if (s < text.size() && text[s] == ',') s = numeric::skip_blanks(text, s + 1);
    if (text.substr(s, 4) == "and " || text.substr(s, 4) == "but ") {
      s = numeric::skip_blanks(text, s + 3);
    }
    if (const auto q2 = qualifier_at(text, s)) {
      std::optional<qual_code> qual2 = static_cast<qual_code>(q2->what.aux);
      const bool opposite = is_lower(*qual) ? is_upper(*qual2) : is_lower(*qual2);
      const auto a2 = opposite ? numeric::amount_at(text, numeric::skip_blanks(text, q2->end))
                               : std::nullopt;
      if (a2 && !a2->reject && a2->unit == a->unit && a2->currency == a->currency) {
        const std::size_t end2 = bound_suffix(text, a2->end, qual2);
        mention m2 = build(text, s, end2, *a2, nullptr, qual2, opts);
        const double lo_p = is_lower(*qual) ? m.value.number : m2.value.number;
        const double hi_p = is_lower(*qual) ? m2.value.number : m.value.number;
        if (m2.error.empty() && lo_p < hi_p) {
          const auto& lo_m = is_lower(*qual) ? m : m2;
          const auto& hi_m = is_lower(*qual) ? m2 : m;
          const auto lo_iv = lo_m.value.value;
          const auto hi_iv = hi_m.value.value;
          m.value.value = engine::interval(lo_iv.lo(), hi_iv.hi(), lo_iv.lo_open(), hi_iv.hi_open());
          m.range_lo = lo_m.value.number;
          m.range_hi = hi_m.value.number;
          m.value.number = std::nan("");
          m.value.qual = qualifier::exact;
          m.end = end2;
          m.number_end = m2.number_end;
          m.value.stated = std::string(text.substr(pos, end2 - pos));
        }
      }
    }
  }
  attach_change(text, m);
  return m;
}

}  // namespace claimcheck::grammar::detail
