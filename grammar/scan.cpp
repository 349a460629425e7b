// The single pass over text that finds every mention. Most bytes of news
// are words that start no mention, so the scan classifies bytes with a
// table, skips whole words, and asks the grammars only at candidates: a
// digit, a currency or sign symbol, or a word in the trigger table (number
// words, qualifiers, currency codes, month and weekday names, relative
// time words). At a candidate it asks the temporal and the numeric grammar,
// keeps the longer match (temporal on a tie: "2021" is a year), and skips
// past it.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "grammar/detail/scan_hooks.hpp"
#include "grammar/detail/triggers.hpp"
#include "grammar/mention.hpp"
#include "grammar/temporal/fast.hpp"

namespace claimcheck::grammar {

std::string_view to_string(mention_type t) {
  switch (t) {
    case mention_type::number: return "number";
    case mention_type::money: return "money";
    case mention_type::percent: return "percent";
    case mention_type::quantity: return "quantity";
    case mention_type::fold: return "fold";
    case mention_type::ordinal: return "ordinal";
    case mention_type::date: return "date";
    case mention_type::period: return "period";
    case mention_type::duration: return "duration";
  }
  return "number";
}

bool is_temporal(mention_type t) {
  return t == mention_type::date || t == mention_type::period || t == mention_type::duration;
}

bool is_numeric(mention_type t) { return !is_temporal(t); }

namespace {

using detail::byte_class;
using detail::classify;

// Letters, digits and bytes >= 0x80.
constexpr std::array<bool, 256> word_bytes = [] {
  std::array<bool, 256> t{};
  for (std::size_t c = 0; c < 256; ++c) {
    const byte_class k = detail::byte_classes[c];
    t[c] = k == byte_class::digit || k == byte_class::letter || c >= 0x80;
  }
  return t;
}();

bool is_word_byte(unsigned char c) { return word_bytes[c]; }

// A symbol that may start a money or number mention: "$", "€", "£", "¥",
// "₸", "₽", U+2212 minus, "½".
bool symbol_candidate(std::string_view text, std::size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  const std::size_t n = text.size();
  auto at = [&](std::size_t i) {
    return i < n ? static_cast<unsigned char>(text[i]) : static_cast<unsigned char>(0);
  };
  if (c == '$') return true;
  if (c == '>' || c == '<') {
    std::size_t q = pos + 1;
    while (q < n && (text[q] == '=' || text[q] == ' ')) ++q;
    const unsigned char d = at(q);
    return (d >= '0' && d <= '9') || d == '-' || d == '.';
  }
  if (c == '-' || c == '+' || c == '.') {
    const unsigned char next = at(pos + 1);
    const bool prev_word = pos > 0 && is_word_byte(static_cast<unsigned char>(text[pos - 1]));
    if (prev_word) return false;
    if (next >= '0' && next <= '9') return true;
    return c != '.' && next == ' ' && at(pos + 2) >= '0' && at(pos + 2) <= '9';
  }
  if (c == 0xC2) {
    const unsigned char b = at(pos + 1);
    return b == 0xA3 || b == 0xA5 || b == 0xBC || b == 0xBD || b == 0xBE;
  }
  if (c == 0xE0) return at(pos + 1) == 0xA7 && at(pos + 2) == 0xB3;  // the taka sign
  if (c == 0xE2) {
    const unsigned char b = at(pos + 1);
    const unsigned char d = at(pos + 2);
    return b == 0x82 || (b == 0x88 && d == 0x92) || (b == 0x85 && d >= 0x90 && d <= 0x9E) ||
           (b == 0x89 && (d == 0xA4 || d == 0xA5));
  }
  return false;
}

// The end of a run of digits and code punctuation ("10:30", "555-1234"):
// skipped whole when no grammar reads it.
std::size_t code_run_end(std::string_view text, std::size_t pos) {
  const std::size_t n = text.size();
  while (pos < n) {
    const char c = text[pos];
    if ((c >= '0' && c <= '9') || c == ':' || c == '/' || c == '-' || c == '.' || c == ',' ||
        c == '+') {
      ++pos;
    } else {
      break;
    }
  }
  return pos;
}

// The end of the run of ASCII letters from pos: sixteen bytes at a time
// with SSE2 (a byte is a letter when (c | 0x20) - 'a' < 26, unsigned),
// else eight at a time (SWAR: lower-cased with 0x20, in 'a'..'z', high bit
// clear); the last bytes one by one.
std::size_t letters_end(std::string_view text, std::size_t pos) {
  const std::size_t n = text.size();
#if defined(__SSE2__)
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i a = _mm_set1_epi8('a');
  const __m128i span = _mm_set1_epi8(25);
  while (pos + 16 <= n) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
    const __m128i d = _mm_sub_epi8(_mm_or_si128(x, case_bit), a);
    const __m128i letter = _mm_cmpeq_epi8(_mm_min_epu8(d, span), d);
    const auto stop = static_cast<unsigned>(~_mm_movemask_epi8(letter)) & 0xFFFFu;
    if (stop != 0) return pos + static_cast<std::size_t>(__builtin_ctz(stop));
    pos += 16;
  }
#else
  constexpr std::uint64_t ones = 0x0101010101010101ull;
  constexpr std::uint64_t high = 0x8080808080808080ull;
  while (pos + 8 <= n) {
    std::uint64_t x = 0;
    std::memcpy(&x, text.data() + pos, 8);
    const std::uint64_t top = x & high;               // bytes >= 0x80
    const std::uint64_t low = (x | (0x20 * ones)) & ~high;
    const std::uint64_t ge_a = low + (0x80 - 'a') * ones;       // high bit: >= 'a'
    const std::uint64_t gt_z = low + (0x80 - 'z' - 1) * ones;   // high bit: > 'z'
    const std::uint64_t letter = ge_a & ~gt_z & ~top & high;
    const std::uint64_t stop = ~letter & high;
    if (stop != 0) return pos + static_cast<std::size_t>(__builtin_ctzll(stop) / 8);
    pos += 8;
  }
#endif
  while (pos < n && classify(static_cast<unsigned char>(text[pos])) == byte_class::letter) ++pos;
  return pos;
}

// Whether the word ending at `end` is confirmed by what follows: a digit, a
// symbol or another trigger or follower word. Weak trigger words ("a",
// "at", "the", "last") open a mention only when confirmed, or (capital
// words such as "May") when capitalised.
// The next word confirmed() looked up: the scan loop reaches it next when
// the weak word gives no mention, and takes its end and flags from here.
struct next_word {
  std::size_t start = std::string_view::npos;
  std::size_t end = 0;
  std::uint8_t flags = 0;
};

bool confirmed(std::string_view text, std::size_t end, std::uint8_t flags, unsigned char first,
               next_word& next) {
  if ((flags & detail::trigger::capital) != 0 && first >= 'A' && first <= 'Z') return true;
  const std::size_t n = text.size();
  std::size_t q = end;
  if (q < n && text[q] == '$') return true;
  while (q < n && (text[q] == ' ' || text[q] == '\t' || text[q] == '\n')) ++q;
  if (q >= n) return false;
  const auto c = static_cast<unsigned char>(text[q]);
  const byte_class k = classify(c);
  if (k == byte_class::digit || c >= 0x80 || c == '$' || c == '-' || c == '.' || c == '+') {
    return true;
  }
  if (k != byte_class::letter) return false;
  const std::size_t e = letters_end(text, q + 1);
  const std::uint8_t f = detail::lookup_trigger(text, q, e - q);
  next = next_word{q, e, f};
  return f != detail::trigger::none;
}

// Whether text[at] ends every numeric reading that reaches it: the end of
// the text, or punctuation not followed by a digit.
bool closes_numbers(std::string_view text, std::size_t at) {
  if (at >= text.size()) return true;
  const char c = text[at];
  if (c != ',' && c != '.' && c != ';' && c != ')' && c != '"' && c != '!' && c != '?') return false;
  return at + 1 >= text.size() || classify(static_cast<unsigned char>(text[at + 1])) != byte_class::digit;
}

// The switch of every hand-written fast path (grammar/temporal/fast.hpp):
// tests turn them all off to compare with the X3 path alone.
bool fast_paths_on() { return temporal::fast_paths(); }

struct candidate_kind {
  bool numeric = false;
  bool temporal = false;
};

// The mention at pos, the longer of temporal and numeric (temporal on a
// tie), appended to `out` (moved once, from the grammar's answer); its
// end, or 0 when there is none.
std::size_t take(std::vector<mention>& out, std::optional<mention>& m) {
  out.push_back(std::move(*m));
  return out.back().end;
}

std::size_t best_at(std::string_view text, std::size_t pos, candidate_kind k, const scan_options& opts,
                    std::vector<mention>& out) {
  // Built in place (no move-assignment of a mention per attempt).
  std::optional<mention> t = k.temporal ? detail::match_temporal(text, pos, opts) : std::optional<mention>{};
  std::size_t t_end = t ? t->end : pos;
  // A temporal match never ends inside a numeral: "the 16,000 tonnes" is
  // not the 16th of the month.
  if (t_end > pos && t_end + 1 < text.size() &&
      classify(static_cast<unsigned char>(text[t_end - 1])) == byte_class::digit &&
      (text[t_end] == ',' || text[t_end] == '.') &&
      classify(static_cast<unsigned char>(text[t_end + 1])) == byte_class::digit) {
    t_end = pos;
  }
  if (!k.numeric) {
    if (t_end > pos) return take(out, t);
    return 0;
  }
  // A temporal mention from a digit that ends in a digit before the end
  // of the text or before punctuation that no number continues through
  // (", " ". " ";" ")"; not ",5" or ".5"): the numeric reading from the
  // same digit cannot end later (no numeral, lexicon word or symbol of
  // the numeric grammar spans those bytes, and no qualifier can precede
  // a digit), so it would lose the tie; it is not read.
  if (t_end > pos && fast_paths_on() && classify(static_cast<unsigned char>(text[pos])) == byte_class::digit &&
      classify(static_cast<unsigned char>(text[t_end - 1])) == byte_class::digit && closes_numbers(text, t_end)) {
    return take(out, t);
  }
  std::optional<mention> m = detail::match_numeric(text, pos, opts);
  const std::size_t m_end = m ? m->end : pos;
  if (m_end > t_end) {
    // A numeric match may swallow the start of a longer temporal mention:
    // "over 3 years" is a duration, not "over 3". Ask the temporal grammar
    // at the word starts of the qualifier words, up to the amount (never
    // inside a long numeral: no quadratic time).
    const std::size_t amount = m->amount_start > pos ? m->amount_start + 1 : pos + 1;
    const std::size_t limit = m_end < amount ? m_end : amount;
    for (std::size_t q = pos + 1; q < limit; ++q) {
      if (is_word_byte(static_cast<unsigned char>(text[q])) &&
          !is_word_byte(static_cast<unsigned char>(text[q - 1]))) {
        const auto inner = detail::match_temporal(text, q, opts);
        if (inner && inner->end > m_end) return 0;
      }
    }
    return take(out, m);
  }
  if (t_end > pos) return take(out, t);
  return 0;
}

}  // namespace

std::vector<mention> scan_mentions(std::string_view text, const scan_options& opts) {
  std::vector<mention> out;
  std::size_t pos = 0;
  const std::size_t n = text.size();
  // News carries a mention every 60-200 bytes: room for one per 64 bytes,
  // up to 65,536 (so that a long text grows the vector a few times at most
  // and a 50 MB line reserves no more than ~25 MB).
  out.reserve(std::min<std::size_t>(n / 64 + 1, std::size_t{1} << 16));
  // Relative ordinals ("penultimate", "the last but one") and bare units are
  // opt-in and rare: with them on, every word is a numeric candidate.
  const bool opt_in = opts.relative_ordinals || opts.bare_units;
  const bool bare_units = opts.bare_units;
  // True when the byte before pos is known to be a blank (so pos starts a
  // word); else the byte is looked at.
  bool after_blank = true;
  next_word next;
  while (pos < n) {
    const auto c = static_cast<unsigned char>(text[pos]);
    const byte_class k = classify(c);
    if (k == byte_class::space) {
      ++pos;
      after_blank = true;
      continue;
    }
    if (k == byte_class::letter) {
      // The word confirmed() looked up (after blanks, so a word start):
      // its end and flags are known. Its flags as lookup_start's: a word
      // that starts no mention has none (a follower the start filter lets
      // through is skipped all the same).
      const bool known = next.start == pos;
      const std::size_t end = known ? next.end : letters_end(text, pos + 1);
      const bool word_start = known || after_blank || pos == 0 ||
                              !is_word_byte(static_cast<unsigned char>(text[pos - 1]));
      after_blank = false;
      if (word_start) {
        std::uint8_t tr =
            known ? ((next.flags & (detail::trigger::numeric | detail::trigger::temporal)) != 0 ? next.flags : 0)
                  : detail::lookup_start(text, pos, end - pos);
        if (opt_in) tr = static_cast<std::uint8_t>(tr | detail::trigger::numeric);
        if (tr == 0) {
          // Most words of prose: skip the word and the blank after it.
          pos = end;
          if (pos < n && text[pos] == ' ') {
            ++pos;
            after_blank = true;
          }
          continue;
        }
        // A weak word is asked about only when confirmed (looked up once).
        const bool num_weak = (tr & (detail::trigger::weak | detail::trigger::capital)) != 0;
        const bool tmp_weak =
            (tr & (detail::trigger::temporal_weak | detail::trigger::capital)) != 0;
        bool num = (tr & detail::trigger::numeric) != 0;
        bool tmp = (tr & detail::trigger::temporal) != 0;
        if ((num && num_weak && !opt_in) || (tmp && tmp_weak)) {
          const bool ok = confirmed(text, end, tr, c, next);
          if (num_weak && !opt_in) num = num && ok;
          if (tmp_weak) tmp = tmp && ok;
        }
        if (num || tmp) {
          const candidate_kind ck{num, tmp};
          if (const std::size_t e = best_at(text, pos, ck, opts, out)) {
            pos = e;
            continue;
          }
        }
      }
      pos = end;
      continue;
    }
    after_blank = false;
    if (k == byte_class::digit) {
      const bool word_start = pos == 0 || !is_word_byte(static_cast<unsigned char>(text[pos - 1]));
      if (word_start) {
        if (const std::size_t e = best_at(text, pos, {true, true}, opts, out)) {
          pos = e;
          continue;
        }
        pos = code_run_end(text, pos);
      } else {
        ++pos;
      }
      continue;
    }
    if (symbol_candidate(text, pos) || (bare_units && c == '%')) {
      if (const std::size_t e = best_at(text, pos, {true, c != '$'}, opts, out)) {
        pos = e;
        continue;
      }
    }
    ++pos;
  }
  return out;
}

}  // namespace claimcheck::grammar
