// The temporal grammar through the scanner: news date forms, tense, parts
// of years, relative expressions, durations, non-dates and bad input.
// Expected days were worked out by hand from a calendar.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "grammar/mention.hpp"

using claimcheck::engine::grain;
using claimcheck::engine::period;
namespace g = claimcheck::grammar;

namespace {

// Monday 7 November 2022.
g::scan_options ref_2022_11_07() {
  g::scan_options o;
  o.reference = date::sys_days{date::year{2022} / 11 / 7};
  return o;
}

std::vector<g::mention> temporal(std::string_view text, const g::scan_options& o) {
  std::vector<g::mention> out;
  for (auto& m : g::scan_mentions(text, o)) {
    if (g::is_temporal(m.type)) out.push_back(std::move(m));
  }
  return out;
}

// The only temporal mention of text, which must have exactly one.
g::mention one(std::string_view text, const g::scan_options& o = ref_2022_11_07()) {
  auto ms = temporal(text, o);
  REQUIRE_MESSAGE(ms.size() == 1, text);
  return ms.front();
}

std::string span_of(const g::mention& m) { return m.when ? m.when->str() : std::string("-"); }
std::string text_of(std::string_view text, const g::mention& m) {
  return std::string(text.substr(m.start, m.end - m.start));
}

}  // namespace

TEST_CASE("grammar: temporal absolute dates in news forms") {
  for (std::string_view s : {"on October 28, 2022 the", "on Oct. 28, 2022 the", "on 28 October 2022 the",
                             "on 2022-10-28 the", "on 28.10.2022 the", "on 10/28/2022 the"}) {
    const auto m = one(s);
    CHECK_MESSAGE(m.type == g::mention_type::date, s);
    CHECK_MESSAGE(span_of(m) == "2022-10-28", s);
    CHECK_MESSAGE(m.when->g == grain::day, s);
    CHECK_FALSE(m.relative);
  }
  const std::string_view s = "Trade rose on October 28, 2022, officials said.";
  CHECK(text_of(s, one(s)) == "October 28, 2022");
}

TEST_CASE("grammar: temporal day and month without a year follow the tense") {
  g::scan_options o;
  o.reference = date::sys_days{date::year{2023} / 3 / 1};
  SUBCASE("past tense, reading after the reference: previous year") {
    const auto m = one("Leaders met on November 20 in Bali.", o);
    CHECK(span_of(m) == "2022-11-20");
    CHECK(m.tense == -1);
    CHECK(m.relative);
  }
  SUBCASE("future tense, reading before the reference: next year") {
    const auto m = one("The summit will open on February 10.", o);
    CHECK(span_of(m) == "2024-02-10");
    CHECK(m.tense == 1);
  }
  SUBCASE("future tense, reading after the reference: publication year") {
    CHECK(span_of(one("Leaders will hold talks on November 20.", o)) == "2023-11-20");
  }
  SUBCASE("past tense, reading before the reference: publication year") {
    CHECK(span_of(one("The war began on February 24.", o)) == "2023-02-24");
  }
  SUBCASE("is set to") { CHECK(one("The fair is set to open on January 5.", o).tense == 1); }
  SUBCASE("no reference: unresolved") {
    const auto m = one("Leaders met on November 20.", g::scan_options{});
    CHECK(m.unresolved);
    CHECK_FALSE(m.when);
  }
}

TEST_CASE("grammar: temporal day and month with a relative year") {
  const std::string_view s = "talks held on September 14 this year in Astana";
  const auto m = one(s);
  CHECK(text_of(s, m) == "September 14 this year");
  CHECK(span_of(m) == "2022-09-14");
  CHECK(span_of(one("on March 3 next year the")) == "2023-03-03");
}

TEST_CASE("grammar: temporal months, years, decades") {
  CHECK(span_of(one("in September 2022 the")) == "2022-09-01..2022-09-30");
  CHECK(one("in September 2022 the").when->g == grain::month);
  CHECK(span_of(one("exports in 2021 grew")) == "2021");
  CHECK(one("exports in 2021 grew").when->g == grain::year);
  const std::string_view s = "the 2021's budget";
  CHECK(text_of(s, one(s)) == "2021");
  CHECK(span_of(one("in the 1990s the")) == "1990-01-01..1999-12-31");
  CHECK(one("in the 1990s the").when->g == grain::decade);
  CHECK(temporal("in 0999 and 3000 and 999", ref_2022_11_07()).empty());
}

TEST_CASE("grammar: temporal parts of years") {
  CHECK(span_of(one("in Q1 2023 the")) == "2023-01-01..2023-03-31");
  CHECK(one("in Q1 2023 the").when->g == grain::quarter);
  CHECK(span_of(one("in 1Q23 the")) == "2023-01-01..2023-03-31");
  // No year: the publication year.
  CHECK(span_of(one("in the first quarter GDP")) == "2022-01-01..2022-03-31");
  CHECK(span_of(one("in the first half of 2023 the")) == "2023-01-01..2023-06-30");
  CHECK(one("in the first half of 2023 the").when->g == grain::half);
  CHECK(span_of(one("in the first ten months of 2023 trade")) == "2023-01-01..2023-10-31");
  CHECK(span_of(one("from January-September 2023 trade")) == "2023-01-01..2023-09-30");
  CHECK(span_of(one("in early 2023 the")) == "2023-01-01..2023-06-30");
  CHECK(span_of(one("in late 2022 the")) == "2022-07-01..2022-12-31");
  CHECK(span_of(one("by the end of the year")) == "2022-12-01..2022-12-31");
  CHECK(span_of(one("sales year-to-date rose")) == "2022-01-01..2022-11-07");
  CHECK(span_of(one("in the summer of 2021 the")) == "2021-06-01..2021-08-31");
}

TEST_CASE("grammar: temporal relative expressions against the reference") {
  CHECK(span_of(one("this year")) == "2022");
  CHECK(span_of(one("last year")) == "2021");
  CHECK(span_of(one("next year")) == "2023");
  CHECK(span_of(one("the previous year")) == "2021");
  CHECK(span_of(one("a year earlier")) == "2021-11-07");
  CHECK(span_of(one("yesterday")) == "2022-11-06");
  CHECK(span_of(one("last month")) == "2022-10-01..2022-10-31");
  CHECK(span_of(one("next week")) == "2022-11-14..2022-11-20");
  CHECK(span_of(one("two years ago")) == "2020-11-07");
  CHECK(span_of(one("in the past 30 years")) == "1992-11-07..2022-11-07");
  CHECK(span_of(one("over the past three decades")) == "1992-11-07..2022-11-07");
  const auto since = one("since 1992");
  CHECK(span_of(since) == "1992-01-01..2022-11-07");
  CHECK(since.mod == "since");
  const auto by = one("by 2030");
  CHECK(span_of(by) == "2030");
  CHECK(by.mod == "by");
  CHECK(span_of(one("from 2021 to 2023")) == "2021-01-01..2023-12-31");
  SUBCASE("a weekday: before the reference in the past, after it in the future") {
    CHECK(span_of(one("He said on Friday that")) == "2022-11-04");
    CHECK(span_of(one("He will speak on Friday about")) == "2022-11-11");
  }
  SUBCASE("no reference") {
    const auto m = one("last year", g::scan_options{});
    CHECK(m.relative);
    CHECK(m.unresolved);
    CHECK_FALSE(m.when);
    CHECK_FALSE(one("in 2021", g::scan_options{}).unresolved);
  }
}

TEST_CASE("grammar: temporal durations") {
  struct row {
    std::string_view text;
    double value;
    std::string_view unit;
  };
  for (const row& r : {row{"for 19 years", 19, "year"}, row{"for three decades", 30, "year"},
                       row{"for six months", 6, "month"}, row{"for a fortnight", 2, "week"},
                       row{"for 10 days", 10, "day"}}) {
    const auto m = one(r.text);
    CHECK_MESSAGE(m.type == g::mention_type::duration, r.text);
    CHECK_MESSAGE(m.value.number == r.value, r.text);
    CHECK_MESSAGE(m.value.unit == r.unit, r.text);
  }
  CHECK(temporal("19 years, three decades, six months, a fortnight", ref_2022_11_07()).size() == 4);
}

TEST_CASE("grammar: temporal weekday next to a date is kept, not corrected") {
  const auto m = one("on Friday, October 27, 2022 the minister");
  CHECK(span_of(m) == "2022-10-27");  // a Thursday
  REQUIRE(m.weekday);
  CHECK(*m.weekday == 5u);
}

TEST_CASE("grammar: temporal non-dates") {
  for (std::string_view s :
       {"the 30th anniversary of ties", "the 20th National Congress", "the third Belt and Road Forum",
        "the president may visit", "protesters march on", "a visit to Xi'an", "version 2.1.3",
        "they won 3-2", "at 10:30 local", "half of them", "1/2 of the"}) {
    CHECK_MESSAGE(temporal(s, ref_2022_11_07()).empty(), s);
  }
}

TEST_CASE("grammar: temporal impossible dates are errors") {
  const auto m = one("on February 30, 2023 the");
  CHECK_FALSE(m.error.empty());
  CHECK_FALSE(m.when);
  CHECK_FALSE(one("on 31.04.2022 the").error.empty());
}

TEST_CASE("grammar: temporal scan survives any byte string") {
  std::mt19937 rng(12345);
  const std::string alphabet = "0123456789 -/.,'QHqhJanMayFridaythe \xe2\x80\x93\xff\x80\xc3";
  for (int i = 0; i < 3000; ++i) {
    std::string s;
    const int len = static_cast<int>(rng() % 60);
    for (int k = 0; k < len; ++k) {
      s += (rng() % 3 == 0) ? static_cast<char>(rng() % 256) : alphabet[rng() % alphabet.size()];
    }
    for (const auto& m : g::scan_mentions(s, ref_2022_11_07())) {
      CHECK(m.start < m.end);
      CHECK(m.end <= s.size());
    }
  }
}

TEST_CASE("grammar: temporal weeks, parts of periods and day spans") {
  // Reference: Monday 7 November 2022.
  CHECK(span_of(one("in the third week of this month")) == "2022-11-14..2022-11-20");
  CHECK(one("in the third week of this month").when->g == grain::week);
  CHECK(span_of(one("during the first week of 2015")) == "2014-12-29..2015-01-04");  // ISO-style
  CHECK(span_of(one("in week 31 of 2018")) == "2018-07-30..2018-08-05");
  CHECK(span_of(one("the week of April 10th, 2017 was")) == "2017-04-10..2017-04-16");
  CHECK(span_of(one("in the last four months of 2021")) == "2021-09-01..2021-12-31");
  CHECK(span_of(one("in the first 2 weeks of 2021")) == "2021-01-01..2021-01-14");
  CHECK(span_of(one("from 4 to 22 January, 1995 the")) == "1995-01-04..1995-01-22");
  CHECK(span_of(one("on November 19-20, 2021 the")) == "2021-11-19..2021-11-20");
  CHECK(span_of(one("for 2 weeks starting May 20th, 2024 the")) == "2024-05-20..2024-06-02");
  CHECK(span_of(one("the second Monday of next month")) == "2022-12-12");
  CHECK(span_of(one("the past two quarters")) == "2022-04-01..2022-09-30");
}

TEST_CASE("grammar: temporal ranges join their ends") {
  CHECK(span_of(one("from 2021 to 2023")) == "2021-01-01..2023-12-31");
  CHECK(span_of(one("in 2010-2015 the")) == "2010-01-01..2015-12-31");
  CHECK(span_of(one("between January 1st 2015 and Feb 2018")) == "2015-01-01..2018-02-28");
  // The left end takes the right end's year.
  CHECK(span_of(one("from March to May 2019 the")) == "2019-03-01..2019-05-31");
  CHECK(span_of(one("between Jan 22 and now")) == "2022-01-22..2022-11-07");
  const auto after = one("after 2016");
  CHECK(after.mod == "after");
  CHECK(span_of(after) == "2016");
  // Not a range of years: a phone number, a code.
  CHECK(temporal("call 138-2010-2015 now", ref_2022_11_07()).empty());
}

TEST_CASE("grammar: temporal quick rejection leaves ordinary text alone") {
  const std::string_view s =
      "The two countries signed a deal on the border; the third round of talks is due and one of "
      "the ministers said that 25.2 billion yuan of trade and 70-fold growth are a record.";
  const auto ms = temporal(s, ref_2022_11_07());
  CHECK(ms.empty());
}

TEST_CASE("grammar: temporal capitalised March and May after a date preposition are months") {
  // Reference Monday 7 November 2022; past tense puts the month in 2022.
  for (std::string_view s : {"In March, prices rose.", "Prices rose in March, he said."}) {
    const auto m = one(s);
    CHECK_MESSAGE(text_of(s, m) == "March", s);
    CHECK_MESSAGE(span_of(m) == "2022-03-01..2022-03-31", s);
  }
  const std::string_view s = "Exports fell in May, the ministry said.";
  CHECK(span_of(one(s)) == "2022-05-01..2022-05-31");
  // Modal and verb readings stay non-dates.
  for (std::string_view n : {"The president may visit Kyiv.", "Protesters march in the capital.",
                             "They plan to march on the ministry."}) {
    CHECK_MESSAGE(temporal(n, ref_2022_11_07()).empty(), n);
  }
}
