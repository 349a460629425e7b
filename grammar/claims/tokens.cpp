// Tokenizer of claim assembly (see tokens.hpp).
#include "grammar/claims/tokens.hpp"

#include <array>

namespace claimcheck::grammar::claims {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return is_upper(c) || is_lower(c) || static_cast<unsigned char>(c) >= 0x80; }
// is_letter || is_digit, one table look-up (the tokenizer's inner loop).
constexpr std::array<bool, 256> word_bytes = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[static_cast<std::size_t>(c)] =
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
  }
  return t;
}();
bool is_wordc(char c) { return word_bytes[static_cast<unsigned char>(c)]; }

char fold(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// The end of the token starting at t[i] (t[i] is not a space).
std::size_t token_end(std::string_view t, std::size_t i, std::size_t end, token_kind& kind) {
  const char c = t[i];
  if (c == '\'' && i + 1 < end && (t[i + 1] == 's' || t[i + 1] == 'S') &&
      (i + 2 >= end || !is_wordc(t[i + 2])) && i > 0 && is_wordc(t[i - 1])) {
    kind = token_kind::word;  // possessive 's
    return i + 2;
  }
  if (is_digit(c)) {
    kind = token_kind::number;
    std::size_t j = i + 1;
    while (j < end) {
      if (is_digit(t[j])) {
        ++j;
      } else if ((t[j] == '.' || t[j] == ',') && j + 1 < end && is_digit(t[j + 1])) {
        j += 2;
      } else if (is_letter(t[j])) {
        // "30th", "1990s", "5bn": one token.
        kind = token_kind::word;
        while (j < end && is_wordc(t[j])) ++j;
        break;
      } else {
        break;
      }
    }
    return j;
  }
  if (is_letter(c)) {
    kind = token_kind::word;
    // Dotted abbreviation: single letters each followed by a period ("U.S.").
    if (i + 3 < end && t[i + 1] == '.' && is_letter(t[i + 2]) && t[i + 3] == '.') {
      std::size_t j = i;
      while (j + 1 < end && is_letter(t[j]) && t[j + 1] == '.') j += 2;
      return j;
    }
    std::size_t j = i + 1;
    while (j < end) {
      if (is_wordc(t[j])) {
        ++j;
      } else if (t[j] == '\'' && j + 1 < end && is_letter(t[j + 1]) &&
                 !((t[j + 1] == 's' || t[j + 1] == 'S') && (j + 2 >= end || !is_wordc(t[j + 2])))) {
        j += 2;  // "Xi'an", "N'Djamena", "don't"
      } else {
        break;
      }
    }
    return j;
  }
  kind = token_kind::punct;
  return i + 1;
}

}  // namespace

std::string lower_ascii(std::string_view text) {
  std::string low(text);
  for (char& c : low) c = fold(c);
  return low;
}

namespace {

// Tokens of text[begin, end); `lower` is the lower-case copy of text from
// offset lower_at on.
void tokenize_at(std::string_view text, std::string_view lower, std::size_t lower_at,
                 std::size_t begin, std::size_t end, std::vector<token>& out) {
  out.clear();
  // About one token per five bytes of news: one allocation, not a series.
  out.reserve((end - begin) / 4 + 4);
  const char* t = text.data();
  std::size_t i = begin;
  while (i < end) {
    const char c = t[i];
    if (c == ' ' || c == '\n') {
      ++i;
      continue;
    }
    // Built in place: a token built on the stack and copied in was read
    // back with one wide load over its narrow stores (a store-forwarding
    // stall per token, most of the tokenizer's time).
    token& tk = out.emplace_back();
    tk.start = i;
    bool general = true;
    if (is_lower(c)) {
      // Most tokens: a word that starts in lower case, up to a byte that is
      // no word byte. token_end reads an apostrophe or a period after one
      // letter ("e.g.") its own way.
      std::size_t j = i + 1;
      while (j < end && is_wordc(t[j])) ++j;
      if (j == end || (t[j] != '\'' && !(t[j] == '.' && j == i + 1))) {
        tk.end = j;
        tk.kind = token_kind::word;
        general = false;  // not capital, not all capitals
      }
    }
    if (general) {
      tk.end = token_end(text, i, end, tk.kind);
      tk.capital = is_upper(c);
      if (tk.kind == token_kind::word && tk.end - tk.start >= 2) {
        // Two or more capitals and no lower-case letter; most words fail at
        // their first or second byte.
        unsigned letters = 0;
        std::size_t k = tk.start;
        for (; k < tk.end && !is_lower(t[k]); ++k) letters += is_upper(t[k]) ? 1u : 0u;
        tk.all_caps = k == tk.end && letters >= 2;
      }
    }
    tk.low = std::string_view(lower.data() + (tk.start - lower_at), tk.end - tk.start);
    i = tk.end;
  }
}

}  // namespace

void tokenize(std::string_view text, std::string_view lower, std::size_t begin, std::size_t end,
              std::vector<token>& out) {
  tokenize_at(text, lower, 0, begin, end, out);
}

void tokenize(std::string_view text, std::size_t begin, std::size_t end, token_list& out) {
  out.lower = lower_ascii(text.substr(begin, end - begin));
  tokenize_at(text, out.lower, begin, begin, end, out.tokens);
}

std::vector<std::string> phrase_words(std::string_view phrase) {
  token_list tl;
  tokenize(phrase, 0, phrase.size(), tl);
  std::vector<std::string> words;
  words.reserve(tl.tokens.size());
  for (const token& t : tl.tokens) words.emplace_back(phrase.substr(t.start, t.end - t.start));
  return words;
}

}  // namespace claimcheck::grammar::claims
