// The benchmark corpus's articles: sentences drawn from templates about one
// country pair per article, every figure rounded from the hidden truth of
// corpus_data.hpp (or deliberately off, at the contradiction share), laid
// out in the seeds' plain-text format.
#include "bench/support/corpus.hpp"

#include <date/date.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <fstream>

#include "bench/support/corpus_data.hpp"
#include "bench/support/corpus_text.hpp"
#include "engine/model/error.hpp"

namespace claimcheck::bench {

std::uint64_t rng::next() {
  state_ += 0x9e3779b97f4a7c15ULL;
  std::uint64_t z = state_;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

double rng::unit() { return detail::unit_of(next()); }

namespace {

using detail::kCountries;
using detail::kMetrics;

constexpr std::array<std::string_view, 12> kMonthAbbr{
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// The writer of one article: its pair, its publication date, its rng.
class article_writer {
 public:
  article_writer(const corpus_options& opts, std::size_t index)
      : opts_(opts), r_(detail::mix(opts.seed) ^ (index * 0xd1342543de82ef95ULL)) {
    a_ = r_.below(kCountries.size());
    b_ = (a_ + 1 + r_.below(kCountries.size() - 1)) % kCountries.size();
    const int year = 2016 + static_cast<int>(r_.below(9));
    const unsigned month = 1 + static_cast<unsigned>(r_.below(12));
    const unsigned day = 1 + static_cast<unsigned>(r_.below(28));
    published_ = date::year{year} / date::month{month} / date::day{day};
    hour_ = static_cast<int>(r_.below(24));
    minute_ = static_cast<int>(r_.below(60));
    const auto [lo, hi] = std::minmax(a_, b_);
    // Pair index: position of (lo, hi) in the row-major upper triangle.
    const std::size_t n = kCountries.size();
    pair_entity_ = n + lo * (2 * n - lo - 1) / 2 + (hi - lo - 1);
  }

  std::string write();

 private:
  int year() const { return static_cast<int>(published_.year()); }
  const detail::country& ca() const { return kCountries[a_]; }
  const detail::country& cb() const { return kCountries[b_]; }
  std::string pair_phrase();
  std::string figure(std::size_t metric, double value);
  std::string percent(double p);
  double stated_value(std::size_t metric, int y);
  std::string sentence();
  std::string filler();
  std::string date_phrase(int y);

  const corpus_options& opts_;
  rng r_;
  std::size_t a_ = 0, b_ = 0, pair_entity_ = 0;
  date::year_month_day published_{};
  int hour_ = 0, minute_ = 0;
};

std::string article_writer::pair_phrase() {
  switch (r_.below(4)) {
    case 0: return fmt::format("between {} and {}", ca().name, cb().name);
    case 1: return fmt::format("between {} and {}", cb().name, ca().name);
    case 2: return fmt::format("of {} with {}", ca().name, cb().name);
    default: return "between the two countries";
  }
}

// The value of (pair, metric, y) as this article states it: the truth, or
// at the contradiction share a figure 8 to 30 percent off.
double article_writer::stated_value(std::size_t metric, int y) {
  double v = detail::truth(pair_entity_, metric, y);
  if (r_.chance(opts_.contradiction_share)) {
    const double off = 0.08 + 0.22 * r_.unit();
    v *= r_.chance(0.5) ? 1.0 + off : 1.0 - off;
  }
  return v;
}

std::string article_writer::figure(std::size_t metric, double v) {
  switch (kMetrics[metric].unit) {
    case detail::unit_kind::usd:
      if (v >= 1e9) {
        switch (r_.below(5)) {
          case 0: return fmt::format("${:.2f} billion", v / 1e9);
          case 1: return fmt::format("${:.1f} billion", v / 1e9);
          case 2: return fmt::format("{:.2f} billion U.S. dollars", v / 1e9);
          case 3: return fmt::format("USD {:.1f}bn", v / 1e9);
          default: return fmt::format("US${:.2f} billion", v / 1e9);
        }
      }
      if (v >= 1e6) {
        return r_.chance(0.5) ? fmt::format("${:.1f} million", v / 1e6)
                              : fmt::format("{:.0f} million dollars", v / 1e6);
      }
      return "$" + detail::group_digits(static_cast<std::uint64_t>(std::llround(v)));
    case detail::unit_kind::tonnes:
      if (v >= 1e6) {
        switch (r_.below(3)) {
          case 0: return fmt::format("{:.1f} million tonnes", v / 1e6);
          case 1: return fmt::format("{:.2f} million tons", v / 1e6);
          default: return fmt::format("more than {:.0f} million metric tons", std::floor(v / 1e6));
        }
      }
      return detail::group_digits(static_cast<std::uint64_t>(std::llround(v / 1e3) * 1000)) +
             " tonnes";
    case detail::unit_kind::teu:
      if (v >= 1e6) return fmt::format("{:.2f} million TEU", v / 1e6);
      return detail::group_digits(static_cast<std::uint64_t>(std::llround(v / 100) * 100)) +
             " TEU";
    case detail::unit_kind::persons:
      if (v >= 1e6) return fmt::format("{:.1f} million people", v / 1e6);
      return "about " +
             detail::group_digits(static_cast<std::uint64_t>(std::llround(v / 1e3) * 1000)) +
             " people";
    case detail::unit_kind::bcm:
      return fmt::format("{:.1f} billion cubic metres", v / 1e9);
  }
  return {};
}

std::string article_writer::percent(double p) {
  const double a = std::fabs(p) * 100;
  switch (r_.below(3)) {
    case 0: return fmt::format("{:.1f} percent", a);
    case 1: return fmt::format("{:.1f}%", a);
    default: return fmt::format("{:.1f} per cent", a);
  }
}

std::string article_writer::date_phrase(int y) {
  const unsigned m = 1 + static_cast<unsigned>(r_.below(12));
  const unsigned d = 1 + static_cast<unsigned>(r_.below(28));
  const date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
  unsigned wd = date::weekday{date::sys_days{ymd}}.c_encoding();
  if (r_.chance(opts_.contradiction_share)) wd = (wd + 1) % 7;  // a wrong weekday
  switch (r_.below(4)) {
    case 0: return fmt::format("{}, {} {}, {}", detail::kWeekdays[wd], detail::kMonths[m - 1], d, y);
    case 1: return fmt::format("{} {}, {}", detail::kMonths[m - 1], d, y);
    case 2: return fmt::format("{} {} {}", d, detail::kMonths[m - 1], y);
    default: return fmt::format("{} {}", detail::kMonths[m - 1], d);
  }
}

std::string article_writer::filler() {
  const auto& t = detail::kFillers[r_.below(detail::kFillers.size())];
  return fmt::format(fmt::runtime(t), fmt::arg("a", ca().name), fmt::arg("b", cb().name),
                     fmt::arg("adj", ca().adjective), fmt::arg("cap", ca().capital),
                     fmt::arg("capb", cb().capital));
}

std::string article_writer::sentence() {
  const std::size_t metric = r_.below(kMetrics.size());
  const int y = year() - 1 - static_cast<int>(r_.below(4));
  const double v = stated_value(metric, y);
  const double g = detail::truth(pair_entity_, metric, y) /
                       detail::truth(pair_entity_, metric, y - 1) - 1.0;
  const std::string_view up = g >= 0 ? detail::kUp[r_.below(detail::kUp.size())]
                                     : detail::kDown[r_.below(detail::kDown.size())];
  const auto& ph = kMetrics[metric].phrase;
  const auto& src = detail::kSources[r_.below(detail::kSources.size())];
  switch (r_.below(11)) {
    case 0:
      return fmt::format("In {}, the {} {} {} {} year-on-year to {}, {}.", y, ph, pair_phrase(), up,
                         percent(g), figure(metric, v), src);
    case 1:
      return fmt::format("{} {} with {} reached {} in {}, {} {} from a year earlier.",
                         ca().adjective, ph, cb().name, figure(metric, v), y,
                         g >= 0 ? "up" : "down", percent(g));
    case 2:
      return fmt::format("The {} {} stood at {} in the first half of {}, officials in {} said on {}.",
                         ph, pair_phrase(), figure(metric, v * 0.48), y, ca().capital,
                         detail::kWeekdays[r_.below(7)]);
    case 3: {
      // A fold only where the series did grow at least twofold.
      const int span = 10 + static_cast<int>(r_.below(21));
      const double fold = detail::truth(pair_entity_, metric, y) /
                          detail::truth(pair_entity_, metric, y - span);
      if (fold < 2) return filler();
      return fmt::format("Over the past {} years, the {} has increased more than {}-fold, reaching {} in {}.",
                         span, ph, std::floor(fold), figure(metric, v), y);
    }
    case 4:
      return fmt::format("In the first quarter of {}, {} {} {} to {}, {}.", y, ph, pair_phrase(), up,
                         figure(metric, v * 0.23), src);
    case 5:
      return fmt::format("Last year the {} {} came to {}, and the figure for {} was {}.", ph,
                         pair_phrase(), figure(metric, stated_value(metric, year() - 1)), y - 1,
                         figure(metric, stated_value(metric, y - 1)));
    case 6:
      return fmt::format("{} expects the {} to reach {} by {}, the minister told reporters on {}.",
                         ca().name, ph, figure(metric, v * 1.6), year() + 3 + r_.below(6),
                         detail::kWeekdays[r_.below(7)]);
    case 7:
      return fmt::format("The {} round of talks on {} will open on {} in {}.",
                         detail::kOrdinals[r_.below(detail::kOrdinals.size())], ph,
                         date_phrase(year()), cb().capital);
    case 8:
      return fmt::format("{} and {} established diplomatic relations in {}, and {} marks the {} anniversary of that step.",
                         ca().name, cb().name, 1992, year(),
                         detail::ordinal_suffix(year() - 1992));
    case 9:
      return fmt::format("In {} {} the {} {} {} to {}, {} {} compared with {} {}.",
                         detail::kMonths[r_.below(12)], y, ph, pair_phrase(), up,
                         figure(metric, v / 12), g >= 0 ? "up" : "down", percent(g),
                         "the same month of", y - 1);
    default:
      return fmt::format("Between January and September {}, {} accounted for {} of {} {}.", y,
                         cb().name, percent(0.05 + 0.3 * r_.unit()), ca().adjective, ph);
  }
}

std::string article_writer::write() {
  std::string out;
  out.reserve(opts_.article_bytes + 512);
  const auto& t = detail::kTitles[r_.below(detail::kTitles.size())];
  out += fmt::format(fmt::runtime(t), fmt::arg("a", ca().name), fmt::arg("b", cb().name),
                     fmt::arg("adj", ca().adjective), fmt::arg("cap", ca().capital),
                     fmt::arg("y", year()));
  const int h12 = hour_ % 12 == 0 ? 12 : hour_ % 12;
  out += fmt::format("\nPublished: {} {:02}, {} {:02}:{:02} {}\n\n",
                     kMonthAbbr[static_cast<unsigned>(published_.month()) - 1],
                     static_cast<unsigned>(published_.day()), year(), h12, minute_,
                     hour_ < 12 ? "AM" : "PM");
  // Paragraphs of two to four sentences, about 45 percent of them with
  // figures, until the article reaches its size.
  while (out.size() + 150 < opts_.article_bytes) {
    const std::uint64_t n = 2 + r_.below(3);
    for (std::uint64_t k = 0; k < n; ++k) {
      if (k > 0) out += ' ';
      out += r_.chance(0.45) ? sentence() : filler();
    }
    out += "\n\n";
  }
  out.pop_back();
  return out;
}

}  // namespace

corpus_article make_article(const corpus_options& opts, std::size_t i) {
  return {fmt::format("{:06}.txt", i), article_writer(opts, i).write()};
}

std::vector<corpus_article> make_articles(const corpus_options& opts) {
  std::vector<corpus_article> out;
  out.reserve(opts.articles);
  for (std::size_t i = 0; i < opts.articles; ++i) out.push_back(make_article(opts, i));
  return out;
}

engine::article as_article(const corpus_article& c) {
  engine::article a;
  a.path = c.name;
  a.format = "text";
  a.text = c.text;
  const auto nl = c.text.find('\n');
  a.title = c.text.substr(0, nl);
  const auto nl2 = c.text.find('\n', nl + 1);
  a.published_text = c.text.substr(nl + 12, nl2 - nl - 12);  // after "Published: "
  // "Mon DD, YYYY": month abbreviation, day, year.
  const std::string_view p = a.published_text;
  const auto m = static_cast<unsigned>(
      std::find(kMonthAbbr.begin(), kMonthAbbr.end(), p.substr(0, 3)) - kMonthAbbr.begin() + 1);
  const unsigned d = static_cast<unsigned>(std::stoi(std::string(p.substr(4, 2))));
  const int y = std::stoi(std::string(p.substr(8, 4)));
  a.published = date::sys_days{date::year{y} / date::month{m} / date::day{d}};
  a.id = engine::make_article_id(a);
  return a;
}

std::size_t write_articles(const std::filesystem::path& dir,
                           const std::vector<corpus_article>& articles) {
  std::filesystem::create_directories(dir);
  std::size_t bytes = 0;
  for (const auto& a : articles) {
    std::ofstream out(dir / a.name, std::ios::binary);
    out.write(a.text.data(), static_cast<std::streamsize>(a.text.size()));
    if (!out) throw error(error_code::io, (dir / a.name).string(), "cannot write");
    bytes += a.text.size();
  }
  return bytes;
}

}  // namespace claimcheck::bench
