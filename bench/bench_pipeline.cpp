// One benchmark per pipeline stage on the deterministic corpus: mention scan,
// fact extraction, ingest (facade and store alone), check against history,
// history query, audit, export/import when the store has them, and the
// claimcheck process itself (start-up, whole `check`). Each stage prints a
// ROW line (bench/support/measure.hpp) with throughput, latency percentiles
// and peak memory; scripts/bench turns them into a table.
//
//   bench_pipeline [--articles N] [--size BYTES] [--min-time S] [--stage NAME]
//                  [--once] [--cli PATH]
// --stage runs one stage only; --once does one pass (for callgrind, which
// counts only the measured work: see bench/support/stage.hpp).
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>

#include "bench/support/corpus.hpp"
#include "bench/support/measure.hpp"
#include "bench/support/stage.hpp"
#include "bench/support/store_batch.hpp"
#include "bench/support/transfer_stage.hpp"
#include "engine/claimcheck.hpp"
#include "grammar/mention.hpp"
#include "grammar/parse.hpp"

namespace cb = claimcheck::bench;
namespace ce = claimcheck::engine;
namespace cg = claimcheck::grammar;

namespace {

struct config {
  cb::corpus_options corpus;
  double min_time = 0.3;  // seconds of repeated passes for throughput stages
  std::string only;       // one stage
  bool once = false;
  std::string cli = cb::default_cli_path();
  std::string corpus_dir;  // read *.txt from here instead of generating
  std::string db;          // an existing database for check/history/audit
};

struct context {
  config cfg;
  std::vector<cb::corpus_article> files;  // the corpus, as files
  std::size_t bytes = 0;
  std::optional<cb::scratch_dir> scratch; // owns the ingest stage's database
  std::filesystem::path db;               // the database of the later stages
  std::vector<cb::corpus_article> fresh;  // articles not in the db, for check
};

bool wanted(const config& c, std::string_view stage) { return c.only.empty() || c.only == stage; }

double mb(std::size_t bytes) { return static_cast<double>(bytes) / 1e6; }

// Repeats pass() until min_time of CPU time has passed (at least once);
// returns the total bytes processed and the thread's CPU time. Passes add
// per-article samples (CPU time too).
template <class Pass>
std::pair<std::size_t, double> repeat(const config& c, Pass pass) {
  std::size_t bytes = 0;
  double total = 0;
  const double w0 = cb::now_ns();
  do {
    const double t0 = cb::cpu_ns();
    bytes += pass();
    total += cb::cpu_ns() - t0;
  } while (!c.once && total < c.min_time * 1e9);
  const double wall = cb::now_ns() - w0;
  std::printf("  (%.2f s CPU, %.2f s wall: %.0f%% of a core)\n", total / 1e9, wall / 1e9,
              100.0 * total / wall);
  return {bytes, total};
}

void stage_scan(context& ctx) {
  std::vector<ce::article> arts;
  for (const auto& f : ctx.files) arts.push_back(cb::as_article(f));
  cb::samples lat;
  std::size_t mentions = 0;
  bool first = true;
  CLAIMCHECK_BENCH_START();
  auto [bytes, ns] = repeat(ctx.cfg, [&] {
    std::size_t b = 0;
    for (const auto& a : arts) {
      cg::scan_options o;
      o.reference = a.published;
      const double t0 = cb::cpu_ns();
      const auto m = cg::scan_mentions(a.text, o);
      lat.add(cb::cpu_ns() - t0);
      if (first) mentions += m.size();
      b += a.text.size();
    }
    first = false;
    return b;
  });
  CLAIMCHECK_BENCH_STOP();
  const double rate = mb(bytes) / (ns / 1e9);
  std::printf("scan: %zu mentions in %zu articles (%.1f per KB)\n", mentions, arts.size(),
              static_cast<double>(mentions) / (mb(ctx.bytes) * 1e3));
  // The corpus states figures about 2.8 times as densely as the seed
  // articles: a stress measure. The 200 MB/s target is on news text
  // (bench_mentions; scripts/bench prints its rows beside these).
  cb::print_row({"mention scan, dense corpus (CPU time)", arts.size(), rate, "MB/s", &lat, "us", 1e-3,
                 cb::peak_rss_mb(), "", -1});
}

void stage_extract(context& ctx) {
  cb::samples lat;
  std::size_t facts = 0;
  bool first = true;
  CLAIMCHECK_BENCH_START();
  auto [bytes, ns] = repeat(ctx.cfg, [&] {
    std::size_t b = 0;
    for (const auto& f : ctx.files) {
      const double t0 = cb::cpu_ns();
      const cg::read_result r = cg::read_articles(f.name, f.text);
      for (const auto& a : r.articles) {
        const cg::parse_result p = cg::parse_claims(a);
        if (first) facts += p.facts.size();
      }
      lat.add(cb::cpu_ns() - t0);
      b += f.text.size();
    }
    first = false;
    return b;
  });
  CLAIMCHECK_BENCH_STOP();
  const double rate = mb(bytes) / (ns / 1e9);
  std::printf("extract: %zu facts from %zu articles\n", facts, ctx.files.size());
  // Dense corpus, as for the scan: the 50 MB/s target is on news text
  // (bench_extract rows in scripts/bench).
  cb::print_row({"fact extraction, dense corpus (CPU time)", ctx.files.size(), rate, "MB/s", &lat, "us",
                 1e-3, cb::peak_rss_mb(), "", -1});
}

ce::options engine_opts(const std::filesystem::path& dir) {
  ce::options o;
  o.store.dir = dir;
  return o;
}

// Ingest through the facade: the corpus in one call, as `claimcheck ingest
// DIR` does (the facade commits in batches when it can), then 50 further
// articles one call each (the per-article latency a feed of single
// articles sees). Leaves the database for the later stages.
void stage_ingest(context& ctx) {
  ctx.scratch.emplace("pipeline");
  ctx.db = ctx.scratch->path() / "db";
  cg::read_result all;
  for (const auto& f : ctx.files) {
    cg::read_result r = cg::read_articles(f.name, f.text);
    for (auto& a : r.articles) all.articles.push_back(std::move(a));
  }
  cb::corpus_options more = ctx.cfg.corpus;
  more.seed ^= 0xbeef;
  more.articles = ctx.cfg.once ? 5 : 50;
  std::vector<cg::read_result> singles;
  for (const auto& f : cb::make_articles(more)) singles.push_back(cg::read_articles(f.name, f.text));
  ce::claimcheck cc(engine_opts(ctx.db));
  CLAIMCHECK_BENCH_START();
  const double t0 = cb::now_ns();
  const double c0 = cb::cpu_ns();
  {
    const ce::report r = cc.ingest(all);
  }
  const double cpu = cb::cpu_ns() - c0;
  const double ns = cb::now_ns() - t0;
  cb::samples lat;
  for (const auto& in : singles) {
    const double t1 = cb::now_ns();
    const ce::report r = cc.ingest(in);
    lat.add(cb::now_ns() - t1);
  }
  CLAIMCHECK_BENCH_STOP();
  const double rate = static_cast<double>(all.articles.size()) / (ns / 1e9);
  const auto st = cc.db().stats();
  std::printf("ingest: %zu articles in one call: %.0f articles/s wall, %.0f per CPU second; "
              "store holds %llu articles, %llu facts, %llu bytes used\n",
              all.articles.size(), rate, static_cast<double>(all.articles.size()) / (cpu / 1e9),
              static_cast<unsigned long long>(st.articles),
              static_cast<unsigned long long>(st.facts),
              static_cast<unsigned long long>(st.used_bytes));
  cb::print_row({"ingest (facade, one call)", all.articles.size(), rate, "articles/s", nullptr,
                 "us", 1e-3, cb::peak_rss_mb(), ">= 10000 articles/s", rate >= 10000 ? 1 : 0});
  cb::print_row({"ingest (facade, one per call)", singles.size(),
                 static_cast<double>(singles.size()) / (lat.sum() / 1e9), "articles/s", &lat, "us",
                 1e-3, cb::peak_rss_mb(), "", -1});
}

// The store alone: fact batches as claim assembly would give them, first
// one write transaction (one fsync) per article for at most --min-time x 5
// seconds, then in bulk (store::add_articles, 1000 per transaction) when the
// store has it.
void stage_store_ingest(context& ctx) {
  cb::scratch_dir dir("store");
  ce::store_options so;
  so.dir = dir.path() / "db";
  ce::store s(so);
  const std::size_t n = ctx.cfg.once ? 200 : 20000;
  std::vector<cb::fact_batch> batches;
  for (std::size_t i = 0; i < n; ++i) batches.push_back(cb::make_fact_batch(ctx.cfg.corpus, i));
  {
    cb::samples lat;
    std::size_t facts = 0;
    std::size_t done = 0;
    CLAIMCHECK_BENCH_START();
    const double t0 = cb::now_ns();
    for (const auto& b : batches) {
      const double t1 = cb::now_ns();
      s.add_article(b.meta, b.facts, {}, {});
      lat.add(cb::now_ns() - t1);
      facts += b.facts.size();
      ++done;
      if (ctx.cfg.once ? done == 20 : t1 - t0 > ctx.cfg.min_time * 5e9) break;
    }
    const double ns = cb::now_ns() - t0;
    CLAIMCHECK_BENCH_STOP();
    const double rate = static_cast<double>(done) / (ns / 1e9);
    std::printf("store ingest, one transaction per article: %zu articles, %zu facts, %.0f facts/s\n",
                done, facts, static_cast<double>(facts) / (ns / 1e9));
    cb::print_row({"ingest (store, txn/article)", done, rate, "articles/s", &lat, "us", 1e-3,
                   cb::peak_rss_mb(), ">= 10000 articles/s", rate >= 10000 ? 1 : 0});
  }
  if (!cb::store_has_batches()) {
    std::printf("store ingest: the store has no add_articles (bulk) yet\n");
    return;
  }
  const std::span<const cb::fact_batch> rest(batches.data() + (ctx.cfg.once ? 20 : 0),
                                             batches.size() - (ctx.cfg.once ? 20 : 0));
  cb::samples lat;
  std::size_t done = 0;
  std::size_t facts = 0;
  const std::size_t per = 1000;
  CLAIMCHECK_BENCH_START();
  const double t0 = cb::now_ns();
  for (std::size_t i = 0; i < rest.size(); i += per) {
    const auto chunk = rest.subspan(i, std::min(per, rest.size() - i));
    const double t1 = cb::now_ns();
    done += cb::add_batches(s, chunk);
    lat.add((cb::now_ns() - t1) / static_cast<double>(chunk.size()));
    for (const auto& b : chunk) facts += b.facts.size();
  }
  const double ns = cb::now_ns() - t0;
  CLAIMCHECK_BENCH_STOP();
  const double rate = static_cast<double>(done) / (ns / 1e9);
  std::printf("store ingest, bulk (%zu per transaction): %zu articles, %.0f facts/s\n", per, done,
              static_cast<double>(facts) / (ns / 1e9));
  cb::print_row({"ingest (store, bulk)", done, rate, "articles/s", &lat, "us", 1e-3,
                 cb::peak_rss_mb(), ">= 10000 articles/s", rate >= 10000 ? 1 : 0});
}

void stage_check(context& ctx) {
  if (ctx.db.empty()) return;
  ce::claimcheck cc(engine_opts(ctx.db));
  std::vector<cg::read_result> inputs;
  for (const auto& f : ctx.fresh) inputs.push_back(cg::read_articles(f.name, f.text));
  cb::samples lat;
  cb::samples wall;
  std::size_t findings = 0;
  CLAIMCHECK_BENCH_START();
  const double t0 = cb::now_ns();
  for (const auto& in : inputs) {
    const double t1 = cb::now_ns();
    const double c1 = cb::cpu_ns();
    const ce::report r = cc.check(in);
    lat.add(cb::cpu_ns() - c1);
    wall.add(cb::now_ns() - t1);
    findings += r.findings.size();
  }
  const double ns = cb::now_ns() - t0;
  CLAIMCHECK_BENCH_STOP();
  const auto st = cc.db().stats();
  std::printf("check: %zu articles against %llu facts, %zu findings; wall p50 %.0f us\n",
              inputs.size(), static_cast<unsigned long long>(st.facts), findings,
              wall.pct(50) / 1e3);
  cb::print_row({"check (in-process, CPU time)", inputs.size(),
                 static_cast<double>(inputs.size()) / (ns / 1e9), "articles/s", &lat, "us", 1e-3,
                 cb::peak_rss_mb(), "p50 < 2 ms (at 1M facts: bench_curve)",
                 lat.pct(50) < 2e6 ? 1 : 0});
}

void stage_history(context& ctx) {
  if (ctx.db.empty()) return;
  ce::claimcheck cc(engine_opts(ctx.db));
  // The (entity, metric) keys the database holds.
  std::set<std::pair<std::string, std::string>> keys;
  cc.db().for_each_fact([&](const ce::fact& f) { keys.emplace(f.entity, f.metric); });
  if (keys.empty()) {
    std::printf("history: the store holds no facts; stage skipped\n");
    return;
  }
  const std::vector<std::pair<std::string, std::string>> list(keys.begin(), keys.end());
  cb::samples lat;
  std::size_t got = 0;
  const std::size_t n = ctx.cfg.once ? 100 : 5000;
  CLAIMCHECK_BENCH_START();
  const double t0 = cb::now_ns();
  for (std::size_t i = 0; i < n; ++i) {
    ce::history_query q;
    q.entity = list[i % list.size()].first;
    q.metric = list[i % list.size()].second;
    const double t1 = cb::cpu_ns();
    got += cc.history(q).size();
    lat.add(cb::cpu_ns() - t1);
  }
  const double ns = cb::now_ns() - t0;
  CLAIMCHECK_BENCH_STOP();
  std::printf("history: %zu queries over %zu keys, %.1f facts per answer\n", n, list.size(),
              static_cast<double>(got) / static_cast<double>(n));
  cb::print_row({"history query (CPU time)", n, static_cast<double>(n) / (ns / 1e9), "queries/s", &lat, "us",
                 1e-3, cb::peak_rss_mb(), "", -1});
}

void stage_audit(context& ctx) {
  if (ctx.db.empty()) return;
  ce::claimcheck cc(engine_opts(ctx.db));
  const auto facts = cc.db().stats().facts;
  CLAIMCHECK_BENCH_START();
  const double t0 = cb::now_ns();
  const ce::report r = cc.audit();
  const double ns = cb::now_ns() - t0;
  CLAIMCHECK_BENCH_STOP();
  std::printf("audit: %llu facts, %zu findings in %.1f ms\n",
              static_cast<unsigned long long>(facts), r.findings.size(), ns / 1e6);
  cb::print_row({"audit", static_cast<std::size_t>(facts),
                 static_cast<double>(facts) / (ns / 1e9), "facts/s", nullptr, "us", 1e-3,
                 cb::peak_rss_mb(), "1M facts < 60 s", -1});
}

void stage_process(context& ctx) {
  const std::size_t n = ctx.cfg.once ? 3 : 30;
  cb::samples start;
  cb::samples start_cpu;
  double rss = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const auto r = cb::run_child({ctx.cfg.cli, "--version"});
    if (r.status != 0) {
      std::printf("process: %s --version failed; stage skipped\n", ctx.cfg.cli.c_str());
      return;
    }
    start.add(r.wall_ns);
    start_cpu.add(r.cpu_ns);
    rss = std::max(rss, r.peak_rss_mb);
  }
  cb::print_row({"start-up (--version)", n, 0, "-", &start, "ms", 1e-6, rss, "< 5 ms",
                 start.pct(50) < 5e6 ? 1 : 0});
  cb::print_row({"start-up (--version), CPU time", n, 0, "-", &start_cpu, "ms", 1e-6, rss,
                 "", -1});
  if (ctx.db.empty() || ctx.fresh.empty()) return;
  cb::scratch_dir files("files");
  cb::write_articles(files.path(), {ctx.fresh.front()});
  const std::string file = (files.path() / ctx.fresh.front().name).string();
  cb::samples whole;
  cb::samples whole_cpu;
  rss = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const auto r = cb::run_child(
        {ctx.cfg.cli, "--db", (ctx.db).string(), "--fail-on", "none", "check", file});
    whole.add(r.wall_ns);
    whole_cpu.add(r.cpu_ns);
    rss = std::max(rss, r.peak_rss_mb);
  }
  cb::print_row({"check (whole process)", n, 0, "-", &whole, "ms", 1e-6, rss,
                 "p50 < 10 ms, RSS < 50 MB", whole.pct(50) < 10e6 && rss < 50 ? 1 : 0});
  cb::print_row({"check (whole process), CPU time", n, 0, "-", &whole_cpu, "ms", 1e-6, rss, "",
                 -1});
}

std::vector<cb::corpus_article> read_corpus_dir(const std::string& dir) {
  std::vector<cb::corpus_article> out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream in(e.path(), std::ios::binary);
    out.push_back({e.path().filename().string(),
                   std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>())});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  cb::start_child_runner();  // before anything large is allocated
  context ctx;
  CLI::App app{"Per-stage benchmarks of the claimcheck pipeline"};
  ctx.cfg.corpus.articles = 400;
  app.add_option("--articles", ctx.cfg.corpus.articles, "corpus articles (about 5 KB each)");
  app.add_option("--size", ctx.cfg.corpus.article_bytes, "target bytes per article");
  app.add_option("--seed", ctx.cfg.corpus.seed, "corpus seed");
  app.add_option("--min-time", ctx.cfg.min_time, "seconds of repeated passes per stage");
  app.add_option("--stage", ctx.cfg.only,
                 "only this stage: scan, extract, ingest, store, check, history, audit, "
                 "transfer, process");
  app.add_option("--db", ctx.cfg.db,
                 "run check/history/audit/transfer/process on this existing database "
                 "(e.g. bench_curve --keep DIR's DIR/db) instead of ingesting the corpus");
  app.add_flag("--once", ctx.cfg.once, "one pass per stage (callgrind)");
  app.add_option("--cli", ctx.cfg.cli, "the claimcheck binary");
  app.add_option("--corpus-dir", ctx.cfg.corpus_dir,
                 "read the corpus (*.txt, name order) from this directory, e.g. bench_corpus's");
  CLI11_PARSE(app, argc, argv);

  ctx.files = ctx.cfg.corpus_dir.empty() ? cb::make_articles(ctx.cfg.corpus)
                                         : read_corpus_dir(ctx.cfg.corpus_dir);
  for (const auto& f : ctx.files) ctx.bytes += f.text.size();
  cb::corpus_options fresh = ctx.cfg.corpus;
  fresh.seed ^= 0xf00d;
  fresh.articles = ctx.cfg.once ? 5 : 100;
  ctx.fresh = cb::make_articles(fresh);
  std::printf("corpus: %zu articles, %.2f MB, seed %llu\n", ctx.files.size(), mb(ctx.bytes),
              static_cast<unsigned long long>(ctx.cfg.corpus.seed));

  const auto& c = ctx.cfg;
  if (wanted(c, "scan")) stage_scan(ctx);
  if (wanted(c, "extract")) stage_extract(ctx);
  // Later stages need the database the ingest stage fills.
  const bool need_db = c.only.empty() || c.only == "ingest" || c.only == "check" ||
                       c.only == "history" || c.only == "audit" || c.only == "transfer" ||
                       c.only == "process";
  if (!c.db.empty()) {
    ctx.db = c.db;  // an existing database: no ingest stage
  } else if (need_db) {
    if (c.only.empty() || c.only == "ingest") {
      stage_ingest(ctx);
    } else {
      // Set-up for a single later stage, outside the instrumented region.
      config quiet = c;
      quiet.only = "ingest";
      ctx.scratch.emplace("pipeline");
      ctx.db = ctx.scratch->path() / "db";
      ce::claimcheck cc(engine_opts(ctx.db));
      for (const auto& f : ctx.files) (void)cc.ingest(cg::read_articles(f.name, f.text));
    }
  }
  if (wanted(c, "store")) stage_store_ingest(ctx);
  if (wanted(c, "check")) stage_check(ctx);
  if (wanted(c, "history")) stage_history(ctx);
  if (wanted(c, "audit")) stage_audit(ctx);
  if (wanted(c, "transfer") && !ctx.db.empty()) cb::stage_transfer(ctx.db, c.once);
  if (wanted(c, "process")) stage_process(ctx);
  return 0;
}
