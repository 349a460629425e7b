// The whole-amount fast path (amount.hpp whole_amount): the commonest
// numeric mentions of news ("23.6 percent", "23.6%", "$31.17 billion",
// "300 billion yuan", "23 million tons", "2,500") read in one pass over the
// bytes, with the lexicon trie for the words, instead of amount_at,
// read_over, read_suffix, range_tail and bound_suffix asking the same
// questions in turn. Each step follows the reader it stands for and gives
// up (nullopt, so the full reader runs) wherever that reader could take
// another path: a comma list, a decimal comma, groups split by a space, an
// exponent, glued letters, a hyphen, a bracket, a second number, a scale or
// unit word it does not mirror, or any lexicon word after the amount that a
// range, bound, cents or fraction reading could use.
// tests/grammar/scan_fast_paths_test.cpp checks the whole scan with and
// without it, mention by mention.
#include "grammar/numeric/amount.hpp"
#include "grammar/numeric/convert.hpp"
#include "grammar/numeric/lexer.hpp"
#include "grammar/numeric/suffix.hpp"

namespace claimcheck::grammar::numeric {

namespace {

using ast::lex_kind;

// The end of the numeral at text[i] (a digit) when it is digits with
// groups of exactly three after commas (the first run one to three
// digits) and an optional decimal part: the same end as the numeral rule
// (numeral_def.hpp). 0 when the rule could read it another way.
std::size_t plain_numeral_end(std::string_view text, std::size_t i) {
  const std::size_t n = text.size();
  std::size_t e = i;
  while (e < n && is_digit(text[e])) ++e;
  const std::size_t first_run = e - i;
  while (e + 1 < n && text[e] == ',' && is_digit(text[e + 1])) {
    if (first_run > 3) return 0;
    std::size_t g = e + 1;
    while (g < n && is_digit(text[g])) ++g;
    if (g - e - 1 != 3) return 0;  // a decimal comma, an Indian group, a list
    e = g;
  }
  if (e + 1 < n && text[e] == '.' && is_digit(text[e + 1])) {
    e += 2;
    while (e < n && is_digit(text[e])) ++e;
  }
  return e;
}

// Whether the byte at text[e] ends the numeral for good: not a letter (an
// exponent, an ordinal suffix, "5k", "3x"), and no digit, group, decimal,
// fraction, time, power or range can go on from it.
bool numeral_closed(std::string_view text, std::size_t e) {
  const std::size_t n = text.size();
  if (e >= n) return true;
  const char c = text[e];
  if (c == '-') return e + 1 < n && is_alpha(text[e + 1]);  // "70-fold"
  if (is_alnum(c) || c == '^' || c == '/' || c == ':' || c == '~' ||
      static_cast<unsigned char>(c) >= 0x80) {
    return false;
  }
  if ((c == ',' || c == '.') && e + 1 < n && is_digit(text[e + 1])) return false;
  if (c == ' ' && e + 1 < n && !is_alpha(text[e + 1])) return false;  // "15 000", "2 1/4"
  return true;
}

// Whether what follows the amount ending at text[e] lets no reader go on:
// the end, punctuation that no number continues through, or one blank and
// a word that is no lexicon word (a basis word too when `basis_ok`).
bool amount_closed(std::string_view text, std::size_t e, bool basis_ok) {
  const std::size_t n = text.size();
  if (e >= n) return true;
  const char c = text[e];
  if (c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == '"' || c == '!' || c == '?') {
    return e + 1 >= n || !is_digit(text[e + 1]);
  }
  if (c != ' ' || e + 1 >= n || !is_alpha(text[e + 1])) return false;
  const auto lx = lexeme_at(text, e + 1);
  if (!lx) return true;
  return basis_ok && lx->what.kind == lex_kind::basis;
}

// A word after the number that read_over reads as a fraction ("1 over 3",
// "5 out of 10", "1 in 20").
bool over_word(std::string_view text, std::size_t s) {
  return detail::starts_with(text, s, "over ") || detail::starts_with(text, s, "out of ") ||
         detail::starts_with(text, s, "in ");
}

// digits_core's ordinal ("30th", "22nd") before a word that no reader
// takes after it ("the 30th anniversary"): no scale, unit or range reads
// on from an ordinal.
std::optional<amount> ordinal_amount(std::string_view text, amount a, std::size_t q, std::size_t ne) {
  const std::size_t n = text.size();
  if (!a.currency.empty()) return std::nullopt;
  for (std::size_t i = q; i < ne; ++i) {
    if (!is_digit(text[i])) return std::nullopt;  // "1,000th", "1.5th"
  }
  if (ne + 2 < n && is_alnum(text[ne + 2])) return std::nullopt;
  const char s0 = static_cast<char>(text[ne] | 0x20);
  const char s1 = static_cast<char>(text[ne + 1] | 0x20);
  if (!((s0 == 's' && s1 == 't') || (s0 == 'n' && s1 == 'd') || (s0 == 'r' && s1 == 'd') || (s0 == 't' && s1 == 'h'))) {
    return std::nullopt;
  }
  const std::size_t e = ne + 2;
  if (e >= n || text[e] != ' ' || !amount_closed(text, e, false)) return std::nullopt;
  const numeral_value v = convert_numeral(text.substr(q, ne - q));
  a.number_start = q;
  a.num.start = q;
  a.num.end = e;
  a.num.value = v.value;
  a.num.decimals = v.decimals;
  a.num.ok = v.ok;
  a.num.digits = true;
  a.num.ordinal = true;
  a.end = a.number_end = e;
  return a;
}

}  // namespace

std::optional<amount> whole_amount(std::string_view text, std::size_t pos) {
  const std::size_t n = text.size();
  if (pos >= n) return std::nullopt;
  amount a;
  a.start = pos;
  std::size_t q = pos;
  if (text[pos] == '$') {
    // amount_at: a currency symbol, then (no blank here) the number. No
    // other key of the symbol table starts with "$", so "$" and a digit is
    // always the "$" entry: looked up once.
    static const std::optional<lexeme> dollar = symbol_at("$1", 0);
    if (!dollar || dollar->what.kind != lex_kind::currency || dollar->end != 1) return std::nullopt;
    a.currency = dollar->what.unit;
    a.factor = dollar->what.value;
    q = pos + 1;
  } else if (pos > 0 && text[pos - 1] == ',') {
    return std::nullopt;  // digits_core cuts a list "22,24,26" at its commas
  }
  if (!detail::digit_at(text, q)) return std::nullopt;
  const std::size_t ne = plain_numeral_end(text, q);
  if (ne == 0) return std::nullopt;
  if (ne + 1 < n && is_alpha(text[ne])) return ordinal_amount(text, a, q, ne);
  if (!numeral_closed(text, ne)) return std::nullopt;
  const numeral_value v = convert_numeral(text.substr(q, ne - q));
  a.number_start = q;
  a.num.start = q;
  a.num.end = ne;
  a.num.value = v.value;
  a.num.decimals = v.decimals;
  a.num.ok = v.ok;
  a.num.digits = true;
  a.num.year_like = detail::year_like(text.substr(q, ne - q));
  std::size_t end = ne;
  // read_suffix: one scale word ("million"), after one blank.
  std::optional<lexeme> next;
  if (end < n && text[end] == ' ') {
    next = lexeme_at(text, end + 1);
    if (next && next->what.kind == lex_kind::scale) {
      a.scale = next->what.value;
      end = next->end;
      next.reset();
      if (end < n && text[end] == ' ') next = lexeme_at(text, end + 1);
    } else if (over_word(text, end + 1)) {
      return std::nullopt;
    }
  }
  a.number_end = end;
  // The unit, percent or currency word after it, or "%" glued.
  bool unit = false;
  if (end < n && text[end] == '-') {
    // read_suffix's hyphenated fold or unit: "70-fold", "3-inch".
    const auto h = end == ne ? word_at(text, end + 1) : std::nullopt;
    if (!h) return std::nullopt;
    if (h->what.kind == lex_kind::fold) {
      a.unit = "x";
    } else if (h->what.kind == lex_kind::unit && a.currency.empty()) {
      a.unit = h->what.unit;
      a.factor = h->what.value;
    } else {
      return std::nullopt;
    }
    end = h->end;
    unit = true;
  } else if (end < n && text[end] == '%') {
    if (!a.currency.empty()) return std::nullopt;
    const auto p = lexeme_at(text, end);
    if (!p || p->what.kind != lex_kind::percent || p->end != end + 1) return std::nullopt;
    a.unit = "%";
    end = p->end;
    unit = true;
  } else if (next) {
    const std::string_view w = text.substr(end + 1, next->end - end - 1);
    switch (next->what.kind) {
      case lex_kind::percent:
        if (!a.currency.empty()) return std::nullopt;
        a.unit = "%";
        break;
      case lex_kind::unit:
        // "5 feet 2 inches" (read_inches) and "L-202" go to the full reader.
        if (!a.currency.empty() || w == "ft" || w == "feet" || w == "foot") return std::nullopt;
        if (next->end < n && text[next->end] == '-') return std::nullopt;
        a.unit = next->what.unit;
        a.factor = next->what.value;
        break;
      case lex_kind::currency:
        // A currency word after a scale word ("300 billion yuan"): no
        // cents, no "USD million", no "pounds" of weight can follow.
        if (!a.currency.empty() || a.scale == 1.0 || !is_alpha(text[end + 1]) || w.substr(0, 5) == "pound") {
          return std::nullopt;
        }
        if (next->end < n && is_digit(text[next->end])) return std::nullopt;
        a.currency = next->what.unit;
        a.factor = next->what.value;
        break;
      default:
        return std::nullopt;
    }
    end = next->end;
    unit = true;
  }
  a.end = end;
  if (!amount_closed(text, end, unit)) return std::nullopt;
  return a;
}

}  // namespace claimcheck::grammar::numeric
