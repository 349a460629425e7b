// period::iso writes a day as YYYY-MM-DD (by hand within years 0-9999,
// through date::format outside them), and period::str uses it.
#include <doctest/doctest.h>

#include "engine/model/period.hpp"

using namespace claimcheck::engine;

namespace {
date::sys_days ymd(int y, unsigned m, unsigned d) {
  return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}
}  // namespace

TEST_CASE("model: period::iso writes zero-padded YYYY-MM-DD") {
  CHECK(period::iso(ymd(2022, 3, 7)) == "2022-03-07");
  CHECK(period::iso(ymd(1999, 12, 31)) == "1999-12-31");
  CHECK(period::iso(ymd(2000, 1, 1)) == "2000-01-01");
  CHECK(period::iso(ymd(987, 10, 20)) == "0987-10-20");
  CHECK(period::iso(ymd(0, 2, 29)) == "0000-02-29");
  CHECK(period::iso(ymd(9999, 11, 30)) == "9999-11-30");
  CHECK(period::iso(ymd(1970, 1, 1)) == "1970-01-01");
  // Outside 0-9999 the general formatter writes the year in full.
  CHECK(period::iso(ymd(10000, 1, 2)) == "10000-01-02");
}

TEST_CASE("model: period::str of a quarter and a day uses the ISO days") {
  CHECK(period::quarter(date::year{2023}, 2).str() == "2023-04-01..2023-06-30");
  CHECK(period::day(date::year{2024} / date::February / 29).str() == "2024-02-29");
  CHECK(period::parse_iso(period::iso(ymd(2016, 8, 9))) == ymd(2016, 8, 9));
}
