// Claim assembly on the styles of real news the first gold set lacked
// (tests/data/gold/063-080): rate moves in basis points, "the 12 months
// to", "the same quarter", "the year to date", bcm and barrels per day,
// poll forecasts and revisions of the claim before, a forecast list after
// a past figure, public finances, a region's story. Sentences written for
// these tests; expected facts worked out by hand.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tests/grammar/claims_support.hpp"

namespace {

using namespace claimcheck;
using engine::fact_kind;
namespace d = date;

using test::facts_of;
using test::find;
using test::spans;

}  // namespace

TEST_CASE("claims: rate moves in basis points with raised, lowered and lending rates") {
  const auto fs = facts_of(
      "WARSAW, March 6 - Poland's central bank raised its reference rate by 75 basis points to "
      "5.75% on Wednesday. Chile's central bank lowered its main lending rate by 50 basis points "
      "to 6.5% in April.",
      d::year{2024} / 5 / 6);
  INFO(test::describe(fs));
  const engine::fact* up = find(fs, fact_kind::change, "interest_rate", "POL", 0.75);
  REQUIRE(up != nullptr);
  CHECK(up->value.unit == "pp");
  CHECK(find(fs, fact_kind::level, "interest_rate", "POL", 5.75) != nullptr);
  CHECK(find(fs, fact_kind::change, "interest_rate", "CHL", -0.5) != nullptr);
  const engine::fact* chl = find(fs, fact_kind::level, "interest_rate", "CHL", 6.5);
  REQUIRE(chl != nullptr);
  CHECK(spans(*chl, d::year{2024} / 4 / 1, d::year{2024} / 4 / 30));
  CHECK(find(fs, fact_kind::change, "loans", "CHL", -0.5) == nullptr);
}

TEST_CASE("claims: 'the 12 months to October' and 'through March' are spans ending then") {
  const auto fs = facts_of(
      "Consumer prices in Peru rose 2.3% in the 12 months to October. Peru's exports grew 9% in "
      "the 12 months through March.",
      d::year{2024} / 11 / 5);
  INFO(test::describe(fs));
  const engine::fact* cpi = find(fs, fact_kind::change, "cpi", "PER", 2.3);
  REQUIRE(cpi != nullptr);
  CHECK(spans(*cpi, d::year{2023} / 11 / 1, d::year{2024} / 10 / 31));
  const engine::fact* ex = find(fs, fact_kind::change, "exports", "PER", 9);
  REQUIRE(ex != nullptr);
  CHECK(spans(*ex, d::year{2023} / 4 / 1, d::year{2024} / 3 / 31));
}

TEST_CASE("claims: 'the same quarter' and 'the year to date' keep the period spoken of") {
  const auto fs = facts_of(
      "Colombia's economy grew 0.2% in the third quarter from the previous three months. "
      "Compared with the same quarter a year earlier, the economy grew 2.0%.\n\n"
      "In January-October, Colombia's imports totalled $51.3 billion. The trade deficit for the "
      "year to date stood at $8.1 billion.",
      d::year{2024} / 11 / 20);
  INFO(test::describe(fs));
  const engine::fact* yoy = find(fs, fact_kind::change, "gdp", "COL", 2.0);
  REQUIRE(yoy != nullptr);
  CHECK(spans(*yoy, d::year{2024} / 7 / 1, d::year{2024} / 9 / 30));
  const engine::fact* ytd = find(fs, fact_kind::level, "trade_deficit", "COL", 8.1e9);
  REQUIRE(ytd != nullptr);
  CHECK(spans(*ytd, d::year{2024} / 1 / 1, d::year{2024} / 10 / 31));
}

TEST_CASE("claims: bcm with its abbreviation, barrels per day and the output spoken of") {
  const auto fs = facts_of(
      "Qatar exported 77.2 billion cubic metres (bcm) of liquefied natural gas in 2023. "
      "Iraq pumped 4.2 million barrels per day in November.\n\n"
      "Peru mined 2.76 million tonnes of copper in 2023. Output rose 13% from a year earlier.",
      d::year{2024} / 12 / 10);
  INFO(test::describe(fs));
  CHECK(find(fs, fact_kind::level, "gas_exports", "QAT", 77.2e9) != nullptr);
  CHECK(find(fs, fact_kind::level, "oil_production", "IRQ", 4.2e6) != nullptr);
  CHECK(find(fs, fact_kind::level, "copper_production", "PER", 2.76e6) != nullptr);
  CHECK(find(fs, fact_kind::change, "copper_production", "PER", 13) != nullptr);
  CHECK(find(fs, fact_kind::change, "production", "PER", 13) == nullptr);
}

TEST_CASE("claims: a poll forecast and a revision are about the claim before") {
  const auto fs = facts_of(
      "Germany's economy grew 0.2% in the third quarter, beating the 0.1% consensus forecast. "
      "Growth in the second quarter was revised down to 0.3% from 0.5%.",
      d::year{2024} / 11 / 22);
  INFO(test::describe(fs));
  const engine::fact* poll = find(fs, fact_kind::target, "gdp", "DEU", 0.1);
  REQUIRE(poll != nullptr);
  CHECK(spans(*poll, d::year{2024} / 7 / 1, d::year{2024} / 9 / 30));
  const engine::fact* revised = find(fs, fact_kind::level, "gdp_growth", "DEU", 0.3);
  const engine::fact* earlier = find(fs, fact_kind::level, "gdp_growth", "DEU", 0.5);
  REQUIRE(revised != nullptr);
  REQUIRE(earlier != nullptr);
  CHECK(spans(*earlier, d::year{2024} / 4 / 1, d::year{2024} / 6 / 30));
}

TEST_CASE("claims: a past figure before forecasts is no forecast; both forecast years kept") {
  const auto fs = facts_of(
      "Kenya's economy grew 5.6% in 2023 and is expected to expand 5.0% this year and 5.3% in "
      "2025, the World Bank said.",
      d::year{2024} / 10 / 1);
  INFO(test::describe(fs));
  CHECK(find(fs, fact_kind::change, "gdp", "KEN", 5.6) != nullptr);
  CHECK(find(fs, fact_kind::target, "gdp", "KEN", 5.6) == nullptr);
  const engine::fact* y25 = find(fs, fact_kind::target, "gdp", "KEN", 5.3);
  REQUIRE(y25 != nullptr);
  CHECK(spans(*y25, d::year{2025} / 1 / 1, d::year{2025} / 12 / 31));
}

TEST_CASE("claims: public borrowing, debt at a month's end, a gap to a forecast") {
  const auto fs = facts_of(
      "Canada's federal government borrowed 3.2 billion dollars in September, 1.1 billion "
      "dollars above the forecast of the finance department. Net debt was 41.9% of GDP at the "
      "end of September.",
      d::year{2024} / 11 / 28);
  INFO(test::describe(fs));
  CHECK(find(fs, fact_kind::level, "budget_deficit", "CAN", 3.2e9) != nullptr);
  for (const auto& f : fs) CHECK_FALSE(f.value.value.contains(1.1e9));
  const engine::fact* debt = find(fs, fact_kind::share, "debt:gdp", "CAN", 41.9);
  REQUIRE(debt != nullptr);
  CHECK(spans(*debt, d::year{2024} / 9 / 1, d::year{2024} / 9 / 30));
}

TEST_CASE("claims: a story about a region keeps the region beside one member's figure") {
  const auto fs = facts_of(
      "Euro zone industrial production fell 1.2% in October. Energy output dropped 2.0%. In "
      "Italy, production fell 3.6%. Euro zone retail sales slipped 0.5%.",
      d::year{2024} / 12 / 13);
  INFO(test::describe(fs));
  CHECK(find(fs, fact_kind::change, "industrial_output", "euro_area", -1.2) != nullptr);
  CHECK(find(fs, fact_kind::change, "production", "ITA", -3.6) != nullptr);
  CHECK(find(fs, fact_kind::change, "retail_sales", "euro_area", -0.5) != nullptr);
}
