// period::iso and period::str: the YYYY-MM-DD form every fact id and JSON
// output uses, written without a stream, checked against hand-made dates
// and against date::format("%F") over a span of days.
#include <doctest/doctest.h>

#include <date/date.h>

#include "engine/model/period.hpp"

using namespace claimcheck::engine;
using date::sys_days;

namespace {
sys_days ymd(int y, unsigned m, unsigned d) {
  return sys_days{date::year{y} / date::month{m} / date::day{d}};
}
}  // namespace

TEST_CASE("period: iso writes zero-padded YYYY-MM-DD") {
  CHECK(period::iso(ymd(2022, 10, 28)) == "2022-10-28");
  CHECK(period::iso(ymd(1992, 1, 5)) == "1992-01-05");
  CHECK(period::iso(ymd(999, 12, 31)) == "0999-12-31");
  CHECK(period::iso(ymd(9999, 2, 1)) == "9999-02-01");
  CHECK(period::iso(ymd(0, 3, 1)) == "0000-03-01");
}

TEST_CASE("period: iso agrees with date::format over the years 1 to 10020") {
  // Every 37th day: all months and days of the month are visited, and the
  // years past 9999 take date::format's own path.
  for (sys_days d = ymd(1, 1, 1); d <= ymd(10020, 1, 1); d += date::days{37}) {
    REQUIRE(period::iso(d) == date::format("%F", d));
  }
}

TEST_CASE("period: str of a year, a day and a span") {
  CHECK(period::span(ymd(2022, 1, 1), ymd(2022, 12, 31), "").str() == "2022");
  CHECK(period::span(ymd(2022, 3, 9), ymd(2022, 3, 9), "").str() == "2022-03-09");
  CHECK(period::span(ymd(2022, 1, 1), ymd(2022, 6, 30), "").str() == "2022-01-01..2022-06-30");
}
