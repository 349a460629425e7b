// Resolution of temporal expressions against the publication date (see
// resolve.hpp). Year-less days and months take the publication year, moved
// a year back when that reading lies after the reference in a past-tense
// sentence, and a year forward when it lies before it in a future-tense one.
#include "grammar/temporal/resolve.hpp"

#include <algorithm>
#include <cmath>

namespace claimcheck::grammar::temporal {

namespace {

using ast::form;
using ast::unit;
using engine::grain;
using engine::period;

date::sys_days days_from(date::year_month_day ymd) {
  if (!ymd.ok()) ymd = ymd.year() / ymd.month() / date::last;
  return date::sys_days{ymd};
}

// d plus whole years, months and days (snapping Feb 29 and the 31st to the
// month's last day), with fractions of a year or month carried down.
date::sys_days add(date::sys_days d, int sign, double years, double months, double days) {
  // Counts past any calendar ("the last 50000000 years") are cut to a size
  // that still converts to int exactly; the result then lies outside the
  // years dates may have, and done() reports it.
  years = std::min(years, 1e5);
  months = std::min(months, 1.2e6);
  days = std::min(days, 4e7);
  const double whole_years = std::floor(years);
  months += (years - whole_years) * 12;
  const double whole_months = std::floor(months);
  days += (months - whole_months) * 30;
  date::year_month_day ymd{d};
  ymd = ymd + date::years{sign * static_cast<int>(whole_years)};
  ymd = ymd + date::months{sign * static_cast<int>(whole_months)};
  return days_from(ymd) + date::days{sign * static_cast<int>(std::lround(days))};
}

// The part of p that early/mid/late (and beginning/middle/end of) names.
period apply_mod(period p, int mod) {
  if (mod == 0) return p;
  const date::year_month_day f{p.first};
  date::sys_days a = p.first;
  date::sys_days b = p.last;
  switch (p.g) {
    case grain::year: {
      const date::year y = f.year();
      if (mod == 1) b = date::sys_days{y / date::June / 30};
      if (mod == 3) a = date::sys_days{y / date::July / 1};
      // "the beginning of 2022": January; "the end of 2022": December.
      // "early"/"late" are the halves, "mid"/"the middle of" May-August.
      if (mod == 4) b = date::sys_days{y / date::January / 31};
      if (mod == 2 || mod == 5) {
        a = date::sys_days{y / date::May / 1};
        b = date::sys_days{y / date::August / 31};
      }
      if (mod == 6) a = date::sys_days{y / date::December / 1};
      break;
    }
    case grain::month: {
      const auto ym = f.year() / f.month();
      if (mod == 1 || mod == 4) b = date::sys_days{ym / 15};
      if (mod == 3 || mod == 6) a = date::sys_days{ym / 16};
      if (mod == 2 || mod == 5) {
        a = date::sys_days{ym / 10};
        b = date::sys_days{ym / 20};
      }
      break;
    }
    case grain::week:
      if (mod == 1 || mod == 4) b = p.first + date::days{2};
      if (mod == 2 || mod == 5) {
        a = p.first + date::days{1};
        b = p.first + date::days{4};
      }
      if (mod == 3 || mod == 6) a = p.first + date::days{3};
      break;
    case grain::decade: {
      const date::year y = f.year();
      if (mod == 1 || mod == 4) b = date::sys_days{(y + date::years{3}) / date::December / 31};
      if (mod == 2 || mod == 5) {
        a = date::sys_days{(y + date::years{3}) / date::January / 1};
        b = date::sys_days{(y + date::years{6}) / date::December / 31};
      }
      if (mod == 3 || mod == 6) a = date::sys_days{(y + date::years{7}) / date::January / 1};
      break;
    }
    default: {
      const auto len = (p.last - p.first).count() + 1;
      if (mod == 1 || mod == 4) b = p.first + date::days{len / 3 - 1};
      if (mod == 2 || mod == 5) {
        a = p.first + date::days{len / 3};
        b = p.first + date::days{2 * len / 3 - 1};
      }
      if (mod == 3 || mod == 6) a = p.first + date::days{2 * len / 3};
    }
  }
  p.first = a;
  p.last = b;
  p.g = grain::span;
  return p;
}

// Easter Sunday of year y (the Gregorian computus).
date::sys_days easter(int y) {
  const int a = y % 19;
  const int b = y / 100;
  const int c = y % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const unsigned month = static_cast<unsigned>((h + l - 7 * m + 114) / 31);
  const unsigned day = static_cast<unsigned>((h + l - 7 * m + 114) % 31 + 1);
  return date::sys_days{date::year{y} / date::month{month} / date::day{day}};
}

// The day of holiday `part` (see date_def.hpp) in year y.
date::sys_days holiday_in(unsigned part, int y) {
  const date::year yy{y};
  switch (part) {
    case 2: return date::sys_days{yy / date::December / 24};
    case 3: return date::sys_days{yy / date::January / 1};
    case 4: return date::sys_days{yy / date::December / 31};
    case 5: return date::sys_days{yy / date::October / 31};
    case 6: return date::sys_days{yy / date::April / 22};
    case 7: return easter(y);
    case 8: return easter(y) + date::days{1};
    case 9: return easter(y) - date::days{2};
    case 10: return date::sys_days{yy / date::November / date::Thursday[4]};
    case 11: return date::sys_days{yy / date::December / 26};
    default: return date::sys_days{yy / date::December / 25};
  }
}

// A year-less reading moved by the sentence's tense.
period by_tense(period p, date::sys_days ref, int tense) {
  if (tense < 0 && p.first > ref) return p.shift_years(-1);
  if (tense > 0 && p.last < ref) return p.shift_years(1);
  return p;
}

// A year-less run of months told in the past tense that is not over by the
// reference ("exports totalled $9.5bn in January-November", "in the first
// ten months", written in January): a total is stated for months that have
// passed, so last year's.
period past_range(period p, bool yearless, date::sys_days ref, int tense) {
  if (yearless && tense < 0 && p.last > ref) return p.shift_years(-1);
  return p;
}

bool needs_reference(const ast::texpr& t) {
  switch (t.f) {
    case form::rel_unit:
    case form::rel_day:
    case form::weekday:
    case form::shift:
    case form::span_back:
    case form::span_fwd:
    case form::to_date:
    case form::rest_of:
    case form::weekday_count: return true;
    case form::nth_weekday:
    case form::nth_week:
    case form::week_of:
    case form::iso_week:
    case form::part_of: return t.year == 0;
    case form::duration:
    case form::decade:
    case form::century:
    case form::none: return false;
    default: return t.year == 0;
  }
}

const char* const month_label[] = {"",     "January", "February",  "March",   "April",    "May",
                                   "June", "July",    "August",    "September", "October", "November",
                                   "December"};

period season_period(date::year y, unsigned s, const std::string& label) {
  const unsigned first_month = 3 + 3 * s;  // spring March, ..., winter December
  const date::year_month first = y / date::month{first_month};
  const date::year_month last = first + date::months{2};
  return period::span(date::sys_days{first / 1}, date::sys_days{last / date::last}, label);
}

std::string unit_name(const ast::texpr& t, double& value) {
  const int kinds = (t.years > 0) + (t.months > 0) + (t.weeks > 0) + (t.days > 0) + (t.seconds > 0);
  if (kinds == 1) {
    if (t.years > 0) return value = t.years, "year";
    if (t.months > 0) return value = t.months, "month";
    if (t.weeks > 0) return value = t.weeks, "week";
    if (t.days > 0) return value = t.days, "day";
    if (t.u == unit::hour) return value = t.seconds / 3600, "hour";
    if (t.u == unit::minute) return value = t.seconds / 60, "minute";
    return value = t.seconds, "second";
  }
  value = t.years * 365 + t.months * 30 + t.weeks * 7 + t.days + t.seconds / 86400;
  return "day";
}

// A day given without its month ("Friday the 22nd", "the 27th.", "the
// 20th of next month"): the reference's month, or the month the weekday or
// the tense points to.
resolution& day_in_month(const ast::texpr& t, const resolve_context& c, date::sys_days ref,
                         const std::string& label, resolution& r) {
  const date::year_month_day rymd{ref};
  const date::year_month base = rymd.year() / rymd.month();
  auto in = [&](date::year_month ym) { return ym / date::day{t.day}; };
  if (t.month_rel != ast::kRelNone) {
    const auto ymd = in(base + date::months{t.month_rel});
    if (!ymd.ok()) return r.error = "invalid date", r;
    r.when = period::day(ymd, label);
    return r;
  }
  auto fits = [&](date::year_month_day ymd) {
    return ymd.ok() && date::weekday{date::sys_days{ymd}}.c_encoding() == static_cast<unsigned>(t.weekday);
  };
  if (t.weekday >= 0 && c.tense != 0 && !fits(in(base))) {
    // "Mon 13th" in a tensed sentence, not this month: the nearest month
    // on the tense's side of the reference whose 13th is a Monday (at most
    // 4 years away).
    const int step = c.tense > 0 ? 1 : -1;
    for (int k = step; k * step < 48; k += step) {
      const auto ymd = in(base + date::months{k});
      if (!ymd.ok() || date::weekday{date::sys_days{ymd}}.c_encoding() != static_cast<unsigned>(t.weekday)) continue;
      if (step > 0 ? date::sys_days{ymd} < ref : date::sys_days{ymd} > ref) continue;
      r.when = period::day(ymd, label);
      return r;
    }
  }
  if (t.weekday >= 0) {
    for (int k : {0, -1, 1}) {
      const auto ymd = in(base + date::months{k});
      if (ymd.ok() && date::weekday{date::sys_days{ymd}}.c_encoding() == static_cast<unsigned>(t.weekday)) {
        r.when = period::day(ymd, label);
        return r;
      }
    }
  }
  date::year_month ym = base;
  if (c.tense < 0 && in(ym).ok() && date::sys_days{in(ym)} > ref) ym -= date::months{1};
  if (c.tense > 0 && (!in(ym).ok() || date::sys_days{in(ym)} < ref)) ym += date::months{1};
  if (!in(ym).ok()) return r.error = "invalid date", r;
  r.when = period::day(in(ym), label);
  return r;
}

// A two-digit year read as 20yy, placed against the publication year: up
// to twelve years ahead it stays 20yy; 13 to 23 years ahead it is 19yy in a
// past-tense sentence ("born 12/12/30") and 20yy otherwise; further ahead
// it is 19yy ("03/18/40" in 2016 is 1940).
int two_digit_year(int year, date::sys_days ref, int tense) {
  const int ry = static_cast<int>(date::year_month_day{ref}.year());
  if (year > ry + 23) return year - 100;
  if (year > ry + 12 && tense < 0) return year - 100;
  return year;
}

}  // namespace

bool depends_on_reference(const ast::texpr& t) { return needs_reference(t); }

bool depends_on_tense(const ast::texpr& t) {
  if (t.f == form::weekday) return t.year_rel == ast::kRelNone;
  // "12/12/30": 1930 or 2030 (see two_digit_year).
  if (t.short_year && t.year >= 2030 && t.year < 2050) return true;
  if (t.year != 0 || t.has_year_rel || t.month_rel != ast::kRelNone) return false;
  switch (t.f) {
    case form::holiday: return t.rel == ast::kRelNone;
    case form::day:
    case form::month:
    case form::quarter:
    case form::half:
    case form::season:
    case form::month_span:
    case form::nth_weekday:
    case form::nth_week:
    case form::week_of:
    case form::part_of:
    case form::first_months: return true;
    default: return false;
  }
}

date::sys_days resolve_span_end(const ast::texpr& t, date::sys_days first) {
  return add(first, 1, t.years, t.months, t.weeks * 7 + t.days) - date::days{1};
}

date::sys_days resolve_shift(const ast::texpr& t, date::sys_days from, int sign) {
  return add(from, sign, t.years, t.months, t.weeks * 7 + t.days);
}

date::sys_days week_start(date::sys_days d) {
  const date::weekday wd{d};
  const unsigned from_monday = (wd.c_encoding() + 6) % 7;
  return d - date::days{from_monday};
}

resolution resolve(const ast::texpr& stated, const resolve_context& c, const std::string& label) {
  resolution r;
  // A two-digit year placed against the reference (a copy only then).
  ast::texpr placed;
  const bool place = stated.short_year && c.reference;
  if (place) {
    placed = stated;
    placed.year = two_digit_year(stated.year, *c.reference, c.tense);
  }
  const ast::texpr& t = place ? placed : stated;
  if (t.no_calendar) {
    // A school or fiscal year with no stated calendar: read, not resolved.
    r.type = mention_type::period;
    r.relative = needs_reference(t);
    r.unresolved = true;
    return r;
  }
  if (t.f == form::duration) {
    r.type = mention_type::duration;
    double v = 0;
    r.value.unit = unit_name(t, v);
    r.value.value = engine::interval::point(v);
    r.value.number = v;
    r.value.stated = label;
    if (t.qual == 1) {
      r.value.qual = engine::qualifier::lower;
      r.value.value = engine::interval::above(v);
    } else if (t.qual == -1) {
      r.value.qual = engine::qualifier::upper;
      r.value.value = engine::interval{0, v, false, true};
    } else if (t.qual == 2) {
      r.value.qual = engine::qualifier::approx;
    }
    return r;
  }
  r.type = (t.f == form::day || t.f == form::rel_day || t.f == form::weekday || t.f == form::shift ||
            t.f == form::nth_weekday || t.f == form::weekday_count || t.f == form::holiday) && t.day2 == 0
               ? mention_type::date
               : mention_type::period;
  r.relative = needs_reference(t);
  // Impossible days are errors whether or not the year is known.
  if (t.f == form::day && t.month != 0) {
    const date::year check_year{t.year != 0 ? t.year : 2000};  // 2000: Feb 29 exists
    if (!(check_year / date::month{t.month} / date::day{t.day}).ok()) {
      r.error = "invalid date: " + std::string(month_label[t.month]) + " " + std::to_string(t.day) +
                (t.year != 0 ? ", " + std::to_string(t.year) : "");
      return r;
    }
  }
  if (r.relative && !c.reference) {
    r.unresolved = true;
    return r;
  }
  const date::sys_days ref = c.reference.value_or(date::sys_days{});
  const date::year_month_day rymd{ref};
  const bool yearless = t.year == 0 && !t.has_year_rel && t.f != form::decade && t.f != form::century;
  const date::year y = t.year != 0 ? date::year{t.year}
                       : t.has_year_rel ? rymd.year() + date::years{t.year_rel}
                                        : rymd.year();
  auto finish = [&](period p) {
    p.label = label;
    if (yearless) p = by_tense(p, ref, c.tense);
    p.label = label;
    r.when = std::move(p);
    return r;
  };
  switch (t.f) {
    case form::day: {
      if (t.month_rel != ast::kRelNone || t.month == 0) {
        day_in_month(t, c, ref, label, r);
        if (r.when && t.day2 > t.day) {
          // "from 4 to 22 this month": the same month's day2.
          const date::year_month_day f{r.when->first};
          const auto l = f.year() / f.month() / date::day{t.day2};
          if (l.ok()) {
            r.type = mention_type::period;
            r.when = period::span(r.when->first, date::sys_days{l}, label);
          }
        }
        return r;
      }
      if (t.month2 != 0) {
        // "10/1-11/7": from one day to the other; when the second month
        // comes first, the year is the second day's ("12/28-1/3, 2021"),
        // as in "Nov-Feb 2017".
        date::year y2 = y;
        if (yearless && t.month == 2 && t.day == 29 && t.month2 > t.month) {
          // "2/29-3/1" without a year: from the nearest leap day on the
          // tense's side of the reference.
          const int step = c.tense > 0 ? 1 : -1;
          while (!(y2 / 2 / 29).ok() || (step > 0 && date::sys_days{y2 / 2 / 29} < ref) ||
                 (step < 0 && date::sys_days{y2 / 2 / 29} > ref)) {
            y2 += date::years{step};
          }
          const date::year_month_day b = y2 / date::month{t.month2} / date::day{t.day2};
          if (!b.ok()) return r.error = "invalid date", r;
          r.type = mention_type::period;
          r.when = period::span(date::sys_days{y2 / 2 / 29}, date::sys_days{b}, label);
          return r;
        }
        const date::year_month_day a =
            (t.month2 < t.month ? y - date::years{1} : y) / date::month{t.month} / date::day{t.day};
        const date::year_month_day b = y / date::month{t.month2} / date::day{t.day2};
        if (!a.ok() || !b.ok() || date::sys_days{b} < date::sys_days{a}) return r.error = "invalid date", r;
        r.type = mention_type::period;
        return finish(period::span(date::sys_days{a}, date::sys_days{b}));
      }
      date::year_month_day ymd = y / date::month{t.month} / date::day{t.day};
      if (yearless && t.month == 2 && t.day == 29) {
        // Feb 29 without a year: the nearest leap day on the tense's side.
        const int step = c.tense > 0 ? 1 : -1;
        ymd = rymd.year() / 2 / 29;
        while (!ymd.ok() || (step > 0 && date::sys_days{ymd} < ref) || (step < 0 && date::sys_days{ymd} > ref)) {
          ymd = (ymd.year() + date::years{step}) / 2 / 29;
        }
        r.when = period::day(ymd, label);
        return r;
      }
      if (t.day2 > t.day && (y / date::month{t.month} / date::day{t.day2}).ok()) {
        return finish(period::span(date::sys_days{ymd},
                                   date::sys_days{y / date::month{t.month} / date::day{t.day2}}));
      }
      return finish(period::day(ymd));
    }
    case form::month: return finish(apply_mod(period::month(y, date::month{t.month}), t.mod));
    case form::month_span: {
      if (t.month2 == 0 || t.month2 == t.month) return finish(period::month(y, date::month{t.month}));
      const date::year y1 = t.month2 < t.month ? y - date::years{1} : y;
      return finish(past_range(period::span(date::sys_days{y1 / date::month{t.month} / 1},
                                            date::sys_days{y / date::month{t.month2} / date::last}),
                               yearless, ref, c.tense));
    }
    case form::holiday: {
      // "Easter 2018"; "last Easter": the latest before the reference;
      // "next Easter": the first after it; bare: this year's, moved a year
      // by the tense when it lies on the other side of the reference.
      const int ry = static_cast<int>(rymd.year());
      date::sys_days d = holiday_in(t.part, t.year != 0 ? t.year : ry);
      if (t.year == 0) {
        if ((t.rel == -1 || (t.rel == ast::kRelNone && c.tense < 0)) && d > ref) d = holiday_in(t.part, ry - 1);
        if (t.rel == -1 && d == ref) d = holiday_in(t.part, ry - 1);
        if ((t.rel == 1 || (t.rel == ast::kRelNone && c.tense > 0)) && d < ref) d = holiday_in(t.part, ry + 1);
        if (t.rel == 1 && d == ref) d = holiday_in(t.part, ry + 1);
      }
      r.when = period::day(date::year_month_day{d}, label);
      return r;
    }
    case form::year: return finish(apply_mod(period::year(y), t.mod));
    case form::decade: return finish(apply_mod(period::decade(date::year{static_cast<int>(t.part)}), t.mod));
    case form::century: {
      if (t.part < 1 || t.part > 30) return r.error = "invalid century", r;
      const date::year first{static_cast<int>(t.part - 1) * 100};
      return finish(apply_mod(period::span(date::sys_days{first / date::January / 1},
                                           date::sys_days{(first + date::years{99}) / date::December / 31}),
                              t.mod));
    }
    case form::nth_weekday: {
      period m;
      if (t.month_rel != ast::kRelNone) {
        const date::year_month ym = rymd.year() / rymd.month() + date::months{t.month_rel};
        m = period::month(ym.year(), ym.month());
      } else if (t.month == 0) {
        m = period::month(rymd.year(), rymd.month());
      } else {
        m = period::month(y, date::month{t.month});
        if (yearless) m = by_tense(m, ref, c.tense);
      }
      const date::weekday wd{static_cast<unsigned>(t.weekday)};
      date::sys_days d;
      if (t.part == 9) {
        d = m.last - (date::weekday{m.last} - wd);
      } else {
        d = m.first + (wd - date::weekday{m.first}) + date::weeks{t.part - 1};
      }
      if (d > m.last) return r.error = "no such weekday in the month", r;
      r.when = period::day(date::year_month_day{d}, label);
      return r;
    }
    case form::nth_week:
    case form::part_of: {
      // The month or year counted in.
      period base;
      if (t.month_rel != ast::kRelNone) {
        const date::year_month ym = rymd.year() / rymd.month() + date::months{t.month_rel};
        base = period::month(ym.year(), ym.month());
      } else if (t.month != 0) {
        base = period::month(y, date::month{t.month});
        if (yearless) base = by_tense(base, ref, c.tense);
      } else {
        base = period::year(y);
      }
      if (t.f == form::nth_week) {
        const date::sys_days mon = t.part == 9 ? week_start(base.last - date::days{3})
                                               : week_start(base.first + date::days{3}) + date::weeks{t.part - 1};
        r.when = period{mon, mon + date::days{6}, grain::week, label};
        return r;
      }
      if (t.part == 0) return r.error = "empty part", r;
      const double n = t.part;
      const double months = t.u == unit::month ? n : 0;
      const double days = t.u == unit::week ? 7 * n : t.u == unit::day ? n : 0;
      if (t.rel > 0) {
        r.when = period::span(base.first, add(base.first, 1, 0, months, days) - date::days{1}, label);
      } else {
        r.when = period::span(add(base.last + date::days{1}, -1, 0, months, days), base.last, label);
      }
      return r;
    }
    case form::week_of: {
      if (t.month == 0) {
        // "the week of the 18th": that day in this month, or the month the
        // tense points to.
        day_in_month(t, c, ref, label, r);
        if (!r.when) return r;
        const date::sys_days mon = week_start(r.when->first);
        r.type = mention_type::period;
        r.when = period{mon, mon + date::days{6}, grain::week, label};
        return r;
      }
      period d = period::day(y / date::month{t.month} / date::day{t.day});
      if (!(y / date::month{t.month} / date::day{t.day}).ok()) return r.error = "invalid date", r;
      if (yearless) d = by_tense(d, ref, c.tense);
      const date::sys_days mon = week_start(d.first);
      r.when = period{mon, mon + date::days{6}, grain::week, label};
      return r;
    }
    case form::iso_week: {
      if (t.part < 1 || t.part > 53) return r.error = "invalid week", r;
      const date::sys_days mon = week_start(date::sys_days{y / date::January / 4}) + date::weeks{t.part - 1};
      r.when = period{mon, mon + date::days{6}, grain::week, label};
      return r;
    }
    case form::quarter: return finish(period::quarter(y, t.part));
    case form::half: return finish(period::half(y, t.part));
    case form::season: return finish(apply_mod(season_period(y, t.part, label), t.mod));
    case form::first_months: {
      if (t.part < 1 || t.part > 12) return r.error = "invalid month count", r;
      return finish(past_range(period::span(date::sys_days{y / date::January / 1},
                                            date::sys_days{y / date::month{t.part} / date::last}),
                               yearless, ref, c.tense));
    }
    default: break;
  }
  // Relative to the reference from here on.
  auto done = [&](period p) {
    // A count can carry a relative date past the years a date may have
    // ("the past 50000 years"; 1000..2999, as for written years).
    const auto first_year = static_cast<int>(date::year_month_day{p.first}.year());
    const auto last_year = static_cast<int>(date::year_month_day{p.last}.year());
    if (p.last < p.first || first_year < 1000 || last_year > 2999) {
      r.error = "reaches outside the years 1000..2999";
      return r;
    }
    p.label = label;
    r.when = std::move(p);
    return r;
  };
  const int rel = t.year_rel;
  switch (t.f) {
    case form::rel_day: {
      const date::sys_days d = ref + date::days{t.rel};
      return done(period::day(date::year_month_day{d}));
    }
    case form::rel_unit: {
      period p;
      switch (t.u) {
        case unit::week: {
          const date::sys_days mon = week_start(ref) + date::days{7 * rel};
          p = t.business ? period::span(mon, mon + date::days{4}) : period{mon, mon + date::days{6}, grain::week, {}};
          break;
        }
        case unit::weekend: {
          const date::sys_days sat = week_start(ref) + date::days{7 * rel + 5};
          p = period::span(sat, sat + date::days{1});
          break;
        }
        case unit::month: {
          const date::year_month ym = rymd.year() / rymd.month() + date::months{rel};
          p = period::month(ym.year(), ym.month());
          break;
        }
        case unit::quarter: {
          int q = static_cast<int>((static_cast<unsigned>(rymd.month()) - 1) / 3) + rel;
          int yy = static_cast<int>(rymd.year());
          while (q < 0) q += 4, --yy;
          while (q > 3) q -= 4, ++yy;
          p = period::quarter(date::year{yy}, static_cast<unsigned>(q) + 1);
          break;
        }
        case unit::decade: {
          const int yy = static_cast<int>(rymd.year());
          p = period::decade(date::year{yy - yy % 10 + 10 * rel});
          break;
        }
        default: p = period::year(rymd.year() + date::years{rel}); break;
      }
      return done(apply_mod(p, t.mod));
    }
    case form::weekday: {
      const date::weekday wd{static_cast<unsigned>(t.weekday)};
      date::sys_days d;
      if (rel == ast::kRelNone) {
        const int way = t.rel != ast::kRelNone ? t.rel : c.tense;
        d = way > 0 ? ref + (wd - date::weekday{ref}) : ref - (date::weekday{ref} - wd);
      } else {
        d = week_start(ref) + date::days{7 * rel + static_cast<int>((wd.c_encoding() + 6) % 7)};
      }
      return done(period::day(date::year_month_day{d}));
    }
    case form::weekday_count: {
      if (t.part < 1 || t.part > 52) return r.error = "invalid count", r;
      const date::weekday wd{static_cast<unsigned>(t.weekday)};
      date::days ahead = wd - date::weekday{ref};
      if (ahead.count() == 0) ahead = date::days{7};
      return done(period::day(date::year_month_day{ref + ahead + date::weeks{t.part - 1}}));
    }
    case form::shift:
      return done(period::day(date::year_month_day{
          add(ref + date::days{t.base_days}, t.rel, t.years, t.months, t.weeks * 7 + t.days)}));
    case form::span_back:
    case form::span_fwd:
      if (t.u == unit::quarter && t.years == 0 && t.weeks == 0 && t.days == 0 && t.seconds == 0) {
        // "the past two quarters": whole calendar quarters before (or
        // after) the reference's quarter.
        const auto q_first = rymd.year() / date::month{(static_cast<unsigned>(rymd.month()) - 1) / 3 * 3 + 1};
        const int n = static_cast<int>(std::lround(t.months));
        if (t.f == form::span_back) {
          return done(period::span(date::sys_days{(q_first - date::months{n}) / 1},
                                   date::sys_days{q_first / 1} - date::days{1}));
        }
        return done(period::span(date::sys_days{(q_first + date::months{3}) / 1},
                                 date::sys_days{(q_first + date::months{3 + n}) / 1} - date::days{1}));
      }
      if (t.business && t.years == 0 && t.months == 0 && t.weeks == 0 && t.days >= 1 && t.days <= 366) {
        // "the next 4 business days": that many weekdays after (or before)
        // the reference day.
        const int step = t.f == form::span_back ? -1 : 1;
        const long n = std::lround(t.days);
        date::sys_days d = ref;
        date::sys_days near = ref;
        for (long k = 0; k < n;) {
          d += date::days{step};
          const date::weekday w{d};
          if (w == date::Saturday || w == date::Sunday) continue;
          if (k == 0) near = d;
          ++k;
        }
        return done(step > 0 ? period::span(near, d) : period::span(d, near));
      }
      if (t.f == form::span_back) {
        return done(period::span(add(ref, -1, t.years, t.months, t.weeks * 7 + t.days), ref));
      }
      return done(period::span(ref + date::days{1}, add(ref, 1, t.years, t.months, t.weeks * 7 + t.days)));
    case form::to_date:
    case form::rest_of: {
      date::sys_days a = ref;
      date::sys_days b = ref;
      if (t.u == unit::month) {
        a = date::sys_days{rymd.year() / rymd.month() / 1};
        b = date::sys_days{rymd.year() / rymd.month() / date::last};
      } else if (t.u == unit::week) {
        a = week_start(ref);
        b = a + date::days{6};
      } else {
        a = date::sys_days{rymd.year() / date::January / 1};
        b = date::sys_days{rymd.year() / date::December / 31};
      }
      // "earlier this month" ends the day before the reference; "year-to-
      // date" on it.
      if (t.f == form::to_date) return done(period::span(a, t.rel == -1 && ref > a ? ref - date::days{1} : ref));
      return done(period::span(ref, b));
    }
    default: break;
  }
  return r;
}

}  // namespace claimcheck::grammar::temporal
