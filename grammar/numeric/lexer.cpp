// Runs the numeric rule groups at one position (see lexer.hpp).
#include "grammar/numeric/lexer.hpp"

#include <array>

#include "grammar/config.hpp"
#include "grammar/numeric/lexicon.hpp"
#include "grammar/numeric/numeral.hpp"

namespace claimcheck::grammar::numeric {

namespace {

struct memo_entry {
  const char* data = nullptr;
  std::size_t size = 0;
  std::size_t pos = 0;
  std::optional<lexeme> answer;
};
thread_local std::array<memo_entry, 8> memo;
thread_local bool memo_on = false;

std::optional<lexeme> word_uncached(std::string_view text, std::size_t pos) {
  word_hit hit;
  if (word_by_trie(text, pos, hit)) {
    if (!hit.ok) return std::nullopt;
    return lexeme{hit.what, hit.end};
  }
  return word_at_x3(text, pos);
}

}  // namespace

word_memo_scope::word_memo_scope() {
  for (auto& m : memo) m.data = nullptr;
  memo_on = true;
}

word_memo_scope::~word_memo_scope() { memo_on = false; }

std::optional<lexeme> word_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return std::nullopt;
  if (!memo_on) return word_uncached(text, pos);
  memo_entry& m = memo[pos & 7];
  if (m.data == text.data() && m.size == text.size() && m.pos == pos) return m.answer;
  m.answer = word_uncached(text, pos);
  m.data = text.data();
  m.size = text.size();
  m.pos = pos;
  return m.answer;
}

std::optional<lexeme> word_at_x3(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return std::nullopt;
  iterator_type first = text.begin() + static_cast<std::ptrdiff_t>(pos);
  ast::entry e;
  if (!x3::parse(first, text.end(), word(), e)) return std::nullopt;
  return lexeme{e, static_cast<std::size_t>(first - text.begin())};
}

std::optional<lexeme> symbol_at(std::string_view text, std::size_t pos) {
  if (!symbol_may_start(text, pos)) return std::nullopt;
  return symbol_at_x3(text, pos);
}

std::optional<lexeme> symbol_at_x3(std::string_view text, std::size_t pos) {
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
