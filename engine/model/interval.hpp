// Interval: the value of every fact. A closed, half-open, open or unbounded
// interval of reals, with arithmetic that always contains the exact result of
// the operation on any points of its operands (outward rounding by one ulp).
//
// Thread safety: a value type; const operations are safe from any thread.
#pragma once

#include <limits>
#include <optional>
#include <string>

namespace claimcheck::engine {

class interval {
 public:
  static constexpr double inf = std::numeric_limits<double>::infinity();

  // The empty interval.
  interval() = default;
  // [lo, hi] with each bound open or closed. An infinite bound is always
  // open. REQUIRES: lo and hi are not NaN. lo > hi gives the empty interval.
  interval(double lo, double hi, bool lo_open = false, bool hi_open = false);

  static interval point(double x) { return {x, x}; }
  static interval closed(double lo, double hi) { return {lo, hi}; }
  static interval open(double lo, double hi) { return {lo, hi, true, true}; }
  static interval above(double x) { return {x, inf, true, true}; }       // (x, +inf)
  static interval at_least(double x) { return {x, inf, false, true}; }   // [x, +inf)
  static interval below(double x) { return {-inf, x, true, true}; }      // (-inf, x)
  static interval at_most(double x) { return {-inf, x, true, false}; }   // (-inf, x]
  static interval whole() { return {-inf, inf, true, true}; }

  // A number written with `decimals` digits after the point (negative for a
  // number whose last written digit is left of the point, which does not
  // occur in plain digits), scaled by `scale`: "25.2" billion is
  // stated(25.2, 1, 1e9) = [25.15e9, 25.25e9].
  static interval stated(double value, int decimals, double scale = 1.0);

  [[nodiscard]] bool empty() const { return empty_; }
  [[nodiscard]] double lo() const { return lo_; }
  [[nodiscard]] double hi() const { return hi_; }
  [[nodiscard]] bool lo_open() const { return lo_open_; }
  [[nodiscard]] bool hi_open() const { return hi_open_; }
  [[nodiscard]] bool bounded() const;
  // hi - lo; +inf when unbounded; 0 for a point or the empty interval.
  [[nodiscard]] double width() const;
  // The midpoint of a bounded interval; the finite bound of a half-bounded
  // one; NaN for the whole line or the empty interval.
  [[nodiscard]] double mid() const;
  [[nodiscard]] bool contains(double x) const;
  [[nodiscard]] bool contains(const interval& other) const;
  [[nodiscard]] bool intersects(const interval& other) const;
  [[nodiscard]] bool contains_zero() const { return contains(0.0); }

  // Set operations. hull() is the smallest interval holding both.
  [[nodiscard]] interval intersect(const interval& other) const;
  [[nodiscard]] interval hull(const interval& other) const;

  // Arithmetic. Division by an interval that contains zero gives the hull of
  // the two-piece exact result (often the whole line); by exactly [0, 0], the
  // empty interval.
  friend interval operator+(const interval& a, const interval& b);
  friend interval operator-(const interval& a, const interval& b);
  friend interval operator*(const interval& a, const interval& b);
  friend interval operator/(const interval& a, const interval& b);
  friend interval operator-(const interval& a);

  // Same bounds and openness.
  friend bool operator==(const interval& a, const interval& b) = default;

  // "[25.15e9, 25.25e9]", "(23e6, +inf)", "empty".
  [[nodiscard]] std::string str() const;

 private:
  double lo_ = 0.0;
  double hi_ = 0.0;
  bool lo_open_ = false;
  bool hi_open_ = false;
  bool empty_ = true;
};

// Writes a double briefly and exactly enough to read back: "25.2e9",
// "31170000000" → "31.17e9", "0.05". Used by arithmetic strings in findings.
std::string format_number(double x);

}  // namespace claimcheck::engine
