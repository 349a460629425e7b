// Amounts and ranges (see amount.hpp), read over the lexicon and numeral
// rule groups.
#include "grammar/numeric/amount.hpp"

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
      if (w == "g") {
        a.unit = "t";
        a.factor = 1e-6;
        q = lx->end;
        break;
      }
      if (s > q && w.size() == 1 && w != "k" && w != "K" && w != "M" && !money) break;
      a.scale *= lx->what.value;
      q = lx->end;
      continue;
    }
    break;
  }
  a.end = q;
  if (!a.unit.empty()) return;
  // Hyphenated fold: "70-fold".
  if (q < n && text[q] == '-') {
    const auto lx = word_at(text, q + 1);
    if (lx && lx->what.kind == lex_kind::fold) {
      a.unit = "x";
      a.end = lx->end;
    }
    return;
  }
  const std::size_t s = (q < n && (is_alpha(text[q]) || text[q] == '%')) ? q : skip_blanks(text, q);
  const auto lx = lexeme_at(text, s);
  if (!lx) {
    // "3x": a fold.
    if (s == q && q < n && (text[q] == 'x' || text[q] == 'X') &&
        (q + 1 == n || !is_alnum(text[q + 1]))) {
      a.unit = "x";
      a.end = q + 1;
    }
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
    case lex_kind::currency:
      if (a.num.ordinal) break;
      if (a.currency.empty() || a.currency == lx->what.unit) {
        a.currency = lx->what.unit;
        if (text.substr(s, lx->end - s) == "cents") a.factor = 0.01;
        a.end = lx->end;
      }
      break;
    case lex_kind::unit:
      if (a.currency.empty() && !a.num.ordinal) {
        a.unit = lx->what.unit;
        a.factor = lx->what.value;
        a.end = lx->end;
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
      break;
  }
}

}  // namespace

std::optional<amount> amount_at(std::string_view text, std::size_t pos) {
  const std::size_t n = text.size();
  amount a;
  a.start = pos;
  std::size_t q = pos;
  if (const auto s = symbol_at(text, q); s && s->what.kind == lex_kind::currency) {
    a.currency = s->what.unit;
    q = skip_blanks(text, s->end);
  }
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
  read_suffix(text, *core);
  if (core->reject) core->end = code_run_end(text, pos);
  return core;
}

std::optional<amount> range_tail(std::string_view text, amount& first, bool between) {
  const std::size_t n = text.size();
  std::size_t s = skip_blanks(text, first.end);
  bool dash = false;
  if (s < n && text[s] == '-') {
    dash = true;
    ++s;
  } else if (starts_with(text, s, "\xE2\x80\x93")) {
    dash = true;
    s += 3;
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
  if (dash && first.bare() && first.num.digits && b->num.digits &&
      first.num.end - first.num.start >= 3 && b->num.end - b->num.start >= 4) {
    b->reject = true;
    return b;
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
