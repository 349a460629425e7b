// Fact batches for the store and rules benchmarks: what claim assembly would
// give for one synthetic article, without the cost of parsing it. Keys are
// (entity, metric) pairs spread uniformly over the key space; periods are
// years 1990..2024 and their quarters, so a key of a 1M-fact history holds
// about 100 facts over as many periods.
#include <fmt/format.h>

#include <cmath>

#include "bench/support/corpus.hpp"
#include "bench/support/corpus_data.hpp"
#include "bench/support/corpus_text.hpp"

namespace claimcheck::bench {
namespace {

using detail::kCountries;
using detail::kMetrics;

std::string entity_name(std::size_t e) {
  const std::size_t n = kCountries.size();
  if (e < n) return std::string(kCountries[e].iso3);
  if (e < detail::kEntities) {
    // Invert the row-major upper-triangle index of a pair.
    std::size_t idx = e - n;
    std::size_t lo = 0;
    while (idx >= n - lo - 1) {
      idx -= n - lo - 1;
      ++lo;
    }
    const std::size_t hi = lo + 1 + idx;
    std::string x(kCountries[lo].iso3);
    std::string y(kCountries[hi].iso3);
    return x < y ? x + "+" + y : y + "+" + x;
  }
  return fmt::format("org:{:06}", e - detail::kEntities);
}

// Rounds v to three significant digits and returns its stated interval and
// text ("31.2 billion").
engine::quantity stated_quantity(double v, detail::unit_kind u) {
  const double mag = std::pow(10.0, std::floor(std::log10(std::fabs(v))) - 2);
  const double r = std::round(v / mag) * mag;
  engine::quantity q;
  q.value = engine::interval::closed(r - mag / 2, r + mag / 2);
  q.number = r;
  switch (u) {
    case detail::unit_kind::usd: q.unit = "USD"; break;
    case detail::unit_kind::tonnes: q.unit = "t"; break;
    case detail::unit_kind::teu: q.unit = "TEU"; break;
    case detail::unit_kind::persons: q.unit = "persons"; break;
    case detail::unit_kind::bcm: q.unit = "m3"; break;
  }
  q.stated = r >= 1e9   ? fmt::format("{:.3g} billion", r / 1e9)
             : r >= 1e6 ? fmt::format("{:.3g} million", r / 1e6)
                        : fmt::format("{:.0f}", r);
  return q;
}

}  // namespace

std::size_t key_count() { return detail::kEntities * kMetrics.size(); }

std::pair<std::string, std::string> key_of(std::size_t k) {
  return {entity_name(k / kMetrics.size()), std::string(kMetrics[k % kMetrics.size()].key)};
}

fact_batch make_fact_batch(const corpus_options& opts, std::size_t i,
                           std::size_t facts_per_article) {
  rng r(detail::mix(opts.seed ^ 0x5bd1e995ULL) ^ (i * 0x9fb21c651e98df25ULL));
  const std::size_t keys = opts.keys == 0 ? key_count() : opts.keys;
  fact_batch b;
  const int pub_year = 2016 + static_cast<int>(r.below(9));
  const auto pub = date::year{pub_year} / date::month{1 + static_cast<unsigned>(r.below(12))} /
                   date::day{1 + static_cast<unsigned>(r.below(28))};
  b.meta.path = fmt::format("synthetic/{:08}.txt", i);
  b.meta.format = "text";
  b.meta.title = fmt::format("Synthetic article {}", i);
  b.meta.published = date::sys_days{pub};
  b.meta.published_text = fmt::format("{}", i);
  if (opts.article_bytes > 0) b.meta.text = make_article(opts, i % 4096).text;
  b.meta.text += fmt::format("\n[{}]", i);  // distinct content, distinct id
  b.meta.id = engine::make_article_id(b.meta);

  // An article is about two or three keys.
  const std::size_t nkeys = 2 + r.below(2);
  std::array<std::size_t, 3> ks{};
  for (std::size_t k = 0; k < nkeys; ++k) ks[k] = r.below(keys);
  b.facts.reserve(facts_per_article);
  for (std::size_t j = 0; j < facts_per_article; ++j) {
    const std::size_t key = ks[j % nkeys];
    const std::size_t entity = key / kMetrics.size();
    const std::size_t metric = key % kMetrics.size();
    engine::fact f;
    f.article = b.meta.id;
    std::tie(f.entity, f.metric) = key_of(key);
    const int y = 1990 + static_cast<int>(r.below(static_cast<std::uint64_t>(pub_year - 1990)));
    const bool quarter = r.chance(0.4);
    const unsigned q = 1 + static_cast<unsigned>(r.below(4));
    f.when = quarter ? engine::period::quarter(date::year{y}, q, fmt::format("Q{} {}", q, y))
                     : engine::period::year(date::year{y}, std::to_string(y));
    double v = detail::truth(entity, metric, y);
    if (quarter) v = v / 4 * (0.85 + 0.3 * detail::unit_of(detail::mix(key * 8 + q + 0x100 * static_cast<unsigned>(y))));
    if (j % 4 == 3 && !quarter) {
      f.kind = engine::fact_kind::change;
      f.basis = "yoy";
      const double g = v / detail::truth(entity, metric, y - 1) - 1.0;
      const double pct = std::round(g * 1000) / 10;
      f.value.value = engine::interval::closed(pct - 0.05, pct + 0.05);
      f.value.number = pct;
      f.value.unit = "%";
      f.value.stated = fmt::format("{:.1f} percent", pct);
    } else {
      if (r.chance(opts.contradiction_share)) v *= r.chance(0.5) ? 1.2 : 0.8;
      f.value = stated_quantity(v, kMetrics[metric].unit);
    }
    f.attribution = j % 3 == 0 ? std::string(detail::kSources[r.below(detail::kSources.size())]) : "";
    f.source.line = static_cast<unsigned>(4 + 2 * j);
    f.source.column = 1;
    f.source.start = 200 + j * 380;
    f.source.end = f.source.start + 160;
    f.source.sentence = fmt::format("In {}, the {} of {} came to {}, {}.", f.when.label,
                                    kMetrics[metric].phrase, f.entity, f.value.stated,
                                    detail::kSources[j % detail::kSources.size()]);
    f.tense = -1;
    f.published = b.meta.published;
    f.id = engine::make_fact_id(f);
    b.facts.push_back(std::move(f));
  }
  return b;
}

}  // namespace claimcheck::bench
