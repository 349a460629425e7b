// Boost-free access to the numeric rule groups at one byte position, for the
// phrase assembler: each call runs one X3 rule (x3::parse, no skipper) and
// returns what it recognised and where it ended.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "grammar/numeric/ast.hpp"

namespace claimcheck::grammar::numeric {

struct lexeme {
  ast::entry what;
  std::size_t end = 0;  // one past the last byte
};

// A lexicon word or phrase at text[pos] (any case, ends at a word boundary).
[[nodiscard]] std::optional<lexeme> word_at(std::string_view text, std::size_t pos);
// A symbol or code at text[pos]; a code made of letters must end at a word
// boundary ("USD 5", not "USDA").
[[nodiscard]] std::optional<lexeme> symbol_at(std::string_view text, std::size_t pos);
// While one lives (one numeric match at one position, on one unchanged
// text), word_at remembers its last answers per position: the phrase
// reader asks about the same word several times (suffix, range, bound).
// Not nested; one per thread.
class word_memo_scope {
 public:
  word_memo_scope();
  ~word_memo_scope();
  word_memo_scope(const word_memo_scope&) = delete;
  word_memo_scope& operator=(const word_memo_scope&) = delete;
};

// For tests: word_at by X3 alone (word_at reads a trie over the same
// table, lexicon.hpp word_by_trie).
[[nodiscard]] std::optional<lexeme> word_at_x3(std::string_view text, std::size_t pos);
// For tests: symbol_at without its first-byte test.
[[nodiscard]] std::optional<lexeme> symbol_at_x3(std::string_view text, std::size_t pos);
// Either of the above, word first.
[[nodiscard]] std::optional<lexeme> lexeme_at(std::string_view text, std::size_t pos);
// The end of a digit numeral at text[pos], or nullopt.
[[nodiscard]] std::optional<std::size_t> numeral_at(std::string_view text, std::size_t pos);

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }

}  // namespace claimcheck::grammar::numeric
