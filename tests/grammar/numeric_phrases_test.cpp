// The numeric grammar's phrase forms beyond the basics: cents, spelled
// precision, joined and suffixed bounds, fractions written with "over" and
// "out of", digits inside spelled numbers, units in brackets, and the
// opt-in relative ordinals and bare unit words.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "grammar/mention.hpp"
#include "tests/grammar/numeric_support.hpp"

using claimcheck::engine::qualifier;
using claimcheck::grammar::mention;
using claimcheck::grammar::mention_type;
using claimcheck::grammar::scan_mentions;
using claimcheck::grammar::scan_options;

namespace {

using claimcheck::testing::near;
using claimcheck::testing::numeric_only;
using claimcheck::testing::one;

std::string span(std::string_view text, std::size_t a, std::size_t b) {
  return std::string(text.substr(a, b - a));
}

}  // namespace

TEST_CASE("grammar: numeric money with cents") {
  const std::string t = "it cost $20 and 43 cents";
  const mention m = one(t);
  CHECK(span(t, m.start, m.end) == "$20 and 43 cents");
  CHECK(near(m.value.number, 20.43));
  CHECK(near(m.value.value.lo(), 20.425));
  CHECK(near(m.value.value.hi(), 20.435));
  CHECK(near(one("3 dollars 50 cents").value.number, 3.5));
  CHECK(near(one("thirteen dollars and forty-five cents").value.number, 13.45));
  const mention c = one("up 34 cents");
  CHECK(c.value.unit == "USD");
  CHECK(near(c.value.number, 0.34));
}

TEST_CASE("grammar: numeric spelled numbers carry the precision of their last word") {
  const mention m = one("twenty-three million tonnes");
  CHECK(m.value.number == 23e6);
  CHECK(near(m.value.value.lo(), 22.5e6));
  CHECK(near(m.value.value.hi(), 23.5e6));
  const mention h = one("one hundred and five");
  CHECK(near(h.value.value.lo(), 104.5));
  const mention d = one("3 hundred and 21 yuan");
  CHECK(d.value.number == 321);
  CHECK(d.value.unit == "CNY");
  CHECK(one("4 thousand 3 hundred").value.number == 4300);
  CHECK(one("six million and two thirds").value.number > 6.66e6);
  CHECK(one("3 million and a half").value.number == 3.5e6);
  CHECK(one("one hundred and three quarters").value.number == 100.75);
}

TEST_CASE("grammar: numeric bounds written around the number") {
  const mention a = one("500 or more");
  CHECK(a.value.qual == qualifier::lower);
  CHECK(a.value.value.lo() == 500);
  CHECK_FALSE(a.value.value.lo_open());
  const mention b = one("less than or equal to 40");
  CHECK(b.value.qual == qualifier::upper);
  CHECK_FALSE(b.value.value.hi_open());
  const mention c = one("more than 5000 or equal to");
  CHECK(c.value.qual == qualifier::lower);
  CHECK_FALSE(c.value.value.lo_open());
  const std::string t = "greater than 100 and smaller than 300";
  const mention j = one(t);
  CHECK(j.end == t.size());
  CHECK(j.range_lo == 100);
  CHECK(j.range_hi == 300);
  CHECK(j.value.value.lo_open());
  CHECK(j.value.value.hi_open());
  // Bounds that do not make an interval stay two mentions.
  CHECK(numeric_only("more than 40 and less than 10").size() == 2);
  const mention g = one("x >= 30");
  CHECK(g.value.qual == qualifier::lower);
  CHECK(g.value.value.lo() == 30);
}

TEST_CASE("grammar: numeric fractions with over, out of, in") {
  CHECK(near(one("1 over 3").value.number, 1.0 / 3));
  CHECK(near(one("one out of three").value.number, 1.0 / 3));
  CHECK(near(one("1 in twenty-one").value.number, 1.0 / 21));
  // Not fractions: an improper "out of", a year, a span of time.
  CHECK(numeric_only("12 out of 10").size() == 2);
  CHECK(numeric_only("1 in 2021").size() == 1);
  // "over 3 years" is a duration (the temporal grammar's), not 10000/3.
  const auto s = scan_mentions("$10000 over 3 years", {});
  REQUIRE(s.size() == 2);
  CHECK(s[0].type == mention_type::money);
  CHECK(s[0].value.number == 10000);
  CHECK(s[1].type == mention_type::duration);
}

TEST_CASE("grammar: numeric units in brackets and hyphenated units") {
  const mention b = one("The weight is 20 (kg)");
  CHECK(b.value.unit == "t");
  CHECK(near(b.value.number, 0.02));
  const mention h = one("a 3-inch gap");
  CHECK(h.value.unit == "m");
  CHECK(near(h.value.number, 0.0762));
  const mention f = one("he is 5 feet 2 inches");
  CHECK(near(f.value.number, (5 + 2.0 / 12) * 0.3048));
  CHECK(one("2 pounds of flour").value.unit == "t");  // a weight
  CHECK(one("5 million pounds").value.unit == "GBP");  // money
}

TEST_CASE("grammar: numeric digit grouping and decimal commas") {
  CHECK(one("12,34,567.89").value.number == 1234567.89);
  CHECK(one("1,3").value.number == 1.3);
  CHECK(numeric_only("exercises 22,24,26,31").size() == 4);
  CHECK(one("40\xC2\xA0" "000").value.number == 40000);  // no-break space
}

TEST_CASE("grammar: numeric options for relative ordinals and bare units") {
  scan_options o;
  CHECK(numeric_only("the next item", o).empty());
  o.relative_ordinals = true;
  const mention n = one("the next item", o);
  CHECK(n.type == mention_type::ordinal);
  CHECK(n.relative_to == "current");
  CHECK(n.value.number == 1);
  const mention p = one("the last but one", o);
  CHECK(p.relative_to == "end");
  CHECK(p.value.number == -1);
  scan_options u;
  CHECK(numeric_only("a small percent", u).empty());
  u.bare_units = true;
  const mention b = one("a small percent", u);
  CHECK(b.type == mention_type::percent);
  CHECK(std::isnan(b.value.number));
  CHECK(numeric_only("we won the match", u).empty());
}

TEST_CASE("grammar: numeric percent of and URL escapes") {
  const mention p = one("per cent of twenty-two");
  CHECK(p.type == mention_type::percent);
  CHECK(p.value.number == 22);
  CHECK(numeric_only("https://example.test/search?q=30%25%2020%").empty());
}

TEST_CASE("grammar: numeric weak trigger words fire only before numbers") {
  // "at", "as", "a" are common words: they start a mention only when a
  // number or another trigger follows.
  CHECK(one("at least 5").value.qual == qualifier::lower);
  CHECK(one("as many as 300 people").value.qual == qualifier::upper);
  CHECK(one("a dozen").value.number == 12);
  CHECK(numeric_only("at a briefing as a sign").empty());
}

TEST_CASE("grammar: numeric lexicon words with bytes above 0x7F") {
  // The case-folding lookup must order bytes >= 0x80 as the tree was built.
  const mention m = one("120 \xCE\xBCg");  // μg
  CHECK(m.value.unit == "t");
  CHECK(near(m.value.number, 120e-12));
}

TEST_CASE("grammar: a date never ends inside a numeral") {
  const auto s = scan_mentions("smaller than the 16,000 metric tons of last year", {});
  REQUIRE(!s.empty());
  CHECK(s[0].type == mention_type::quantity);
  CHECK(s[0].value.number == 16000);
}

TEST_CASE("grammar: numeric fold verbs with qualifiers, fold adjectives") {
  const mention d = one("exports more than doubled to");
  CHECK(d.type == mention_type::fold);
  CHECK(d.value.qual == qualifier::lower);
  CHECK(d.value.value.lo() == 2);
  CHECK(d.value.value.lo_open());
  CHECK(d.direction == 1);
  const mention n = one("output will nearly triple");
  CHECK(n.type == mention_type::fold);
  CHECK(n.value.number == 3);
  CHECK(n.value.value.hi() == 3);
  CHECK(one("a fivefold increase").value.number == 5);
  CHECK(one("arrivals rose twofold").value.number == 2);
  CHECK(one("trade is expected to double").value.number == 2);
  // The bare verb form is an adjective without a modal.
  CHECK(numeric_only("a double standard").empty());
  CHECK(numeric_only("the triple jump").empty());
}

TEST_CASE("grammar: numeric energy units in words") {
  const mention k = one("12 billion kilowatt-hours");
  CHECK(k.type == mention_type::quantity);
  CHECK(k.value.unit == "kWh");
  CHECK(k.value.number == 12e9);
  CHECK(one("2.5 terawatt hours").value.number == 2.5e9);
  CHECK(one("300 megawatt").value.unit == "W");
}
