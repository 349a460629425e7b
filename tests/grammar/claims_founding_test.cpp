// Claim assembly on the founding example's sentences (written here in our
// own test text of the same shape), with hand-built mentions: levels,
// changes, folds, records, bilateral pairs, carried periods, attribution.
#include <doctest/doctest.h>

#include <algorithm>

#include "grammar/claims/lexicon.hpp"
#include "grammar/parse.hpp"
#include "tests/grammar/claims_support.hpp"

namespace {

using namespace claimcheck;
using engine::fact_kind;
using engine::interval;
using engine::period;
using grammar::mention_type;
namespace d = date;

using test::make_article;

const engine::fact* find(const std::vector<engine::fact>& fs, fact_kind k, std::string_view metric,
                         std::string_view entity) {
  for (const auto& f : fs) {
    if (f.kind == k && f.metric == metric && f.entity == entity) return &f;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("claims: level, change and record of bilateral trade in one sentence") {
  const std::string text =
      "Trade ties deepen between neighbours\n"
      "Published: Mar 10, 2023 07:58 PM\n"
      "Kazakhstan and China said on Friday that ties keep growing.\n\n"
      "In 2022, the trade volume between China and Kazakhstan grew 23.6 percent year-on-year, "
      "to a record high of $31.17 billion. Railway freight volume of the two countries also "
      "reached a new record high, exceeding 23 million tons, a year-on-year increase of 15 "
      "percent, according to official statistics.";
  engine::article a = make_article(text, d::year{2023} / 3 / 10);
  std::vector<grammar::mention> ms{
      test::when(text, "2022", period::year(d::year{2022}), mention_type::date),
      test::value(text, "23.6 percent", mention_type::percent, interval::closed(23.55, 23.65), "%"),
      test::value(text, "$31.17 billion", mention_type::money,
                  interval::closed(31.165e9, 31.175e9), "USD"),
      test::value(text, "exceeding 23 million tons", mention_type::quantity, interval::above(23e6),
                  "t", engine::qualifier::lower),
      test::value(text, "15 percent", mention_type::percent, interval::closed(14.5, 15.5), "%"),
  };
  std::sort(ms.begin(), ms.end(), [](const auto& x, const auto& y) { return x.start < y.start; });
  grammar::parse_options opts;
  opts.mentions = &ms;
  const auto r = grammar::parse_claims(a, opts);
  INFO(test::describe(r.facts));

  const engine::fact* level = find(r.facts, fact_kind::level, "trade_volume", "CHN+KAZ");
  REQUIRE(level != nullptr);
  CHECK(level->when == period::year(d::year{2022}));
  CHECK(level->value.value == interval::closed(31.165e9, 31.175e9));
  CHECK(level->value.unit == "USD");
  CHECK(level->value.stated == "$31.17 billion");
  CHECK_FALSE(level->unlisted);
  // Line 5 of the text; the claim starts at "In 2022".
  CHECK(level->source.line == 5);
  CHECK(level->source.column == 1);
  CHECK(level->source.start == text.find("In 2022"));
  CHECK(level->source.end == text.find(" billion.") + 8);
  CHECK(level->source.sentence.starts_with("In 2022, the trade volume"));
  CHECK(level->source.sentence.ends_with("$31.17 billion."));
  CHECK(level->id.size() == 16);
  CHECK(level->article == a.id);

  const engine::fact* change = find(r.facts, fact_kind::change, "trade_volume", "CHN+KAZ");
  REQUIRE(change != nullptr);
  CHECK(change->basis == "yoy");
  CHECK(change->value.value == interval::closed(23.55, 23.65));
  CHECK(change->when == period::year(d::year{2022}));

  const engine::fact* record = find(r.facts, fact_kind::record, "trade_volume", "CHN+KAZ");
  REQUIRE(record != nullptr);
  CHECK(record->when == period::year(d::year{2022}));

  // The second sentence: the period carried from the first, the pair from
  // "the two countries", the attribution kept.
  const engine::fact* rail = find(r.facts, fact_kind::level, "rail_freight", "CHN+KAZ");
  REQUIRE(rail != nullptr);
  CHECK(rail->value.value == interval::above(23e6));
  CHECK(rail->value.unit == "t");
  CHECK(rail->when == period::year(d::year{2022}));
  CHECK(rail->attribution == "according to official statistics");
  const engine::fact* rail_change = find(r.facts, fact_kind::change, "rail_freight", "CHN+KAZ");
  REQUIRE(rail_change != nullptr);
  CHECK(rail_change->value.value == interval::closed(14.5, 15.5));
  CHECK(rail_change->basis == "yoy");
  CHECK(find(r.facts, fact_kind::record, "rail_freight", "CHN+KAZ") != nullptr);
  CHECK(r.facts.size() == 6);
}

TEST_CASE("claims: fold over a span and a level reached, reported by an agency") {
  const std::string text =
      "Envoy hails three decades of ties\n"
      "Published: Oct 28, 2022 09:18 PM\n"
      "China is Kazakhstan's largest trading partner. In the past 30 years, mutual trade has "
      "increased more than 70-fold, reaching $25.2 billion in 2021, the Xinhua News Agency "
      "reported.";
  engine::article a = make_article(text, d::year{2022} / 10 / 28);
  std::vector<grammar::mention> ms{
      test::when(text, "the past 30 years",
                 period::span(d::sys_days{d::year{1992} / 10 / 28}, d::sys_days{d::year{2022} / 10 / 28})),
      test::value(text, "more than 70-fold", mention_type::fold, interval::above(70), "x",
                  engine::qualifier::lower),
      test::value(text, "$25.2 billion", mention_type::money, interval::closed(25.15e9, 25.25e9), "USD"),
      test::when(text, "2021", period::year(d::year{2021}), mention_type::date),
  };
  grammar::parse_options opts;
  opts.mentions = &ms;
  const auto r = grammar::parse_claims(a, opts);
  INFO(test::describe(r.facts));
  const engine::fact* level = find(r.facts, fact_kind::level, "trade_volume", "CHN+KAZ");
  REQUIRE(level != nullptr);
  CHECK(level->when == period::year(d::year{2021}));
  CHECK(level->value.value == interval::closed(25.15e9, 25.25e9));
  CHECK(level->attribution == "the Xinhua News Agency reported");
  const engine::fact* fold = find(r.facts, fact_kind::fold, "trade_volume", "CHN+KAZ");
  REQUIRE(fold != nullptr);
  CHECK(fold->value.value == interval::above(70));
  // The fold spans 1991..2021: the rules read its begin and end years.
  CHECK(fold->when.same_days(period::span(d::sys_days{d::year{1991} / 1 / 1},
                                          d::sys_days{d::year{2021} / 12 / 31})));
  CHECK(fold->basis == "since:1991");
  const engine::fact* rank = find(r.facts, fact_kind::rank, "trading_partner", "KAZ>CHN");
  REQUIRE(rank != nullptr);
  CHECK(rank->value.value == interval::point(1));
}

TEST_CASE("claims: anniversary gives the founding year of an event") {
  const std::string text =
      "Ties at thirty\n"
      "Published: Oct 28, 2022 09:18 PM\n"
      "Kazakhstan and China held talks. This year carries unique significance for both "
      "countries as it marks the 30th anniversary of the establishment of diplomatic ties.";
  engine::article a = make_article(text, d::year{2022} / 10 / 28);
  grammar::mention ord = test::value(text, "30th", mention_type::ordinal, interval::point(30), "");
  std::vector<grammar::mention> ms{
      test::when(text, "This year", period::year(d::year{2022})),
      ord,
  };
  ms[0].relative = true;
  grammar::parse_options opts;
  opts.mentions = &ms;
  const auto r = grammar::parse_claims(a, opts);
  INFO(test::describe(r.facts));
  const engine::fact* ev =
      find(r.facts, fact_kind::event, "diplomatic_relations_established", "CHN+KAZ");
  REQUIRE(ev != nullptr);
  CHECK(ev->when == period::year(d::year{1992}));
  CHECK(ev->basis == "anniversary:30");
}

TEST_CASE("claims: a founding event on its date, for the anniversary rule") {
  const std::string text =
      "Ties at thirty\n"
      "Published: Jan 3, 2022 09:18 PM\n"
      "China and Kazakhstan established diplomatic relations on January 3, 1992. "
      "Diplomatic ties between the two countries have grown in 2021.";
  engine::article a = make_article(text, d::year{2022} / 1 / 3);
  std::vector<grammar::mention> ms{
      test::when(text, "January 3, 1992", period::day(d::year{1992} / 1 / 3), mention_type::date),
      test::when(text, "2021", period::year(d::year{2021}), mention_type::date,
                 text.find("grown")),
  };
  grammar::parse_options opts;
  opts.mentions = &ms;
  const auto r = grammar::parse_claims(a, opts);
  INFO(test::describe(r.facts));
  REQUIRE(r.facts.size() == 1);
  const engine::fact& ev = r.facts[0];
  CHECK(ev.kind == fact_kind::event);
  CHECK(ev.entity == "CHN+KAZ");
  CHECK(ev.metric == "diplomatic_relations_established");
  CHECK(ev.when == period::day(d::year{1992} / 1 / 3));
  CHECK(ev.basis.empty());
}

TEST_CASE("claims: election on a date keeps weekday and future tense") {
  const std::string text =
      "Vote ahead\n"
      "Published: Oct 28, 2022 09:18 PM\n"
      "Kazakhstan will hold presidential elections on Sunday, November 20.";
  engine::article a = make_article(text, d::year{2022} / 10 / 28);
  grammar::mention day = test::when(text, "Sunday, November 20",
                                    period::day(d::year{2022} / 11 / 20), mention_type::date);
  day.weekday = 0;
  std::vector<grammar::mention> ms{day};
  grammar::parse_options opts;
  opts.mentions = &ms;
  const auto r = grammar::parse_claims(a, opts);
  INFO(test::describe(r.facts));
  const engine::fact* ev = find(r.facts, fact_kind::event, "presidential_election", "KAZ");
  REQUIRE(ev != nullptr);
  CHECK(ev->when == period::day(d::year{2022} / 11 / 20));
  CHECK(ev->tense == 1);
  REQUIRE(ev->weekday.has_value());
  CHECK(*ev->weekday == 0);
}
