// The temporal AST: one flat record that every temporal rule fills through
// semantic actions. A record says what was written ("the first quarter of
// last year", "two years ago") without resolving it; resolve.hpp turns it
// into days against a publication date.
#pragma once

#include <cstdint>

namespace claimcheck::grammar::ast {

// What shape of expression the text stated.
enum class form : std::uint8_t {
  none,
  day,           // a calendar day: year optional, month, day
  month,         // a month: year optional
  year,          // a calendar year
  decade,        // part = first year of the decade
  century,       // part = the century's ordinal (21 for "21st century")
  quarter,       // part = 1..4, year optional
  half,          // part = 1..2, year optional
  season,        // part = 0 spring, 1 summer, 2 autumn, 3 winter; year optional
  first_months,  // "the first ten months of 2023": part = 10
  month_span,    // "January-September 2023": month..month2
  rel_unit,      // "this week", "last year", "next month": unit u, rel
  rel_day,       // "yesterday", "today": rel = offset in days
  weekday,       // "Friday", "next Friday": weekday, rel (kRelNone when bare)
  shift,         // "two years ago", "a year later": amounts, rel = -1 or +1
  span_back,     // "the past 30 years": [ref - amounts, ref]
  span_fwd,      // "the next 3 months": [ref + 1 day, ref + amounts]
  duration,      // "19 years": amounts
  to_date,       // "year-to-date", "so far this year": unit u
  rest_of,       // "the rest of the year": unit u
  nth_weekday,   // "the first Friday of July": part = 1..5 (9 = last), weekday, month
  nth_week,      // "the third week of this month": part = 1..5 (9 = last) of a month or year
  week_of,       // "the week of April 10th": the Monday-to-Sunday week holding the day
  iso_week,      // "week 31": ISO week `part` of the year
  part_of,       // "the first 2 weeks of 2021": rel +1 first / -1 last, part = count, unit u
  weekday_count, // "two Sundays from now": the part-th weekday after the reference
  holiday,       // "Christmas 2020", "last Easter": part = holiday (see resolve.cpp), rel
};

// The unit of a relative or counted expression.
enum class unit : std::uint8_t {
  day, week, fortnight, month, quarter, year, decade, weekend, hour, minute, second
};

inline constexpr int kRelNone = 99;

struct texpr {
  form f = form::none;
  int year = 0;            // stated year, 0 when none
  bool has_year_rel = false;
  int year_rel = 0;        // "of last year": -1; "this year": 0; "next year": +1
  unsigned month = 0;      // 1..12, 0 when none
  unsigned month2 = 0;     // end month of a month span
  unsigned day = 0;        // 1..31, 0 when none
  unsigned day2 = 0;       // end day of "November 19-20", 0 when none
  int weekday = -1;        // 0 = Sunday, -1 when none stated
  unsigned part = 0;       // see form
  int rel = kRelNone;      // see form
  unit u = unit::day;      // the (last) unit named
  int mod = 0;             // 1 early, 2 mid, 3 late, 4 beginning of, 5 middle of, 6 end of
  int qual = 0;            // durations: +1 "more than", -1 "less than"
  double amount = 0;       // the count being read, before its unit
  unsigned used = 0;       // buckets already counted (bit per bucket)
  int month_rel = kRelNone;  // "of next month": +1; kRelNone when none
  int base_days = 0;         // "two days from tomorrow": the shift starts at ref + 1
  bool business = false;     // "the next 4 business days": weekdays only
  bool in_words = false;     // a year written in words ("nineteen ninety six")
  bool short_year = false;   // a two-digit year ("12/12/30", "FY18"): `year` is its 20yy reading
  bool no_calendar = false;  // a school or fiscal year whose calendar is not stated ("SY18", "fiscal year")
  // Counted amounts by bucket ("1 year 1 month 21 days").
  double years = 0;
  double months = 0;
  double weeks = 0;
  double days = 0;
  double seconds = 0;
};

}  // namespace claimcheck::grammar::ast
