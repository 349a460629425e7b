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

// The flags of every word of one to three ASCII letters, indexed by their
// letters' low five bits ('a' and 'A' are 1): most words of prose are that
// short, and are looked up here with no hash. Filled once at start-up.
inline constexpr std::size_t short_word_slots = std::size_t{1} << 15;
extern std::array<std::uint8_t, short_word_slots> short_words;

inline std::size_t short_word_index(std::string_view text, std::size_t pos, std::size_t len) {
  std::size_t i = 0;
  for (std::size_t k = 0; k < 3; ++k) {
    const std::size_t c = k < len ? static_cast<unsigned char>(text[pos + k]) & 31u : 0u;
    i = i * 32 + c;
  }
  return i;
}

// The flags of the word text[pos, pos + len) of ASCII letters, any case.
// Thread-safe.
[[nodiscard]] std::uint8_t lookup_word_impl(std::string_view text, std::size_t pos,
                                            std::size_t len);
[[nodiscard]] inline std::uint8_t lookup_trigger(std::string_view text, std::size_t pos,
                                                 std::size_t len) {
  if (len == 0 || len > 16) return 0;
  if (len <= 3) return short_words[short_word_index(text, pos, len)];
  return lookup_word_impl(text, pos, len);
}
// A 2^15-bit filter over (first letter, second letter, last letter,
// length) of the words that start mentions: most prose words miss it and
// never reach the hash table. Filled once at start-up by triggers.cpp.
inline constexpr std::size_t start_filter_bits = std::size_t{1} << 15;
extern std::array<std::uint64_t, start_filter_bits / 64> start_filter;

inline std::size_t start_filter_index(std::string_view text, std::size_t pos, std::size_t len) {
  const auto c0 = static_cast<std::size_t>(static_cast<unsigned char>(text[pos]) | 0x20u);
  const auto c1 =
      len > 1 ? static_cast<std::size_t>(static_cast<unsigned char>(text[pos + 1]) | 0x20u) : 0u;
  const auto cl = static_cast<std::size_t>(static_cast<unsigned char>(text[pos + len - 1]) | 0x20u);
  // Five bits of each of the three letters fill the 15 bits; the length is
  // mixed in with a multiply by a small odd constant (shifts and adds).
  return ((c0 & 31u) << 10 | (c1 & 31u) << 5 | (cl & 31u)) ^ ((len * 0x2D5u) & (start_filter_bits - 1));
}


// As lookup_trigger, for words that may start a mention: a word that starts
// none may come back as none even when it is a follower. Faster: most words
// are rejected by the bit filter, inline, before the hash table.
[[nodiscard]] inline std::uint8_t lookup_start(std::string_view text, std::size_t pos,
                                               std::size_t len) {
  if (len == 0 || len > 16) return 0;
  if (len <= 3) {
    const std::uint8_t f = short_words[short_word_index(text, pos, len)];
    return (f & (numeric | temporal)) != 0 ? f : 0;
  }
  const std::size_t f = start_filter_index(text, pos, len);
  if ((start_filter[f / 64] >> (f % 64) & 1u) == 0) return 0;
  return lookup_word_impl(text, pos, len);
}

}  // namespace claimcheck::grammar::detail
