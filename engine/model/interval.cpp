// Interval arithmetic with outward rounding: each computed bound is moved one
// ulp away from the interval's inside, so the result always holds the exact
// real result. Open bounds stay open only when both inputs' bounds that
// produce them are open or the bound is infinite; this is conservative (an
// open bound may become closed), never wrong.
#include "engine/model/interval.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace claimcheck::engine {
namespace {

double down(double x) {
  return std::isfinite(x) && x != 0.0 ? std::nextafter(x, -interval::inf) : x;
}
double up(double x) {
  return std::isfinite(x) && x != 0.0 ? std::nextafter(x, interval::inf) : x;
}

// A bound with its openness, for combining in products and quotients.
struct end {
  double v;
  bool open;
};

// The product of two bounds; 0 * inf is 0 (the limit of a finite point times
// a value that can be as close to 0 as we like).
double mul(double a, double b) {
  if (a == 0.0 || b == 0.0) return 0.0;
  return a * b;
}

}  // namespace

interval::interval(double lo, double hi, bool lo_open, bool hi_open)
    : lo_(lo), hi_(hi), lo_open_(lo_open || std::isinf(lo)),
      hi_open_(hi_open || std::isinf(hi)), empty_(false) {
  if (std::isnan(lo) || std::isnan(hi) || lo > hi ||
      (lo == hi && (lo_open_ || hi_open_))) {
    *this = interval();
  }
}

interval interval::stated(double value, int decimals, double scale) {
  const double half = 0.5 * std::pow(10.0, -decimals) * scale;
  const double v = value * scale;
  return {down(v - half), up(v + half)};
}

bool interval::bounded() const {
  return !empty_ && std::isfinite(lo_) && std::isfinite(hi_);
}

double interval::width() const {
  if (empty_) return 0.0;
  return hi_ - lo_;
}

double interval::mid() const {
  if (empty_) return std::nan("");
  if (std::isfinite(lo_) && std::isfinite(hi_)) return lo_ + (hi_ - lo_) / 2;
  if (std::isfinite(lo_)) return lo_;
  if (std::isfinite(hi_)) return hi_;
  return std::nan("");
}

bool interval::contains(double x) const {
  if (empty_ || std::isnan(x)) return false;
  const bool above_lo = lo_open_ ? x > lo_ : x >= lo_;
  const bool below_hi = hi_open_ ? x < hi_ : x <= hi_;
  return above_lo && below_hi;
}

bool interval::contains(const interval& o) const {
  if (o.empty_) return true;
  if (empty_) return false;
  const bool lo_ok = o.lo_ > lo_ || (o.lo_ == lo_ && (!lo_open_ || o.lo_open_));
  const bool hi_ok = o.hi_ < hi_ || (o.hi_ == hi_ && (!hi_open_ || o.hi_open_));
  return lo_ok && hi_ok;
}

bool interval::intersects(const interval& o) const {
  return !intersect(o).empty();
}

interval interval::intersect(const interval& o) const {
  if (empty_ || o.empty_) return {};
  double lo = lo_;
  bool lo_open = lo_open_;
  if (o.lo_ > lo || (o.lo_ == lo && o.lo_open_)) {
    lo = o.lo_;
    lo_open = o.lo_open_;
  }
  double hi = hi_;
  bool hi_open = hi_open_;
  if (o.hi_ < hi || (o.hi_ == hi && o.hi_open_)) {
    hi = o.hi_;
    hi_open = o.hi_open_;
  }
  return {lo, hi, lo_open, hi_open};
}

interval interval::hull(const interval& o) const {
  if (empty_) return o;
  if (o.empty_) return *this;
  double lo = lo_;
  bool lo_open = lo_open_;
  if (o.lo_ < lo || (o.lo_ == lo && !o.lo_open_)) {
    lo = o.lo_;
    lo_open = o.lo_open_;
  }
  double hi = hi_;
  bool hi_open = hi_open_;
  if (o.hi_ > hi || (o.hi_ == hi && !o.hi_open_)) {
    hi = o.hi_;
    hi_open = o.hi_open_;
  }
  return {lo, hi, lo_open, hi_open};
}

interval operator+(const interval& a, const interval& b) {
  if (a.empty_ || b.empty_) return {};
  return {down(a.lo_ + b.lo_), up(a.hi_ + b.hi_), a.lo_open_ && b.lo_open_,
          a.hi_open_ && b.hi_open_};
}

interval operator-(const interval& a) {
  if (a.empty_) return {};
  return {-a.hi_, -a.lo_, a.hi_open_, a.lo_open_};
}

interval operator-(const interval& a, const interval& b) { return a + (-b); }

interval operator*(const interval& a, const interval& b) {
  if (a.empty_ || b.empty_) return {};
  const std::array<end, 2> as{end{a.lo_, a.lo_open_}, end{a.hi_, a.hi_open_}};
  const std::array<end, 2> bs{end{b.lo_, b.lo_open_}, end{b.hi_, b.hi_open_}};
  end lo{interval::inf, true};
  end hi{-interval::inf, true};
  for (const end& x : as) {
    for (const end& y : bs) {
      const double p = mul(x.v, y.v);
      // A product bound is attained only when both factors are attained.
      const bool open = (x.open || y.open) && !(p == 0.0 && ((x.v == 0.0 && !x.open) || (y.v == 0.0 && !y.open)));
      if (p < lo.v || (p == lo.v && !open)) lo = {p, open};
      if (p > hi.v || (p == hi.v && !open)) hi = {p, open};
    }
  }
  return {down(lo.v), up(hi.v), lo.open, hi.open};
}

interval operator/(const interval& a, const interval& b) {
  if (a.empty_ || b.empty_) return {};
  if (b.lo_ == 0.0 && b.hi_ == 0.0) return {};
  if (b.contains(0.0) || (b.lo_ < 0.0 && b.hi_ > 0.0)) {
    // [a] / [b] with 0 inside b: the exact set is unbounded on at least one
    // side unless a is exactly zero.
    if (a.lo_ == 0.0 && a.hi_ == 0.0) return interval::point(0.0);
    return interval::whole();
  }
  // 0 is not in b (it may be an open bound of b): 1/b is a bounded or
  // half-bounded interval of one sign.
  auto recip = [](double x) { return x == 0.0 ? 0.0 : 1.0 / x; };
  double rlo = 0.0;
  double rhi = 0.0;
  bool rlo_open = b.hi_open_;
  bool rhi_open = b.lo_open_;
  if (b.lo_ >= 0.0) {  // positive divisor (b.lo_ may be an open 0)
    rlo = recip(b.hi_);
    rhi = b.lo_ == 0.0 ? interval::inf : 1.0 / b.lo_;
  } else {  // negative divisor (b.hi_ may be an open 0)
    rlo = b.hi_ == 0.0 ? -interval::inf : 1.0 / b.hi_;
    rhi = recip(b.lo_);
  }
  return a * interval(down(rlo), up(rhi), rlo_open, rhi_open);
}

std::string interval::str() const {
  if (empty_) return "empty";
  std::string s;
  s += lo_open_ ? '(' : '[';
  s += std::isinf(lo_) ? std::string("-inf") : format_number(lo_);
  s += ", ";
  s += std::isinf(hi_) ? std::string("+inf") : format_number(hi_);
  s += hi_open_ ? ')' : ']';
  return s;
}

std::string format_number(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "+inf" : "-inf";
  const double ax = std::fabs(x);
  int exp3 = 0;
  if (ax >= 1e6) {
    exp3 = static_cast<int>(std::floor(std::log10(ax) / 3.0)) * 3;
  }
  const double m = exp3 != 0 ? x / std::pow(10.0, exp3) : x;
  // Five significant digits after the scale are enough to show rounding.
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*g", exp3 != 0 ? 6 : 10, m);
  std::string s(buf);
  if (exp3 != 0) s += "e" + std::to_string(exp3);
  return s;
}

}  // namespace claimcheck::engine
