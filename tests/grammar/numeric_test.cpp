// The numeric mention grammar: values, precision, units, qualifiers, change
// words, ranges and the "not numbers" of issue #3, through scan_mentions.
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
using claimcheck::testing::span;

}  // namespace

TEST_CASE("grammar: numeric money keeps its currency and stated precision") {
  SUBCASE("$25.2 billion is [25.15e9, 25.25e9] USD") {
    const std::string t = "trade reached $25.2 billion in 2021";
    const mention m = one(t);
    CHECK(m.type == mention_type::money);
    CHECK(span(t, m) == "$25.2 billion");
    CHECK(m.value.unit == "USD");
    CHECK(near(m.value.number, 25.2e9));
    CHECK(near(m.value.value.lo(), 25.15e9));
    CHECK(near(m.value.value.hi(), 25.25e9));
    CHECK(m.value.qual == qualifier::exact);
  }
  SUBCASE("$41 billion is [40.5e9, 41.5e9]") {
    const mention m = one("worth $41 billion");
    CHECK(near(m.value.value.lo(), 40.5e9));
    CHECK(near(m.value.value.hi(), 41.5e9));
  }
  SUBCASE("codes and names before or after the number") {
    const mention a = one("USD 31.17bn");
    CHECK(a.value.unit == "USD");
    CHECK(near(a.value.number, 31.17e9));
    const mention b = one("31.17 billion U.S. dollars");
    CHECK(b.value.unit == "USD");
    CHECK(near(b.value.number, 31.17e9));
    CHECK(b.end == 26);
    CHECK(one("3.2 mln yuan").value.unit == "CNY");
    CHECK(one("500 million tenge").value.unit == "KZT");
    CHECK(one("\xE2\x82\xAC" "12 million").value.unit == "EUR");  // €12 million
    CHECK(one("\xE2\x82\xB8" "5,000").value.unit == "KZT");        // ₸5,000
    CHECK(one("40 billion roubles").value.unit == "RUB");
    CHECK(one("\xC2\xA3" "3m").value.unit == "GBP");  // £3m: "m" is million after money
    CHECK(near(one("\xC2\xA3" "3m").value.number, 3e6));
  }
}

TEST_CASE("grammar: numeric percent and percentage points") {
  const std::string t = "trade grew 23.6 percent year-on-year";
  const mention m = one(t);
  CHECK(m.type == mention_type::percent);
  CHECK(m.value.unit == "%");
  CHECK(near(m.value.value.lo(), 23.55));
  CHECK(near(m.value.value.hi(), 23.65));
  CHECK(m.direction == 1);
  CHECK(m.basis == "yoy");
  CHECK(one("23.6%").value.unit == "%");
  CHECK(one("23.6 per cent").value.unit == "%");
  CHECK(one("15 percentage points").value.unit == "pp");
  CHECK(one("15 pp").value.unit == "pp");
  const mention down = one("exports fell 4% y-o-y");
  CHECK(down.direction == -1);
  CHECK(down.basis == "yoy");
  const mention up = one("up 15 percent year on year");
  CHECK(up.direction == 1);
  CHECK(up.basis == "yoy");
}

TEST_CASE("grammar: numeric quantities in base units") {
  const mention t = one("exceeding 23 million tons");
  CHECK(t.type == mention_type::quantity);
  CHECK(t.value.unit == "t");
  CHECK(t.value.qual == qualifier::lower);
  CHECK(t.value.value.lo() == 23e6);
  CHECK(t.value.value.lo_open());
  CHECK(std::isinf(t.value.value.hi()));
  const mention kg = one("250 kg");
  CHECK(kg.value.unit == "t");
  CHECK(near(kg.value.number, 0.25));
  CHECK(near(kg.value.value.lo(), 0.2495));
  CHECK(one("12 bcm").value.unit == "m3");
  CHECK(near(one("12 bcm").value.number, 12e9));
  CHECK(one("1.2 million TEU").value.unit == "TEU");
  CHECK(one("3,000 people").value.unit == "persons");
  CHECK(near(one("5 km").value.number, 5000));
}

TEST_CASE("grammar: numeric qualifiers open or widen by configured tolerances") {
  scan_options o;
  SUBCASE("default tolerances do not widen") {
    const mention a = one("about 30 million", o);
    CHECK(a.value.qual == qualifier::approx);
    CHECK(near(a.value.value.lo(), 29.5e6));
    CHECK(near(a.value.value.hi(), 30.5e6));
    const mention n = one("almost 30 million tonnes", o);
    CHECK(n.value.qual == qualifier::approx);
    CHECK(near(n.value.value.lo(), 29.5e6));
    CHECK(near(n.value.value.hi(), 30e6));
  }
  SUBCASE("tolerances from the caller") {
    o.approx_tolerance = 0.1;
    o.nearly_tolerance = 0.05;
    const mention a = one("around 200", o);
    CHECK(near(a.value.value.lo(), 180));
    CHECK(near(a.value.value.hi(), 220));
    const mention n = one("nearly 30 million tonnes", o);
    CHECK(near(n.value.value.lo(), 28.5e6));
    CHECK(near(n.value.value.hi(), 30e6));
  }
  SUBCASE("bounds") {
    const mention lo = one("at least 5 people");
    CHECK(lo.value.qual == qualifier::lower);
    CHECK(lo.value.value.lo() == 5);
    CHECK_FALSE(lo.value.value.lo_open());
    const mention up = one("less than 10");
    CHECK(up.value.qual == qualifier::upper);
    CHECK(up.value.value.hi() == 10);
    CHECK(up.value.value.hi_open());
    const mention most = one("up to 10");
    CHECK(most.value.qual == qualifier::upper);
    CHECK_FALSE(most.value.value.hi_open());
  }
}

TEST_CASE("grammar: numeric spelled and mixed numbers") {
  CHECK(one("seventy").value.number == 70);
  CHECK(one("twenty-three").value.number == 23);
  CHECK(one("one hundred and five").value.number == 105);
  CHECK(one("a dozen").value.number == 12);
  CHECK(one("half a million").value.number == 500000);
  CHECK(near(one("two-thirds").value.number, 2.0 / 3));
  CHECK(near(one("a third").value.number, 1.0 / 3));
  CHECK(one("23 million").value.number == 23e6);
  CHECK(near(one("1.5bn").value.number, 1.5e9));
  CHECK(near(one("3.2 mln").value.number, 3.2e6));
  CHECK(one("5k").value.number == 5000);
  CHECK(near(one("two point two million").value.number, 2.2e6));
  CHECK(one("3/4").value.number == 0.75);
  CHECK(one(".77").value.number == 0.77);
  CHECK(one("1,234,567").value.number == 1234567);
  CHECK(one("-5").value.number == -5);
  CHECK(one("\xE2\x88\x92" "5").value.number == -5);  // U+2212 minus
  CHECK(one("1e10").value.number == 1e10);
  const mention p = one("two point two million");
  CHECK(near(p.value.value.lo(), 2.15e6));
  CHECK(near(p.value.value.hi(), 2.25e6));
}

TEST_CASE("grammar: numeric ordinals") {
  const mention a = one("the 30th summit");
  CHECK(a.type == mention_type::ordinal);
  CHECK(a.value.number == 30);
  CHECK(one("twentieth").value.number == 20);
  CHECK(one("twenty-fifth").value.number == 25);
  CHECK(one("first").type == mention_type::ordinal);
}

TEST_CASE("grammar: numeric change words and folds") {
  const mention f = one("increased more than 70-fold, reaching", {});
  CHECK(f.type == mention_type::fold);
  CHECK(f.value.unit == "x");
  CHECK(f.value.qual == qualifier::lower);
  CHECK(f.value.value.lo() == 70);
  CHECK(f.direction == 1);
  const mention d = one("exports doubled");
  CHECK(d.type == mention_type::fold);
  CHECK(d.value.number == 2);
  CHECK(one("output halved").value.number == 0.5);
  CHECK(one("more than 70 times").value.unit == "x");
  CHECK(one("rose by $3 billion").direction == 1);
}

TEST_CASE("grammar: numeric ranges") {
  const mention b = one("between 3 and 5");
  CHECK(std::isnan(b.value.number));
  CHECK(b.range_lo == 3);
  CHECK(b.range_hi == 5);
  CHECK(near(b.value.value.lo(), 2.5));
  CHECK(near(b.value.value.hi(), 5.5));
  const mention m = one("3 to 5 million");
  CHECK(m.range_lo == 3e6);
  CHECK(m.range_hi == 5e6);
  const mention d = one("$10-$20");
  CHECK(d.type == mention_type::money);
  CHECK(d.range_lo == 10);
  CHECK(d.range_hi == 20);
  CHECK(one("3-5").range_hi == 5);
}

TEST_CASE("grammar: numeric 'to' after a year or a change is not a range") {
  // A year, then the level reached.
  const auto y = numeric_only("grew 8 percent in 2022 to $26 billion");
  REQUIRE(y.size() == 2);
  CHECK(y[1].type == mention_type::money);
  CHECK(std::isnan(y[1].range_lo));
  CHECK(y[1].value.number == 26e9);
  // A change in the thousands, then a level with a scale word.
  const auto c = numeric_only("shrank by 850,000 to 1.41 billion");
  REQUIRE(c.size() == 2);
  CHECK(c[0].value.number == 850000);
  CHECK(c[1].value.number == 1.41e9);
  // After "by", a far larger second amount is the level reached.
  const auto l = numeric_only("increased by 850 million dollars to $5.6 billion");
  REQUIRE(l.size() == 2);
  CHECK(l[0].value.number == 850e6);
  CHECK(l[1].value.number == 5.6e9);
  CHECK(one("fell by 2 to 3 percent").range_hi == 3);
  // Ranges of the same kind stay ranges.
  CHECK(one("1500 to 2000 tonnes").range_hi == 2000);
  CHECK(one("300 to 400 million").range_lo == 300e6);
  CHECK(one("between 2000 and 3000 tonnes").range_lo == 2000);
}

TEST_CASE("grammar: numeric not numbers") {
  CHECK(numeric_only("the COVID-19 pandemic").empty());
  CHECK(numeric_only("the G20 summit").empty());
  CHECK(numeric_only("an F-16 jet").empty());
  CHECK(numeric_only("a Boeing 737 jet").empty());
  CHECK(numeric_only("call 555-1234 now").empty());
  CHECK(numeric_only("call +1-222-333-4444 now").empty());
  CHECK(numeric_only("at 10:30 today").empty());
  CHECK(numeric_only("at 5 pm").empty());
  CHECK(numeric_only("see page 12").empty());
  CHECK(numeric_only("in 2021").empty());
  CHECK(numeric_only("which one do you mean").empty());
  CHECK(numeric_only("ISBN 978-3-16-148410-0").empty());
  // A year with a unit is a number after all.
  CHECK(one("2021 people").value.unit == "persons");
}

TEST_CASE("grammar: numeric values that overflow a double are errors") {
  const mention big = one("1e400 tonnes");
  CHECK_FALSE(big.error.empty());
  const mention tiny = one("0.5e-400");
  CHECK_FALSE(tiny.error.empty());
  std::string huge(400, '9');
  const mention h = one(huge + " billion");
  CHECK_FALSE(h.error.empty());
}

TEST_CASE("grammar: numeric the founding articles' figures") {
  const std::string t =
      "In 2022, the trade volume between China and Kazakhstan grew 23.6 percent year-on-year, to "
      "a record high of $31.17 billion. Railway freight volume also reached a new record high, "
      "exceeding 23 million tons, a year-on-year increase of 15 percent.";
  const auto ms = numeric_only(t);
  REQUIRE(ms.size() == 4);
  CHECK(span(t, ms[0]) == "23.6 percent");
  CHECK(ms[0].direction == 1);
  CHECK(ms[0].basis == "yoy");
  CHECK(span(t, ms[1]) == "$31.17 billion");
  CHECK(ms[1].direction == 0);
  CHECK(near(ms[1].value.value.lo(), 31.165e9));
  CHECK(near(ms[1].value.value.hi(), 31.175e9));
  CHECK(span(t, ms[2]) == "exceeding 23 million tons");
  CHECK(span(t, ms[3]) == "15 percent");
  CHECK(ms[3].direction == 1);
  CHECK(ms[3].basis == "yoy");
  const std::string u = "increased more than 70-fold over 30 years, reaching $25.2 billion in 2021";
  const auto fs = numeric_only(u);
  REQUIRE(fs.size() >= 2);
  CHECK(span(u, fs[0]) == "more than 70-fold");
  CHECK(fs[0].direction == 1);
  CHECK(span(u, fs.back()) == "$25.2 billion");
}
