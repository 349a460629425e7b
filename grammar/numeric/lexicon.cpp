// Instantiates the lexicon rule group for the shared iterator (config.hpp),
// and builds the prefix filters of its two tables (lexicon.hpp).
#include <array>
#include <cstdint>
#include <string>

#include "grammar/config.hpp"
#include "grammar/numeric/lexicon_def.hpp"

namespace claimcheck::grammar::numeric {
BOOST_SPIRIT_INSTANTIATE(word_type, iterator_type, plain_context_type)
BOOST_SPIRIT_INSTANTIATE(symbol_type, iterator_type, plain_context_type)

namespace {

// The first bytes of a table's keys: `two` has bit (b0 << 8 | b1) for
// every key of two bytes or more, `one` bit b0 for every key of one byte.
struct prefix_filter {
  std::array<std::uint64_t, 1024> two{};
  std::array<std::uint64_t, 4> one{};

  static bool test(const std::uint64_t* bits, std::size_t i) { return ((bits[i / 64] >> (i % 64)) & 1u) != 0; }
  static void set(std::uint64_t* bits, std::size_t i) { bits[i / 64] |= std::uint64_t{1} << (i % 64); }

  void add(const std::string& key, bool fold) {
    if (key.empty()) return;
    const std::size_t b0 = byte(key[0], fold);
    if (key.size() == 1) {
      set(one.data(), b0);
    } else {
      set(two.data(), b0 << 8 | byte(key[1], fold));
    }
  }
  [[nodiscard]] bool may_start(std::string_view text, std::size_t pos, bool fold) const {
    if (pos >= text.size()) return false;
    const std::size_t b0 = byte(text[pos], fold);
    if (test(one.data(), b0)) return true;
    return pos + 1 < text.size() && test(two.data(), b0 << 8 | byte(text[pos + 1], fold));
  }
  // The byte as the table compares it: no_case folds ASCII letters only
  // (lexicon_def.hpp byte_encoding).
  static std::size_t byte(char c, bool fold) {
    if (fold && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return static_cast<unsigned char>(c);
  }
};

template <typename Table>
prefix_filter filter_of(const Table& table, bool fold) {
  prefix_filter f;
  table.for_each([&](const std::string& key, const auto&) {
    std::string k = key;
    if (fold) {
      for (char& c : k) c = static_cast<char>(lexicon_detail::byte_encoding::tolower(c));
    }
    f.add(k, fold);
  });
  return f;
}

}  // namespace

bool word_may_start(std::string_view text, std::size_t pos) {
  static const prefix_filter f = filter_of(lexicon_detail::word_table, true);
  return f.may_start(text, pos, true);
}

bool symbol_may_start(std::string_view text, std::size_t pos) {
  static const prefix_filter f = filter_of(lexicon_detail::symbol_table, false);
  return f.may_start(text, pos, false);
}

}  // namespace claimcheck::grammar::numeric
