// The temporal grammar against issue #4's scope list and its known bugs:
// the grain of "the end of 2022" and "the start of the year", counts of
// periods in a row that are no periods, and a capitalised "May"/"March"
// before a past-tense verb. Expected days were worked out by hand from a
// calendar, against Monday 7 November 2022.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "grammar/mention.hpp"

namespace g = claimcheck::grammar;

namespace {

g::scan_options ref_2022_11_07() {
  g::scan_options o;
  o.reference = date::sys_days{date::year{2022} / 11 / 7};
  return o;
}

std::vector<g::mention> temporal(std::string_view text) {
  std::vector<g::mention> out;
  for (auto& m : g::scan_mentions(text, ref_2022_11_07())) {
    if (g::is_temporal(m.type)) out.push_back(std::move(m));
  }
  return out;
}

// "text|span" of the only temporal mention, "none" or "several".
std::string only(std::string_view text) {
  const auto ms = temporal(text);
  if (ms.empty()) return "none";
  if (ms.size() > 1) return "several";
  const auto& m = ms.front();
  return std::string(text.substr(m.start, m.end - m.start)) + "|" + (m.when ? m.when->str() : "-");
}

}  // namespace

TEST_CASE("grammar: temporal 'the end of' a year is its December, 'the start of' its January") {
  CHECK(only("Reserves stood at $3 billion at the end of 2022, it said.") == "end of 2022|2022-12-01..2022-12-31");
  CHECK(only("Prices will rise by the end of the year.") == "by the end of the year|2022-12-01..2022-12-31");
  CHECK(only("At the start of the year rates were cut.") == "start of the year|2022-01-01..2022-01-31");
  CHECK(only("at the beginning of 2023 the bank") == "beginning of 2023|2023-01-01..2023-01-31");
  // "early" and "late" are the halves, "mid" May to August.
  CHECK(only("in late 2022 the") == "late 2022|2022-07-01..2022-12-31");
  CHECK(only("in early 2023 the") == "early 2023|2023-01-01..2023-06-30");
  CHECK(only("in mid-2023 the") == "mid-2023|2023-05-01..2023-08-31");
  const auto by = temporal("Output will double by the end of 2030.");
  REQUIRE(by.size() == 1);
  CHECK(by[0].mod == "by");
  CHECK(by[0].when->str() == "2030-12-01..2030-12-31");
}

TEST_CASE("grammar: temporal a count of periods in a row is no period") {
  CHECK(only("GDP grew for the third quarter in a row.") == "none");
  CHECK(only("Exports fell for the second month running.") == "none");
  for (const auto& m : temporal("Output grew for three quarters in a row.")) {
    CHECK(m.type != g::mention_type::period);
  }
  // The quarter itself still is one.
  CHECK(only("In the third quarter output rose.") == "the third quarter|2022-07-01..2022-09-30");
}

TEST_CASE("grammar: temporal capitalised May and March before a past-tense verb are months") {
  CHECK(only("May saw exports rise 5 percent.") == "May|2022-05-01..2022-05-31");
  CHECK(only("March was the warmest month.") == "March|2022-03-01..2022-03-31");
  CHECK(only("March ended with gains.") == "March|2022-03-01..2022-03-31");
  CHECK(only("May 2023 saw exports rise.") == "May 2023|2023-05-01..2023-05-31");
  CHECK(only("May 5 saw heavy rain.") == "May 5|2022-05-05");
  // The modal stays a verb, capitalised or not.
  CHECK(only("The ministry may review the plan.") == "none");
  CHECK(only("May could bring more rain.") == "none");
  CHECK(only("May need more time, he said.") == "none");
  CHECK(only("May exceed forecasts.") == "none");
}

TEST_CASE("grammar: temporal issue scope forms") {
  CHECK(only("Sales year-to-date rose.") == "year-to-date|2022-01-01..2022-11-07");
  CHECK(only("Sales so far this year rose.") == "so far this year|2022-01-01..2022-11-07");
  CHECK(only("in the summer of 2021 the") == "the summer of 2021|2021-06-01..2021-08-31");
  CHECK(only("last winter was cold") == "last winter|2021-12-01..2022-02-28");
  CHECK(only("the first ten months of 2023 saw") == "the first ten months of 2023|2023-01-01..2023-10-31");
  CHECK(only("in January-September trade grew") == "January-September|2022-01-01..2022-09-30");
  CHECK(only("in January-September 2023 trade grew") == "January-September 2023|2023-01-01..2023-09-30");
  CHECK(only("profit in 1Q23 rose") == "1Q23|2023-01-01..2023-03-31");
  CHECK(only("profit in H1 rose") == "H1|2022-01-01..2022-06-30");
  CHECK(only("profit in H1 2023 rose") == "H1 2023|2023-01-01..2023-06-30");
  CHECK(only("in the 1990s exports fell") == "the 1990s|1990-01-01..1999-12-31");
  CHECK(only("in the 90s exports fell") == "the 90s|1990-01-01..1999-12-31");
  CHECK(only("ties grew since 1992, it said") == "since 1992|1992-01-01..2022-11-07");
  CHECK(only("output will double by 2030.") == "by 2030|2030");
  CHECK(only("from 2021 to 2023 exports rose") == "from 2021 to 2023|2021-01-01..2023-12-31");
}

TEST_CASE("grammar: temporal a count before or after a day moves that day") {
  CHECK(only("Prices rose 3 days after January 12th, 2022.") == "3 days after January 12th, 2022|2022-01-15");
  CHECK(only("It happened 2 weeks before May 13 1999.") == "2 weeks before May 13 1999|1999-04-29");
  CHECK(only("It ends 16 days from 01/02/2018.") == "16 days from 01/02/2018|2018-01-18");
  // From yesterday (Nov 6) back more than 2 days: before Nov 4.
  const auto before = temporal("It was done more than 2 days before yesterday.");
  REQUIRE(before.size() == 1);
  CHECK(before[0].mod == "before");
  CHECK(before[0].when->str() == "2022-11-04");
  // Less than 3 days after tomorrow (Nov 8): Nov 8 to Nov 10.
  CHECK(only("It will be done less than 3 days after tomorrow.") ==
        "less than 3 days after tomorrow|2022-11-08..2022-11-10");
  CHECK(only("I will come back within 2 weeks from today.") == "within 2 weeks from today|2022-11-07..2022-11-20");
  // A year moved is no day: the count stays a duration.
  CHECK(only("Trade fell three years after the war.") == "three years|-");
}

TEST_CASE("grammar: temporal days of a relative week, and a count before 'next week'") {
  // Next week: Monday 14 to Sunday 20 November.
  CHECK(only("They meet next week between Wednesday and Friday.") ==
        "next week between Wednesday and Friday|2022-11-16..2022-11-18");
  CHECK(only("They meet this week from Tue to Thur.") == "this week from Tue to Thur|2022-11-08..2022-11-10");
  const auto ms = temporal("We will be only 3 next week.");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].when->str() == "2022-11-14..2022-11-20");
}

TEST_CASE("grammar: temporal a weekday with a day of another month follows the tense") {
  g::scan_options o = ref_2022_11_07();
  // Sunday 13 November 2022 is this month's; Monday the 13th is not: in
  // the past it is June 2022, ahead February 2023.
  o.assume_tense = -1;
  auto ms = g::scan_mentions("on Mon 13th", o);
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].when->str() == "2022-06-13");
  o.assume_tense = 1;
  ms = g::scan_mentions("on Mon 13th", o);
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].when->str() == "2023-02-13");
  ms = g::scan_mentions("on Sun 13th", o);
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].when->str() == "2022-11-13");
}

TEST_CASE("grammar: temporal 'in two weeks' ahead is a day; 'or later' and 'later than' bound a period") {
  // Future tense: the day that far from Monday 7 November 2022.
  CHECK(only("Output will double in ten years.") == "in ten years|2032-11-07");
  CHECK(only("They will meet in 2 weeks.") == "in 2 weeks|2022-11-21");
  CHECK(only("He will return in a fortnight.") == "in a fortnight|2022-11-21");
  CHECK(only("He leaves in a fortnight\xe2\x80\x99s time.") == "in a fortnight|2022-11-21");
  // Past tense or a superlative: the count stays a duration.
  CHECK(only("Exports doubled in two years.") == "two years|-");
  CHECK(only("It is the highest in 30 years.") == "30 years|-");
  const auto since = temporal("Tariffs apply to 2018 or later models.");
  REQUIRE(since.size() == 1);
  CHECK(since[0].mod == "since");
  CHECK(since[0].when->str() == "2018-01-01..2022-11-07");
  const auto after = temporal("Prices rose later than 2018.");
  REQUIRE(after.size() == 1);
  CHECK(after[0].mod == "after");
  CHECK(after[0].when->str() == "2018");
  // "no later than" is a deadline, not "after".
  const std::string_view text = "Emissions must peak no later than 2030.";
  const auto by = temporal(text);
  REQUIRE(by.size() == 1);
  CHECK(by[0].mod == "by");
  CHECK(text.substr(by[0].start, by[0].end - by[0].start) == "no later than 2030");
}

TEST_CASE("grammar: temporal day-month-year with slashes and dashes, year-month in digits") {
  CHECK(only("The deal closed on 23/Sep/2020.") == "23/Sep/2020|2020-09-23");
  const auto d = temporal("The deal closed on Sep-23-2020 in Astana.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].type == g::mention_type::date);
  CHECK(d[0].when->str() == "2020-09-23");
  // A month below the year's last digits; "2021-22" would be two years.
  CHECK(only("Data for 2015-12 show it.") == "2015-12|2015-12-01..2015-12-31");
}

TEST_CASE("grammar: temporal 'starting January 7th' and 'the 15th day of next month'") {
  const std::string_view text = "Tariffs rise starting January 7th, 2023, the ministry said.";
  const auto s = temporal(text);
  REQUIRE(s.size() == 1);
  CHECK(s[0].mod == "since");
  CHECK(text.substr(s[0].start, s[0].end - s[0].start) == "starting January 7th, 2023");
  CHECK(s[0].when->str() == "2023-01-07");
  CHECK(only("We will come back on the 15th day of next month.") == "the 15th day of next month|2022-12-15");
  CHECK(only("Deliver it by the 30th day of the month.") == "by the 30th day of the month|2022-11-30");
  // November has no 31st: an error on the mention, no period.
  const auto bad = temporal("Deliver it by the thirty-first day of the month.");
  REQUIRE(bad.size() == 1);
  CHECK_FALSE(bad[0].when);
  CHECK_FALSE(bad[0].error.empty());
}

TEST_CASE("grammar: temporal business days, weekday ranges and a weekday before a numeric day") {
  // Monday 7 November 2022: the next 4 business days are Tue 8 to Fri 11,
  // the previous 4 Tue 1 to Fri 4 (the weekend between is skipped).
  CHECK(only("Talks run for the next 4 business days.") == "next 4 business days|2022-11-08..2022-11-11");
  CHECK(only("Sales fell in the previous 4 business days.") == "previous 4 business days|2022-11-01..2022-11-04");
  CHECK(only("Talks run the next 6 business days.") == "next 6 business days|2022-11-08..2022-11-15");
  // From next Monday (14 November) to the Friday after it.
  CHECK(only("I will be away from next Monday to Friday.") == "from next Monday to Friday|2022-11-14..2022-11-18");
  CHECK(only("Budget plan for Dec/2022-May/2023 was set.") == "Dec/2022-May/2023|2022-12-01..2023-05-31");
  const auto d = temporal("The call is on Friday 2022-11-18 at noon.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].when->str() == "2022-11-18");
  REQUIRE(d[0].weekday.has_value());
  CHECK(*d[0].weekday == 5u);
  // Kept as written: a rule can flag that 12 May 2023 was a Friday, not a Thursday.
  const auto w = temporal("It ends on Thursday 5/12/2023.");
  REQUIRE(w.size() == 1);
  CHECK(w[0].when->str() == "2023-05-12");
}

TEST_CASE("grammar: temporal two numeric days joined are a range") {
  CHECK(only("Leave runs from 10/1 to 11/7, he said.") == "from 10/1 to 11/7|2022-10-01..2022-11-07");
  CHECK(only("The fair runs 5/1-5/7/2020 in Almaty.") == "5/1-5/7/2020|2020-05-01..2020-05-07");
  // The stated year is the second day's, as in "Nov-Feb 2017".
  CHECK(only("The fair runs 12/28-1/3, 2021 in Almaty.") == "12/28-1/3, 2021|2020-12-28..2021-01-03");
  // Neither is a day: no mention, an error.
  const auto bad = temporal("It ran 2/30-3/1/2019 there.");
  REQUIRE(bad.size() == 1);
  CHECK_FALSE(bad[0].when);
  CHECK_FALSE(bad[0].error.empty());
}

TEST_CASE("grammar: temporal holidays on fixed and computed days") {
  // Easter 2023 fell on 9 April (computus), Thanksgiving 2022 on 24 November.
  CHECK(only("Shops closed on Easter 2023.") == "Easter 2023|2023-04-09");
  CHECK(only("Sales peaked at Thanksgiving 2022.") == "Thanksgiving 2022|2022-11-24");
  // Before Monday 7 November 2022: last Easter was 17 April 2022, the next
  // is 9 April 2023.
  CHECK(only("When was the last Easter?") == "last Easter|2022-04-17");
  CHECK(only("When is the next Easter?") == "next Easter|2023-04-09");
  CHECK(only("Talks will resume after Christmas.") == "after Christmas|2022-12-25");
  CHECK(only("It happened on Earth Day 2010.") == "Earth Day 2010|2010-04-22");
  // A place, not a day.
  CHECK(only("Flights to Christmas Island resumed.") == "none");
}

TEST_CASE("grammar: temporal a weekday of a moved day's week, the week of a day, a bounded abbreviation") {
  // Monday 7 November 2022 + 14 days = Monday 21; its Sunday-to-Saturday
  // week runs 20 to 26 November, whose Thursday is the 24th.
  CHECK(only("They return Thursday two weeks from now.") == "Thursday two weeks from now|2022-11-24");
  // 3 days ahead is Thursday 10 November; that week's Friday is the 11th.
  CHECK(only("They will return in 3 days on Friday.") == "in 3 days on Friday|2022-11-11");
  // The week (Monday to Sunday) of the 18th of this month.
  CHECK(only("We will meet in the week of the 18th.") == "the week of the 18th|2022-11-14..2022-11-20");
  const auto after = temporal("Prices rose after Feb, it said.");
  REQUIRE(after.size() == 1);
  CHECK(after[0].mod == "after");
  CHECK(after[0].when->str() == "2022-02-01..2022-02-28");
}

TEST_CASE("grammar: temporal 'this 5/12' and 'next 5/12', and the day a count moves from follows the tense") {
  CHECK(only("It is due this 5/12 at noon.") == "this 5/12|2022-05-12");
  CHECK(only("It is due next 5/12 at noon.") == "next 5/12|2023-05-12");
  const auto w = temporal("It is due this Friday 5/12 at noon.");
  REQUIRE(w.size() == 1);
  CHECK(w[0].when->str() == "2022-05-12");
  REQUIRE(w[0].weekday.has_value());
  CHECK(*w[0].weekday == 5u);
  // In November, "will ... 3 days after January 12th" is next January.
  CHECK(only("It will happen 3 days after January 12th.") == "3 days after January 12th|2023-01-15");
}

TEST_CASE("grammar: temporal 'will last three days' is a duration; 'from March to date' ends on the reference") {
  const auto d = temporal("The talks will last three days.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].type == g::mention_type::duration);
  CHECK(only("Sales fell in the last three days.") == "last three days|2022-11-04..2022-11-07");
  CHECK(only("Exports grew from March to date.") == "from March to date|2022-03-01..2022-11-07");
}

TEST_CASE("grammar: temporal a year in words after a word that takes a year") {
  CHECK(only("They left in nineteen ninety six, he said.") == "nineteen ninety six|1996");
  CHECK(only("Sales rose in two thousand and twenty.") == "two thousand and twenty|2020");
  CHECK(only("It ran from one thousand nine to 1020.") == "from one thousand nine to 1020|1009-01-01..1020-12-31");
  // A count, not a year.
  for (const auto& m : temporal("She hired two thousand and twenty workers.")) {
    CHECK(m.type != g::mention_type::period);
  }
}

TEST_CASE("grammar: temporal 'and a quarter' counts a quarter of the unit; '1st quarter of 2013'") {
  const auto a = temporal("It took one and a quarter years.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].type == g::mention_type::duration);
  CHECK(a[0].value.number == doctest::Approx(1.25));
  CHECK(a[0].value.unit == "year");
  const auto b = temporal("It took one year and a quarter.");
  REQUIRE(b.size() == 1);
  CHECK(b[0].value.number == doctest::Approx(1.25));
  CHECK(only("Smog filled the whole 1st quarter of 2013.") == "1st quarter of 2013|2013-01-01..2013-03-31");
}

TEST_CASE("grammar: temporal 'last year's third quarter', '2022's second half'") {
  CHECK(only("Profit fell in last year's third quarter.") == "last year's third quarter|2021-07-01..2021-09-30");
  CHECK(only("Sales in 2022's second half rose.") == "2022's second half|2022-07-01..2022-12-31");
  const auto s = temporal("Output recovers as early as next year's first quarter.");
  REQUIRE(s.size() == 1);
  CHECK(s[0].mod == "since");
  CHECK(s[0].when->str() == "2023-01-01..2023-03-31");
}

TEST_CASE("grammar: temporal a span stops before the count 'ago' takes; sentence-initial 'Set' is no past tense") {
  const std::string_view text = "They worked for the last 3 months and 2 days ago they found it.";
  const auto ms = temporal(text);
  REQUIRE(ms.size() == 2);
  CHECK(text.substr(ms[0].start, ms[0].end - ms[0].start) == "last 3 months");
  CHECK(ms[0].when->str() == "2022-08-07..2022-11-07");
  CHECK(text.substr(ms[1].start, ms[1].end - ms[1].start) == "2 days ago");
  CHECK(ms[1].when->str() == "2022-11-05");
  // Future reading of a year-less day: next 20 December, not last year's.
  CHECK(only("Set leave for 1 week, from 20th Dec.") == "for 1 week, from 20th Dec|2022-12-20..2022-12-26");
  // After the mention, "set" still is a past tense: last December.
  CHECK(only("Exports in December set a record.") == "December|2021-12-01..2021-12-31");
}

TEST_CASE("grammar: temporal a two-digit year after 'of' at a clause's end") {
  CHECK(only("She was born in April of 87.") == "April of 87|1987-04-01..1987-04-30");
  CHECK(only("She was born on 15 April of 87.") == "15 April of 87|1987-04-15");
  // A count after "of" is no year.
  CHECK(only("In April of 87 cases, two were fatal.") == "April|2022-04-01..2022-04-30");
}
