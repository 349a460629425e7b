// Plain attribute types of the numeric rule groups: one lexicon entry per
// recognised word or symbol, and the span of a digit numeral. Boost-free, so
// the assembler (phrase.cpp) and tests can use them without X3.
#pragma once

#include <cstdint>
#include <string_view>

namespace claimcheck::grammar::ast {

enum class lex_kind : std::uint8_t {
  digit_word,  // zero .. nine; value
  teen,        // ten .. nineteen; value
  tens,        // twenty .. ninety; value
  hundred,     // "hundred", "hundreds"
  scale,       // thousand, million, lakh, crore ...; value is the factor
  scale_abbr,  // k, bn, mln, tn ... written after digits; value is the factor
  dozen,       // dozen, dozens, dz; value 12
  ordinal,     // first .. ninetieth, hundredth; value = rank; aux 1: also a denominator
  fraction,    // half, halves, thirds, quarters, fifths ...; value = denominator
  article,     // "a", "an": one, before hundred / thousand / dozen / a fraction
  and_word,    // "and"
  point,       // "point" in "two point five"
  minus,       // "minus", "negative"
  currency,    // unit = ISO 4217 code
  percent,     // percent, per cent, %, percentage
  points,      // percentage points, pp
  unit,        // a unit of measure: unit = base unit, value = factor to it
  fold,        // "fold", "times": unit "x"
  qualifier,   // aux = qual_code
  change,      // aux = direction; value = the factor of "doubled" (2), else 0
  range_to,    // "to", "through", "-" between two numbers
  between,     // "between", "from"
  basis,       // year-on-year; unit = "yoy"
  unicode_fraction,  // ½ ¾ ...; value
  determiner,  // the, this, that, which, each, every: "the one" is not a number
  not_number,  // a word after which digits are a name: Boeing, page, section
  clock,       // am, pm, a.m., o'clock: the digits before are a time of day
  or_bound,    // "or more", "or less" after a number; aux = qual_code
  or_equal,    // "or equal (to)" after a bound: closes it
  relative,    // "next", "last but one": aux = offset, unit = "current" / "end"
};

// Qualifier codes carried in entry::aux for lex_kind::qualifier.
enum class qual_code : std::int8_t {
  approx,    // about, around, roughly, some
  nearly,    // nearly, almost, close to: at or just below
  above,     // more than, over, above, exceeding: (x, +inf)
  at_least,  // at least, no less than: [x, +inf)
  below,     // less than, under, below, fewer than: (-inf, x)
  at_most,   // up to, at most, no more than: (-inf, x]
  equal,     // equal to, equals: exact, said so
};

struct entry {
  lex_kind kind = lex_kind::digit_word;
  double value = 0.0;
  const char* unit = "";  // points at a literal of the lexicon
  int aux = 0;
};

}  // namespace claimcheck::grammar::ast
