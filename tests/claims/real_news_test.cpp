// Claim assembly on sentences in the styles of real news (wire copy,
// statistics and central-bank releases, government statements), through
// the whole pipeline (mentions from the grammars, then assembly): the
// earlier figure after "from"/"against"/"compared with", the base period
// of a comparison, partner flows, currency names, month ranges without a
// year, lower bounds and records. Expected facts worked out by hand.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "grammar/parse.hpp"
#include "tests/grammar/claims_support.hpp"

namespace {

using namespace claimcheck;
using engine::fact_kind;
namespace d = date;


using test::facts_of;
using test::find;
using test::spans;

}  // namespace

TEST_CASE("claims: the figure after from, against or compared with keeps its own period") {
  const auto fs = facts_of(
      "ASTANA, Jan 15 - Inflation in Kazakhstan slowed to 8.6% in December from 9.8% a year "
      "earlier. The economy grew 6.93% in the second quarter of 2024, accelerating from 5.87% in "
      "the first quarter. Gross domestic product expanded by 4.8 percent in 2024, against 5.1 "
      "percent in 2023.",
      d::year{2025} / 1 / 15);
  INFO(test::describe(fs));
  // "a year earlier" is December a year before, not the publication day.
  const engine::fact* now = find(fs, fact_kind::level, "inflation", "KAZ", 8.6);
  const engine::fact* before = find(fs, fact_kind::level, "inflation", "KAZ", 9.8);
  REQUIRE(now != nullptr);
  REQUIRE(before != nullptr);
  CHECK(spans(*now, d::year{2024} / 12 / 1, d::year{2024} / 12 / 31));
  CHECK(spans(*before, d::year{2023} / 12 / 1, d::year{2023} / 12 / 31));
  // After a change, the earlier figure is the earlier change.
  const engine::fact* q1 = find(fs, fact_kind::change, "gdp", "KAZ", 5.87);
  REQUIRE(q1 != nullptr);
  CHECK(spans(*q1, d::year{2024} / 1 / 1, d::year{2024} / 3 / 31));
  const engine::fact* q2 = find(fs, fact_kind::change, "gdp", "KAZ", 6.93);
  REQUIRE(q2 != nullptr);
  CHECK(spans(*q2, d::year{2024} / 4 / 1, d::year{2024} / 6 / 30));
  const engine::fact* y23 = find(fs, fact_kind::change, "gdp", "KAZ", 5.1);
  REQUIRE(y23 != nullptr);
  CHECK(spans(*y23, d::year{2023} / 1 / 1, d::year{2023} / 12 / 31));
  const engine::fact* y24 = find(fs, fact_kind::change, "gdp", "KAZ", 4.8);
  REQUIRE(y24 != nullptr);
  CHECK(spans(*y24, d::year{2024} / 1 / 1, d::year{2024} / 12 / 31));
}

TEST_CASE("claims: a month earlier, and a period after from is not the claim's") {
  const auto fs = facts_of(
      "MANILA, Sept 5 (Reuters) - Core inflation in the Philippines slowed to 2.6% in August from "
      "2.9% a month earlier. Headline inflation eased to 3.3% in August, down from 4.4% in July.",
      d::year{2024} / 9 / 5);
  INFO(test::describe(fs));
  const engine::fact* jul = find(fs, fact_kind::level, "inflation", "PHL", 2.9);
  REQUIRE(jul != nullptr);
  CHECK(spans(*jul, d::year{2024} / 7 / 1, d::year{2024} / 7 / 31));
  // 3.3% is August's, though "July" is the nearer month after it.
  const engine::fact* aug = find(fs, fact_kind::level, "inflation", "PHL", 3.3);
  REQUIRE(aug != nullptr);
  CHECK(spans(*aug, d::year{2024} / 8 / 1, d::year{2024} / 8 / 31));
  const engine::fact* jul2 = find(fs, fact_kind::level, "inflation", "PHL", 4.4);
  REQUIRE(jul2 != nullptr);
  CHECK(spans(*jul2, d::year{2024} / 7 / 1, d::year{2024} / 7 / 31));
}

TEST_CASE("claims: the base of a comparison is not the claim's period") {
  const auto fs = facts_of(
      "BAKU - Azerbaijan exported 25.2 billion cubic metres of natural gas in 2024. Deliveries to "
      "Europe were 4.3% higher than in 2023. Gas production totalled 51.2 billion cubic metres.",
      d::year{2025} / 1 / 22);
  INFO(test::describe(fs));
  // "higher than in 2023": the claim is 2024's, and so is the next one.
  const engine::fact* eu = find(fs, fact_kind::change, "gas_exports", "AZE>europe", 4.3);
  REQUIRE(eu != nullptr);
  CHECK(spans(*eu, d::year{2024} / 1 / 1, d::year{2024} / 12 / 31));
  const engine::fact* gas = find(fs, fact_kind::level, "gas_production", "AZE", 51.2e9);
  REQUIRE(gas != nullptr);
  CHECK(spans(*gas, d::year{2024} / 1 / 1, d::year{2024} / 12 / 31));

  // "compared with January-October 2023" after "In October alone": the
  // same ten months of 2024, not October.
  const auto ks = facts_of(
      "ASTANA - In October alone, industrial output in Kazakhstan increased by 4.2% year-on-year. "
      "Retail trade turnover reached 15.6 trillion tenge, an increase of 6.3% compared with "
      "January-October 2023.",
      d::year{2024} / 11 / 14);
  INFO(test::describe(ks));
  const engine::fact* retail = find(ks, fact_kind::change, "retail_sales", "KAZ", 6.3);
  REQUIRE(retail != nullptr);
  CHECK(spans(*retail, d::year{2024} / 1 / 1, d::year{2024} / 10 / 31));
}

TEST_CASE("claims: a fold against the figure of a year keeps the current period") {
  const auto fs = facts_of(
      "Kazakhstan's rail freight hit 32.1 million tons in 2024. The national rail company carried "
      "23.6 mln passengers, nearly double the 2020 figure.",
      d::year{2025} / 1 / 15);
  INFO(test::describe(fs));
  const engine::fact* level = find(fs, fact_kind::level, "passengers", "KAZ", 23.6e6);
  REQUIRE(level != nullptr);
  CHECK(spans(*level, d::year{2024} / 1 / 1, d::year{2024} / 12 / 31));
  const engine::fact* fold = find(fs, fact_kind::fold, "passengers", "KAZ", 2.0);
  REQUIRE(fold != nullptr);
  CHECK(spans(*fold, d::year{2020} / 1 / 1, d::year{2024} / 12 / 31));
}

TEST_CASE("claims: partner flows after an article, and sales, shipments or deliveries to") {
  const auto fs = facts_of(
      "HANOI, July 2 (Example Wire) - Vietnam's exports rose 14.5% in the first half of 2024. "
      "Exports to China rose 3.4%, while those to the European Union increased 12.5%. Sales to "
      "Japan slipped 2.4%.",
      d::year{2024} / 7 / 2);
  INFO(test::describe(fs));
  CHECK(find(fs, fact_kind::change, "exports", "VNM>CHN", 3.4) != nullptr);
  CHECK(find(fs, fact_kind::change, "exports", "VNM>eu", 12.5) != nullptr);
  CHECK(find(fs, fact_kind::change, "exports", "VNM>JPN", -2.4) != nullptr);
  CHECK(find(fs, fact_kind::change, "exports", "eu", 12.5) == nullptr);
}

TEST_CASE("claims: a currency's country and an exchange-rate note make no claim") {
  const auto fs = facts_of(
      "TASHKENT - The foreign trade turnover of Uzbekistan in January-September 2024 amounted to "
      "48.2 billion US dollars, which is 3.1 billion dollars, or 6.9 percent, more than in the "
      "same period of 2023.\n\n($1 = 12,800 Uzbek soums)",
      d::year{2024} / 10 / 21);
  INFO(test::describe(fs));
  // 3.1 billion and 6.9 percent are the growth, both of Uzbekistan alone
  // ("US" names the currency) and both of January-September 2024.
  const engine::fact* abs = find(fs, fact_kind::change, "trade_volume", "UZB", 3.1e9);
  const engine::fact* rel = find(fs, fact_kind::change, "trade_volume", "UZB", 6.9);
  REQUIRE(abs != nullptr);
  REQUIRE(rel != nullptr);
  CHECK(spans(*rel, d::year{2024} / 1 / 1, d::year{2024} / 9 / 30));
  for (const auto& f : fs) {
    CHECK(f.entity.find("USA") == std::string::npos);
    CHECK_FALSE(f.value.value.contains(1.0));  // "$1 = ..."
  }
}

TEST_CASE("claims: a month range without a year told in the past lies before publication") {
  const auto fs = facts_of(
      "ASTANA, Jan 15 - Kazakh exports to Russia totalled $9.5bn in January-November, the "
      "ministry said.",
      d::year{2025} / 1 / 15);
  INFO(test::describe(fs));
  const engine::fact* f = find(fs, fact_kind::level, "exports", "KAZ>RUS", 9.5e9);
  REQUIRE(f != nullptr);
  CHECK(spans(*f, d::year{2024} / 1 / 1, d::year{2024} / 11 / 30));
}

TEST_CASE("claims: overtook names no party, passed is a lower bound, highest in years a record") {
  const auto fs = facts_of(
      "China overtook Russia as Kazakhstan's top trading partner in 2024, with turnover reaching "
      "$43.8 billion. The population of Kazakhstan passed 20 million in March. Disbursed foreign "
      "direct investment reached $10.8 billion in 2024, the highest in five years.",
      d::year{2025} / 1 / 15);
  INFO(test::describe(fs));
  CHECK(find(fs, fact_kind::level, "trade_volume", "CHN+KAZ", 43.8e9) != nullptr);
  CHECK(find(fs, fact_kind::level, "trade_volume", "CHN+RUS", 43.8e9) == nullptr);
  const engine::fact* pop = find(fs, fact_kind::level, "population", "KAZ", 20.6e6);
  REQUIRE(pop != nullptr);
  CHECK(pop->value.qual == engine::qualifier::lower);
  CHECK_FALSE(pop->value.value.contains(19.8e6));
  CHECK(find(fs, fact_kind::record, "fdi", "KAZ", 10.8e9) != nullptr);
}

TEST_CASE("claims: gapped changes with by, pledges, the full year, a rate held since") {
  const auto fs = facts_of(
      "Annual inflation in Kazakhstan accelerated to 8.6% in December 2024. Prices of food products "
      "increased by 7.8%, non-food goods by 8.3% and paid services by 9.6%. The government targets "
      "growth of 5.2% for the full year. The National Bank, which has held its base rate at "
      "15.25% since November, expects inflation of 10% next year.",
      d::year{2025} / 1 / 17);
  INFO(test::describe(fs));
  const engine::fact* nf = find(fs, fact_kind::change, "non_food_goods", "KAZ", 8.3);
  REQUIRE(nf != nullptr);
  CHECK(spans(*nf, d::year{2024} / 12 / 1, d::year{2024} / 12 / 31));
  CHECK(find(fs, fact_kind::change, "paid_services", "KAZ", 9.6) != nullptr);
  // "for the full year": the year of December 2024.
  const engine::fact* g = find(fs, fact_kind::target, "gdp_growth", "KAZ", 5.2);
  REQUIRE(g != nullptr);
  CHECK(spans(*g, d::year{2024} / 1 / 1, d::year{2024} / 12 / 31));
  const auto az = facts_of(
      "BAKU - Azerbaijan pledged to raise gas supplies to at least 20 billion cubic metres a year "
      "by 2027.",
      d::year{2025} / 1 / 22);
  INFO(test::describe(az));
  const engine::fact* pledge = nullptr;
  for (const auto& f : az) {
    if (f.entity.starts_with("AZE") && f.value.value.contains(21e9)) pledge = &f;
  }
  REQUIRE(pledge != nullptr);
  CHECK(pledge->kind == fact_kind::target);
  // The rate is today's; "next year" is the forecast's.
  const engine::fact* rate = find(fs, fact_kind::level, "interest_rate", "KAZ", 15.25);
  REQUIRE(rate != nullptr);
  CHECK(spans(*rate, d::year{2025} / 1 / 17, d::year{2025} / 1 / 17));
}

TEST_CASE("claims: a Kazinform dateline is one sentence and names the story's country") {
  const auto fs = facts_of(
      "Chinese tourists flock to Kazakhstan\n\nASTANA. KAZINFORM \xe2\x80\x93 Tourists from China "
      "made 655,300 trips to Kazakhstan in 2024, the ministry told Kazinform.\n\nOverall, the "
      "country received 15.3 mln foreign visitors last year, 1.7 mln more than in 2023. By 2029, "
      "the ministry expects Chinese arrivals to reach 1 mln a year.",
      d::year{2025} / 2 / 20);
  INFO(test::describe(fs));
  // China and Kazakhstan are named twice each; the dateline's Astana
  // makes the story Kazakhstan's.
  const engine::fact* all = find(fs, fact_kind::level, "tourists", "KAZ", 15.3e6);
  REQUIRE(all != nullptr);
  CHECK(spans(*all, d::year{2024} / 1 / 1, d::year{2024} / 12 / 31));
  // "1.7 mln more than in 2023" is the rise, in 2024.
  const engine::fact* more = find(fs, fact_kind::change, "tourists", "KAZ", 1.7e6);
  REQUIRE(more != nullptr);
  CHECK(spans(*more, d::year{2024} / 1 / 1, d::year{2024} / 12 / 31));
  // "Chinese arrivals" in Kazakhstan come from China.
  const engine::fact* goal = find(fs, fact_kind::target, "tourists", "KAZ>CHN", 1e6);
  REQUIRE(goal != nullptr);
  CHECK(spans(*goal, d::year{2029} / 1 / 1, d::year{2029} / 12 / 31));
}

TEST_CASE("claims: the two countries are no count, half of the deputies no share") {
  const auto fs = facts_of(
      "TASHKENT - Trade between Uzbekistan and Kazakhstan reached $4.4 billion in 2024. The number "
      "of direct flights between the two countries increased to 140 per week. For the first time, "
      "half of the deputies were elected from party lists.",
      d::year{2025} / 1 / 20);
  INFO(test::describe(fs));
  for (const auto& f : fs) {
    CHECK_FALSE(f.value.value.contains(2.0));
    CHECK(f.kind != fact_kind::share);
  }
  CHECK(find(fs, fact_kind::level, "flights", "KAZ+UZB", 140) != nullptr);
}

TEST_CASE("claims: central-bank language: rates held, cuts in points, revised and polled forecasts") {
  const auto fs = facts_of(
      "SEOUL, Nov. 28 - South Korea's central bank lowered its benchmark interest rate by a quarter "
      "percentage point to 3 percent on Thursday. The Bank of Korea also trimmed its growth "
      "forecast for next year to 1.9 percent from 2.1 percent. Consumer prices rose 1.3% in "
      "October, compared with a forecast of 1.5% in a poll. The producer price index rose 0.1% in "
      "October. The bank, which has kept its policy rate unchanged since August, projects year-end "
      "inflation of 2.3%.",
      d::year{2024} / 11 / 28);
  INFO(test::describe(fs));
  const engine::fact* cut = find(fs, fact_kind::change, "interest_rate", "KOR", -0.25);
  REQUIRE(cut != nullptr);
  CHECK(cut->value.unit == "pp");
  CHECK(find(fs, fact_kind::level, "interest_rate", "KOR", 3.0) != nullptr);
  // Both forecasts are next year's.
  for (const double x : {1.9, 2.1}) {
    const engine::fact* g = find(fs, fact_kind::target, "gdp_growth", "KOR", x);
    REQUIRE(g != nullptr);
    CHECK(spans(*g, d::year{2025} / 1 / 1, d::year{2025} / 12 / 31));
  }
  // The polled forecast is October's, as the figure it is set against.
  const engine::fact* poll = find(fs, fact_kind::target, "cpi", "KOR", 1.5);
  REQUIRE(poll != nullptr);
  CHECK(spans(*poll, d::year{2024} / 10 / 1, d::year{2024} / 10 / 31));
  // Producer prices are not consumer prices.
  CHECK(find(fs, fact_kind::change, "ppi", "KOR", 0.1) != nullptr);
  CHECK(find(fs, fact_kind::change, "cpi", "KOR", 0.1) == nullptr);
  // "year-end inflation": this year's.
  const engine::fact* ye = find(fs, fact_kind::target, "inflation", "KOR", 2.3);
  REQUIRE(ye != nullptr);
  CHECK(spans(*ye, d::year{2024} / 1 / 1, d::year{2024} / 12 / 31));

  const auto kg = facts_of(
      "BISHKEK - Annual inflation in Kyrgyzstan slowed to 12.1 percent in March. The National Bank "
      "kept its policy rate at 13 percent.",
      d::year{2023} / 4 / 12);
  INFO(test::describe(kg));
  const engine::fact* rate = find(kg, fact_kind::level, "interest_rate", "KGZ", 13);
  REQUIRE(rate != nullptr);
  CHECK(spans(*rate, d::year{2023} / 4 / 12, d::year{2023} / 4 / 12));
}

TEST_CASE("claims: a budget's plans and assumptions are targets for the budget's year") {
  const auto fs = facts_of(
      "ASTANA - Budget revenues of Kazakhstan for 2025 are projected at 20.3 trillion tenge. The "
      "budget deficit is set at 2.7% of GDP. The budget is based on an oil price of $75 per barrel. "
      "Tourism's share of GDP stood at 3.2% in 2023.",
      d::year{2024} / 11 / 28);
  INFO(test::describe(fs));
  const engine::fact* deficit = find(fs, fact_kind::target, "budget_deficit:gdp", "KAZ", 2.7);
  REQUIRE(deficit != nullptr);
  CHECK(spans(*deficit, d::year{2025} / 1 / 1, d::year{2025} / 12 / 31));
  const engine::fact* oil = find(fs, fact_kind::target, "oil_price", "KAZ", 75);
  REQUIRE(oil != nullptr);
  CHECK(spans(*oil, d::year{2025} / 1 / 1, d::year{2025} / 12 / 31));
  const engine::fact* share = find(fs, fact_kind::share, "tourism:gdp", "KAZ", 3.2);
  REQUIRE(share != nullptr);
  CHECK(spans(*share, d::year{2023} / 1 / 1, d::year{2023} / 12 / 31));
}

TEST_CASE("claims: ranked investors with no comma; goods carried are freight; more expensive") {
  const auto fs = facts_of(
      "ASTANA - Foreign direct investment into Kazakhstan reached $17 billion in January-September "
      "2024. The Netherlands remained the largest investor with $4.5 billion, followed by the "
      "United States with $2.6 billion.",
      d::year{2024} / 12 / 16);
  INFO(test::describe(fs));
  CHECK(find(fs, fact_kind::level, "investment", "NLD>KAZ", 4.5e9) != nullptr);
  CHECK(find(fs, fact_kind::level, "investment", "USA>KAZ", 2.6e9) != nullptr);

  const auto rail = facts_of(
      "URUMQI - China-Europe freight trains made 8,000 trips through Khorgos in northwest China in "
      "2024. The trains carried 13 million tonnes of goods, up 9.5 percent year on year.",
      d::year{2024} / 12 / 30);
  INFO(test::describe(rail));
  const engine::fact* t = nullptr;
  const engine::fact* c = nullptr;
  for (const auto& f : rail) {
    if (f.kind == fact_kind::level && f.value.value.contains(13e6)) t = &f;
    if (f.kind == fact_kind::change && f.value.value.contains(9.5)) c = &f;
  }
  REQUIRE(t != nullptr);
  REQUIRE(c != nullptr);
  CHECK(t->metric == "freight");
  CHECK(c->metric == "freight");

  const auto kg = facts_of(
      "BISHKEK - Food prices in Kyrgyzstan rose 11.4 percent in March, while non-food goods became "
      "9.8 percent more expensive.",
      d::year{2023} / 4 / 12);
  INFO(test::describe(kg));
  CHECK(find(kg, fact_kind::change, "non_food_goods", "KGZ", 9.8) != nullptr);
}

TEST_CASE("claims: an HTML page's title with the site's name is not a claim") {
  const std::string page =
      "<html><head><title>Trade set to reach $10 billion - Press Service</title>"
      "<meta name=\"pubdate\" content=\"2024-12-20\"></head><body><div id=\"menu\">Home</div>"
      "<h2>Trade set to reach $10 billion</h2>"
      "<p>Trade between Uzbekistan and Kazakhstan reached 4.4 billion dollars in January-November "
      "of this year.</p></body></html>";
  const auto read = grammar::read_articles("page.html", page);
  REQUIRE(read.articles.size() == 1);
  const auto fs = grammar::parse_claims(read.articles[0]).facts;
  INFO(test::describe(fs));
  for (const auto& f : fs) CHECK_FALSE(f.value.value.contains(10e9));
  CHECK(find(fs, fact_kind::level, "trade_volume", "KAZ+UZB", 4.4e9) != nullptr);
}

TEST_CASE("claims: trade with a second partner, bracketed last-year figures, reporting verbs") {
  const auto fs = facts_of(
      "ASTANA, Jan 16 (Reuters) - Kazakhstan's trade with China rose 6.2% to $43.8 billion in "
      "2024, while trade with Russia fell 3% to $27.9 billion. Oil production reached 87.7 mln "
      "tonnes in 2024 (2023: 90.0 mln tonnes). Construction contracted 0.5% in 2024, while "
      "agriculture posted a decline of 3%. The current account deficit widened to $7.4 bln in "
      "2024.",
      d::year{2025} / 1 / 16);
  INFO(test::describe(fs));
  CHECK(find(fs, fact_kind::change, "trade_volume", "KAZ+RUS", -3) != nullptr);
  CHECK(find(fs, fact_kind::level, "trade_volume", "KAZ+RUS", 27.9e9) != nullptr);
  const engine::fact* now = find(fs, fact_kind::level, "oil_production", "KAZ", 87.7e6);
  const engine::fact* before = find(fs, fact_kind::level, "oil_production", "KAZ", 90e6);
  REQUIRE(now != nullptr);
  REQUIRE(before != nullptr);
  CHECK(spans(*now, d::year{2024} / 1 / 1, d::year{2024} / 12 / 31));
  CHECK(spans(*before, d::year{2023} / 1 / 1, d::year{2023} / 12 / 31));
  CHECK(find(fs, fact_kind::change, "agriculture", "KAZ", -3) != nullptr);
  // A current-account deficit is not the budget's.
  CHECK(find(fs, fact_kind::level, "current_account", "KAZ", 7.4e9) != nullptr);
  CHECK(find(fs, fact_kind::level, "budget_deficit", "KAZ", 7.4e9) == nullptr);
}

TEST_CASE("claims: exports to the region, and imports in the same sentence, are with the region") {
  const auto fs = facts_of(
      "BEIJING, Dec. 18 (Xinhua) -- China's trade with the five Central Asian countries rose 4.1 "
      "percent to 632.1 billion yuan in the first 11 months of 2024. Exports to the region stood "
      "at 367.4 billion yuan, while imports reached 264.7 billion yuan. Inflation eased to 0.2% in "
      "November, the lowest since 2021.",
      d::year{2024} / 12 / 18);
  INFO(test::describe(fs));
  CHECK(find(fs, fact_kind::level, "trade_volume", "CHN+central_asia", 632.1e9) != nullptr);
  CHECK(find(fs, fact_kind::level, "exports", "CHN>central_asia", 367.4e9) != nullptr);
  CHECK(find(fs, fact_kind::level, "imports", "CHN>central_asia", 264.7e9) != nullptr);
  // A low is no record (the record rule reads a record as a high).
  CHECK(find(fs, fact_kind::record, "inflation", "CHN", 0.2) == nullptr);
}

TEST_CASE("claims: statistics-agency English: 'or N percent more compared to', 'made up'") {
  const auto fs = facts_of(
      "DUSHANBE - The foreign trade turnover of Tajikistan in 2024 amounted to 9.3 billion US "
      "dollars, which is 1.35 billion dollars or 17 percent more compared to the corresponding "
      "period of last year.\n\nExports made up 2.2 billion dollars, and imports amounted to 7.1 "
      "billion dollars.\n\nThe negative trade balance of the country amounted to 4.9 billion "
      "dollars.\n\nRemittances from labor migrants increased by 1.3 times.",
      d::year{2025} / 2 / 12);
  INFO(test::describe(fs));
  // Both figures are the rise in 2024, none a level and none of 2023.
  for (const double x : {1.35e9, 17.0}) {
    const engine::fact* f = find(fs, fact_kind::change, "trade_volume", "TJK", x);
    REQUIRE(f != nullptr);
    CHECK(spans(*f, d::year{2024} / 1 / 1, d::year{2024} / 12 / 31));
  }
  CHECK(find(fs, fact_kind::level, "trade_volume", "TJK", 1.35e9) == nullptr);
  // "made up" is no rise.
  CHECK(find(fs, fact_kind::level, "exports", "TJK", 2.2e9) != nullptr);
  CHECK(find(fs, fact_kind::change, "exports", "TJK", 2.2e9) == nullptr);
  CHECK(find(fs, fact_kind::level, "trade_deficit", "TJK", 4.9e9) != nullptr);
  // Labour migrants are no refugees: the fold is of remittances.
  CHECK(find(fs, fact_kind::fold, "remittances", "TJK", 1.3) != nullptr);
}

TEST_CASE("claims: a metric in an aside between commas gives way to the subject's") {
  const auto fs = facts_of(
      "MANILA - Rice prices in the Philippines, a big part of household spending, rose 14.7% "
      "year-on-year in August.",
      d::year{2024} / 9 / 5);
  INFO(test::describe(fs));
  CHECK(find(fs, fact_kind::change, "rice_price", "PHL", 14.7) != nullptr);
  CHECK(find(fs, fact_kind::change, "budget", "PHL", 14.7) == nullptr);
}

TEST_CASE("claims: list items that leave the verb out; links to other stories are skipped") {
  const std::string page =
      "<html><head><title>Uzbekistan's GDP grows 6.5% in 2024 | Daryo</title>"
      "<meta property=\"article:published_time\" content=\"2025-01-20T09:12:00+05:00\"></head>"
      "<body><article><h1>Uzbekistan's GDP grows 6.5% in 2024</h1>"
      "<p>Uzbekistan's economy grew by 6.5% in 2024, the Statistics Agency reported.</p>"
      "<ul><li>Industry grew by 6.8%;</li><li>construction by 8.6%;</li>"
      "<li>services by 13.7%.</li></ul>"
      "<p>Read also: Inflation in Uzbekistan slows to 9.8%</p></article></body></html>";
  const auto read = grammar::read_articles("page.html", page);
  REQUIRE(read.articles.size() == 1);
  const auto fs = grammar::parse_claims(read.articles[0]).facts;
  INFO(test::describe(fs));
  for (const auto& [metric, x] : {std::pair{"industry", 6.8}, {"construction", 8.6},
                                  {"services", 13.7}}) {
    const engine::fact* f = find(fs, fact_kind::change, metric, "UZB", x);
    REQUIRE_MESSAGE(f != nullptr, metric);
    CHECK(spans(*f, d::year{2024} / 1 / 1, d::year{2024} / 12 / 31));
  }
  for (const auto& f : fs) CHECK_FALSE(f.value.value.contains(9.8));
}

TEST_CASE("claims: a fiscal year that ended in a month; passives are no speakers; a rise in X") {
  const auto fs = facts_of(
      "NEW DELHI, April 15 (Reuters) - For the fiscal year that ended in March, India's exports "
      "totalled $437.06 billion, a decline of 3.1%. Services exports are estimated at $341.1 "
      "billion in 2023. Analysts had expected a 2.5% rise in exports in March.",
      d::year{2024} / 4 / 15);
  INFO(test::describe(fs));
  // April 2023 to March 2024.
  const engine::fact* fy = find(fs, fact_kind::level, "exports", "IND", 437.06e9);
  REQUIRE(fy != nullptr);
  CHECK(spans(*fy, d::year{2023} / 4 / 1, d::year{2024} / 3 / 31));
  const engine::fact* fall = find(fs, fact_kind::change, "exports", "IND", -3.1);
  REQUIRE(fall != nullptr);
  CHECK(spans(*fall, d::year{2023} / 4 / 1, d::year{2024} / 3 / 31));
  // "are estimated at" is no attribution that hides the metric.
  const engine::fact* svc = find(fs, fact_kind::level, "services_exports", "IND", 341.1e9);
  REQUIRE(svc != nullptr);
  CHECK(svc->attribution.empty());
  // The analysts' forecast is of exports.
  const engine::fact* poll = find(fs, fact_kind::target, "exports", "IND", 2.5);
  REQUIRE(poll != nullptr);
  CHECK(spans(*poll, d::year{2024} / 3 / 1, d::year{2024} / 3 / 31));
}

TEST_CASE("claims: 'the deficit' after a trade deficit, 'in the year', second verbs, stocks now") {
  const auto fs = facts_of(
      "ISLAMABAD, July 3 (Reuters) - Pakistan's trade deficit shrank 12.3% to $24.09 billion in "
      "the fiscal year that ended in June. In June alone, the deficit was $2.02 billion. "
      "Remittances from overseas workers, a key source of dollars, reached $30.25 billion in the "
      "year, up 10.7%. The number of migrants fell by 4.3 percent and amounted to 77.4 thousand "
      "people. The central bank's foreign exchange reserves stood at $9.4 billion. The government "
      "met its annual target of 3 percent.",
      d::year{2024} / 7 / 3);
  INFO(test::describe(fs));
  const engine::fact* june = find(fs, fact_kind::level, "trade_deficit", "PAK", 2.02e9);
  REQUIRE(june != nullptr);
  CHECK(spans(*june, d::year{2024} / 6 / 1, d::year{2024} / 6 / 30));
  // "in the year" is the fiscal year, not June; "up 10.7%" is of
  // remittances, not of workers.
  const engine::fact* rem = find(fs, fact_kind::level, "remittances", "PAK", 30.25e9);
  REQUIRE(rem != nullptr);
  CHECK(spans(*rem, d::year{2023} / 7 / 1, d::year{2024} / 6 / 30));
  CHECK(find(fs, fact_kind::change, "remittances", "PAK", 10.7) != nullptr);
  // "fell by 4.3 percent and amounted to 77.4 thousand": one subject.
  const engine::fact* fell = nullptr;
  const engine::fact* level = nullptr;
  for (const auto& f : fs) {
    if (f.kind == fact_kind::change && f.value.value.contains(-4.3)) fell = &f;
    if (f.kind == fact_kind::level && f.value.value.contains(77.4e3)) level = &f;
  }
  REQUIRE(fell != nullptr);
  REQUIRE(level != nullptr);
  CHECK(level->metric == fell->metric);
  // Reserves stand as of publication.
  const engine::fact* res = find(fs, fact_kind::level, "reserves", "PAK", 9.4e9);
  REQUIRE(res != nullptr);
  CHECK(spans(*res, d::year{2024} / 7 / 3, d::year{2024} / 7 / 3));
}

TEST_CASE("claims: 'beating the annual target of around 5 percent' is a target") {
  const auto fs = facts_of(
      "BEIJING, Jan. 17 (Xinhua) -- China's gross domestic product grew 5.2 percent year on year "
      "in 2023, beating the annual target of around 5 percent.",
      d::year{2024} / 1 / 17);
  INFO(test::describe(fs));
  const engine::fact* t = find(fs, fact_kind::target, "gdp", "CHN", 5.0);
  REQUIRE(t != nullptr);
  CHECK(spans(*t, d::year{2023} / 1 / 1, d::year{2023} / 12 / 31));
}

TEST_CASE("claims: an election's turnout and seats are of its day; four other parties no count") {
  const auto fs = facts_of(
      "TASHKENT, Uzbekistan (AP) - Uzbekistan's ruling party won the most seats in the lower house "
      "of parliament in the Oct. 27 election, officials said Monday.\n\nTurnout was 74.7%.\n\nThe "
      "party took 64 of the 150 seats, while four other parties shared the rest.",
      d::year{2024} / 10 / 28);
  INFO(test::describe(fs));
  bool election = false;
  for (const auto& f : fs) {
    if (f.kind == fact_kind::event && f.metric == "parliamentary_election" &&
        spans(f, d::year{2024} / 10 / 27, d::year{2024} / 10 / 27)) {
      election = true;
    }
    CHECK_FALSE(f.value.value.contains(150));
    CHECK_FALSE(f.value.value.contains(4));
  }
  CHECK(election);
  const engine::fact* turnout = find(fs, fact_kind::level, "turnout", "UZB", 74.7);
  REQUIRE(turnout != nullptr);
  CHECK(spans(*turnout, d::year{2024} / 10 / 27, d::year{2024} / 10 / 27));
  const engine::fact* seats = find(fs, fact_kind::level, "seats", "UZB", 64);
  REQUIRE(seats != nullptr);
  CHECK(spans(*seats, d::year{2024} / 10 / 27, d::year{2024} / 10 / 27));
}

TEST_CASE("claims: commodity wire: weeks to a day, a previous period as base, buyers, a cut agreed") {
  const auto fs = facts_of(
      "LONDON, June 18 - Russia's seaborne crude oil exports fell to 3.19 million barrels per day "
      "in the four weeks to June 16. India remained the biggest buyer of Russian crude, taking "
      "about 1.6 million bpd. Exports dropped by about 120,000 barrels a day from the previous "
      "four-week period. The country agreed with OPEC+ partners to cut its oil output to about "
      "8.98 million barrels per day.",
      d::year{2024} / 6 / 18);
  INFO(test::describe(fs));
  // May 20 to June 16, 2024, for every figure of the four weeks.
  const engine::fact* ex = find(fs, fact_kind::level, "oil_exports", "RUS", 3.19e6);
  REQUIRE(ex != nullptr);
  CHECK(spans(*ex, d::year{2024} / 5 / 20, d::year{2024} / 6 / 16));
  const engine::fact* ind = find(fs, fact_kind::level, "oil_exports", "RUS>IND", 1.6e6);
  REQUIRE(ind != nullptr);
  CHECK(spans(*ind, d::year{2024} / 5 / 20, d::year{2024} / 6 / 16));
  const engine::fact* drop = nullptr;
  for (const auto& f : fs) {
    if (f.kind == fact_kind::change && f.value.value.contains(-120000)) drop = &f;
  }
  REQUIRE(drop != nullptr);
  CHECK(spans(*drop, d::year{2024} / 5 / 20, d::year{2024} / 6 / 16));
  // The cut is Russia's commitment, not OPEC's figure.
  const engine::fact* cut = nullptr;
  for (const auto& f : fs) {
    if (f.value.value.contains(8.98e6)) cut = &f;
  }
  REQUIRE(cut != nullptr);
  CHECK(cut->kind == fact_kind::target);
  CHECK(cut->entity == "RUS");
}

TEST_CASE("claims: deals signed after talks are of the talks' day and between the two") {
  const auto fs = facts_of(
      "TASHKENT - On December 20, the President of Uzbekistan held talks with the President of "
      "Kazakhstan, who arrived on a state visit.\n\nTrade between the two countries reached 4.4 "
      "billion dollars in January-November.\n\nFollowing the talks, documents worth 2.5 billion "
      "dollars were signed.",
      d::year{2024} / 12 / 20);
  INFO(test::describe(fs));
  const engine::fact* deals = find(fs, fact_kind::level, "contract_value", "KAZ+UZB", 2.5e9);
  REQUIRE(deals != nullptr);
  CHECK(spans(*deals, d::year{2024} / 12 / 20, d::year{2024} / 12 / 20));
}

TEST_CASE("claims: talks and deals between two leaders; 'adding that' starts another claim") {
  const auto fs = facts_of(
      "ASTANA, July 3 (Kazinform) - The presidents of Kazakhstan and China held talks in Astana on "
      "Tuesday and witnessed the signing of agreements worth $1.5 billion.\n\nMutual trade reached "
      "a record $41 billion last year, the president said, adding that the two sides aim to raise "
      "it to $80 billion.\n\nAbout 50,000 Kazakh students are currently studying in China.",
      d::year{2024} / 7 / 3);
  INFO(test::describe(fs));
  const engine::fact* deals = find(fs, fact_kind::level, "contract_value", "CHN+KAZ", 1.5e9);
  REQUIRE(deals != nullptr);
  CHECK(spans(*deals, d::year{2024} / 7 / 2, d::year{2024} / 7 / 2));
  // The record is a level; only the aim is a target.
  CHECK(find(fs, fact_kind::level, "trade_volume", "CHN+KAZ", 41e9) != nullptr);
  CHECK(find(fs, fact_kind::record, "trade_volume", "CHN+KAZ", 41e9) != nullptr);
  CHECK(find(fs, fact_kind::target, "trade_volume", "CHN+KAZ", 41e9) == nullptr);
  CHECK(find(fs, fact_kind::target, "trade_volume", "CHN+KAZ", 80e9) != nullptr);
  // Kazakh students in China.
  CHECK(find(fs, fact_kind::level, "students", "KAZ>CHN", 50000) != nullptr);
}

TEST_CASE("claims: ', and the services sector by 4.4%' is a gapped change") {
  const auto fs = facts_of(
      "ASTANA, Oct 15 (Interfax-Kazakhstan) - In January-September 2024, Kazakhstan's real sector "
      "grew by 3.3%, and the services sector by 4.4%.",
      d::year{2024} / 10 / 15);
  INFO(test::describe(fs));
  const engine::fact* f = find(fs, fact_kind::change, "services_sector", "KAZ", 4.4);
  REQUIRE(f != nullptr);
  CHECK(spans(*f, d::year{2024} / 1 / 1, d::year{2024} / 9 / 30));
}

TEST_CASE("claims: 'up 19%' after a level is its change; a quarter of the country's GDP") {
  const auto fs = facts_of(
      "ULAANBAATAR, Jan. 9 - Mongolia shipped a record 83.7 million tonnes of coal in 2024, up 19% "
      "from a year earlier, with almost all of it going to China.\n\nCoal export revenue rose to "
      "$9.8 billion, or about a quarter of the country's gross domestic product.",
      d::year{2025} / 1 / 9);
  INFO(test::describe(fs));
  // The whole of the exports, not those to China.
  const engine::fact* up = find(fs, fact_kind::change, "coal_exports", "MNG", 19);
  REQUIRE(up != nullptr);
  CHECK(spans(*up, d::year{2024} / 1 / 1, d::year{2024} / 12 / 31));
  CHECK(find(fs, fact_kind::record, "coal_exports", "MNG", 83.7e6) != nullptr);
  CHECK(find(fs, fact_kind::share, "coal_exports:gdp", "MNG", 25) != nullptr);
}

TEST_CASE("claims: central-bank forecasts each with its own period; lending to the economy") {
  const auto fs = facts_of(
      "TASHKENT - Annual inflation in Uzbekistan stood at 9.8 percent in November, down from 10.1 "
      "percent in October, while core inflation was 8.4 percent. Inflation expectations of "
      "households remained high at 13.2 percent. The regulator expects inflation to slow to 7 "
      "percent by the end of 2025 and to reach the 5 percent target in 2027. Lending to the "
      "economy grew by 21 percent in 2024.",
      d::year{2024} / 12 / 19);
  INFO(test::describe(fs));
  // Core inflation is November's, as the headline figure; October is only
  // the earlier figure's.
  const engine::fact* core = find(fs, fact_kind::level, "inflation", "UZB", 8.4);
  REQUIRE(core != nullptr);
  CHECK(spans(*core, d::year{2024} / 11 / 1, d::year{2024} / 11 / 30));
  CHECK(find(fs, fact_kind::level, "inflation_expectations", "UZB", 13.2) != nullptr);
  CHECK(find(fs, fact_kind::level, "inflation", "UZB", 13.2) == nullptr);
  const engine::fact* far = find(fs, fact_kind::target, "inflation", "UZB", 5);
  REQUIRE(far != nullptr);
  CHECK(spans(*far, d::year{2027} / 1 / 1, d::year{2027} / 12 / 31));
  CHECK(find(fs, fact_kind::change, "loans", "UZB", 21) != nullptr);
  CHECK(find(fs, fact_kind::change, "gdp", "UZB", 21) == nullptr);
}

TEST_CASE("claims: international traffic is its own metric; 'the number of X reached 52'") {
  const auto fs = facts_of(
      "ASTANA - Astana International Airport served 8.1 million passengers in 2024. International "
      "traffic accounted for 3.4 million passengers. The number of international destinations "
      "reached 52, with 11 new routes launched.",
      d::year{2025} / 1 / 8);
  INFO(test::describe(fs));
  CHECK(find(fs, fact_kind::level, "passengers", "KAZ", 8.1e6) != nullptr);
  CHECK(find(fs, fact_kind::level, "international_passengers", "KAZ", 3.4e6) != nullptr);
  CHECK(find(fs, fact_kind::level, "passengers", "KAZ", 3.4e6) == nullptr);
  CHECK(find(fs, fact_kind::level, "international_destinations", "KAZ", 52) != nullptr);
  CHECK(find(fs, fact_kind::level, "international_destinations", "KAZ", 11) == nullptr);
}

TEST_CASE("claims: 'rose from X in 2023 to Y in 2024'; a share of respondents; tourism revenue") {
  const auto fs = facts_of(
      "TBILISI, Feb 5 (Caucasus Wire) - Georgia's revenue from international tourism rose from "
      "$3.5 billion in 2023 to $4.4 billion in 2024, the National Bank said. About 68 percent of "
      "respondents in a national survey said tourism benefits their region.",
      d::year{2025} / 2 / 5);
  INFO(test::describe(fs));
  const engine::fact* now = find(fs, fact_kind::level, "tourism_revenue", "GEO", 4.4e9);
  const engine::fact* before = find(fs, fact_kind::level, "tourism_revenue", "GEO", 3.5e9);
  REQUIRE(now != nullptr);
  REQUIRE(before != nullptr);
  CHECK(spans(*now, d::year{2024} / 1 / 1, d::year{2024} / 12 / 31));
  CHECK(spans(*before, d::year{2023} / 1 / 1, d::year{2023} / 12 / 31));
  // The survey's share is of respondents, not of the metric before.
  CHECK(find(fs, fact_kind::share, "respondents", "GEO", 68) != nullptr);
  CHECK(find(fs, fact_kind::share, "tourism_revenue", "GEO", 68) == nullptr);
}

TEST_CASE("claims: after the largest investors the story is the host's again") {
  const auto fs = facts_of(
      "ASTANA - Foreign direct investment into Kazakhstan reached $17 billion in January-September "
      "2024. The Netherlands remained the largest investor with $4.5 billion.\n\nMining and "
      "quarrying attracted 38% of the total.\n\nInvestment from China grew to $1.4 billion.",
      d::year{2024} / 12 / 16);
  INFO(test::describe(fs));
  CHECK(find(fs, fact_kind::level, "investment", "KAZ>CHN", 1.4e9) != nullptr);
  CHECK(find(fs, fact_kind::level, "investment", "NLD>CHN", 1.4e9) == nullptr);
  const engine::fact* mining = nullptr;
  for (const auto& f : fs) {
    if (f.kind == fact_kind::share && f.value.value.contains(38)) mining = &f;
  }
  REQUIRE(mining != nullptr);
  CHECK(mining->entity == "KAZ");
  CHECK(mining->metric.starts_with("mining_and_quarrying:"));
}

TEST_CASE("claims: non-oil exports are not oil exports; 'the largest buyer ... was Russia, with'") {
  const auto fs = facts_of(
      "BAKU - Azerbaijan's non-oil exports amounted to $3.33 billion in 2024, which is 2.6 percent "
      "more than in 2023. The largest buyer of Azerbaijani non-oil products was Russia, with $1.03 "
      "billion, followed by Turkey with $649 million.",
      d::year{2025} / 1 / 21);
  INFO(test::describe(fs));
  CHECK(find(fs, fact_kind::level, "non_oil_exports", "AZE", 3.33e9) != nullptr);
  CHECK(find(fs, fact_kind::change, "non_oil_exports", "AZE", 2.6) != nullptr);
  for (const auto& f : fs) CHECK(f.metric != "oil_exports");
  CHECK(find(fs, fact_kind::level, "exports", "AZE>RUS", 1.03e9) != nullptr);
  CHECK(find(fs, fact_kind::level, "exports", "AZE>TUR", 649e6) != nullptr);
}

TEST_CASE("claims: a record named well after its value ('..., up 8.2% and the highest for the period in five years')") {
  const auto fs = facts_of(
      "HANOI - Foreign direct investment disbursed in Vietnam in the first half of 2024 reached "
      "$10.84 billion, up 8.2% year-on-year and the highest for the period in five years.",
      d::year{2024} / 7 / 2);
  INFO(test::describe(fs));
  const engine::fact* r = find(fs, fact_kind::record, "fdi", "VNM", 10.84e9);
  REQUIRE(r != nullptr);
  CHECK(spans(*r, d::year{2024} / 1 / 1, d::year{2024} / 6 / 30));
}
