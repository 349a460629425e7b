// Claim assembly of each kind and flag with hand-built mentions: targets,
// hedges, negation, shares, directed flows, unlisted metrics, periods
// carried across sentences, durations, ranks.
#include <doctest/doctest.h>

#include <algorithm>

#include "grammar/parse.hpp"
#include "tests/grammar/claims_support.hpp"

namespace {

using namespace claimcheck;
using engine::fact_kind;
using engine::interval;
using engine::period;
using grammar::mention_type;
namespace d = date;

struct run {
  std::string text;
  std::vector<grammar::mention> ms;
  std::vector<engine::fact> facts;

  explicit run(std::string t) : text(std::move(t)) {}
  run& pct(std::string_view p, double lo, double hi, std::size_t from = 0) {
    ms.push_back(test::value(text, p, mention_type::percent, interval::closed(lo, hi), "%",
                             engine::qualifier::exact, from));
    return *this;
  }
  run& money(std::string_view p, double lo, double hi, std::string unit = "USD") {
    ms.push_back(test::value(text, p, mention_type::money, interval::closed(lo, hi), std::move(unit)));
    return *this;
  }
  run& qty(std::string_view p, interval v, std::string unit,
           engine::qualifier q = engine::qualifier::exact) {
    ms.push_back(test::value(text, p, mention_type::quantity, v, std::move(unit), q));
    return *this;
  }
  run& year(std::string_view p, int y) {
    ms.push_back(test::when(text, p, period::year(d::year{y}), mention_type::date));
    return *this;
  }
  run& when(std::string_view p, period pr) {
    ms.push_back(test::when(text, p, std::move(pr)));
    return *this;
  }
  run& dur(std::string_view p, double n, std::string unit) {
    grammar::mention m = test::at(text, p, mention_type::duration);
    m.value.value = interval::point(n);
    m.value.number = n;
    m.value.unit = std::move(unit);
    ms.push_back(m);
    return *this;
  }
  const std::vector<engine::fact>& go(d::year_month_day published = d::year{2023} / 6 / 15) {
    std::sort(ms.begin(), ms.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    engine::article a;
    a.path = "k.txt";
    a.format = "text";
    a.text = text;
    a.published = d::sys_days{published};
    a.id = engine::make_article_id(a);
    grammar::parse_options o;
    o.mentions = &ms;
    facts = grammar::parse_claims(a, o).facts;
    return facts;
  }
  const engine::fact* find(fact_kind k, std::string_view metric, std::string_view entity) const {
    for (const auto& f : facts) {
      if (f.kind == k && f.metric == metric && f.entity == entity) return &f;
    }
    return nullptr;
  }
};

}  // namespace

TEST_CASE("claims: a forecast is a target, never a level; hedges are marked") {
  run r("Kazakhstan's economy may grow 4 percent in 2023, the minister said. "
        "The two sides aim to raise trade between China and Kazakhstan to $35 billion by 2030.");
  r.pct("4 percent", 3.5, 4.5).year("2023", 2023).money("$35 billion", 34.5e9, 35.5e9);
  r.ms.push_back(test::when(r.text, "by 2030", period::year(d::year{2030})));
  r.go();
  INFO(test::describe(r.facts));
  const engine::fact* gdp = r.find(fact_kind::target, "gdp", "KAZ");
  REQUIRE(gdp != nullptr);
  CHECK(gdp->hedged);
  CHECK(gdp->when == period::year(d::year{2023}));
  CHECK(gdp->attribution == "the minister said");
  const engine::fact* trade = r.find(fact_kind::target, "trade_volume", "CHN+KAZ");
  REQUIRE(trade != nullptr);
  CHECK(trade->when == period::year(d::year{2030}));
  CHECK(r.find(fact_kind::level, "trade_volume", "CHN+KAZ") == nullptr);
}

TEST_CASE("claims: negation and a fall in percent") {
  run r("Kazakhstan's industrial output did not exceed 3 percent growth in 2022. "
        "Oil exports fell 3 percent to 64.3 million tonnes.");
  r.pct("3 percent", 2.5, 3.5).year("2022", 2022).pct("3 percent", 2.5, 3.5, r.text.find("fell"));
  r.qty("64.3 million tonnes", interval::closed(64.25e6, 64.35e6), "t");
  r.go(d::year{2023} / 1 / 20);
  INFO(test::describe(r.facts));
  const engine::fact* neg = nullptr;
  for (const auto& f : r.facts) {
    if (f.metric == "industrial_output") neg = &f;
  }
  REQUIRE(neg != nullptr);
  CHECK(neg->negated);
  const engine::fact* fall = r.find(fact_kind::change, "oil_exports", "KAZ");
  REQUIRE(fall != nullptr);
  CHECK(fall->value.value.hi() < 0);
  CHECK(fall->value.value.contains(-3.0));
  CHECK(fall->when == period::year(d::year{2022}));  // carried from the sentence before
}

TEST_CASE("claims: directed flows, shares and unlisted metrics") {
  run r("In 2022, Kazakhstan's exports to China rose 9 percent to $6.9 billion. "
        "China accounted for 20.8 percent of all EU imports. "
        "The number of Chinese students in Kazakhstan rose to 3,000.");
  r.year("2022", 2022).pct("9 percent", 8.5, 9.5).money("$6.9 billion", 6.85e9, 6.95e9);
  r.pct("20.8 percent", 20.75, 20.85);
  grammar::mention n = test::value(r.text, "3,000", mention_type::number, interval::closed(2999.5, 3000.5), "");
  r.ms.push_back(n);
  r.go();
  INFO(test::describe(r.facts));
  CHECK(r.find(fact_kind::level, "exports", "KAZ>CHN") != nullptr);
  CHECK(r.find(fact_kind::change, "exports", "KAZ>CHN") != nullptr);
  CHECK(r.find(fact_kind::share, "imports", "eu>CHN") != nullptr);
  const engine::fact* students = nullptr;
  for (const auto& f : r.facts) {
    if (f.metric == "students") students = &f;
  }
  REQUIRE(students != nullptr);
  CHECK(students->kind == fact_kind::level);
}

TEST_CASE("claims: unlisted metric keyed by its head phrase") {
  run r("In 2022, wool shipments from Mongolia jumped 40 percent to 12,000 tonnes.");
  r.year("2022", 2022).pct("40 percent", 39.5, 40.5);
  r.qty("12,000 tonnes", interval::closed(11999.5, 12000.5), "t");
  r.go();
  INFO(test::describe(r.facts));
  const engine::fact* f = r.find(fact_kind::level, "wool_shipments", "MNG");
  REQUIRE(f != nullptr);
  CHECK(f->unlisted);
  CHECK(r.find(fact_kind::change, "wool_shipments", "MNG") != nullptr);
}

TEST_CASE("claims: durations and ranks") {
  run r("Tokayev said the winner would serve a single term of seven years in Kazakhstan. "
        "Russia remains Kazakhstan's second-largest trading partner.");
  r.dur("seven years", 7, "year");
  r.go();
  INFO(test::describe(r.facts));
  const engine::fact* term = r.find(fact_kind::duration, "term", "KAZ");
  REQUIRE(term != nullptr);
  CHECK(term->value.value == interval::point(7));
  CHECK(term->value.unit == "year");
  const engine::fact* rank = r.find(fact_kind::rank, "trading_partner", "KAZ>RUS");
  REQUIRE(rank != nullptr);
  CHECK(rank->value.value == interval::point(2));
  CHECK(rank->when.same_days(period::day(d::year{2023} / 6 / 15)));
}

TEST_CASE("claims: no facts from text without values, and no crash on odd text") {
  run r("\"\" ... ;;; U.S. - - 'Kazakh' \xFF\xFE and the. the");
  CHECK(r.go().empty());
  run e("");
  CHECK(e.go().empty());
}

TEST_CASE("claims: 'in 2022 to $26 billion' is a year and a level, not a range") {
  engine::article a;
  a.path = "r.txt";
  a.format = "text";
  a.text = "Trade between Russia and Kazakhstan grew 8 percent in 2022 to $26 billion.";
  a.published = d::sys_days{d::year{2023} / 2 / 9};
  a.id = engine::make_article_id(a);
  const auto facts = grammar::parse_claims(a).facts;
  INFO(test::describe(facts));
  const engine::fact* level = nullptr;
  for (const auto& f : facts) {
    if (f.kind == fact_kind::level && f.metric == "trade_volume") level = &f;
  }
  REQUIRE(level != nullptr);
  CHECK(level->entity == "KAZ+RUS");
  CHECK(level->value.value.contains(26e9));
  CHECK(level->value.value.hi() < 27e9);
}

TEST_CASE("claims: a level at the end of a year is that year's figure") {
  engine::article a;
  a.path = "e.txt";
  a.format = "text";
  a.text = "Mongolia's foreign reserves stood at $3.4 billion at the end of 2022, the central bank "
           "said. Reserves could rise to $4 billion by the end of 2023.";
  a.published = d::sys_days{d::year{2023} / 2 / 3};
  a.id = engine::make_article_id(a);
  const auto facts = grammar::parse_claims(a).facts;
  INFO(test::describe(facts));
  const engine::fact* level = nullptr;
  const engine::fact* target = nullptr;
  for (const auto& f : facts) {
    if (f.kind == fact_kind::level) level = &f;
    if (f.kind == fact_kind::target) target = &f;
  }
  REQUIRE(level != nullptr);
  CHECK(level->when.g == engine::grain::year);
  CHECK(level->when.first == d::sys_days{d::year{2022} / 1 / 1});
  REQUIRE(target != nullptr);
  CHECK(target->when.g != engine::grain::year);  // "by the end of 2023" keeps its span
}

TEST_CASE("claims: an elided verb carries to the next value ('and imports 9.1 percent')") {
  engine::article a;
  a.path = "g.txt";
  a.format = "text";
  a.text = "Uzbekistan's exports rose 12 percent in 2023 and imports 9.1 percent, the statistics "
           "agency said.";
  a.published = d::sys_days{d::year{2024} / 1 / 20};
  a.id = engine::make_article_id(a);
  const auto facts = grammar::parse_claims(a).facts;
  INFO(test::describe(facts));
  const engine::fact* imports = nullptr;
  for (const auto& f : facts) {
    if (f.metric == "imports") imports = &f;
  }
  REQUIRE(imports != nullptr);
  CHECK(imports->kind == fact_kind::change);
  CHECK(imports->entity == "UZB");
  CHECK(imports->value.value.contains(9.1));
  CHECK(imports->when.first == d::sys_days{d::year{2023} / 1 / 1});
}

TEST_CASE("claims: 'the five countries' is the region the article named") {
  engine::article a;
  a.path = "r5.txt";
  a.format = "text";
  a.text = "Ministers of the Central Asian states met in Tashkent on Monday.\n\n"
           "Trade among the five countries rose 14 percent in 2023 to $11.6 billion.";
  a.published = d::sys_days{d::year{2024} / 3 / 4};
  a.id = engine::make_article_id(a);
  const auto facts = grammar::parse_claims(a).facts;
  INFO(test::describe(facts));
  int region = 0;
  for (const auto& f : facts) {
    if (f.entity == "central_asia") ++region;
  }
  CHECK(region == 2);  // the change and the level
}

TEST_CASE("claims: 'the three countries' is not a five-member region") {
  engine::article a;
  a.path = "r3.txt";
  a.format = "text";
  a.text = "Kazakhstan hosted a summit of the Central Asian states.\n\n"
           "Trade among the three countries rose 14 percent in 2023 to $8 billion.";
  a.published = d::sys_days{d::year{2024} / 3 / 4};
  a.id = engine::make_article_id(a);
  const auto facts = grammar::parse_claims(a).facts;
  INFO(test::describe(facts));
  REQUIRE(!facts.empty());
  for (const auto& f : facts) CHECK(f.entity != "central_asia");
}

TEST_CASE("claims: a member's part of trade with a region is that member's pair") {
  engine::article a;
  a.path = "m.txt";
  a.format = "text";
  a.text = "Trade between Turkey and the Central Asian states grew 12 percent in 2023 to $9 "
           "billion.\n\nUzbekistan accounted for $3.1 billion of the total, followed by "
           "Turkmenistan with $2.2 billion.";
  a.published = d::sys_days{d::year{2024} / 2 / 1};
  a.id = engine::make_article_id(a);
  const auto facts = grammar::parse_claims(a).facts;
  INFO(test::describe(facts));
  bool uzb = false;
  bool tkm = false;
  for (const auto& f : facts) {
    if (f.entity == "TUR+UZB" && f.value.value.contains(3.1e9)) uzb = true;
    if (f.entity == "TKM+TUR" && f.value.value.contains(2.2e9)) tkm = true;
  }
  CHECK(uzb);
  CHECK(tkm);
}

TEST_CASE("claims: 'the largest investor, with $X' is the investor's flow into the country") {
  engine::article a;
  a.path = "inv.txt";
  a.format = "text";
  a.text = "Foreign direct investment into Georgia fell 9 percent in 2023 to $1.6 billion, "
           "Georgia's statistics office said.\n\n"
           "The United Kingdom was the largest investor, with $412 million, followed by "
           "Turkey with $190 million.";
  a.published = d::sys_days{d::year{2024} / 3 / 1};
  a.id = engine::make_article_id(a);
  const auto facts = grammar::parse_claims(a).facts;
  INFO(test::describe(facts));
  bool gbr = false;
  bool tur = false;
  for (const auto& f : facts) {
    if (f.kind != fact_kind::level || f.metric != "investment") continue;
    if (f.entity == "GBR>GEO" && f.value.value.contains(412e6)) gbr = true;
    if (f.entity == "TUR>GEO" && f.value.value.contains(190e6)) tur = true;
  }
  CHECK(gbr);
  CHECK(tur);
}

TEST_CASE("claims: 'did not exceed X' is at most X") {
  engine::article a;
  a.path = "n.txt";
  a.format = "text";
  a.text = "Kyrgyzstan's gold output did not exceed 20 tonnes in 2023, the mining ministry said.";
  a.published = d::sys_days{d::year{2024} / 2 / 1};
  a.id = engine::make_article_id(a);
  const auto facts = grammar::parse_claims(a).facts;
  INFO(test::describe(facts));
  REQUIRE(facts.size() == 1);
  CHECK_FALSE(facts[0].negated);
  CHECK(facts[0].value.qual == engine::qualifier::upper);
  CHECK(facts[0].value.value.contains(19));  // tonnes are the base unit t
  CHECK_FALSE(facts[0].value.value.contains(21));
  CHECK(facts[0].value.value.hi() == 20);
}

TEST_CASE("claims: 'stood at X at the end of the year' written in January is the year just ended") {
  engine::article a;
  a.path = "ye.txt";
  a.format = "text";
  a.text = "Inflation in Armenia stood at 1.9 percent at the end of the year, the central bank said.";
  a.published = d::sys_days{d::year{2024} / 1 / 12};
  a.id = engine::make_article_id(a);
  const auto facts = grammar::parse_claims(a).facts;
  INFO(test::describe(facts));
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].when.g == engine::grain::year);
  CHECK(facts[0].when.first == d::sys_days{d::year{2023} / 1 / 1});
}

TEST_CASE("claims: 'X became Y's largest supplier of gas, shipping N' is X's gas exports to Y") {
  engine::article a;
  a.path = "sup.txt";
  a.format = "text";
  a.text = "Turkmenistan remained China's largest supplier of natural gas in 2023, shipping "
           "34 billion cubic meters, customs data showed.";
  a.published = d::sys_days{d::year{2024} / 1 / 22};
  a.id = engine::make_article_id(a);
  const auto facts = grammar::parse_claims(a).facts;
  INFO(test::describe(facts));
  bool found = false;
  for (const auto& f : facts) {
    if (f.kind == fact_kind::level && f.entity == "TKM>CHN" && f.metric == "gas_exports" &&
        f.value.value.contains(34e9)) {
      found = true;
    }
  }
  CHECK(found);
}

TEST_CASE("claims: a flow to two partners has no single partner") {
  engine::article a;
  a.path = "two.txt";
  a.format = "text";
  a.text = "Kyrgyzstan exported 310 million kilowatt-hours of electricity to Kazakhstan and "
           "Uzbekistan in 2023.";
  a.published = d::sys_days{d::year{2024} / 2 / 1};
  a.id = engine::make_article_id(a);
  const auto facts = grammar::parse_claims(a).facts;
  INFO(test::describe(facts));
  REQUIRE(!facts.empty());
  for (const auto& f : facts) CHECK(f.entity == "KGZ");
}
