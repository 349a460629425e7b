// Amounts and ranges (see amount.hpp), read over the lexicon and numeral
// rule groups.
#include "grammar/numeric/amount.hpp"

#include <algorithm>
#include <cmath>

#include "grammar/numeric/convert.hpp"
#include "grammar/numeric/lexer.hpp"
#include "grammar/numeric/number.hpp"
#include "grammar/numeric/suffix.hpp"

namespace claimcheck::grammar::numeric {

namespace {

using ast::lex_kind;
using detail::digit_at;
using detail::read_over;
using detail::read_suffix;
using detail::starts_with;
using detail::year_like;

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

}  // namespace

std::optional<amount> amount_at(std::string_view text, std::size_t pos) {
  const std::size_t n = text.size();
  amount a;
  a.start = pos;
  std::size_t q = pos;
  if (const auto s = symbol_at(text, q); s && s->what.kind == lex_kind::currency) {
    // A code glued to a hyphen and digits is a model or a designation:
    // "SR-71", "BD-5".
    if (is_alpha(text[s->end - 1]) && s->end + 1 < n && text[s->end] == '-' &&
        is_digit(text[s->end + 1])) {
      return std::nullopt;
    }
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
  bool to = false;
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
    to = w->what.kind == lex_kind::range_to;
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
  // A range needs both ends of the same kind. "rose 8 percent in 2022 to
  // $26 billion": a year, then the level reached; "shrank by 850,000 to
  // 1.41 billion": a change, then the level (the scale word cannot carry
  // back to a number that is already in the thousands).
  if (to && !between && first.bare()) {
    if (first.num.year_like && !b->bare() && !b->num.year_like) return std::nullopt;
    const double b_scale = b->scale * b->num.scale;
    if (b_scale >= 1000.0 && first.num.value >= 1000.0) return std::nullopt;
  }
  // "climbed 5.4% to 440,000", "rose 3 percentage points to 45", "grew
  // threefold to 900": a change, then the level reached, with no unit of
  // its own; "5% to 7%" and "5 to 7%" stay ranges.
  if (to && !between && b->bare() &&
      (first.unit == "%" || first.unit == "pp" || first.unit == "x")) {
    return std::nullopt;
  }
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
