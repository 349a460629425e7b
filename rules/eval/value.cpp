// Interval evaluation of rule expressions. Every operator goes through
// engine::interval, which rounds outward, so a computed value always holds
// the exact result for any values within the stated precision. Units are
// checked again at run time: a clash makes the value unknown ("cannot tell").
#include "rules/eval/value.hpp"

#include <algorithm>
#include <cmath>
#include <charconv>

#include "engine/model/period.hpp"

namespace claimcheck::rules::eval {
namespace {

using engine::interval;
using program::expr;
using program::expr_op;

constexpr std::string_view kWeekdays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                          "Thursday", "Friday", "Saturday"};

// m with five significant digits, exactly as std::to_chars(general, 5)
// writes it. Findings write several numbers each, and to_chars is most of
// their cost, so the common case is done here: 1e-4 <= |m| < 1e5 (plain
// notation) and a fifth digit not within 1e-6 of a tie (the scaling below
// is off by 1e-11 at most). The rest goes to to_chars.
std::string five_digits(double m) {
  static constexpr double kPow[] = {1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5};
  static constexpr double kScale[] = {1e8, 1e7, 1e6, 1e5, 1e4, 1e3, 1e2, 1e1, 1e0};
  const double a = std::fabs(m);
  if (a >= 1e-4 && a < 1e5) {
    std::size_t e = 0;
    while (a >= kPow[e + 1]) ++e;  // a in [kPow[e], kPow[e + 1])
    const double scaled = a * kScale[e];
    const double whole = std::floor(scaled);
    const double frac = scaled - whole;
    if (std::fabs(frac - 0.5) > 1e-6) {
      const auto digits = static_cast<unsigned long>(frac > 0.5 ? whole + 1 : whole);
      if (digits >= 10000 && digits < 100000) {
        char d[5];
        unsigned long rest = digits;
        for (int i = 4; i >= 0; --i) {
          d[i] = static_cast<char>('0' + rest % 10);
          rest /= 10;
        }
        std::size_t last = 4;  // the last digit that is not a trailing zero
        while (last > 0 && d[last] == '0') --last;
        std::string s;
        if (m < 0) s += '-';
        if (e >= 4) {
          const std::size_t whole_digits = e - 3;
          s.append(d, whole_digits);
          if (last >= whole_digits) {
            s += '.';
            s.append(d + whole_digits, last - whole_digits + 1);
          }
        } else {
          s += "0.";
          s.append(3 - e, '0');
          s.append(d, last + 1);
        }
        return s;
      }
    }
  }
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, m, std::chars_format::general, 5);
  return std::string(buf, r.ptr);
}

// Five significant digits, with the scale written as e6, e9, ...
std::string brief(double x) {
  if (std::isinf(x)) return x > 0 ? "+inf" : "-inf";
  if (std::isnan(x)) return "nan";
  const double ax = std::fabs(x);
  int exp3 = 0;
  if (ax >= 1e6) exp3 = static_cast<int>(std::floor(std::log10(ax) / 3.0)) * 3;
  const double m = exp3 != 0 ? x / std::pow(10.0, exp3) : x;
  std::string s = five_digits(m);
  if (exp3 != 0) s += "e" + std::to_string(exp3);
  return s;
}

double day_number(date::sys_days d) { return static_cast<double>(d.time_since_epoch().count()); }

std::string iso_of(double day) {
  return engine::period::iso(date::sys_days{date::days{static_cast<int>(day)}});
}

int precedence(const expr& e) {
  switch (e.op) {
    case expr_op::add:
    case expr_op::sub: return 1;
    case expr_op::mul:
    case expr_op::div: return 2;
    default: return 3;
  }
}

std::string wrap(const expr& e, const value& v, int min_prec) {
  return precedence(e) < min_prec ? "(" + v.text + ")" : v.text;
}

value unknown_like(value v) {
  v.v = interval();
  return v;
}

interval abs_of(const interval& x) {
  if (x.empty() || x.lo() >= 0) return x;
  if (x.hi() <= 0) return -x;
  return interval::closed(0.0, std::max(-x.lo(), x.hi()));
}

value call(const expr& e, const bound& facts, bool text) {
  const std::string& fn = e.text;
  value out;
  if (!e.args.empty() && e.args[0].op == expr_op::slot) {
    const engine::fact* f = facts[static_cast<std::size_t>(e.args[0].slot)];
    const bool slot_fn = fn == "days" || fn == "year" || fn == "begin_year" ||
                         fn == "end_year" || fn == "weekday" ||
                         fn == "stated_weekday" || fn == "published" || fn == "tense" ||
                         fn == "in_percent";
    if (slot_fn) {
      out.leaf = true;
      if (f == nullptr) return out;
      const double first = day_number(f->when.first);
      const double last = day_number(f->when.last);
      if (fn == "days") {
        out.v = interval::closed(first, last);
        out.unit = "day";
        out.shown = display::day;
      } else if (fn == "year" || fn == "begin_year" || fn == "end_year") {
        const auto y1 = static_cast<int>(date::year_month_day{f->when.first}.year());
        const auto y2 = static_cast<int>(date::year_month_day{f->when.last}.year());
        out.v = interval::closed(fn == "end_year" ? y2 : y1, fn == "begin_year" ? y1 : y2);
        out.unit = "year";
        out.shown = display::year;
      } else if (fn == "weekday") {
        out.unit = "weekday";
        out.shown = display::weekday;
        if (first == last) {
          out.v = interval::point(date::weekday{f->when.first}.c_encoding());
        }
      } else if (fn == "stated_weekday") {
        out.unit = "weekday";
        out.shown = display::weekday;
        if (f->weekday) out.v = interval::point(*f->weekday);
      } else if (fn == "published") {
        out.unit = "day";
        out.shown = display::day;
        if (f->published) out.v = interval::point(day_number(*f->published));
      } else if (fn == "in_percent") {
        out.v = interval::point(f->value.unit == "%" ? 1.0 : 0.0);
      } else {
        out.v = interval::point(f->tense);
      }
      if (text) out.text = show(out);
      return out;
    }
  }
  std::vector<value> args;
  for (const expr& a : e.args) args.push_back(evaluate(a, facts, text));
  if (fn == "pct") {
    out = args.at(0);
    out.shown = display::percent;
    return out;
  }
  out = args.at(0);
  out.leaf = false;
  if (text) {
    out.text = fn + "(";
    for (std::size_t i = 0; i < args.size(); ++i) out.text += (i ? ", " : "") + args[i].text;
    out.text += ")";
  }
  if (fn == "abs") {
    out.v = abs_of(args[0].v);
  } else if (fn == "min" || fn == "max") {
    if (args[0].unit != args[1].unit || !args[0].known() || !args[1].known()) {
      return unknown_like(out);
    }
    const interval& a = args[0].v;
    const interval& b = args[1].v;
    out.v = fn == "min" ? interval::closed(std::min(a.lo(), b.lo()), std::min(a.hi(), b.hi()))
                        : interval::closed(std::max(a.lo(), b.lo()), std::max(a.hi(), b.hi()));
  }
  return out;
}

std::string product_unit(const std::string& a, const std::string& b, bool multiply) {
  if (multiply) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    return a + "*" + b;
  }
  if (a == b) return "";
  if (b.empty()) return a;
  return a + "/" + b;
}

}  // namespace

value fact_value(const engine::fact& f, bool text) {
  value out;
  out.v = f.value.value;
  out.unit = f.value.unit;
  out.leaf = true;
  if (out.unit == "%") {
    out.v = out.v / interval::point(100.0);
    out.unit.clear();
    out.shown = display::percent;
  } else if (out.unit == "x") {
    out.unit.clear();
  }
  if (!text) return out;
  const bool point_like = f.value.qual == engine::qualifier::exact ||
                          f.value.qual == engine::qualifier::approx;
  if (point_like && std::isfinite(f.value.number)) {
    out.text = brief(f.value.number) + (out.shown == display::percent ? "%" : "");
  } else {
    out.text = show(out);
  }
  return out;
}

value evaluate(const expr& e, const bound& facts, bool text) {
  switch (e.op) {
    case expr_op::number: {
      value out;
      out.v = interval::point(e.number);
      out.unit = e.unit;
      if (text) out.text = e.text;
      if (!e.text.empty() && e.text.back() == '%') out.shown = display::percent;
      out.leaf = true;
      return out;
    }
    case expr_op::slot: {
      const auto slot = static_cast<std::size_t>(e.slot);
      const engine::fact* f = facts[slot];
      if (f == nullptr) return {};
      if (slot >= facts.groups.size() || facts.groups[slot].size() < 2) return fact_value(*f, text);
      // An `all` slot: the sum of its facts, written out as one.
      value sum = fact_value(*facts.groups[slot].front(), text);
      for (std::size_t i = 1; i < facts.groups[slot].size(); ++i) {
        const value v = fact_value(*facts.groups[slot][i], text);
        if (v.unit != sum.unit || v.shown != sum.shown) return {};
        sum.v = sum.v + v.v;
        if (text) sum.text += " + " + v.text;
      }
      sum.leaf = false;
      if (text) sum.text = "(" + sum.text + ")";
      return sum;
    }
    case expr_op::call: return call(e, facts, text);
    case expr_op::neg: {
      value out = evaluate(e.args[0], facts, text);
      out.v = -out.v;
      if (text) out.text = "-" + wrap(e.args[0], out, 3);
      out.leaf = false;
      return out;
    }
    default: break;
  }
  const value a = evaluate(e.args[0], facts, text);
  const value b = evaluate(e.args[1], facts, text);
  value out;
  out.leaf = false;
  out.shown = a.shown == b.shown ? a.shown : display::number;
  const int p = precedence(e);
  const char* op = e.op == expr_op::add ? " + " : e.op == expr_op::sub ? " - "
                   : e.op == expr_op::mul ? " * " : " / ";
  // The right operand of - and / needs brackets at equal precedence too.
  const bool strict = e.op == expr_op::sub || e.op == expr_op::div;
  if (text) out.text = wrap(e.args[0], a, p) + op + wrap(e.args[1], b, strict ? p + 1 : p);
  if (!a.known() || !b.known()) return out;
  if (e.op == expr_op::add || e.op == expr_op::sub) {
    if (a.unit != b.unit) return out;  // unknown: USD + t
    out.unit = a.unit;
    out.v = e.op == expr_op::add ? a.v + b.v : a.v - b.v;
    if (out.shown == display::day && e.op == expr_op::sub) out.shown = display::number;
    return out;
  }
  const bool multiply = e.op == expr_op::mul;
  out.unit = product_unit(a.unit, b.unit, multiply);
  out.v = multiply ? a.v * b.v : a.v / b.v;
  if (out.unit.empty() && a.shown == display::percent && b.shown == display::percent) {
    out.shown = display::number;
  }
  if (a.unit != b.unit && out.shown == display::percent) out.shown = display::number;
  return out;
}

std::string show(const value& v) {
  if (!v.known()) return "unknown";
  const interval& x = v.v;
  auto one = [&](double d) -> std::string {
    switch (v.shown) {
      case display::percent: return std::isinf(d) ? brief(d) : brief(d * 100.0) + "%";
      case display::day: return std::isinf(d) ? brief(d) : iso_of(d);
      case display::year: return std::isinf(d) ? brief(d) : std::to_string(static_cast<long>(d));
      case display::weekday: {
        const auto i = static_cast<long>(d);
        return i >= 0 && i < 7 && static_cast<double>(i) == d
                   ? std::string(kWeekdays[static_cast<std::size_t>(i)])
                   : brief(d);
      }
      default: return brief(d);
    }
  };
  if (x.lo() == x.hi()) return one(x.lo());
  // Each end is written once (writing a number is most of a finding's cost).
  std::string lo = one(x.lo());
  std::string hi = one(x.hi());
  if (x.bounded() && lo == hi) return lo;
  if (v.shown == display::day || v.shown == display::year) return lo + ".." + hi;
  std::string out(x.lo_open() ? "(" : "[");
  out += lo;
  out += ", ";
  out += hi;
  out += x.hi_open() ? ')' : ']';
  return out;
}

namespace {
std::string side(const value& v) { return v.leaf ? show(v) : v.text + " = " + show(v); }
}  // namespace

compared expect(const program::comparison& c, const bound& facts, bool text) {
  const value l = evaluate(c.lhs, facts, text);
  const value r = evaluate(c.rhs, facts, text);
  compared out;
  if (!l.known() || !r.known() || l.unit != r.unit) return out;
  const interval& a = l.v;
  const interval& b = r.v;
  if (!a.bounded() && std::isinf(a.lo()) && std::isinf(a.hi())) return out;
  if (!b.bounded() && std::isinf(b.lo()) && std::isinf(b.hi())) return out;
  const bool points = a.lo() == a.hi() && b.lo() == b.hi();
  bool ok = true;
  std::string rel;
  switch (c.op) {
    case program::cmp_op::eq:
      ok = a.intersects(b);
      rel = ok ? (points ? "=" : b.contains(a) ? "∈" : "overlaps") : (points ? "≠" : "∉");
      break;
    case program::cmp_op::ne:
      ok = !(points && a.lo() == b.lo());
      rel = ok ? "≠" : "=";
      break;
    case program::cmp_op::lt:
      ok = a.lo() < b.hi();
      rel = ok ? "<" : "≥";
      break;
    case program::cmp_op::le:
      ok = a.lo() <= b.hi();
      rel = ok ? "≤" : ">";
      break;
    case program::cmp_op::gt:
      ok = a.hi() > b.lo();
      rel = ok ? ">" : "≤";
      break;
    case program::cmp_op::ge:
      ok = a.hi() >= b.lo();
      rel = ok ? "≥" : "<";
      break;
  }
  out.result = ok ? outcome::consistent : outcome::contradicts;
  if (text) out.arithmetic = side(l) + " " + rel + " " + side(r);
  return out;
}

bool holds(const program::comparison& c, const bound& facts) {
  const value l = evaluate(c.lhs, facts, false);
  const value r = evaluate(c.rhs, facts, false);
  if (!l.known() || !r.known() || l.unit != r.unit) return false;
  const interval& a = l.v;
  const interval& b = r.v;
  switch (c.op) {
    case program::cmp_op::eq: return a.lo() == a.hi() && b.lo() == b.hi() && a.lo() == b.lo();
    case program::cmp_op::ne: return !a.intersects(b);
    case program::cmp_op::lt: return a.hi() < b.lo();
    case program::cmp_op::le: return a.hi() <= b.lo();
    case program::cmp_op::gt: return a.lo() > b.hi();
    case program::cmp_op::ge: return a.lo() >= b.hi();
  }
  return false;
}

bool uses(const expr& e, int slot) {
  if (e.op == expr_op::slot && e.slot == slot) return true;
  return std::any_of(e.args.begin(), e.args.end(), [&](const expr& a) { return uses(a, slot); });
}

}  // namespace claimcheck::rules::eval
