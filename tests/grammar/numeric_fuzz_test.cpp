// Random sentences built from the numeric lexicon, digits, symbols and
// stray bytes: the scanner must never crash, and its mentions must be in
// text order, inside the text, non-overlapping and each with a value or an
// error.
#include <doctest/doctest.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "grammar/mention.hpp"

namespace {

const std::vector<std::string> pieces = {
    "one", "twenty", "-", "three", "hundred", "and", "a", "half", "million", "billion", "thousand",
    "dozen", "third", "thirds", "first", "point", "minus", "$", "US$", "\xE2\x82\xAC", "USD", "%",
    "percent", "per cent", "percentage points", "tons", "kg", "km", "barrels", "people", "fold",
    "times", "more than", "at least", "about", "nearly", "up to", "between", "to", "or more",
    "or equal", "grew", "fell", "by", "year-on-year", "doubled", "over", "out of", "in", "of", "the",
    "0", "7", "12", "2021", "1,234", "3.5", "1e5", "1e400", ".5", "10:30", "555-1234", "5/17/2018",
    "(", ")", "[kg]", ",", ".", "\xC2\xA0", "\xE2\x80\xAF", "\xCE\xBC" "g", "\xFF", std::string(1, '\0'),
    "cents", "and 43 cents", "feet", "2 inches", "^", "x10^", "~", ">", "<=", "\xE2\x88\x92",
    "revised", "climbed", "KES", "KSh", "cedis", "dinars", "Egyptian pounds", "z\xC5\x82",
    "GH\xE2\x82\xB5", "\xE0\xA7\xB3", "SR-71", "Dh", "LE"};

}  // namespace

TEST_CASE("grammar: numeric scan invariants on random lexicon sentences") {
  std::mt19937_64 rng(42);
  claimcheck::grammar::scan_options opts;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int words = 1 + static_cast<int>(rng() % 12);
    for (int i = 0; i < words; ++i) {
      text += pieces[rng() % pieces.size()];
      if (rng() % 4 != 0) text += ' ';
    }
    opts.relative_ordinals = round % 3 == 1;
    opts.bare_units = round % 3 == 2;
    opts.approx_tolerance = round % 2 == 0 ? 0.0 : 0.05;
    const auto ms = claimcheck::grammar::scan_mentions(text, opts);
    std::size_t last_end = 0;
    for (const auto& m : ms) {
      CHECK_MESSAGE(m.start < m.end, text);
      CHECK_MESSAGE(m.end <= text.size(), text);
      CHECK_MESSAGE(m.start >= last_end, text);
      last_end = m.end;
      if (m.error.empty() && !std::isnan(m.value.number)) {
        CHECK_MESSAGE(std::isfinite(m.value.number), text);
        CHECK_MESSAGE(!m.value.value.empty(), text);
      }
    }
  }
}
