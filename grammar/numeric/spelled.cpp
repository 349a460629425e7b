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

std::optional<number> spelled_at(std::string_view text, std::size_t pos) {
  number out;
  out.start = pos;
  double total = 0.0;
  double current = 0.0;
  double last_scale = 1e300;
  double whole_at_and = -1.0;  // total + current when "and" was read
  double current_at_and = 0.0;
  last_t last = last_t::none;
  std::size_t end = pos;
  std::size_t q = pos;
  int words = 0;
  bool done = false;
  bool fraction_done = false;
  bool only_one = true;
  for (int guard = 0; guard < 64 && !done; ++guard) {
    const std::size_t at = last == last_t::none ? q : skip_joiner(text, q);
    const auto lx = word_at(text, at);
    if (!lx) break;
    const ast::entry& e = lx->what;
    bool commit = true;
    switch (e.kind) {
      case lex_kind::digit_word:
        if (last == last_t::none || last == last_t::hundred || last == last_t::scale ||
            last == last_t::and_word ||
            (last == last_t::tens && std::fmod(current, 10.0) == 0.0 && e.value > 0)) {
          if (e.value == 0 && last != last_t::none) return std::nullopt;
          current += e.value;
          if (e.value != 1 || words > 0) only_one = false;
          last = last_t::unit;
        } else {
          done = true;
          commit = false;
        }
        break;
      case lex_kind::teen:
      case lex_kind::tens:
        if (last == last_t::none || last == last_t::hundred || last == last_t::scale ||
            last == last_t::and_word) {
          current += e.value;
          last = e.kind == lex_kind::teen ? last_t::teen : last_t::tens;
          only_one = false;
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
          done = true;
          commit = false;
        }
        break;
      case lex_kind::scale:
        if ((small(last) || last == last_t::hundred || last == last_t::article ||
             last == last_t::half) &&
            e.value < last_scale) {
          const double c = last == last_t::half ? 0.5 : (current == 0 ? 1.0 : current);
          total += c * e.value;
          current = 0;
          last_scale = e.value;
          last = last_t::scale;
          only_one = false;
        } else if (last == last_t::scale && e.value > last_scale && total < e.value) {
          // "three lakh crore": scales multiply.
          total *= e.value;
          last_scale = e.value;
        } else {
          done = true;
          commit = false;
        }
        break;
      case lex_kind::dozen:
        if (small(last) || last == last_t::hundred || last == last_t::article ||
            last == last_t::half) {
          const double c = last == last_t::half ? 0.5 : (current == 0 ? 1.0 : current);
          current = c * 12.0;
          only_one = false;
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
          if (digits.empty()) {
            done = true;
            commit = false;
            break;
          }
          current += std::stod("0." + digits);
          out.decimals = static_cast<int>(digits.size());
          end = d_end;
          only_one = false;
          ++words;
          done = true;
          commit = false;
        } else {
          done = true;
          commit = false;
        }
        break;
      case lex_kind::fraction:
      case lex_kind::ordinal: {
        const bool plural = e.kind == lex_kind::fraction;
        const bool as_denominator =
            (plural || e.aux == 1) &&
            (last == last_t::article || last == last_t::none || last == last_t::unit ||
             last == last_t::teen || (plural && small(last)));
        if (as_denominator && (plural || last != last_t::none || e.value == 2 || e.value == 4)) {
          // "half" / "quarter" alone mean 1/2, 1/4; "third" alone is an ordinal.
          double numer = 1.0;
          double whole = total;
          if (small(last)) {
            numer = whole_at_and >= 0 ? current - current_at_and : current;
            if (whole_at_and >= 0) whole = whole_at_and;
            else whole = total;
          } else if (last == last_t::article && whole_at_and >= 0) {
            whole = whole_at_and;
          }
          total = whole + numer / e.value;
          current = 0;
          out.exact = true;
          fraction_done = true;
          only_one = false;
          if (last == last_t::none && (e.value == 2 || e.value == 4)) {
            // "half a million", "quarter million", "half a dozen".
            last = last_t::half;
            if (e.value == 4) total = 0.25;
            end = lx->end;
            ++words;
            q = lx->end;
            std::size_t a = skip_blanks(text, q);
            auto nx = word_at(text, a);
            if (nx && nx->what.kind == lex_kind::article) {
              a = skip_blanks(text, nx->end);
              nx = word_at(text, a);
            }
            if (nx && (nx->what.kind == lex_kind::scale || nx->what.kind == lex_kind::dozen)) {
              total *= nx->what.kind == lex_kind::dozen ? 12.0 : nx->what.value;
              end = nx->end;
            }
            done = true;
            commit = false;
            break;
          }
          // "two thirds of a million"
          end = lx->end;
          ++words;
          std::size_t a = skip_blanks(text, lx->end);
          auto nx = word_at(text, a);
          if (nx && nx->what.kind == lex_kind::scale) {
            total *= nx->what.value;
            end = nx->end;
          }
          done = true;
          commit = false;
        } else if (!plural && (last == last_t::none || last == last_t::tens ||
                               last == last_t::hundred || last == last_t::scale ||
                               last == last_t::article)) {
          if (last == last_t::article) return std::nullopt;
          total += current + e.value;
          current = 0;
          out.ordinal = true;
          only_one = false;
          end = lx->end;
          ++words;
          done = true;
          commit = false;
        } else {
          done = true;
          commit = false;
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
  out.end = end;
  out.value = fraction_done ? total : total + current;
  out.lone_one = only_one && !out.ordinal && !fraction_done;
  return out;
}

}  // namespace claimcheck::grammar::numeric
