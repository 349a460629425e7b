// Amounts and ranges (see amount.hpp), read over the lexicon and numeral
// rule groups.
#include "grammar/numeric/amount.hpp"

#include <algorithm>
#include <cmath>

#include "grammar/numeric/convert.hpp"
#include "grammar/numeric/lexer.hpp"

namespace claimcheck::grammar::numeric {

namespace {

using ast::lex_kind;

bool starts_with(std::string_view text, std::size_t pos, std::string_view s) {
  return text.substr(pos, s.size()) == s;
}

bool digit_at(std::string_view text, std::size_t pos) {
  return pos < text.size() && is_digit(text[pos]);
}

// Four plain digits 1000..2999: a year unless something says otherwise.
bool year_like(std::string_view digits) {
  if (digits.size() != 4) return false;
  for (const char c : digits) {
    if (!is_digit(c)) return false;
  }
  return digits[0] == '1' || digits[0] == '2';
}

// The end of a run of digits and the punctuation of codes, dates, times,
// phone numbers ("10:30", "555-1234", "192.168.1.2").
std::size_t code_run_end(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (is_digit(text[pos]) || text[pos] == ':' || text[pos] == '/' ||
                               text[pos] == '-' || text[pos] == '.' || text[pos] == '+')) {
    ++pos;
  }
  return pos;
}

amount rejected(std::size_t start, std::size_t end) {
  amount a;
  a.start = start;
  a.end = end;
  a.reject = true;
  return a;
}

// The number core in digits at text[pos] (a digit or ".digit").
std::optional<amount> digits_core(std::string_view text, std::size_t pos, amount a) {
  const auto ne = numeral_at(text, pos);
  if (!ne) return std::nullopt;
  std::size_t end = *ne;
  // In a list "22,24,26,31" the last pair is no decimal comma.
  if (pos > 0 && text[pos - 1] == ',') {
    const std::size_t comma = text.substr(pos, end - pos).find(',');
    if (comma != std::string_view::npos) end = pos + comma;
  }
  const std::size_t n = text.size();
  if (end < n) {
    const char c = text[end];
    if ((c == ':' || c == '/' || c == '.') && digit_at(text, end + 1)) {
      if (c == '/') {
        const auto de = numeral_at(text, end + 1);
        const bool date = *de < n && (text[*de] == '/' || text[*de] == '-' || text[*de] == '.') &&
                          digit_at(text, *de + 1);
        if (!date) {
          const auto top = convert_numeral(text.substr(pos, end - pos));
          const auto bottom = convert_numeral(text.substr(end + 1, *de - end - 1));
          if (bottom.value != 0.0 && (*de >= n || !is_alnum(text[*de]))) {
            a.num.start = pos;
            a.num.end = *de;
            a.num.value = top.value / bottom.value;
            a.num.exact = true;
            a.num.ok = top.ok && bottom.ok;
            a.num.digits = true;
            a.end = *de;
            return a;
          }
        }
      }
      return rejected(a.start, code_run_end(text, pos));
    }
  }
  const numeral_value v = convert_numeral(text.substr(pos, end - pos));
  a.num.start = pos;
  a.num.value = v.value;
  a.num.decimals = v.decimals;
  a.num.ok = v.ok;
  a.num.digits = true;
  a.num.year_like = year_like(text.substr(pos, end - pos));
  // Powers: "1.1^23", "2.5^-1", "1.3x10^6".
  {
    std::size_t p = end;
    bool times_ten = false;
    if (p + 3 < n && (text[p] == 'x' || text[p] == 'X') && text[p + 1] == '1' &&
        text[p + 2] == '0' && text[p + 3] == '^') {
      times_ten = true;
      p += 3;
    }
    if (p < n && text[p] == '^') {
      ++p;
      bool neg = false;
      while (p < n && (text[p] == '+' || text[p] == '-')) {
        if (text[p] == '-') neg = !neg;
        ++p;
      }
      if (p < n && is_digit(text[p]) && p - end < 8) {
        const auto ee = numeral_at(text, p);
        const auto e = convert_numeral(text.substr(p, *ee - p));
        if (e.decimals == 0 && e.ok) {
          const double x = neg ? -e.value : e.value;
          a.num.value = times_ten ? v.value * std::pow(10.0, x) : std::pow(v.value, x);
          a.num.ok = v.ok && std::isfinite(a.num.value);
          a.num.exact = !times_ten;
          if (times_ten) a.num.decimals = v.decimals - static_cast<int>(x);
          a.num.year_like = false;
          a.num.end = *ee;
          a.end = *ee;
          return a;
        }
      }
    }
  }
  // Ordinal suffix: "30th", "1st", "22nd", "3rd".
  if (end + 2 <= n && is_alpha(text[end]) && (end + 2 == n || !is_alnum(text[end + 2]))) {
    const char s0 = static_cast<char>(text[end] | 0x20);
    const char s1 = static_cast<char>(text[end + 1] | 0x20);
    if ((s0 == 's' && s1 == 't') || (s0 == 'n' && s1 == 'd') || (s0 == 'r' && s1 == 'd') ||
        (s0 == 't' && s1 == 'h')) {
      a.num.ordinal = true;
      a.num.year_like = false;
      end += 2;
    }
  }
  // Mixed fraction "2 1/4".
  if (!a.num.ordinal && v.decimals == 0) {
    const std::size_t s = skip_blanks(text, end);
    if (s > end && digit_at(text, s)) {
      const auto te = numeral_at(text, s);
      if (te && *te < n && text[*te] == '/' && digit_at(text, *te + 1)) {
        const auto be = numeral_at(text, *te + 1);
        if (be && (*be >= n || (!is_alnum(text[*be]) && text[*be] != '/'))) {
          const auto top = convert_numeral(text.substr(s, *te - s));
          const auto bottom = convert_numeral(text.substr(*te + 1, *be - *te - 1));
          if (bottom.value != 0.0 && top.value < bottom.value) {
            a.num.value += top.value / bottom.value;
            a.num.exact = true;
            a.num.year_like = false;
            end = *be;
          }
        }
      }
    }
  }
  a.num.end = end;
  a.end = end;
  return a;
}

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

}  // namespace

std::optional<amount> amount_at(std::string_view text, std::size_t pos) {
  const std::size_t n = text.size();
  amount a;
  a.start = pos;
  std::size_t q = pos;
  if (const auto s = symbol_at(text, q); s && s->what.kind == lex_kind::currency) {
    a.currency = s->what.unit;
    a.factor = s->what.value;
    q = skip_blanks(text, s->end);
  }
  a.number_start = q;
  // Sign: "-", "+", U+2212, "minus", "negative".
  if (q < n && (text[q] == '-' || text[q] == '+' || starts_with(text, q, "\xE2\x88\x92"))) {
    const std::size_t after = skip_blanks(text, q + (text[q] == '\xE2' ? 3 : 1));
    if (!(digit_at(text, after) || (after < n && text[after] == '.' && digit_at(text, after + 1)))) {
      return std::nullopt;
    }
    a.negative = text[q] != '+';
    q = after;
  } else if (const auto w = word_at(text, q); w && w->what.kind == lex_kind::minus) {
    a.negative = true;
    q = skip_blanks(text, w->end);
  }
  std::optional<amount> core;
  if (digit_at(text, q) || (q < n && text[q] == '.' && digit_at(text, q + 1))) {
    core = digits_core(text, q, a);
    if (!core) return std::nullopt;
    if (core->reject) return core;
    // Letters glued to the digits that are no suffix we know: "4G", "1990s".
    const std::size_t e = core->end;
    if (e < n && is_alpha(text[e]) && !core->num.ordinal) {
      const auto lx = lexeme_at(text, e);
      if (!lx) return std::nullopt;
    }
    // Digits inside a spelled number: "3 hundred and 21", "4 thousand 3
    // hundred", "6 crore and two hundred".
    const auto peek = (!core->num.exact && !core->num.ordinal && core->num.decimals == 0 &&
                       e - q <= 3)
                          ? word_at(text, skip_blanks(text, e))
                          : std::nullopt;
    if (peek && (peek->what.kind == lex_kind::hundred || peek->what.kind == lex_kind::scale)) {
      if (auto sp = spelled_at(text, q); sp && sp->end > e && !sp->ordinal && !sp->exact) {
        amount probe = *core;
        read_suffix(text, probe);
        if (sp->end > probe.number_end) {
          core = a;
          core->num = *sp;
          core->end = sp->end;
        }
      }
    }
  } else if (auto sp = spelled_at(text, q)) {
    core = a;
    core->num = *sp;
    core->end = sp->end;
  } else if (const auto s = symbol_at(text, q);
             s && s->what.kind == lex_kind::unicode_fraction) {
    core = a;
    core->num.start = q;
    core->num.end = s->end;
    core->num.value = s->what.value;
    core->num.exact = true;
    core->end = s->end;
  } else {
    return std::nullopt;
  }
  read_over(text, *core);
  read_suffix(text, *core);
  if (core->reject) core->end = code_run_end(text, pos);
  return core;
}

std::optional<amount> range_tail(std::string_view text, amount& first, bool between) {
  const std::size_t n = text.size();
  std::size_t s = skip_blanks(text, first.end);
  bool dash = false;
  const std::size_t dash_at = s;
  if (s < n && text[s] == '-') {
    dash = true;
    ++s;
  } else if (starts_with(text, s, "\xE2\x80\x93")) {
    dash = true;
    s += 3;
  } else if (s < n && text[s] == '~') {
    ++s;
  } else if (const auto w = word_at(text, s)) {
    const bool to = w->what.kind == lex_kind::range_to;
    const bool and_word = between && w->what.kind == lex_kind::and_word;
    if (!to && !and_word) return std::nullopt;
    s = w->end;
  } else {
    return std::nullopt;
  }
  s = skip_blanks(text, s);
  auto b = amount_at(text, s);
  if (!b || b->reject || b->negative) return std::nullopt;
  if (first.num.ordinal || b->num.ordinal) return std::nullopt;
  if (dash && first.num.digits && b->num.digits && first.bare() &&
      (b->end < n && text[b->end] == '-' && digit_at(text, b->end + 1))) {
    b->reject = true;  // "1-222-2222": a phone number or a code
    return b;
  }
  if (dash && first.bare() && first.num.digits && b->num.digits && b->bare()) {
    const std::size_t l1 = first.num.end - first.num.start;
    const std::size_t l2 = b->num.end - b->num.start;
    const bool glued = first.end == dash_at && b->start == dash_at + 1;
    // "555-1234": a phone number; "1995-01": a year and month.
    if ((l1 == 3 && l2 == 4 && glued) || (first.num.year_like && l2 == 2 && glued)) {
      b->reject = true;
      return b;
    }
  }
  if (!b->currency.empty() && !first.currency.empty() && b->currency != first.currency) {
    return std::nullopt;
  }
  if (!b->unit.empty() && !first.unit.empty() && b->unit != first.unit) return std::nullopt;
  if (!first.unit.empty() && b->unit.empty() && !b->bare()) return std::nullopt;
  if (first.scale == 1.0 && first.num.scale == 1.0 && b->scale != 1.0) first.scale = b->scale;
  if (b->scale == 1.0 && b->num.scale == 1.0 && first.scale != 1.0) b->scale = first.scale;
  if (first.unit.empty()) {
    first.unit = b->unit;
    first.factor = b->factor;
  } else if (b->unit.empty()) {
    b->unit = first.unit;
    b->factor = first.factor;
  }
  if (first.currency.empty()) first.currency = b->currency;
  if (b->currency.empty()) b->currency = first.currency;
  return b;
}

}  // namespace claimcheck::grammar::numeric
