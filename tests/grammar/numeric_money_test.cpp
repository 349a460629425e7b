// Numeric forms of real news found missing: the currencies of Africa, the
// Middle East and Eastern Europe by name and by ISO 4217 code ("300 billion
// cedis", "KES 1.2 trillion", "50 billion Egyptian pounds"); "revised up
// to" as a direction, not a bound; and a change in percent followed by the
// level reached ("climbed 5.4% to 440,000") as two mentions, not a range.
// Expected intervals follow DESIGN.md's precision rule: half a unit of the
// last stated digit, times the scale.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "grammar/mention.hpp"
#include "grammar/numeric/lexer.hpp"
#include "grammar/temporal/fast.hpp"
#include "tests/grammar/numeric_support.hpp"

using claimcheck::grammar::mention;
using claimcheck::grammar::mention_type;

namespace {

using claimcheck::testing::near;
using claimcheck::testing::numeric_only;
using claimcheck::testing::one;
using claimcheck::testing::span;

// One money mention in `text` covering `whole`, in `code`, of `value`
// with the stated interval [lo, hi].
void check_money(const std::string& text, const std::string& whole, const std::string& code,
                 double value, double lo, double hi) {
  CAPTURE(text);
  const mention m = one(text);
  CHECK(m.type == mention_type::money);
  CHECK(m.value.unit == code);
  CHECK(span(text, m) == whole);
  CHECK(near(m.value.number, value));
  CHECK(near(m.value.value.lo(), lo));
  CHECK(near(m.value.value.hi(), hi));
}

}  // namespace

TEST_CASE("grammar: numeric money the brief's forms, with values") {
  check_money("Ghana's budget reached 300 billion cedis in 2024.", "300 billion cedis", "GHS",
              300e9, 299.5e9, 300.5e9);
  check_money("The budget is KES 1.2 trillion.", "KES 1.2 trillion", "KES", 1.2e12, 1.15e12,
              1.25e12);
  check_money("spending of 1.5 trillion shillings", "1.5 trillion shillings", "KES", 1.5e12,
              1.45e12, 1.55e12);
  check_money("a deficit of 2.4bn zlotys", "2.4bn zlotys", "PLN", 2.4e9, 2.35e9, 2.45e9);
  check_money("revenue of EGP 50 billion", "EGP 50 billion", "EGP", 50e9, 49.5e9, 50.5e9);
  check_money("revenue of 50 billion Egyptian pounds", "50 billion Egyptian pounds", "EGP", 50e9,
              49.5e9, 50.5e9);
}

TEST_CASE("grammar: numeric money currency names by country") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"4 billion Ghanaian cedis", "GHS"},   {"12 million Kenyan shillings", "KES"},
      {"9 billion Ugandan shillings", "UGX"}, {"7 trillion Tanzanian shillings", "TZS"},
      {"3 billion dinars", "IQD"},           {"3 billion Iraqi dinars", "IQD"},
      {"2 million Kuwaiti dinars", "KWD"},    {"5 million Bahraini dinars", "BHD"},
      {"6 million Jordanian dinars", "JOD"},  {"8 billion Algerian dinars", "DZD"},
      {"9 million Tunisian dinars", "TND"},   {"10 billion Libyan dinars", "LYD"},
      {"11 billion Serbian dinars", "RSD"},   {"4 billion zloty", "PLN"},
      {"4 billion z\xC5\x82oty", "PLN"},      {"4 billion Polish zlotys", "PLN"},
      {"15 billion forints", "HUF"},         {"15 billion Hungarian forint", "HUF"},
      {"20 billion taka", "BDT"},            {"30 million kwacha", "ZMW"},
      {"30 million Malawian kwacha", "MWK"},  {"40 billion birr", "ETB"},
      {"50 billion naira", "NGN"},           {"50 billion Nigerian naira", "NGN"},
      {"60 billion rand", "ZAR"},            {"60 billion South African rand", "ZAR"},
      {"70 trillion Lebanese pounds", "LBP"}, {"80 billion Sudanese pounds", "SDG"},
      {"90 billion Syrian pounds", "SYP"},    {"100 billion riyals", "SAR"},
      {"100 billion Saudi riyals", "SAR"},    {"100 billion Qatari riyals", "QAR"},
      {"2 million Omani rials", "OMR"},       {"500 trillion rials", "IRR"},
      {"500 trillion Iranian rials", "IRR"},  {"9 billion Yemeni rials", "YER"},
      {"3 billion dirhams", "AED"},          {"3 billion UAE dirhams", "AED"},
      {"3 billion Moroccan dirhams", "MAD"},  {"200 billion lira", "TRY"},
      {"200 billion Turkish lira", "TRY"},    {"40 billion koruna", "CZK"},
      {"40 billion Czech crowns", "CZK"},     {"12 billion lei", "RON"},
      {"12 billion Moldovan lei", "MDL"},     {"90 billion hryvnias", "UAH"},
      {"90 billion hryvnya", "UAH"},          {"3 billion leva", "BGN"},
  };
  for (const auto& [text, code] : cases) {
    CAPTURE(text);
    const mention m = one(text);
    CHECK(m.type == mention_type::money);
    CHECK(m.value.unit == code);
    CHECK(span(text, m) == text);
  }
}

TEST_CASE("grammar: numeric money ISO 4217 codes before and after the number") {
  const std::vector<std::string> codes = {
      "GHS", "KES", "UGX", "TZS", "RWF", "ETB", "ZMW", "MWK", "MZN", "AOA", "NAD", "BWP",
      "ZWL", "MUR", "MGA", "CDF", "GNF", "SLE", "LRD", "GMD", "SSP", "XOF", "XAF", "MAD",
      "DZD", "TND", "LYD", "IQD", "JOD", "BHD", "OMR", "YER", "IRR", "LBP", "SYP", "AFN",
      "LKR", "MVR", "BTN", "MMK", "KHR", "LAK", "BND", "KPW", "RSD", "MKD", "BGN", "MDL",
      "ISK", "HRK", "XCD", "TTD", "JMD", "DOP", "GTQ", "HNL", "PYG", "UYU", "VES", "FJD",
      "PGK", "HTG", "EGP", "PLN", "HUF", "CZK", "BDT", "QAR", "SAR", "AED", "NGN", "ZAR"};
  for (const auto& code : codes) {
    const std::string before = "a loan of " + code + " 2.5 billion";
    CAPTURE(before);
    const mention b = one(before);
    CHECK(b.type == mention_type::money);
    CHECK(b.value.unit == code);
    CHECK(span(before, b) == code + " 2.5 billion");
    CHECK(near(b.value.number, 2.5e9));
    CHECK(near(b.value.value.lo(), 2.45e9));
    CHECK(near(b.value.value.hi(), 2.55e9));
    const std::string after = "a loan of 700 million " + code + " this year";
    CAPTURE(after);
    const mention a = one(after);
    CHECK(a.type == mention_type::money);
    CHECK(a.value.unit == code);
    CHECK(span(after, a) == "700 million " + code);
    CHECK(near(a.value.number, 7e8));
  }
}

TEST_CASE("grammar: numeric money local currency signs") {
  CHECK(one("KSh 1.2 trillion").value.unit == "KES");
  CHECK(one("Ksh5,000").value.unit == "KES");
  CHECK(one("USh 3 billion").value.unit == "UGX");
  CHECK(one("TSh 4 billion").value.unit == "TZS");
  CHECK(one("GH\xE2\x82\xB5 2 billion").value.unit == "GHS");
  CHECK(one("E\xC2\xA3 10 billion").value.unit == "EGP");
  CHECK(one("2.4 bln z\xC5\x82").value.unit == "PLN");
  const mention m = one("\xE0\xA7\xB3 500 crore");
  CHECK(m.value.unit == "BDT");
  CHECK(near(m.value.number, 5e9));
}

TEST_CASE("grammar: numeric money names and codes that are no currency") {
  // "Rand Paul", "Lira" as a first name: no number, so no money.
  for (const std::string t : {"Senator Rand Paul said 45 senators agreed.",
                              "Lira Demir, 34, said 12 people were hurt."}) {
    CAPTURE(t);
    for (const auto& m : numeric_only(t)) CHECK(m.type != mention_type::money);
  }
  // Codes left out of the table: "SDG 4" goals, "RON 95" petrol, "ALL 50".
  for (const std::string t : {"progress on SDG 4 slowed", "RON 95 petrol costs more",
                              "ALL 50 STATES VOTED", "the CRC32 checksum"}) {
    CAPTURE(t);
    for (const auto& m : numeric_only(t)) CHECK(m.type != mention_type::money);
  }
  // "2 pounds" is still a weight; an adjective makes it money.
  const mention w = one("2 pounds of flour");
  CHECK(w.type == mention_type::quantity);
  CHECK(w.value.unit == "t");
  CHECK(one("2 Egyptian pounds").value.unit == "EGP");
}

TEST_CASE("grammar: numeric money revised up to is a direction, not a bound") {
  {
    const std::string t = "GDP was revised up to 591.5 trillion yen";
    const mention m = one(t);
    CHECK(m.type == mention_type::money);
    CHECK(m.value.unit == "JPY");
    CHECK(span(t, m) == "591.5 trillion yen");
    CHECK(m.value.qual == claimcheck::engine::qualifier::exact);
    CHECK(near(m.value.number, 591.5e12));
    CHECK(near(m.value.value.lo(), 591.45e12));
    CHECK(near(m.value.value.hi(), 591.55e12));
  }
  for (const std::string t : {"growth was revised up to 2.1%", "Growth was revised, up to 2.1%",
                              "inflation ticked up to 2.1%", "they revise up to 2.1%",
                              "growth was revised down to 2.1%"}) {
    CAPTURE(t);
    const mention m = one(t);
    CHECK(m.type == mention_type::percent);
    CHECK(span(t, m) == "2.1%");
    CHECK(m.value.qual == claimcheck::engine::qualifier::exact);
    CHECK(near(m.value.value.lo(), 2.05));
    CHECK(near(m.value.value.hi(), 2.15));
  }
  // Elsewhere "up to" is still an upper bound.
  for (const std::string t : {"it could rise up to 2.1%", "up to 2.1%", "a revised limit of up to 2.1%"}) {
    CAPTURE(t);
    const mention m = one(t);
    CHECK(m.value.qual == claimcheck::engine::qualifier::upper);
    CHECK(std::isinf(m.value.value.lo()));
    CHECK(near(m.value.value.hi(), 2.1));
  }
}

TEST_CASE("grammar: numeric money a change in percent, then the level reached, is no range") {
  {
    const std::string t = "Output climbed 5.4% to 440,000 in March.";
    const auto ms = numeric_only(t);
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].type == mention_type::percent);
    CHECK(span(t, ms[0]) == "5.4%");
    CHECK(near(ms[0].value.number, 5.4));
    CHECK(near(ms[0].value.value.lo(), 5.35));
    CHECK(near(ms[0].value.value.hi(), 5.45));
    CHECK(ms[0].direction == 1);
    CHECK(ms[1].type == mention_type::number);
    CHECK(ms[1].value.unit.empty());
    CHECK(span(t, ms[1]) == "440,000");
    CHECK(near(ms[1].value.number, 440000));
    CHECK(near(ms[1].value.value.lo(), 439999.5));
    CHECK(near(ms[1].value.value.hi(), 440000.5));
  }
  for (const std::string t : {"arrivals rose 3 percentage points to 45 last year",
                              "sales grew 12 percent to 1,250", "up 3.2% to 1,200"}) {
    CAPTURE(t);
    const auto ms = numeric_only(t);
    REQUIRE(ms.size() == 2);
    CHECK(std::isnan(ms[0].range_lo));
    CHECK(ms[1].value.unit.empty());
  }
  // Real ranges are kept.
  {
    const mention m = one("rose from 5% to 7%");
    CHECK(m.type == mention_type::percent);
    CHECK(near(m.range_lo, 5));
    CHECK(near(m.range_hi, 7));
  }
  {
    const mention m = one("a rate of 5% to 7%");
    CHECK(near(m.range_lo, 5));
    CHECK(near(m.range_hi, 7));
    CHECK(near(m.value.value.lo(), 4.5));
    CHECK(near(m.value.value.hi(), 7.5));
  }
  {
    const mention m = one("a rate of 5 to 7%");
    CHECK(m.type == mention_type::percent);
    CHECK(near(m.range_lo, 5));
    CHECK(near(m.range_hi, 7));
  }
  {
    const mention m = one("3 to 5 million people");
    CHECK(near(m.range_lo, 3e6));
    CHECK(near(m.range_hi, 5e6));
  }
  {
    const mention m = one("tickets at $10-$20");
    CHECK(m.type == mention_type::money);
    CHECK(near(m.range_lo, 10));
    CHECK(near(m.range_hi, 20));
  }
}

TEST_CASE("grammar: numeric money prefixes of the local press") {
  const std::vector<std::tuple<std::string, std::string, double>> cases = {
      {"Dh5 billion", "AED", 5e9},      {"Dhs 120 million", "AED", 120e6},
      {"QR2.1bn", "QAR", 2.1e9},        {"SR 40 billion", "SAR", 40e9},
      {"KD300 million", "KWD", 300e6},  {"BD 1.5 billion", "BHD", 1.5e9},
      {"RO 2 billion", "OMR", 2e9},     {"JD 800 million", "JOD", 800e6},
      {"LE50 billion", "EGP", 50e9},    {"Tk 500 crore", "BDT", 5e9},
      {"Br 12 billion", "ETB", 12e9},   {"GH\xC2\xA2 3.2 billion", "GHS", 3.2e9},
  };
  for (const auto& [text, code, value] : cases) {
    const std::string t = "the fund holds " + text + " in all";
    CAPTURE(t);
    const mention m = one(t);
    CHECK(m.type == mention_type::money);
    CHECK(m.value.unit == code);
    CHECK(span(t, m) == text);
    CHECK(near(m.value.number, value));
  }
  // Designations are no money: "SR-71", "BD-5"; capitals before no number.
  for (const std::string t : {"the SR-71 flew at Mach 3", "a BD-5 kit plane",
                              "LE MONDE reported 12 cases", "Dr. Br Smith had 3 dogs"}) {
    CAPTURE(t);
    for (const auto& m : numeric_only(t)) CHECK(m.type != mention_type::money);
  }
}

TEST_CASE("grammar: numeric money the fast paths and the trie read the new forms as X3 does") {
  namespace gn = claimcheck::grammar::numeric;
  namespace gt = claimcheck::grammar::temporal;
  const std::vector<std::string> texts = {
      "Ghana's budget reached 300 billion cedis, up 12% year-on-year.",
      "The budget is KES 1.2 trillion; spending of 1.5 trillion shillings followed.",
      "a deficit of 2.4bn zlotys and 4 billion z\xC5\x82oty, or 2.4 bln z\xC5\x82.",
      "revenue of EGP 50 billion, or 50 billion Egyptian pounds, and 2 pounds of flour",
      "GDP was revised up to 591.5 trillion yen; growth was revised down to 2.1%.",
      "Output climbed 5.4% to 440,000 in March, and rose from 5% to 7% in April.",
      "Dh5 billion, QR2.1bn, KD300 million, Tk 500 crore, GH\xC2\xA2 3.2 billion, the SR-71.",
      "two dinars, 700 million XOF, 12 billion Moldovan lei and 3 billion leva were paid.",
  };
  for (const auto& t : texts) {
    CAPTURE(t);
    for (std::size_t pos = 0; pos < t.size(); ++pos) {
      const auto w = gn::word_at(t, pos);
      const auto x = gn::word_at_x3(t, pos);
      REQUIRE(w.has_value() == x.has_value());
      if (w) {
        CHECK(w->end == x->end);
        CHECK(std::string_view(w->what.unit) == std::string_view(x->what.unit));
      }
    }
    gt::set_fast_paths(true);
    const auto fast = claimcheck::grammar::scan_mentions(t, {});
    gt::set_fast_paths(false);
    const auto slow = claimcheck::grammar::scan_mentions(t, {});
    gt::set_fast_paths(true);
    REQUIRE(fast.size() == slow.size());
    for (std::size_t i = 0; i < fast.size(); ++i) {
      CHECK(fast[i].start == slow[i].start);
      CHECK(fast[i].end == slow[i].end);
      CHECK(fast[i].type == slow[i].type);
      CHECK(fast[i].value.unit == slow[i].value.unit);
      CHECK(fast[i].value.qual == slow[i].value.qual);
      CHECK(fast[i].value.value.lo() == slow[i].value.value.lo());
      CHECK(fast[i].value.value.hi() == slow[i].value.value.hi());
    }
  }
}
