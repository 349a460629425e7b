// The deterministic benchmark corpus: news-like articles in the seeds' plain
// text shape (title line, "Published: Mon DD, YYYY HH:MM AM" line, body)
// about the trade and transport of country pairs, with money, percentages,
// year-on-year changes, folds, tonnes, containers, dates and periods, plus
// the facts those articles state, generated directly for the store and rules
// benchmarks. Every figure comes from one hidden "truth" per (entity,
// metric, year), so articles agree with each other, except for a controlled
// share of statements that are deliberately off (contradictions).
//
// The same seed and options give byte-identical output on every machine
// (own PRNG, no std distributions, no locale).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "engine/model/article.hpp"
#include "engine/model/fact.hpp"

namespace claimcheck::bench {

// splitmix64: small, fast, identical everywhere.
class rng {
 public:
  explicit rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next();
  // Uniform in [0, n); n > 0.
  std::uint64_t below(std::uint64_t n) { return next() % n; }
  // Uniform in [0, 1).
  double unit();
  bool chance(double p) { return unit() < p; }

 private:
  std::uint64_t state_;
};

struct corpus_options {
  std::uint64_t seed = 20221028;
  std::size_t articles = 200;
  std::size_t article_bytes = 5000;     // target size of one article
  double contradiction_share = 0.05;    // share of figures stated wrongly
  // Fact batches only: how many (entity, metric) keys the facts spread
  // over; 0 gives key_count() (about 100 facts per key at 1M facts).
  std::size_t keys = 0;
};

struct corpus_article {
  std::string name;  // "000042.txt"
  std::string text;  // the whole file
};

// Articles in the seeds' plain-text format, each about article_bytes long.
[[nodiscard]] std::vector<corpus_article> make_articles(const corpus_options& opts);
// One article (index i of the corpus of these options).
[[nodiscard]] corpus_article make_article(const corpus_options& opts, std::size_t i);
// The articles as the grammar's reader would give them (id, title,
// published, text) without going through the reader.
[[nodiscard]] engine::article as_article(const corpus_article& a);

// Writes the articles as files into dir (created); returns the bytes written.
std::size_t write_articles(const std::filesystem::path& dir,
                           const std::vector<corpus_article>& articles);

// Facts as claim assembly would give them for a synthetic article: levels
// and year-on-year changes of (entity, metric, year/quarter) with the
// corpus's truth values and the same share of contradictions. `first` is
// the index of the first article; ids and provenance are set.
struct fact_batch {
  engine::article meta;
  std::vector<engine::fact> facts;
};
// facts_per_article facts for article number i (about 12 for a 5 KB article).
[[nodiscard]] fact_batch make_fact_batch(const corpus_options& opts, std::size_t i,
                                         std::size_t facts_per_article = 12);

// Countries and country pairs times metrics: the default key space.
[[nodiscard]] std::size_t key_count();
// The entity and metric of key k (beyond the country pairs, entities are
// synthetic organisations "org:NNNNNN").
[[nodiscard]] std::pair<std::string, std::string> key_of(std::size_t k);

}  // namespace claimcheck::bench
