// What follows a number inside one amount (see suffix.hpp).
#include "grammar/numeric/suffix.hpp"

#include <algorithm>
#include <cmath>

#include "grammar/numeric/convert.hpp"
#include "grammar/numeric/number.hpp"

namespace claimcheck::grammar::numeric::detail {

namespace {

using ast::lex_kind;

// Cents after a money amount: "3 dollars 50 cents", "$20 and 43 cents",
// "15 dollars and 50". With only a symbol before the number, the cents
// word is required.
void read_cents(std::string_view text, amount& a, bool need_word) {
  if (a.scale != 1.0 || a.num.decimals != 0 || a.num.exact) return;
  std::size_t q = skip_blanks(text, a.end);
  if (q == a.end) return;  // "USD50" is an amount of its own
  if (const auto w = word_at(text, q); w && w->what.kind == lex_kind::and_word) {
    q = skip_blanks(text, w->end);
  }
  double cents = 0.0;
  std::size_t end = q;
  if (digit_at(text, q)) {
    const auto ne = numeral_at(text, q);
    if (!ne || *ne - q > 2 || (*ne < text.size() && is_alnum(text[*ne]))) return;
    cents = convert_numeral(text.substr(q, *ne - q)).value;
    end = *ne;
  } else if (const auto sp = spelled_at(text, q); sp && !sp->exact && !sp->ordinal) {
    cents = sp->value;
    end = sp->end;
  } else {
    return;
  }
  if (cents >= 100.0 || cents != std::floor(cents)) return;
  const std::size_t c = skip_blanks(text, end);
  const auto cw = word_at(text, c);
  const bool cents_word = cw && cw->what.kind == lex_kind::currency && cw->what.value == 0.01;
  if (cents_word) {
    end = cw->end;
  } else {
    if (need_word) return;
    // Nothing that makes the number something else may follow.
    if (cw && cw->what.kind != lex_kind::and_word) return;
    if (c < text.size() && (text[c] == '%' || text[c] == '-')) return;
  }
  a.num.value += cents / 100.0;
  a.num.decimals = 2;
  a.end = end;
}

// "5 feet 2 inches", "12 ft 2 in", "5 feet and 2 inches": one length.
void read_inches(std::string_view text, amount& a, std::size_t unit_at) {
  const std::string_view u = text.substr(unit_at, a.end - unit_at);
  if (!(u == "ft" || u == "feet" || u == "foot") || a.scale != 1.0 || a.num.exact) return;
  std::size_t q = skip_blanks(text, a.end);
  if (text.substr(q, 4) == "and ") q = skip_blanks(text, q + 4);
  const auto ne = digit_at(text, q) ? numeral_at(text, q) : std::nullopt;
  if (!ne) return;
  const std::size_t w = skip_blanks(text, *ne);
  const bool in = text.substr(w, 6) == "inches" || text.substr(w, 4) == "inch" ||
                  (text.substr(w, 2) == "in" && (w + 2 >= text.size() || !is_alnum(text[w + 2])));
  if (!in || w == *ne) return;
  std::size_t e = w + 2;
  if (text.substr(w, 6) == "inches") e = w + 6;
  else if (text.substr(w, 4) == "inch") e = w + 4;
  const auto inches = convert_numeral(text.substr(q, *ne - q));
  a.num.value += inches.value / 12.0;
  a.num.exact = true;
  a.end = e;
}

// The scale, unit, currency or percent after the number.
}  // namespace

void read_suffix(std::string_view text, amount& a) {
  const std::size_t n = text.size();
  std::size_t q = a.end;
  for (int i = 0; i < 3; ++i) {
    const std::size_t s = (q < n && is_alpha(text[q])) ? q : skip_blanks(text, q);
    const auto lx = word_at(text, s);
    if (!lx) break;
    if (lx->what.kind == lex_kind::scale && !a.num.ordinal) {
      a.scale *= lx->what.value;
      q = lx->end;
      continue;
    }
    if ((lx->what.kind == lex_kind::hundred || lx->what.kind == lex_kind::dozen) &&
        !a.num.ordinal && a.scale == 1.0 && a.num.digits && !a.num.exact) {
      a.scale = lx->what.kind == lex_kind::hundred ? 100.0 : 12.0;  // "322 hundred", "3 dozens"
      q = lx->end;
      continue;
    }
    if (lx->what.kind == lex_kind::scale_abbr && !a.num.ordinal) {
      const std::string_view w = text.substr(s, lx->end - s);
      const bool money = !a.currency.empty();
      if (w == "m" && !money) {
        a.unit = "m";
        q = lx->end;
        break;
      }
      if (w == "mm" && !money) {
        a.unit = "m";
        a.factor = 1e-3;
        q = lx->end;
        break;
      }
      if (w == "g" && s == q) {
        a.unit = "t";
        a.factor = 1e-6;
        q = lx->end;
        break;
      }
      if (s > q && w.size() == 1 && w != "k" && w != "K" && w != "M" && w != "G" && !money) break;
      a.scale *= lx->what.value;
      q = lx->end;
      continue;
    }
    break;
  }
  // "3 million and a half"
  if (a.scale > 1.0 && a.unit.empty() && a.num.digits) {
    if (const auto f = fraction_after_and(text, skip_blanks(text, q))) {
      a.num.value += f->value;
      a.num.decimals = std::max(a.num.decimals, 1);
      q = f->end;
    }
  }
  a.end = q;
  a.number_end = a.unit.empty() ? q : a.num.end;
  if (!a.unit.empty()) return;
  // Hyphenated: "70-fold", "3-inch", "12-cent", "six-mile".
  if (q < n && text[q] == '-') {
    const auto lx = word_at(text, q + 1);
    if (!lx || a.num.ordinal) return;
    const auto k = lx->what.kind;
    if (k == lex_kind::fold) {
      a.unit = "x";
      a.end = lx->end;
    } else if (k == lex_kind::unit && a.currency.empty()) {
      a.unit = lx->what.unit;
      a.factor = lx->what.value;
      a.end = lx->end;
    } else if (k == lex_kind::currency && a.currency.empty()) {
      a.currency = lx->what.unit;
      a.factor = lx->what.value;
      a.end = lx->end;
    }
    return;
  }
  std::size_t s = (q < n && (is_alpha(text[q]) || text[q] == '%')) ? q : skip_blanks(text, q);
  // A unit in brackets: "20 (kg)", "20 [kg]".
  if (s + 2 < n && (text[s] == '(' || text[s] == '[' || text[s] == '{' || text[s] == '<')) {
    const char close = text[s] == '(' ? ')' : text[s] == '[' ? ']' : text[s] == '{' ? '}' : '>';
    const auto u = word_at(text, s + 1);
    if (u && u->what.kind == lex_kind::unit && u->end < n && text[u->end] == close &&
        a.currency.empty() && !a.num.ordinal) {
      a.unit = u->what.unit;
      a.factor = u->what.value;
      a.end = u->end + 1;
    }
    return;
  }
  const auto lx = lexeme_at(text, s);
  if (!lx) {
    // "3x": a fold.
    if (s == q && q < n && (text[q] == 'x' || text[q] == 'X') &&
        (q + 1 == n || !is_alnum(text[q + 1]))) {
      a.unit = "x";
      a.end = q + 1;
    }
    if (!a.currency.empty()) read_cents(text, a, true);
    return;
  }
  switch (lx->what.kind) {
    case lex_kind::percent:
      if (a.currency.empty()) {
        a.unit = "%";
        a.end = lx->end;
      }
      break;
    case lex_kind::points:
      if (a.currency.empty()) {
        a.unit = "pp";
        if (lx->what.value != 0.0) a.factor = lx->what.value;  // basis points
        a.end = lx->end;
      }
      break;
    case lex_kind::currency: {
      if (a.num.ordinal) break;
      const std::string_view w = text.substr(s, lx->end - s);
      // "2 pounds" is a weight; "5 million pounds" is money.
      if (w.substr(0, 5) == "pound" && w.size() <= 6 && a.scale == 1.0 && a.currency.empty()) {
        a.unit = "t";
        a.factor = 4.5359237e-4;
        a.end = lx->end;
        break;
      }
      // A symbol after the number that starts the next amount: "$ 5 $ 6".
      const bool symbol = !is_alpha(text[s]);
      if (symbol && digit_at(text, skip_blanks(text, lx->end))) break;
      if (digit_at(text, lx->end)) break;  // "3 USD50": the code starts the next amount
      if (a.currency.empty() || a.currency == lx->what.unit) {
        if (a.currency.empty()) a.factor = lx->what.value;
        a.currency = lx->what.unit;
        a.end = lx->end;
        // "75 USD million"
        if (a.scale == 1.0) {
          const auto sc = word_at(text, skip_blanks(text, a.end));
          if (sc && sc->what.kind == lex_kind::scale) {
            a.scale = sc->what.value;
            a.end = sc->end;
          }
        }
        if (lx->what.value == 1.0) read_cents(text, a, false);
      }
      break;
    }
    case lex_kind::unit:
      // "L-202" is a model code, not litres.
      if (lx->end + 1 < n && text[lx->end] == '-' && digit_at(text, lx->end + 1)) break;
      if (a.currency.empty() && !a.num.ordinal) {
        a.unit = lx->what.unit;
        a.factor = lx->what.value;
        a.end = lx->end;
        read_inches(text, a, s);
      }
      break;
    case lex_kind::fold:
      if (a.currency.empty() && !a.num.ordinal) {
        a.unit = "x";
        a.end = lx->end;
        // "three times as many", "five times as much": the comparison
        // belongs to the fold.
        for (std::string_view tail : {" as many", " as much"}) {
          if (text.substr(a.end, tail.size()) == tail &&
              (a.end + tail.size() == n || !is_alnum(text[a.end + tail.size()]))) {
            a.end += tail.size();
            break;
          }
        }
      }
      break;
    case lex_kind::clock:
      if (a.num.digits && a.bare()) a.reject = true;
      break;
    default:
      if (!a.currency.empty()) read_cents(text, a, true);
      break;
  }
}

// "1 over 3", "one out of three", "1 in twenty-one": a fraction. "out of"
// and "in" only for a proper fraction ("12 out of 10" is two numbers), and
// never before a year ("1 in 2021").
void read_over(std::string_view text, amount& a) {
  if (a.num.exact || a.num.ordinal || a.num.decimals != 0 || a.num.value == 0.0) return;
  const std::size_t s = skip_blanks(text, a.end);
  if (s == a.end) return;
  std::size_t q = s;
  bool over = false;
  if (text.substr(s, 5) == "over ") {
    over = true;
    q = s + 5;
  } else if (text.substr(s, 7) == "out of ") {
    q = s + 7;
  } else if (text.substr(s, 3) == "in ") {
    q = s + 3;
  } else {
    return;
  }
  q = skip_blanks(text, q);
  number d;
  if (digit_at(text, q)) {
    const auto ne = numeral_at(text, q);
    if (!ne || (*ne < text.size() && (is_alnum(text[*ne]) || text[*ne] == '.' || text[*ne] == ','))) {
      return;
    }
    const auto v = convert_numeral(text.substr(q, *ne - q));
    if (v.decimals != 0 || year_like(text.substr(q, *ne - q))) return;
    d.value = v.value;
    d.end = *ne;
  } else if (const auto sp = spelled_at(text, q); sp && !sp->exact && !sp->ordinal) {
    d = *sp;
  } else {
    return;
  }
  if (d.value == 0.0 || (!over && d.value <= a.num.value)) return;
  if (over) {
    // "2000 over 3" ends there; "$10000 over 3 years" is a span of time.
    if (!a.currency.empty()) return;
    const std::size_t e = skip_blanks(text, d.end);
    if (e < text.size() && (is_alnum(text[e]) || text[e] == '-')) return;
  }
  // A unit or time word after the denominator makes it a quantity of its own.
  const std::size_t after = skip_blanks(text, d.end);
  if (const auto lx = lexeme_at(text, after); lx && lx->what.kind != lex_kind::and_word &&
                                               lx->what.kind != lex_kind::percent) {
    if (lx->what.kind == lex_kind::unit || lx->what.kind == lex_kind::currency ||
        lx->what.kind == lex_kind::scale) {
      return;
    }
  }
  a.num.value /= d.value;
  a.num.exact = true;
  a.num.year_like = false;
  a.num.end = d.end;
  a.end = d.end;
}


}  // namespace claimcheck::grammar::numeric::detail
