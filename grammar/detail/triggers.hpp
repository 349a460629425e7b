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

// Which grammars a word may start a mention for (bit flags).
enum trigger : std::uint8_t { none = 0, numeric = 1, temporal = 2 };

// The grammars to ask at a word of ASCII letters, any case. Thread-safe.
[[nodiscard]] trigger lookup_trigger(std::string_view word);

}  // namespace claimcheck::grammar::detail
