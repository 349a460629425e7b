// Period: a closed interval of calendar days with the grain it was stated at
// ("2022" is a year, "Q1 2023" a quarter) and the label as written.
#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace claimcheck::engine {

enum class grain { day, week, month, quarter, half, year, decade, span };

[[nodiscard]] std::string_view to_string(grain g);
[[nodiscard]] std::optional<grain> grain_from_string(std::string_view s);

struct period {
  date::sys_days first{};  // first day, inclusive
  date::sys_days last{};   // last day, inclusive
  grain g = grain::day;
  std::string label;       // as stated: "2022", "first half of 2023"

  static period day(date::year_month_day d, std::string label = {});
  static period month(date::year y, date::month m, std::string label = {});
  static period quarter(date::year y, unsigned q, std::string label = {});
  static period half(date::year y, unsigned h, std::string label = {});
  static period year(date::year y, std::string label = {});
  static period decade(date::year first_year, std::string label = {});
  static period span(date::sys_days first, date::sys_days last, std::string label = {});

  // The same period shifted by whole years (Feb 29 snaps to Feb 28); the
  // label describes the new period ("2021" for a year).
  [[nodiscard]] period shift_years(int years) const;
  [[nodiscard]] bool contains(date::sys_days d) const { return first <= d && d <= last; }
  [[nodiscard]] bool overlaps(const period& o) const { return first <= o.last && o.first <= last; }
  [[nodiscard]] bool same_days(const period& o) const { return first == o.first && last == o.last; }
  // "2022-01-01"
  [[nodiscard]] static std::string iso(date::sys_days d);
  // "2022" for a calendar year, "2022-01-01..2022-06-30" otherwise.
  [[nodiscard]] std::string str() const;
  // Parses "YYYY-MM-DD"; nullopt when malformed or not a real day.
  [[nodiscard]] static std::optional<date::sys_days> parse_iso(std::string_view s);

  friend bool operator==(const period&, const period&) = default;
};

}  // namespace claimcheck::engine
