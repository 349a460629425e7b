// The cost curve: one database grown through 1k, 10k, 100k, 1M and 10M facts
// (up to --max), and at each point the per-fact ingest cost of the last
// segment, the per-article check latency (in-process, through the facade),
// the whole `claimcheck check` process (wall time and peak RSS), a history
// query, and the size on disk. Facts come from the corpus's fact batches (12
// per synthetic 5 KB article, keys spread over bench::key_count() keys);
// the checked articles are corpus articles about the same country pairs and
// metrics. Ingest is bulk: --batch articles per write transaction (one
// fsync) when the store has add_articles.
//
// Each point also prints the segment's ingest cost in CPU time of the
// ingesting thread and in bytes written (per fact and per commit): wall
// time of this fsync-bound stage swings with the other users of the disk.
//
// Prints ROW lines for the table and one CURVE line per point:
//   CURVE|facts|ns_per_fact|articles_per_s|check_p50_us|check_p90_us|check_p99_us|
//        process_p50_ms|process_rss_mb|history_p50_us|db_mb
// which scripts/plot-curve draws into docs/cost-curve.svg.
//
//   bench_curve [--max N] [--check N] [--cli PATH] [--keep DIR]
#include <CLI/CLI.hpp>

#include <cstdio>
#include <fstream>
#include <optional>

#include "bench/support/corpus.hpp"
#include "bench/support/measure.hpp"
#include "bench/support/stage.hpp"
#include "bench/support/store_batch.hpp"
#include "engine/claimcheck.hpp"
#include "grammar/parse.hpp"

namespace cb = claimcheck::bench;
namespace ce = claimcheck::engine;
namespace cg = claimcheck::grammar;
namespace fs = std::filesystem;

namespace {

double dir_mb(const fs::path& d) {
  std::uintmax_t total = 0;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(d, ec)) {
    if (e.is_regular_file(ec)) total += e.file_size(ec);
  }
  return static_cast<double>(total) / 1e6;
}

// Bytes this process passed to write calls so far (/proc/self/io wchar; 0
// where there is no such file): LMDB writes each dirty page of a commit
// with pwrite/writev, so this over a segment is its write volume.
double written_bytes() {
  std::ifstream io("/proc/self/io");
  std::string name;
  double v = 0;
  while (io >> name >> v) {
    if (name == "wchar:") return v;
  }
  return 0;
}

struct point {
  std::size_t facts = 0;
  double ns_per_fact = 0;
  double cpu_ns_per_fact = 0;  // the ingesting thread's CPU time
  double bytes_per_fact = 0;   // written (pwrite/writev) per fact
  double kb_per_commit = 0;
  double articles_per_s = 0;
  cb::samples check;       // CPU time
  cb::samples check_wall;
  cb::samples process;
  double process_rss = 0;
  cb::samples history;
  double db_mb = 0;
};

}  // namespace

int main(int argc, char** argv) {
  cb::start_child_runner();
  std::size_t max_facts = 100000;
  std::size_t check_n = 50;
  std::size_t process_n = 10;
  std::string cli = cb::default_cli_path();
  std::string keep;
  std::size_t batch_size = 1000;
  cb::corpus_options copts;
  CLI::App app{"Ingest and check cost from 1k to 10M facts"};
  app.add_option("--max", max_facts, "largest database, in facts (1000 .. 10000000)");
  app.add_option("--check", check_n, "articles checked in-process at each point");
  app.add_option("--process", process_n, "whole-process checks at each point");
  app.add_option("--cli", cli, "the claimcheck binary");
  app.add_option("--keep", keep, "build the database in this directory and keep it");
  app.add_option("--seed", copts.seed, "corpus seed");
  app.add_option("--batch", batch_size,
                 "articles per write transaction (when the store has add_articles)");
  CLI11_PARSE(app, argc, argv);
  if (!cb::store_has_batches()) batch_size = 1;
  std::printf("ingest: %s, %zu articles per transaction\n",
              cb::store_has_batches() ? "store::add_articles" : "store::add_article", batch_size);

  std::optional<cb::scratch_dir> scratch;
  fs::path dir;
  if (keep.empty()) {
    scratch.emplace("curve");
    dir = scratch->path();
  } else {
    dir = keep;
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  const fs::path db = dir / "db";

  // The checked articles, read once; one written out for the process runs.
  cb::corpus_options check_opts = copts;
  check_opts.seed ^= 0xc0ffee;
  check_opts.articles = check_n;
  const auto check_articles = cb::make_articles(check_opts);
  std::vector<cg::read_result> inputs;
  for (const auto& a : check_articles) inputs.push_back(cg::read_articles(a.name, a.text));
  cb::write_articles(dir / "check", {check_articles.front()});
  const std::string check_file = (dir / "check" / check_articles.front().name).string();

  std::vector<point> points;
  std::size_t facts = 0;
  std::size_t article_index = 0;
  for (std::size_t target = 1000; target <= max_facts; target *= 10) {
    point p;
    {
      ce::store_options so;
      so.dir = db;
      ce::store s(so);
      double ns = 0;
      double cpu = 0;
      std::size_t commits = 0;
      const double w0 = written_bytes();
      std::size_t seg_facts = 0;
      std::size_t seg_articles = 0;
      std::vector<cb::fact_batch> batch;
      while (facts < target) {
        batch.clear();
        while (facts < target && batch.size() < batch_size) {
          batch.push_back(cb::make_fact_batch(copts, article_index++));
          facts += batch.back().facts.size();
          seg_facts += batch.back().facts.size();
        }
        const double t0 = cb::now_ns();
        const double c0 = cb::cpu_ns();
        seg_articles += cb::add_batches(s, batch);
        ns += cb::now_ns() - t0;
        cpu += cb::cpu_ns() - c0;
        ++commits;
      }
      const double written = written_bytes() - w0;
      p.facts = facts;
      p.ns_per_fact = ns / static_cast<double>(seg_facts);
      p.cpu_ns_per_fact = cpu / static_cast<double>(seg_facts);
      p.bytes_per_fact = written / static_cast<double>(seg_facts);
      p.kb_per_commit = commits > 0 ? written / static_cast<double>(commits) / 1e3 : 0;
      p.articles_per_s = static_cast<double>(seg_articles) / (ns / 1e9);
    }
    {
      ce::options o;
      o.store.dir = db;
      ce::claimcheck cc(o);
      (void)cc.check(inputs.front());  // warm the page cache and the rules
      // CPU time of this thread: on a shared machine wall time also
      // counts the waits for a core (both are printed).
      for (const auto& in : inputs) {
        const double t0 = cb::now_ns();
        const double c0 = cb::cpu_ns();
        const ce::report r = cc.check(in);
        p.check.add(cb::cpu_ns() - c0);
        p.check_wall.add(cb::now_ns() - t0);
      }
      for (std::size_t i = 0; i < 200; ++i) {
        const auto [entity, metric] = cb::key_of((i * 7919) % cb::key_count());
        ce::history_query q;
        q.entity = entity;
        q.metric = metric;
        const double t0 = cb::cpu_ns();
        const auto h = cc.history(q);
        p.history.add(cb::cpu_ns() - t0);
      }
    }
    for (std::size_t i = 0; i < process_n; ++i) {
      const auto r =
          cb::run_child({cli, "--db", db.string(), "--fail-on", "none", "check", check_file});
      if (r.status < 0) break;
      p.process.add(r.wall_ns);
      p.process_rss = std::max(p.process_rss, r.peak_rss_mb);
    }
    p.db_mb = dir_mb(db);
    std::printf(
        "point %zu facts: ingest %.2f us/fact wall, %.2f CPU, %.0f bytes written/fact "
        "(%.0f KB/commit); check wall p50 %.0f us (CPU p50 %.0f us)\n",
        p.facts, p.ns_per_fact / 1e3, p.cpu_ns_per_fact / 1e3, p.bytes_per_fact, p.kb_per_commit,
        p.check_wall.pct(50) / 1e3, p.check.pct(50) / 1e3);
    std::printf("CURVE|%zu|%.1f|%.0f|%.1f|%.1f|%.1f|%.2f|%.1f|%.1f|%.1f\n", p.facts,
                p.ns_per_fact, p.articles_per_s, p.check.pct(50) / 1e3, p.check.pct(90) / 1e3,
                p.check.pct(99) / 1e3, p.process.pct(50) / 1e6, p.process_rss,
                p.history.pct(50) / 1e3, p.db_mb);
    std::fflush(stdout);
    points.push_back(std::move(p));
  }

  // Rows for the table: the 1M point (the size the check, history and size
  // targets name) and the largest point, then flatness across the range.
  // Targets stated at 1M facts get no verdict at other sizes; the process
  // target holds at any size.
  auto rows = [](const point& p) {
    const std::string at = " @" + std::to_string(p.facts);
    const bool at_1m = p.facts >= 1000000 && p.facts < 2000000;
    cb::print_row({"curve: ingest" + at, p.facts, p.articles_per_s, "articles/s", nullptr, "us",
                   1e-3, cb::peak_rss_mb(), ">= 10000 articles/s",
                   p.articles_per_s >= 10000 ? 1 : 0});
    cb::print_row({"curve: check (CPU)" + at, p.check.size(), 0, "-", &p.check, "us", 1e-3,
                   cb::peak_rss_mb(), at_1m ? "p50 < 2 ms" : "(2 ms is at 1M)",
                   at_1m ? (p.check.pct(50) < 2e6 ? 1 : 0) : -1});
    cb::print_row({"curve: check process" + at, p.process.size(), 0, "-", &p.process, "ms", 1e-6,
                   p.process_rss, "p50 < 10 ms, RSS < 50 MB",
                   p.process.pct(50) < 10e6 && p.process_rss < 50 ? 1 : 0});
    cb::print_row({"curve: history (CPU)" + at, p.history.size(), 0, "-", &p.history, "us", 1e-3,
                   cb::peak_rss_mb(), at_1m ? "p50 < 50 us" : "(50 us is at 1M)",
                   at_1m ? (p.history.pct(50) < 50e3 ? 1 : 0) : -1});
    cb::print_row({"curve: db size" + at, p.facts, p.db_mb, "MB", nullptr, "us", 1e-3, 0,
                   at_1m ? "1M facts < 500 MB" : "", at_1m ? (p.db_mb < 500 ? 1 : 0) : -1});
  };
  for (const point& p : points) {
    if (p.facts >= 1000000 && p.facts < 2000000 && &p != &points.back()) rows(p);
  }
  rows(points.back());
  double lo_i = 1e300, hi_i = 0, lo_c = 1e300, hi_c = 0;
  double lo_u = 1e300, hi_u = 0, lo_b = 1e300, hi_b = 0;
  for (const auto& p : points) {
    lo_i = std::min(lo_i, p.ns_per_fact);
    hi_i = std::max(hi_i, p.ns_per_fact);
    lo_u = std::min(lo_u, p.cpu_ns_per_fact);
    hi_u = std::max(hi_u, p.cpu_ns_per_fact);
    lo_b = std::min(lo_b, p.bytes_per_fact);
    hi_b = std::max(hi_b, p.bytes_per_fact);
    lo_c = std::min(lo_c, p.check.pct(50));
    hi_c = std::max(hi_c, p.check.pct(50));
  }
  const double fi = lo_i > 0 ? hi_i / lo_i : 0;
  const double fc = lo_c > 0 ? hi_c / lo_c : 0;
  std::printf("flatness: ingest cost per fact varies %.2fx, check p50 %.2fx over %zu points\n",
              fi, fc, points.size());
  std::printf("flatness: ingest CPU per fact varies %.2fx, bytes written per fact %.2fx\n",
              lo_u > 0 ? hi_u / lo_u : 0, lo_b > 0 ? hi_b / lo_b : 0);
  cb::print_row({"curve: ingest flatness (max/min)", points.size(), fi, "x", nullptr, "us", 1e-3,
                 0, "<= 2x", fi <= 2 ? 1 : 0});
  cb::print_row({"curve: check flatness (max/min)", points.size(), fc, "x", nullptr, "us", 1e-3,
                 0, "<= 2x", fc <= 2 ? 1 : 0});
  return 0;
}
