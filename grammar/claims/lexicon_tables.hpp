// The built-in lexicons as constant tables: rules/lexicon/*.tsv parsed at
// build time by scripts/lexicon_gen.cpp (with the run-time loader of
// lexicon.cpp) into build/<preset>/generated/lexicon_tables.cpp, so that a
// process does not parse them at start-up. Internal to grammar/claims.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace claimcheck::grammar::claims::tables {

inline constexpr std::uint32_t kNone = 0xFFFFFFFFu;

// A string of the tables: bytes [at, at + size) of lexicon_tables::text.
// (Offsets, not string_views: pointers in constant tables would each need a
// dynamic relocation at every start of a position-independent binary.)
struct text_ref {
  std::uint32_t at = 0;
  std::uint32_t size = 0;
};

// A lexicon phrase: words [words, words + size) of the word and shape
// tables; the next entry with the same first word (or kNone); the entry's
// category (claims::category) and its id in that category's table.
struct entry {
  std::uint32_t words = 0;
  std::uint32_t next = kNone;
  std::uint32_t id = 0;
  std::uint8_t size = 0;
  std::uint8_t cat = 0;
};

// The first entry of the phrases starting with `word`.
struct head {
  text_ref word;
  std::uint32_t entry = kNone;
};

// A country (key: alpha-3 code), region (extra: member codes separated by
// spaces), organisation (extra: its kind), metric (unit: claims::unit_kind)
// or event.
struct info {
  text_ref key;
  text_ref extra;
  std::uint8_t unit = 0;
};

struct lexicon_tables {
  std::string_view text;  // every string of the tables
  std::span<const text_ref> words;
  std::span<const unsigned char> shapes;
  std::span<const entry> entries;
  std::span<const head> heads;
  std::span<const info> countries;
  std::span<const info> regions;
  std::span<const info> organisations;
  std::span<const info> metrics;
  std::span<const info> events;
};

// The generated tables (generated/lexicon_tables.cpp).
const lexicon_tables& builtin();

}  // namespace claimcheck::grammar::claims::tables
