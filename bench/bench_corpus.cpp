// Writes the deterministic benchmark corpus to a directory, one article per
// file in the seeds' plain-text format, for the peer comparison
// (scripts/bench-peers) and for whole-process runs of the CLI. Not a
// benchmark itself: scripts/bench runs it only to make inputs.
//   bench_corpus --out DIR [--articles N] [--size BYTES] [--seed S]
#include <CLI/CLI.hpp>

#include <cstdio>

#include "bench/support/corpus.hpp"

int main(int argc, char** argv) {
  claimcheck::bench::corpus_options opts;
  std::string out;
  CLI::App app{"Writes the benchmark corpus"};
  app.add_option("--out", out, "directory to write (created)")->required();
  app.add_option("--articles", opts.articles, "number of articles");
  app.add_option("--size", opts.article_bytes, "target bytes per article");
  app.add_option("--seed", opts.seed, "generator seed");
  app.add_option("--contradictions", opts.contradiction_share, "share of figures stated wrongly");
  CLI11_PARSE(app, argc, argv);
  const auto articles = claimcheck::bench::make_articles(opts);
  const std::size_t bytes = claimcheck::bench::write_articles(out, articles);
  std::printf("%zu articles, %zu bytes in %s\n", articles.size(), bytes, out.c_str());
  return 0;
}
