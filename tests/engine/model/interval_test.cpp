// Interval arithmetic and the precision rule of DESIGN.md.
#include "engine/model/interval.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <random>

using claimcheck::engine::interval;

namespace {
// True when x is within one part in 1e12 of y.
bool near(double x, double y) { return std::fabs(x - y) <= 1e-12 * std::fmax(1.0, std::fabs(y)); }
}  // namespace

TEST_CASE("interval: the precision rule of stated numbers") {
  SUBCASE("$25.2 billion is [25.15e9, 25.25e9]") {
    const interval v = interval::stated(25.2, 1, 1e9);
    CHECK(near(v.lo(), 25.15e9));
    CHECK(near(v.hi(), 25.25e9));
    CHECK_FALSE(v.lo_open());
    CHECK(v.contains(25.15e9));
    CHECK(v.contains(25.25e9));
    CHECK_FALSE(v.contains(25.26e9));
  }
  SUBCASE("41 is [40.5, 41.5]") {
    const interval v = interval::stated(41, 0);
    CHECK(near(v.lo(), 40.5));
    CHECK(near(v.hi(), 41.5));
  }
  SUBCASE("23.6 percent is [23.55, 23.65]") {
    const interval v = interval::stated(23.6, 1);
    CHECK(near(v.lo(), 23.55));
    CHECK(near(v.hi(), 23.65));
  }
  SUBCASE("$31.17 billion is [31.165e9, 31.175e9]") {
    const interval v = interval::stated(31.17, 2, 1e9);
    CHECK(near(v.lo(), 31.165e9));
    CHECK(near(v.hi(), 31.175e9));
  }
}

TEST_CASE("interval: bounds, emptiness and set operations") {
  CHECK(interval().empty());
  CHECK(interval(2, 1).empty());
  CHECK(interval(1, 1, true, false).empty());
  CHECK_FALSE(interval::point(3).empty());
  const interval above = interval::above(23e6);
  CHECK(above.lo_open());
  CHECK(std::isinf(above.hi()));
  CHECK_FALSE(above.contains(23e6));
  CHECK(above.contains(23.000001e6));
  CHECK(std::isinf(above.width()));
  CHECK(interval::closed(1, 3).intersect(interval::closed(2, 5)) == interval::closed(2, 3));
  CHECK(interval::closed(1, 2).intersect(interval::closed(3, 4)).empty());
  CHECK(interval::closed(1, 2).intersect(interval(2, 3, true, false)).empty());
  CHECK(interval::closed(1, 2).hull(interval::closed(3, 4)) == interval::closed(1, 4));
  CHECK(interval::closed(1, 4).contains(interval::closed(2, 3)));
  CHECK_FALSE(interval::closed(1, 4).contains(interval::closed(2, 5)));
  CHECK(interval::closed(1, 4).width() == doctest::Approx(3));
}

TEST_CASE("interval: arithmetic signs and infinities") {
  const interval a = interval::closed(-2, 3);
  const interval b = interval::closed(4, 5);
  SUBCASE("sum and difference") {
    CHECK((a + b).contains(interval::closed(2, 8)));
    CHECK((a + b).lo() == doctest::Approx(2));
    CHECK((a - b).lo() == doctest::Approx(-7));
    CHECK((a - b).hi() == doctest::Approx(-1));
  }
  SUBCASE("product with mixed signs") {
    const interval p = a * interval::closed(-5, 4);
    CHECK(p.lo() == doctest::Approx(-15));
    CHECK(p.hi() == doctest::Approx(12));
  }
  SUBCASE("product with an unbounded side") {
    const interval p = interval::above(2) * interval::closed(3, 4);
    CHECK(p.lo() == doctest::Approx(6));
    CHECK(p.lo_open());
    CHECK(std::isinf(p.hi()));
    const interval q = interval::above(2) * interval::closed(-4, -3);
    CHECK(std::isinf(q.lo()));
    CHECK(q.hi() == doctest::Approx(-6));
  }
  SUBCASE("division by a positive interval") {
    const interval q = interval::closed(31.165e9, 31.175e9) / interval::closed(1.2355, 1.2365);
    CHECK(q.lo() == doctest::Approx(25.2042e9).epsilon(1e-5));
    CHECK(q.hi() == doctest::Approx(25.2327e9).epsilon(1e-5));
  }
  SUBCASE("division by an interval containing zero") {
    CHECK((b / interval::closed(-1, 1)) == interval::whole());
    CHECK((interval::point(0) / interval::closed(-1, 1)) == interval::point(0));
    CHECK((b / interval::point(0)).empty());
  }
  SUBCASE("division by an interval with an open zero bound") {
    const interval q = b / interval(0, 2, true, false);
    CHECK(q.lo() == doctest::Approx(2));
    CHECK(std::isinf(q.hi()));
  }
}

TEST_CASE("interval: arithmetic contains the exact result of any points") {
  std::mt19937_64 rng(20221028);
  std::uniform_real_distribution<double> d(-1e6, 1e6);
  for (int i = 0; i < 20000; ++i) {
    double a0 = d(rng), a1 = d(rng), b0 = d(rng), b1 = d(rng);
    if (a0 > a1) std::swap(a0, a1);
    if (b0 > b1) std::swap(b0, b1);
    const interval a(a0, a1);
    const interval b(b0, b1);
    std::uniform_real_distribution<double> ta(0, 1);
    const double x = a0 + (a1 - a0) * ta(rng);
    const double y = b0 + (b1 - b0) * ta(rng);
    if (!a.contains(x) || !b.contains(y)) continue;
    // long double is wider than double here, so the reference result is
    // closer to the exact real one than the double operations.
    const long double lx = x;
    const long double ly = y;
    auto holds = [](const interval& r, long double v) {
      return r.lo() <= v && v <= r.hi();
    };
    CHECK(holds(a + b, lx + ly));
    CHECK(holds(a - b, lx - ly));
    CHECK(holds(a * b, lx * ly));
    if (!b.contains_zero()) CHECK(holds(a / b, lx / ly));
  }
}
