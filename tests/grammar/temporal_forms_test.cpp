// The temporal forms added for the date-only DateTimeModel cases: school and
// fiscal years without a calendar, calendar years ("CY2023"), working weeks,
// "to date", two-digit years placed against the publication year, leap-day
// ranges, a day in words before its month, "before the end of" / "after
// the beginning of", "of the year" parts by tense and "New Year" after a
// bounding word; with the readings that must stay no dates. Expected days
// were worked out by hand from a calendar.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "grammar/mention.hpp"

using claimcheck::engine::grain;
namespace g = claimcheck::grammar;

namespace {

g::scan_options on(int y, unsigned m, unsigned d, int tense = 0) {
  g::scan_options o;
  o.reference = date::sys_days{date::year{y} / m / d};
  o.assume_tense = tense;
  return o;
}

std::vector<g::mention> temporal(std::string_view text, const g::scan_options& o) {
  std::vector<g::mention> out;
  for (auto& m : g::scan_mentions(text, o)) {
    if (g::is_temporal(m.type)) out.push_back(std::move(m));
  }
  return out;
}

g::mention one(std::string_view text, const g::scan_options& o) {
  auto ms = temporal(text, o);
  REQUIRE_MESSAGE(ms.size() == 1, text);
  return ms.front();
}

std::string span_of(const g::mention& m) { return m.when ? m.when->str() : std::string("-"); }
std::string text_of(std::string_view text, const g::mention& m) {
  return std::string(text.substr(m.start, m.end - m.start));
}

}  // namespace

TEST_CASE("grammar: temporal school and fiscal years without a calendar stay unresolved") {
  const auto o = on(2022, 11, 7);
  for (auto [s, text] : std::vector<std::pair<std::string_view, std::string_view>>{
           {"Enrolment fell in the 2008-09 school year.", "2008-09 school year"},
           {"Enrolment fell in the school year 2008.", "school year 2008"},
           {"Budgets for SY18 were cut.", "SY18"},
           {"Budgets for sy 2008 were cut.", "sy 2008"},
           {"Fees rose in this school year.", "this school year"},
           {"Profit for the fiscal year rose 4%.", "fiscal year"}}) {
    const auto m = one(s, o);
    CHECK_MESSAGE(text_of(s, m) == text, s);
    CHECK_MESSAGE(m.type == g::mention_type::period, s);
    CHECK_MESSAGE(!m.when, s);
    CHECK_MESSAGE(m.unresolved, s);
    CHECK_MESSAGE(m.error.empty(), s);
  }
  // A fiscal year with its year stays the year named; "yearbook" is no year.
  CHECK(span_of(one("Profit in fiscal year 2022 rose.", o)) == "2022");
  CHECK(temporal("The school yearbook was printed.", o).empty());
}

TEST_CASE("grammar: temporal calendar years CY2023 and cy18") {
  const auto o = on(2022, 11, 7);
  const std::string_view a = "CY2023 revenue is forecast to grow.";
  const auto m = one(a, o);
  CHECK(text_of(a, m) == "CY2023");
  CHECK(span_of(m) == "2023");
  CHECK(m.when->g == grain::year);
  const std::string_view b = "Sales in the cy18 report.";
  CHECK(text_of(b, one(b, o)) == "cy18");
  CHECK(span_of(one(b, o)) == "2018");
}

TEST_CASE("grammar: temporal working weeks run Monday to Friday") {
  // Monday 7 November 2022: this working week is 7-11 November, the next
  // one 14-18 November.
  const auto o = on(2022, 11, 7);
  CHECK(span_of(one("The talks end this working week.", o)) == "2022-11-07..2022-11-11");
  const std::string_view s = "They resume on next workweek.";
  const auto m = one(s, o);
  CHECK(text_of(s, m) == "next workweek");
  CHECK(span_of(m) == "2022-11-14..2022-11-18");
  // Not a working week: "working weekend".
  for (const auto& t : temporal("Staff had this working weekend off.", o)) {
    CHECK(span_of(t) != "2022-11-07..2022-11-11");
  }
}

TEST_CASE("grammar: temporal 'to date' runs up to the publication day") {
  const auto o = on(2022, 11, 7);
  for (auto [s, text] : std::vector<std::pair<std::string_view, std::string_view>>{
           {"The fund has raised $5 billion to date.", "to date"},
           {"To date, 30 firms have signed.", "To date"},
           {"How many clusters docked till date?", "till date"}}) {
    const auto m = one(s, o);
    CHECK_MESSAGE(text_of(s, m) == text, s);
    CHECK_MESSAGE(m.type == g::mention_type::date, s);
    CHECK_MESSAGE(span_of(m) == "2022-11-07", s);
    CHECK_MESSAGE(m.mod == "until", s);
  }
  // Without a publication date it is read but unresolved.
  const auto u = one("The fund has raised $5 billion to date.", g::scan_options{});
  CHECK(u.unresolved);
  CHECK(!u.when);
  // Not dates: "up to date", the verb, "to date" before a number.
  CHECK(temporal("The clinic has up to date equipment.", o).empty());
  CHECK(temporal("Scientists want to date the fossils.", o).empty());
  CHECK(temporal("rows equal to date 1", o).empty());
}

TEST_CASE("grammar: temporal two-digit years placed against the publication year") {
  // Published 7 November 2016: 2030 is 14 years ahead, so "12/12/30" is
  // 1930 in the past tense and 2030 otherwise; 2040 (24 years ahead) is
  // 1940 in both; 2027 (11 years) stays 2027 in both.
  CHECK(span_of(one("He was born on 12/12/30.", on(2016, 11, 7))) == "1930-12-12");
  CHECK(span_of(one("The bond will mature on 12/12/30.", on(2016, 11, 7))) == "2030-12-12");
  CHECK(span_of(one("He was born on 12/12/30.", on(2016, 11, 7, -1))) == "1930-12-12");
  CHECK(span_of(one("I'll go back 12/12/30.", on(2016, 11, 7, 1))) == "2030-12-12");
  CHECK(span_of(one("The plant opened on 03/18/40.", on(2016, 11, 7))) == "1940-03-18");
  CHECK(span_of(one("The plant will open on 03/18/40.", on(2016, 11, 7))) == "1940-03-18");
  CHECK(span_of(one("He left on 3-7-27.", on(2016, 11, 7, -1))) == "2027-03-07");
  // Published in 2022, 2030 is 8 years ahead: 2030 even in the past tense.
  CHECK(span_of(one("He was born on 12/12/30.", on(2022, 11, 7))) == "2030-12-12");
}

TEST_CASE("grammar: temporal a leap-day range without a year takes the nearest leap year") {
  // Published 18 September 2019: the last 29 February was in 2016, the
  // next in 2020.
  CHECK(span_of(one("2/29-3/1", on(2019, 9, 18, -1))) == "2016-02-29..2016-03-01");
  CHECK(span_of(one("2/29-3/1", on(2019, 9, 18, 1))) == "2020-02-29..2020-03-01");
  CHECK(one("2/29-3/1", on(2019, 9, 18, 1)).error.empty());
}

TEST_CASE("grammar: temporal a day in words before its month, with its year") {
  const auto o = on(2019, 5, 30);
  const std::string_view a = "She was born on twenty five January nineteen eighty six.";
  const auto m = one(a, o);
  CHECK(text_of(a, m) == "twenty five January nineteen eighty six");
  CHECK(span_of(m) == "1986-01-25");
  CHECK(m.type == g::mention_type::date);
  const std::string_view b = "On fifteen August 1993, the plant started.";
  CHECK(text_of(b, one(b, o)) == "fifteen August 1993");
  CHECK(span_of(one(b, o)) == "1993-08-15");
  // Without a year a count before a month is no day: "five January
  // meetings" gives at most the month.
  for (const auto& t : temporal("Officials held five January meetings.", o)) {
    CHECK(t.type != g::mention_type::date);
  }
}

TEST_CASE("grammar: temporal 'before the end of' is a deadline, 'after the beginning of' a start") {
  const auto o = on(2022, 11, 7);
  // "The end of 2022" is December 2022; "before" it means by its last day.
  const std::string_view a = "The plant will open before the end of 2022.";
  const auto m = one(a, o);
  CHECK(text_of(a, m) == "before the end of 2022");
  CHECK(m.mod == "by");
  CHECK(span_of(m) == "2022-12-01..2022-12-31");
  // "The beginning of March 2022" is 1-15 March; "after" it runs from 1
  // March to the publication day, as "since" does.
  const std::string_view b = "Prices rose after the beginning of March 2022.";
  const auto n = one(b, o);
  CHECK(n.mod == "since");
  CHECK(span_of(n) == "2022-03-01..2022-11-07");
  // Plain "before" and "after" keep their own mods.
  CHECK(one("It closed before 2015.", o).mod == "before");
}

TEST_CASE("grammar: temporal a quarter 'of the year' follows the tense") {
  // Published 10 February 2023: the fourth quarter told in the past is
  // 2022's, told in the future 2023's; the first quarter is 2023's either way.
  const auto o = on(2023, 2, 10);
  CHECK(span_of(one("GDP grew 2% in the fourth quarter of the year.", o)) == "2022-10-01..2022-12-31");
  CHECK(span_of(one("Output will recover in the fourth quarter of the year.", o)) == "2023-10-01..2023-12-31");
  CHECK(span_of(one("Exports rose in the first quarter of the year.", o)) == "2023-01-01..2023-03-31");
  // A stated year is kept.
  CHECK(span_of(one("GDP grew in the fourth quarter of 2021.", o)) == "2021-10-01..2021-12-31");
}

TEST_CASE("grammar: temporal New Year after a bounding word") {
  // Published 7 November 2016: 1 January 2017 less five days.
  const std::string_view a = "We will meet 5 days before New Year.";
  const auto m = one(a, on(2016, 11, 7));
  CHECK(text_of(a, m) == "5 days before New Year");
  CHECK(span_of(m) == "2016-12-27");
  // Not 1 January: the Lunar New Year, "a new year" of prose.
  CHECK(temporal("Lunar New Year celebrations began.", on(2016, 11, 7)).empty());
  CHECK(temporal("It marks a new year for the club.", on(2016, 11, 7)).empty());
}

TEST_CASE("grammar: a relative span past the years 1000..2999 is an error, not a wrapped date") {
  // Found by fuzz_numbers: 2024 - 50000 wrapped round date's year range
  // and gave a period that ends before it starts.
  for (std::string_view text : {"over the last 50000 years", "in the past 3000 years",
                                "the last 50000000 years", "over the next 2000 years"}) {
    CAPTURE(text);
    const auto m = one(text, on(2024, 5, 1));
    CHECK_FALSE(m.when.has_value());
    CHECK(m.error == "reaches outside the years 1000..2999");
  }
  // Within the years, the span is read as before: 30 years back to the
  // publication day.
  const auto m = one("over the past 30 years", on(2024, 5, 1));
  REQUIRE(m.when.has_value());
  CHECK(m.when->first == date::sys_days{date::year{1994} / 5 / 1});
  CHECK(m.when->last == date::sys_days{date::year{2024} / 5 / 1});
  CHECK(m.error.empty());
}
