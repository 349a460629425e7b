// Rule group "lexicon": the words and symbols numeric mentions are built of
// (number words, scale words, currencies, units, qualifiers, change words),
// each recognised at one position with its meaning as an ast::entry.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include <cstddef>
#include <string_view>

#include "grammar/numeric/ast.hpp"

namespace claimcheck::grammar::numeric {

namespace x3 = boost::spirit::x3;

// One word or fixed phrase, any case, ending at a word boundary: "Billion",
// "per cent", "year-on-year", "U.S. dollars".
struct word_class;
using word_type = x3::rule<word_class, ast::entry>;
BOOST_SPIRIT_DECLARE(word_type)
word_type const& word();

// One symbol or code as written, case kept: "$", "US$", "€", "₸", "USD",
// "%", "½". Codes are checked for a word boundary by the caller.
struct symbol_class;
using symbol_type = x3::rule<symbol_class, ast::entry>;
BOOST_SPIRIT_DECLARE(symbol_type)
symbol_type const& symbol();

// Whether some key of the symbol table starts with the bytes at text[pos]
// (the first two, or the first when a key is one byte long): when not,
// symbol() fails there.
[[nodiscard]] bool symbol_may_start(std::string_view text, std::size_t pos);

// word() at text[pos] by a flat trie over the same table: the same longest
// key (ASCII case folded) and word-boundary test, without the X3 tree walk.
// Returns false when the trie cannot stand in for X3 (some key has an upper
// case letter or a byte in '['..'`', where x3's no_case tree walk orders
// keys differently), and the caller runs word(); else true, with `found`
// (found.ok false when no word starts at pos).
struct word_hit {
  bool ok = false;
  ast::entry what;
  std::size_t end = 0;
};
[[nodiscard]] bool word_by_trie(std::string_view text, std::size_t pos, word_hit& found);

}  // namespace claimcheck::grammar::numeric
