// Period construction and shifting on Howard Hinnant's date library.
#include "engine/model/period.hpp"

#include <charconv>

namespace claimcheck::engine {

std::string_view to_string(grain g) {
  switch (g) {
    case grain::day: return "day";
    case grain::week: return "week";
    case grain::month: return "month";
    case grain::quarter: return "quarter";
    case grain::half: return "half";
    case grain::year: return "year";
    case grain::decade: return "decade";
    case grain::span: return "span";
  }
  return "span";
}

std::optional<grain> grain_from_string(std::string_view s) {
  for (grain g : {grain::day, grain::week, grain::month, grain::quarter, grain::half,
                  grain::year, grain::decade, grain::span}) {
    if (to_string(g) == s) return g;
  }
  return std::nullopt;
}

period period::day(date::year_month_day d, std::string label) {
  return {date::sys_days{d}, date::sys_days{d}, grain::day, std::move(label)};
}

period period::month(date::year y, date::month m, std::string label) {
  return {date::sys_days{y / m / 1}, date::sys_days{y / m / date::last}, grain::month,
          std::move(label)};
}

period period::quarter(date::year y, unsigned q, std::string label) {
  const date::month m{(q - 1) * 3 + 1};
  return {date::sys_days{y / m / 1}, date::sys_days{y / (m + date::months{2}) / date::last},
          grain::quarter, std::move(label)};
}

period period::half(date::year y, unsigned h, std::string label) {
  const date::month m{(h - 1) * 6 + 1};
  return {date::sys_days{y / m / 1}, date::sys_days{y / (m + date::months{5}) / date::last},
          grain::half, std::move(label)};
}

period period::year(date::year y, std::string label) {
  if (label.empty()) label = std::to_string(static_cast<int>(y));
  return {date::sys_days{y / date::January / 1}, date::sys_days{y / date::December / 31},
          grain::year, std::move(label)};
}

period period::decade(date::year first_year, std::string label) {
  return {date::sys_days{first_year / date::January / 1},
          date::sys_days{(first_year + date::years{9}) / date::December / 31}, grain::decade,
          std::move(label)};
}

period period::span(date::sys_days first, date::sys_days last, std::string label) {
  return {first, last, grain::span, std::move(label)};
}

namespace {
date::sys_days shift_day(date::sys_days d, int years) {
  date::year_month_day ymd{d};
  date::year_month_day out = ymd + date::years{years};
  if (!out.ok()) out = out.year() / out.month() / date::last;
  return date::sys_days{out};
}
}  // namespace

period period::shift_years(int years) const {
  period p = *this;
  p.first = shift_day(first, years);
  // Keep "last day of month" periods ending at the month's end.
  date::year_month_day last_ymd{last};
  if (last_ymd.day() == (last_ymd.year() / last_ymd.month() / date::last).day()) {
    const date::year y = last_ymd.year() + date::years{years};
    p.last = date::sys_days{y / last_ymd.month() / date::last};
  } else {
    p.last = shift_day(last, years);
  }
  if (g == grain::year) {
    p.label = std::to_string(static_cast<int>(date::year_month_day{p.first}.year()));
  } else {
    p.label = p.str();
  }
  return p;
}

std::string period::iso(date::sys_days d) {
  // Written by hand (date::format builds an ostringstream per call, and
  // this runs for every period the rules compare and every fact id);
  // date::format keeps the years outside 0-9999.
  const date::year_month_day ymd{d};
  const int y = static_cast<int>(ymd.year());
  if (y < 0 || y > 9999) return date::format("%F", d);
  const auto m = static_cast<unsigned>(ymd.month());
  const auto dd = static_cast<unsigned>(ymd.day());
  const auto uy = static_cast<unsigned>(y);
  std::string s(10, '-');
  s[0] = static_cast<char>('0' + uy / 1000);
  s[1] = static_cast<char>('0' + uy / 100 % 10);
  s[2] = static_cast<char>('0' + uy / 10 % 10);
  s[3] = static_cast<char>('0' + uy % 10);
  s[5] = static_cast<char>('0' + m / 10);
  s[6] = static_cast<char>('0' + m % 10);
  s[8] = static_cast<char>('0' + dd / 10);
  s[9] = static_cast<char>('0' + dd % 10);
  return s;
}

std::string period::str() const {
  const date::year_month_day f{first};
  const date::year_month_day l{last};
  if (f.month() == date::January && f.day() == date::day{1} && l.month() == date::December &&
      l.day() == date::day{31} && f.year() == l.year()) {
    return std::to_string(static_cast<int>(f.year()));
  }
  if (first == last) return iso(first);
  return iso(first) + ".." + iso(last);
}

std::optional<date::sys_days> period::parse_iso(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  auto num = [&](std::size_t pos, std::size_t len, auto& out) {
    auto r = std::from_chars(s.data() + pos, s.data() + pos + len, out);
    return r.ec == std::errc{} && r.ptr == s.data() + pos + len;
  };
  if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return std::nullopt;
  const date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return date::sys_days{ymd};
}

}  // namespace claimcheck::engine
