// Word tokens of normalised text, for the lexicon matcher and the cue
// patterns of claim assembly. A token is a word (letters, digits, bytes of
// non-ASCII letters, inner apostrophes), a dotted abbreviation ("U.S."), a
// number with inner separators ("31.17", "1,200"), the possessive "'s", or
// one punctuation byte.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/claims/word_eq.hpp"

namespace claimcheck::grammar::claims {

enum class token_kind : unsigned char { word, number, punct };

struct token {
  std::size_t start = 0;  // [start, end) in the text
  std::size_t end = 0;
  std::string_view low;   // lower-case form (ASCII letters folded)
  token_kind kind = token_kind::word;
  bool capital = false;   // first letter upper case
  bool all_caps = false;  // two or more letters, all upper case
};

// Holds the lower-case copy the tokens' views point into.
struct token_list {
  std::string lower;
  std::vector<token> tokens;
};

// Tokens of text[begin, end). The views stay valid while `out` lives and is
// not tokenised again.
void tokenize(std::string_view text, std::size_t begin, std::size_t end, token_list& out);

// The same with the lower-case form of the whole text made beforehand
// (lower_ascii(text)): the views point into `lower`.
void tokenize(std::string_view text, std::string_view lower, std::size_t begin, std::size_t end,
              std::vector<token>& out);

// text with ASCII letters in lower case.
[[nodiscard]] std::string lower_ascii(std::string_view text);

// The same for a phrase on its own (lexicon entries).
[[nodiscard]] std::vector<std::string> phrase_words(std::string_view phrase);

}  // namespace claimcheck::grammar::claims
