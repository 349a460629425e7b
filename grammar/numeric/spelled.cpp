// Spelled numbers (see number.hpp): the lexicon rule recognises each word;
// this reads the word sequence the classic way (current group, running
// total, descending scales) and stops at the first word that does not fit,
// keeping the longest well-formed prefix.
#include <cmath>
#include <string>

#include "grammar/numeric/lexer.hpp"
#include "grammar/numeric/number.hpp"

namespace claimcheck::grammar::numeric {

std::size_t skip_blanks(std::string_view text, std::size_t pos) {
  bool newline = false;
  while (pos < text.size()) {
    const char c = text[pos];
    if (c == ' ' || c == '\t' || c == '\r') {
      ++pos;
    } else if (c == '\n' && !newline) {
      newline = true;
      ++pos;
    } else {
      break;
    }
  }
  return pos;
}

namespace {

using ast::lex_kind;

// Between number words: blanks, or a hyphen with optional blanks around.
std::size_t skip_joiner(std::string_view text, std::size_t pos) {
  std::size_t q = skip_blanks(text, pos);
  if (q < text.size() && text[q] == '-') q = skip_blanks(text, q + 1);
  return q;
}

enum class last_t { none, unit, teen, tens, hundred, scale, article, and_word, half };

bool small(last_t l) { return l == last_t::unit || l == last_t::teen || l == last_t::tens; }

// Digit words after "point": "zero three" -> "03", "seventy-one" -> "71".
std::size_t decimal_words(std::string_view text, std::size_t pos, std::string& digits) {
  std::size_t end = pos;
  std::size_t q = pos;
  for (int i = 0; i < 32; ++i) {
    const std::size_t at = skip_joiner(text, q);
    const auto lx = word_at(text, at);
    if (!lx) break;
    const auto k = lx->what.kind;
    const int v = static_cast<int>(lx->what.value);
    if (k == lex_kind::digit_word) {
      digits.push_back(static_cast<char>('0' + v));
    } else if (k == lex_kind::teen || (k == lex_kind::tens && digits.empty())) {
      digits += std::to_string(v);
      if (k == lex_kind::tens) {
        const std::size_t at2 = skip_joiner(text, lx->end);
        const auto u = word_at(text, at2);
        if (u && u->what.kind == lex_kind::digit_word && u->what.value > 0) {
          digits.back() = static_cast<char>('0' + static_cast<int>(u->what.value));
          end = q = u->end;
          break;
        }
      }
    } else {
      break;
    }
    end = q = lx->end;
    if (k != lex_kind::digit_word) break;
  }
  return end;
}

}  // namespace

// A fraction phrase right after "and" in a digit amount: "3 million and a
// half" -> 0.5. Reads "a half", "one half", "three quarters", "two thirds".
std::optional<number> fraction_after_and(std::string_view text, std::size_t pos) {
  const auto w = word_at(text, pos);
  if (!w || w->what.kind != lex_kind::and_word) return std::nullopt;
  const auto f = spelled_at(text, skip_blanks(text, w->end));
  if (!f || !f->exact || f->value >= 1.0 || f->scale != 1.0) return std::nullopt;
  return f;
}

std::optional<number> spelled_at(std::string_view text, std::size_t pos) {
  number out;
  out.start = pos;
  double total = 0.0;
  double current = 0.0;
  double last_scale = 1e300;
  double whole_at_and = -1.0;  // total + current when "and" was read
  double current_at_and = 0.0;
  bool and_after_scale = false;
  bool and_after_small = false;  // "ten and ...": only a fraction may follow
  std::size_t end_at_and = pos;
  double scale_at_and = 1.0;
  double before_tens = -1.0;  // the number before the latest tens word
  last_t kind_before_tens = last_t::none;
  double tens_value = 0.0;
  double place = 1.0;  // the value of the last word's unit, for precision
  last_t last = last_t::none;
  std::size_t end = pos;
  std::size_t q = pos;
  int words = 0;
  bool done = false;
  bool fraction_done = false;
  bool only_one = true;
  double value = 0.0;

  // "of a million" / "million" after a fraction: scales it.
  auto scale_after = [&](std::size_t from, double& v) {
    std::size_t a = skip_blanks(text, from);
    auto nx = word_at(text, a);
    if (nx && nx->what.kind == lex_kind::and_word) return;
    if (text.substr(a, 3) == "of ") {
      a = skip_blanks(text, a + 2);
      nx = word_at(text, a);
    }
    if (nx && nx->what.kind == lex_kind::article) {
      a = skip_blanks(text, nx->end);
      nx = word_at(text, a);
    }
    if (nx && (nx->what.kind == lex_kind::scale || nx->what.kind == lex_kind::dozen)) {
      v *= nx->what.value;
      end = nx->end;
    }
  };

  for (int guard = 0; guard < 64 && !done; ++guard) {
    const std::size_t at = last == last_t::none ? q : skip_joiner(text, q);
    // A small integer in digits plays a number word: "3 hundred and 21".
    if (at < text.size() && is_digit(text[at])) {
      const auto ne = numeral_at(text, at);
      if (!ne || *ne - at > 3 || (*ne < text.size() && (is_alnum(text[*ne]) || text[*ne] == '.'))) {
        break;
      }
      if (!(last == last_t::none || last == last_t::hundred || last == last_t::scale ||
            last == last_t::and_word)) {
        break;
      }
      double v = 0;
      for (std::size_t i = at; i < *ne; ++i) v = v * 10 + (text[i] - '0');
      if (v == 0 && last != last_t::none) break;
      current += v;
      last = last_t::teen;
      only_one = false;
      place = 1.0;
      end = q = *ne;
      ++words;
      continue;
    }
    const auto lx = word_at(text, at);
    if (!lx) break;
    const ast::entry& e = lx->what;
    bool commit = true;
    switch (e.kind) {
      case lex_kind::digit_word:
        if (last == last_t::none || last == last_t::hundred || last == last_t::scale ||
            last == last_t::and_word ||
            (last == last_t::tens && e.value > 0)) {
          if (e.value == 0 && last != last_t::none) {
            done = true;
            commit = false;
            break;
          }
          current += e.value;
          if (e.value != 1 || words > 0) only_one = false;
          last = last_t::unit;
          place = 1.0;
        } else {
          done = true;
          commit = false;
        }
        break;
      case lex_kind::teen:
      case lex_kind::tens:
        if (e.kind == lex_kind::tens && (small(last) || last == last_t::article)) {
          // "one twenty-fifth", "three twenty firsts", "twenty twenty fifths":
          // a compound denominator after the numerator.
          const auto dn = word_at(text, skip_joiner(text, lx->end));
          if (dn && (dn->what.kind == lex_kind::fraction || dn->what.kind == lex_kind::ordinal) &&
              dn->what.value < 10) {
            const double numer = last == last_t::article ? 1.0 : total + current;
            value = numer / (e.value + dn->what.value);
            fraction_done = true;
            end = dn->end;
            ++words;
            done = true;
            commit = false;
            break;
          }
        }
        if (last == last_t::none || last == last_t::hundred || last == last_t::scale ||
            last == last_t::and_word) {
          if (e.kind == lex_kind::tens) {
            before_tens = (last == last_t::none || last == last_t::and_word) ? -1.0 : total + current;
            kind_before_tens = last;
            tens_value = e.value;
          }
          current += e.value;
          last = e.kind == lex_kind::teen ? last_t::teen : last_t::tens;
          only_one = false;
          place = 1.0;
        } else {
          done = true;
          commit = false;
        }
        break;
      case lex_kind::hundred:
        if ((small(last) || last == last_t::article || last == last_t::none) &&
            std::fmod(current, 1000.0) < 100.0) {
          const double group = std::fmod(current, 1000.0);
          current = current - group + (group == 0 ? 1 : group) * 100.0;
          last = last_t::hundred;
          only_one = false;
        } else {
          // "3 hundred and 2 hundred": two numbers.
          if (whole_at_and >= 0 && small(last)) and_after_small = true;
          done = true;
          commit = false;
        }
        break;
      case lex_kind::scale:
        if ((small(last) || last == last_t::hundred || last == last_t::article) &&
            e.value < last_scale) {
          total += (current == 0 ? 1.0 : current) * e.value;
          current = 0;
          last_scale = e.value;
          last = last_t::scale;
          only_one = false;
          place = e.value;
        } else if (last == last_t::scale && e.value > last_scale && total < e.value) {
          total *= e.value;  // "three lakh crore": scales multiply
          last_scale = e.value;
          place *= e.value;
        } else {
          done = true;
          commit = false;
        }
        break;
      case lex_kind::dozen:
        if (small(last) || last == last_t::hundred || last == last_t::article) {
          if (whole_at_and >= 0 && small(last)) {
            current = current_at_and + (current - current_at_and) * 12.0;
          } else {
            current = (current == 0 ? 1.0 : current) * 12.0;
          }
          only_one = false;
          place = 1.0;
          done = true;
        } else {
          done = true;
          commit = false;
        }
        break;
      case lex_kind::and_word:
        if (last == last_t::hundred || last == last_t::scale || small(last)) {
          whole_at_and = total + current;
          current_at_and = current;
          and_after_small = small(last);
          end_at_and = end;
          and_after_scale = last == last_t::scale;
          scale_at_and = last_scale;
          last = last_t::and_word;
          commit = false;
        } else {
          done = true;
          commit = false;
        }
        break;
      case lex_kind::article:
        if (last == last_t::none || last == last_t::and_word) {
          last = last_t::article;
          commit = false;
        } else {
          done = true;
          commit = false;
        }
        break;
      case lex_kind::point:
        if (small(last) || last == last_t::hundred || last == last_t::scale) {
          std::string digits;
          const std::size_t d_end = decimal_words(text, lx->end, digits);
          if (!digits.empty()) {
            current += std::stod("0." + digits);
            out.decimals = static_cast<int>(digits.size());
            place = 0.0;
            end = d_end;
            only_one = false;
            ++words;
          }
        }
        done = true;
        commit = false;
        break;
      case lex_kind::fraction:
      case lex_kind::ordinal: {
        const bool plural = e.kind == lex_kind::fraction;
        const double d = e.value;
        commit = false;
        done = true;
        const bool compound = last == last_t::tens && before_tens > 0 && d < 10 &&
                              (plural || kind_before_tens == last_t::unit ||
                               kind_before_tens == last_t::teen);
        if (last == last_t::tens && before_tens < 0 && kind_before_tens == last_t::article) {
          // "a twenty-first": one twenty-first.
        }
        if (compound) {
          // "one hundred thirty fifths" = 100/35; "one twenty-fifth" = 1/25.
          value = before_tens / (tens_value + d);
          fraction_done = true;
        } else if (last == last_t::tens && kind_before_tens == last_t::article && d < 10) {
          value = 1.0 / (tens_value + d);  // "a twenty-first"
          fraction_done = true;
        } else if (plural || (e.aux == 1 && (last == last_t::unit || last == last_t::teen ||
                                             last == last_t::article))) {
          if (d >= 100 && !plural && last != last_t::article) {
            // "two hundredth": an ordinal of a scale.
            value = (total + current) * d;
            out.ordinal = true;
          } else if (d >= 100 && !plural && whole_at_and >= 0) {
            done = true;
            break;
          } else if (whole_at_and >= 0) {
            const double since = last == last_t::article ? 1.0 : current - current_at_and;
            if (since < d) {
              double f = since / d;
              if (and_after_scale) {
                double s = scale_at_and;
                const std::size_t a = skip_blanks(text, lx->end);
                const auto nx = word_at(text, a);
                if (nx && nx->what.kind == lex_kind::scale && nx->what.value < scale_at_and) {
                  s = nx->what.value;
                  end = nx->end;
                  ++words;
                }
                f *= s;
              }
              value = whole_at_and + f;
            } else {
              value = (whole_at_and + since) / d;
            }
          } else {
            const double numer =
                (last == last_t::article || last == last_t::none) ? 1.0 : total + current;
            if (plural && last == last_t::none && d != 2 && d != 4) break;
            value = numer / d;
          }
          if (!out.ordinal) fraction_done = true;
        } else if (!plural && d >= 100 && (small(last) || last == last_t::hundred)) {
          value = (total + current) * d;
          out.ordinal = true;
        } else if (!plural && (last == last_t::none || last == last_t::tens ||
                               last == last_t::hundred || last == last_t::scale)) {
          value = total + current + d;
          out.ordinal = true;
        } else {
          break;
        }
        if (end < lx->end) {
          end = lx->end;
          ++words;
        }
        if (fraction_done && whole_at_and < 0) {
          if (last == last_t::none && d == 4) {
            // "quarter" alone is no number: "quarter million" is.
            const std::size_t before = end;
            scale_after(end, value);
            if (end == before) return std::nullopt;
          } else {
            scale_after(end, value);
          }
        }
        break;
      }
      default:
        done = true;
        commit = false;
        break;
    }
    if (commit) {
      end = lx->end;
      ++words;
    }
    q = lx->end;
  }
  if (words == 0) return std::nullopt;
  if (and_after_small && !fraction_done && !out.ordinal && end > end_at_and) {
    // "ten and fifteen" is two numbers.
    end = end_at_and;
    total = whole_at_and;
    current = 0;
  }
  out.end = end;
  out.exact = fraction_done;
  out.value = (fraction_done || out.ordinal) ? value : total + current;
  if (!fraction_done && !out.ordinal && place >= 1.0) {
    out.decimals = -static_cast<int>(std::lround(std::log10(place)));
  }
  out.lone_one = only_one && !out.ordinal && !fraction_done;
  return out;
}

}  // namespace claimcheck::grammar::numeric
