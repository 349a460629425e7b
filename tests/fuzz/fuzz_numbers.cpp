// Fuzz target (2): number and date conversion. Every value the scanner
// accepts is finite (or an infinite interval bound from a qualifier), the
// point value lies in its interval, the matched text scanned on its own is
// one mention with the same value, plain decimal numbers agree with
// std::from_chars, and day dates agree with the date library.
#include <date/date.h>

#include <array>
#include <charconv>
#include <cmath>
#include <string>

#include "grammar/mention.hpp"
#include "tests/fuzz/harness.hpp"

namespace claimcheck::fuzz {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "1234", "1,234,567", "12.5", "1,234.75": digits, optional groups of three
// after commas, optional decimals. Returns the text without commas, or "".
std::string plain_number(std::string_view s) {
  std::size_t i = 0;
  std::string out;
  while (i < s.size() && is_digit(s[i])) out += s[i++];
  if (out.empty()) return {};
  const bool grouped = i < s.size() && s[i] == ',';
  if (grouped && out.size() > 3) return {};
  while (i < s.size() && s[i] == ',') {
    for (std::size_t k = 1; k <= 3; ++k) {
      if (i + k >= s.size() || !is_digit(s[i + k])) return {};
      out += s[i + k];
    }
    i += 4;
  }
  if (i < s.size() && s[i] == '.') {
    out += '.';
    ++i;
    const std::size_t start = i;
    while (i < s.size() && is_digit(s[i])) out += s[i++];
    if (i == start) return {};
  }
  return i == s.size() ? out : std::string();
}

// "2023-03-10" or "March 10, 2023": the calendar date as written (not
// necessarily valid), or nullopt.
std::optional<date::year_month_day> written_date(std::string_view s) {
  auto num = [](std::string_view t) {
    int v = 0;
    auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    return ec == std::errc() && p == t.data() + t.size() ? std::optional<int>(v) : std::nullopt;
  };
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    auto y = num(s.substr(0, 4));
    auto m = num(s.substr(5, 2));
    auto d = num(s.substr(8, 2));
    if (y && m && d) {
      return date::year{*y} / date::month(static_cast<unsigned>(*m)) /
             date::day(static_cast<unsigned>(*d));
    }
    return std::nullopt;
  }
  static constexpr std::array<std::string_view, 12> kMonths{
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  for (unsigned i = 0; i < kMonths.size(); ++i) {
    const auto& name = kMonths[i];
    if (s.size() <= name.size() + 1 || s.substr(0, name.size()) != name || s[name.size()] != ' ') {
      continue;
    }
    const std::string_view rest = s.substr(name.size() + 1);
    const std::size_t comma = rest.find(", ");
    if (comma == std::string_view::npos) return std::nullopt;
    auto d = num(rest.substr(0, comma));
    auto y = num(rest.substr(comma + 2));
    if (d && y && rest.substr(comma + 2).size() == 4) {
      return date::year{*y} / date::month(i + 1) / date::day(static_cast<unsigned>(*d));
    }
    return std::nullopt;
  }
  return std::nullopt;
}

bool same_number(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  if (a == b) return true;
  return std::fabs(a - b) <= 1e-12 * std::fmax(std::fabs(a), std::fabs(b));
}

void check_value(const grammar::mention& m, const std::string& text) {
  const auto& v = m.value.value;
  const std::string where = "\"" + text + "\"";
  if (!v.empty()) {
    require(!std::isnan(v.lo()) && !std::isnan(v.hi()), where + ": NaN interval bound");
    require(v.lo() <= v.hi(), where + ": interval lo > hi");
  }
  const double x = m.value.number;
  require(std::isnan(x) || std::isfinite(x), where + ": infinite point value");
  if (std::isfinite(x) && !v.empty()) {
    const double slack = 1e-9 * std::fabs(x);
    require(v.lo() - slack <= x && x <= v.hi() + slack, where + ": value outside its interval " +
                                                            v.str());
  }
}

}  // namespace

int numbers(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  grammar::scan_options opts;
  opts.reference = date::sys_days(date::year{2023} / 3 / 10);
  for (const auto& m : grammar::scan_mentions(text, opts)) {
    require(m.start < m.end && m.end <= text.size(), "mention span outside the text");
    if (!m.error.empty()) continue;  // recognised, rejected with a reason
    const std::string matched(text.substr(m.start, m.end - m.start));
    if (grammar::is_numeric(m.type) || m.type == grammar::mention_type::duration) {
      check_value(m, matched);
      // The matched text alone must be one mention, of the whole text, with
      // the same value when it has the same type.
      const auto again = grammar::scan_mentions(matched, opts);
      require(!again.empty() && again.front().start == 0 && again.front().end == matched.size(),
              "\"" + matched + "\" does not re-scan as one mention");
      if (again.front().type == m.type && again.front().error.empty()) {
        require(same_number(again.front().value.number, m.value.number) &&
                    again.front().value.unit == m.value.unit,
                "\"" + matched + "\" re-scans to another value");
      }
      if (m.type == grammar::mention_type::number) {
        const std::string plain = plain_number(matched);
        if (!plain.empty()) {
          double expect = 0;
          auto [p, ec] = std::from_chars(plain.data(), plain.data() + plain.size(), expect);
          if (ec == std::errc() && p == plain.data() + plain.size()) {
            require(same_number(expect, m.value.number),
                    "\"" + matched + "\" is " + std::to_string(expect) + " by from_chars, " +
                        std::to_string(m.value.number) + " by the grammar");
          }
        }
      }
    }
    if (m.when) {
      require(m.when->first <= m.when->last, "\"" + matched + "\": period ends before it starts");
      if (m.type == grammar::mention_type::date && !m.relative) {
        if (auto ymd = written_date(matched)) {
          require(ymd->ok(), "\"" + matched + "\" is not a calendar date but has no error");
          require(m.when->first == date::sys_days(*ymd) && m.when->last == m.when->first,
                  "\"" + matched + "\" resolves to " + m.when->str());
        }
      }
    }
  }
  return 0;
}

}  // namespace claimcheck::fuzz
