// Runs the numeric rule groups at one position (see lexer.hpp).
#include "grammar/numeric/lexer.hpp"

#include "grammar/config.hpp"
#include "grammar/numeric/lexicon.hpp"
#include "grammar/numeric/numeral.hpp"

namespace claimcheck::grammar::numeric {

std::optional<lexeme> word_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return std::nullopt;
  word_hit hit;
  if (word_by_trie(text, pos, hit)) {
    if (!hit.ok) return std::nullopt;
    return lexeme{hit.what, hit.end};
  }
  return word_at_x3(text, pos);
}

std::optional<lexeme> word_at_x3(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return std::nullopt;
  iterator_type first = text.begin() + static_cast<std::ptrdiff_t>(pos);
  ast::entry e;
  if (!x3::parse(first, text.end(), word(), e)) return std::nullopt;
  return lexeme{e, static_cast<std::size_t>(first - text.begin())};
}

std::optional<lexeme> symbol_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return std::nullopt;
  iterator_type first = text.begin() + static_cast<std::ptrdiff_t>(pos);
  ast::entry e;
  if (!x3::parse(first, text.end(), symbol(), e)) return std::nullopt;
  const auto end = static_cast<std::size_t>(first - text.begin());
  if (is_alpha(text[end - 1]) && end < text.size() && is_alpha(text[end])) return std::nullopt;
  return lexeme{e, end};
}

std::optional<lexeme> lexeme_at(std::string_view text, std::size_t pos) {
  if (auto w = word_at(text, pos)) return w;
  return symbol_at(text, pos);
}

std::optional<std::size_t> numeral_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return std::nullopt;
  iterator_type first = text.begin() + static_cast<std::ptrdiff_t>(pos);
  if (!x3::parse(first, text.end(), numeral())) return std::nullopt;
  return static_cast<std::size_t>(first - text.begin());
}

}  // namespace claimcheck::grammar::numeric
