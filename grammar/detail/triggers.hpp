// The scanner's fast path (grammar/scan.cpp): a byte class table, and the
// table of words at which a grammar is asked for a mention. A word not in
// the table is skipped without running any grammar, so a grammar that must
// start at a new word needs that word listed in triggers.cpp.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace claimcheck::grammar::detail {

enum class byte_class : std::uint8_t { space, letter, digit, other };

inline constexpr std::array<byte_class, 256> byte_classes = [] {
  std::array<byte_class, 256> t{};
  for (auto& k : t) k = byte_class::other;
  t[' '] = t['\t'] = t['\n'] = t['\r'] = t['\f'] = t['\v'] = byte_class::space;
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = byte_class::letter;
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = byte_class::letter;
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = byte_class::digit;
  return t;
}();

inline byte_class classify(unsigned char c) { return byte_classes[c]; }

// Which grammars a word may start a mention for (bit flags). A weak word
// ("a", "at", "by", "this", "may") is common in prose: it triggers only
// when the next word is a trigger or follower, or a digit or symbol comes
// next, or (capital) it is written with a capital letter.
enum trigger : std::uint8_t {
  none = 0,
  numeric = 1,
  temporal = 2,
  weak = 4,
  follower = 8,  // "than", "least", "of": completes a weak word
  capital = 16,  // weak unless capitalised ("May", "March")
  temporal_weak = 32,  // weak for the temporal grammar only ("the", "last", "one")
};

// The flags of the word text[pos, pos + len) of ASCII letters, any case.
// Thread-safe.
[[nodiscard]] std::uint8_t lookup_trigger(std::string_view text, std::size_t pos,
                                          std::size_t len);
// As lookup_trigger, for words that may start a mention: a word that starts
// none may come back as none even when it is a follower. Faster: most words
// are rejected by a small bit filter before the hash table.
[[nodiscard]] std::uint8_t lookup_start(std::string_view text, std::size_t pos,
                                        std::size_t len);
// Internal: the hash table probe behind both.
[[nodiscard]] std::uint8_t lookup_word_impl(std::string_view text, std::size_t pos,
                                            std::size_t len);

}  // namespace claimcheck::grammar::detail
