// Numeric forms found in regional news wires: Central Asian and Caucasus
// currencies by name, oil output in barrels a day, basis points, and folds
// written "twice as many" / "three times as much".
#include <doctest/doctest.h>

#include <string>

#include "grammar/mention.hpp"
#include "tests/grammar/numeric_support.hpp"

using claimcheck::grammar::mention;
using claimcheck::grammar::mention_type;
using claimcheck::grammar::scan_options;

namespace {

using claimcheck::testing::near;
using claimcheck::testing::numeric_only;
using claimcheck::testing::one;
using claimcheck::testing::span;

}  // namespace

TEST_CASE("grammar: numeric regional currency names") {
  const std::string t = "output reached 1.6 trillion soms last year";
  const mention m = one(t);
  CHECK(m.type == mention_type::money);
  CHECK(m.value.unit == "KGS");
  CHECK(span(t, m) == "1.6 trillion soms");
  CHECK(near(m.value.number, 1.6e12));
  CHECK(near(m.value.value.lo(), 1.55e12));
  CHECK(near(m.value.value.hi(), 1.65e12));
  CHECK(one("a fee of 500 som").value.unit == "KGS");
  CHECK(one("120 Kyrgyz soms").value.unit == "KGS");
  CHECK(one("wages of 2,400 somoni").value.unit == "TJS");
  CHECK(one("3 million Tajik somoni").value.unit == "TJS");
  const std::string u = "($1 = 12,800 Uzbek soums)";
  const auto us = numeric_only(u);
  REQUIRE(us.size() == 2);
  CHECK(us[1].value.unit == "UZS");
  CHECK(near(us[1].value.number, 12800));
  CHECK(span(u, us[1]) == "12,800 Uzbek soums");
  CHECK(one("5 million sum").value.unit == "UZS");
  CHECK(one("450 so'm").value.unit == "UZS");
  CHECK(one("3.5 billion manats").value.unit == "AZN");
  CHECK(one("40 Azerbaijani manat").value.unit == "AZN");
  CHECK(one("40 Turkmen manat").value.unit == "TMT");
  CHECK(one("200 lari").value.unit == "GEL");
  CHECK(one("7 million Georgian lari").value.unit == "GEL");
  CHECK(one("1,000 drams").value.unit == "AMD");
  CHECK(one("90 Armenian drams").value.unit == "AMD");
}

TEST_CASE("grammar: numeric the noun sum is no currency without a number") {
  // "the sum of 5 million": one bare number, no money.
  const mention m = one("the sum of 5 million");
  CHECK(m.type == mention_type::number);
  CHECK(m.value.unit.empty());
  CHECK(near(m.value.number, 5e6));
  // As a bare unit word, "sum" and "dram" are not money.
  scan_options bare;
  bare.bare_units = true;
  CHECK(numeric_only("a large sum was paid", bare).empty());
  CHECK(numeric_only("a dram of whisky", bare).empty());
}

TEST_CASE("grammar: numeric barrels per day as barrels") {
  // The rate is kept as barrels; the span ends at "barrels" (DimensionModel).
  const std::string t = "exports fell to 3.19 million barrels per day in May";
  const mention m = one(t);
  CHECK(m.type == mention_type::quantity);
  CHECK(m.value.unit == "bbl");
  CHECK(span(t, m) == "3.19 million barrels");
  CHECK(near(m.value.number, 3.19e6));
  const std::string a = "dropped by about 120,000 barrels a day";
  const mention ma = one(a);
  CHECK(ma.value.unit == "bbl");
  CHECK(span(a, ma) == "about 120,000 barrels");
  CHECK(near(ma.value.number, 120000));
  const mention mb = one("taking about 1.6 million bpd");
  CHECK(mb.value.unit == "bbl");
  CHECK(near(mb.value.number, 1.6e6));
  const mention mc = one("500,000 b/d");
  CHECK(mc.value.unit == "bbl");
  CHECK(near(mc.value.number, 5e5));
}

TEST_CASE("grammar: numeric basis points are hundredths of a percentage point") {
  const std::string t = "the bank raised its rate by 200 basis points";
  const mention m = one(t);
  CHECK(m.type == mention_type::percent);
  CHECK(m.value.unit == "pp");
  CHECK(span(t, m) == "200 basis points");
  CHECK(near(m.value.number, 2.0));
  // 200 stated to the unit: [199.5, 200.5] bp.
  CHECK(near(m.value.value.lo(), 1.995));
  CHECK(near(m.value.value.hi(), 2.005));
  const mention b = one("a cut of 25 bps");
  CHECK(b.value.unit == "pp");
  CHECK(near(b.value.number, 0.25));
  CHECK(near(one("up 50 bp").value.number, 0.5));
  CHECK(near(one("one basis point").value.number, 0.01));
}

TEST_CASE("grammar: numeric twice as many and N times as many are folds") {
  const std::string t = "655.3 thou tourists came, twice as many as a year earlier";
  const auto ms = numeric_only(t);
  REQUIRE(!ms.empty());
  const mention& f = ms.back();
  CHECK(f.type == mention_type::fold);
  CHECK(f.value.unit == "x");
  CHECK(span(t, f) == "twice as many");
  CHECK(near(f.value.number, 2.0));
  CHECK(f.direction == 1);
  const std::string h = "prices were twice as high";
  CHECK(near(one(h).value.number, 2.0));
  const std::string s = "three times as many visitors";
  const mention m3 = one(s);
  CHECK(m3.type == mention_type::fold);
  CHECK(span(s, m3) == "three times as many");
  CHECK(near(m3.value.number, 3.0));
  const mention m5 = one("5 times as much gas");
  CHECK(m5.type == mention_type::fold);
  CHECK(near(m5.value.number, 5.0));
  // "twice a week" is no fold.
  CHECK(numeric_only("flights run twice a week").empty());
}
