// Store benchmark (Release): bulk ingest of 5 KB articles with 10 facts
// each, history query latency for one (entity, metric) series of 100
// periods in a database of 1 million facts, and bytes on disk per million
// facts. With --layout N instead: the layout experiment of
// bench/support/layout_experiment.hpp up to N facts.
//
//   cmake --preset bench && cmake --build build/bench -j2 --target bench_store
//   ./build/bench/bench/bench_store [DIR] [--facts N] [--keep | --reuse]
//   ./build/bench/bench/bench_store [DIR] --layout N [--recent FACTS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "bench/support/layout_experiment.hpp"
#include "engine/model/hash.hpp"
#include "engine/store/store.hpp"

namespace cc = claimcheck::engine;
using clock_type = std::chrono::steady_clock;

namespace {

constexpr int kFactsPerArticle = 10;
constexpr int kPeriods = 100;

std::string filler(std::size_t n, std::uint64_t seed) {
  static const char* kWords[] = {"trade ", "volume ", "grew ", "percent ", "billion ", "exports ",
                                 "imports ", "ministry ", "reported ", "year ", "record ",
                                 "partners ", "between ", "the ", "and ", "in "};
  std::string s;
  s.reserve(n + 16);
  std::mt19937_64 rng(seed);
  while (s.size() < n) s += kWords[rng() % 16];
  s.resize(n);
  return s;
}

// Article i speaks of period i / articles_per_period for ten series.
struct corpus {
  std::size_t series_count;
  std::size_t text_bytes;

  cc::article article(std::size_t i) const {
    cc::article a;
    a.path = "bench/" + std::to_string(i) + ".txt";
    a.title = "Bench article " + std::to_string(i);
    a.published = date::sys_days{date::year{2000} / 1 / 1} + date::days{static_cast<int>(i % 9000)};
    a.format = "text";
    a.text = filler(text_bytes, i);
    a.id = cc::make_article_id(a);
    return a;
  }

  std::vector<cc::fact> facts(const cc::article& a, std::size_t i) const {
    const std::size_t per_period = series_count / kFactsPerArticle;
    const int year = 1925 + static_cast<int>((i / per_period) % kPeriods);
    std::vector<cc::fact> out;
    for (int k = 0; k < kFactsPerArticle; ++k) {
      const std::size_t series = (i % per_period) * kFactsPerArticle + k;
      cc::fact f;
      f.article = a.id;
      f.entity = "E" + std::to_string(series / 8) + "+KAZ";
      f.metric = series % 8 == 0 ? "trade_volume" : "metric_" + std::to_string(series % 8);
      f.when = cc::period::year(date::year{year}, std::to_string(year));
      const double v = 1.0 + static_cast<double>(i % 997) / 10.0;
      f.value.value = cc::interval::stated(v, 1, 1e9);
      f.value.unit = "USD";
      f.value.number = v * 1e9;
      f.value.stated = "$" + std::to_string(v).substr(0, 5) + " billion";
      const std::size_t start = static_cast<std::size_t>(k) * 480;
      f.source = {static_cast<unsigned>(3 + k), 1, start, start + 120,
                  a.text.substr(start, 120)};
      f.published = a.published;
      f.id = cc::make_fact_id(f);
      out.push_back(std::move(f));
    }
    return out;
  }
};

double seconds_since(clock_type::time_point t0) {
  return std::chrono::duration<double>(clock_type::now() - t0).count();
}

// CPU seconds of this thread (user + system): on a shared, loaded machine
// wall time measures the neighbours; CPU time measures the work.
double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct rate {
  double wall = 0;  // articles per wall second
  double cpu = 0;   // articles per CPU second
};

// Ingests articles [from, to) in batches; returns articles per second of
// time spent in the store (making the articles is not timed).
rate ingest(cc::store& s, const corpus& c, std::size_t from, std::size_t to, std::size_t batch) {
  double spent = 0;
  double cpu = 0;
  std::vector<cc::article> arts;
  std::vector<std::vector<cc::fact>> facts;
  std::vector<cc::article_batch_item> items;
  for (std::size_t i = from; i < to; i += batch) {
    const std::size_t n = std::min(batch, to - i);
    arts.clear();
    facts.clear();
    items.clear();
    for (std::size_t j = 0; j < n; ++j) {
      arts.push_back(c.article(i + j));
      facts.push_back(c.facts(arts.back(), i + j));
    }
    for (std::size_t j = 0; j < n; ++j) items.push_back({&arts[j], facts[j], {}, {}});
    const auto t0 = clock_type::now();
    const double c0 = cpu_now();
    (void)s.add_articles(items);
    cpu += cpu_now() - c0;
    spent += seconds_since(t0);
  }
  const auto n = static_cast<double>(to - from);
  return {n / spent, n / cpu};
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "claimcheck_bench_store";
  std::size_t total_facts = 1000000;
  bool keep = false;
  bool reuse = false;  // query a database kept by an earlier --keep run
  std::size_t layout_facts = 0;
  std::size_t layout_recent = 100000;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--keep") {
      keep = true;
    } else if (a == "--reuse") {
      reuse = keep = true;
    } else if (a == "--layout" && i + 1 < argc) {
      layout_facts = std::strtoull(argv[++i], nullptr, 10);
    } else if (a == "--recent" && i + 1 < argc) {
      layout_recent = std::strtoull(argv[++i], nullptr, 10);
    } else if (a == "--facts" && i + 1 < argc) {
      total_facts = std::strtoull(argv[++i], nullptr, 10);
    } else {
      dir = a;
    }
  }
  if (layout_facts != 0) {
    claimcheck::bench::layout_options lo;
    lo.dir = dir / "layout";
    lo.max_facts = layout_facts;
    lo.recent_cap = layout_recent;
    claimcheck::bench::run_layout_experiment(lo);
    if (!keep) std::filesystem::remove_all(dir);
    return 0;
  }
  if (!reuse) std::filesystem::remove_all(dir);
  const std::size_t articles = total_facts / kFactsPerArticle;
  const std::size_t series = std::max<std::size_t>(kFactsPerArticle, total_facts / kPeriods);

  // 1. Bulk ingest of 5 KB articles: one transaction per article, then
  //    batches of 1000 (default durability: fsync at each commit).
  if (!reuse) {
    cc::store_options o;
    o.dir = dir / "ingest";
    cc::store s(o);
    const corpus c{10000, 5000};
    const rate single = ingest(s, c, 0, 300, 1);
    const rate batched = ingest(s, c, 300, 20300, 1000);
    std::printf("ingest 5 KB articles, 10 facts each: one txn per article %.0f articles/s "
                "(%.0f per CPU second); batches of 1000 %.0f articles/s (%.0f per CPU second)\n",
                single.wall, single.cpu, batched.wall, batched.cpu);
  }
  std::filesystem::remove_all(dir / "ingest");

  // 2. A database of total_facts facts from 5 KB articles.
  cc::store_options o;
  o.dir = dir / "big";
  const corpus c{series, 5000};
  if (!reuse) {
    cc::store s(o);
    const auto t0 = clock_type::now();
    const rate r = ingest(s, c, 0, articles, 2000);
    const auto st = s.stats();
    std::printf("built %llu facts (%llu articles) in %.1f s: %.0f articles/s (%.0f per CPU "
                "second)\n",
                static_cast<unsigned long long>(st.facts),
                static_cast<unsigned long long>(st.articles), seconds_since(t0), r.wall, r.cpu);
    const double mb = 1.0 / (1 << 20);
    const double per_m = 1e6 / static_cast<double>(std::max<std::uint64_t>(st.facts, 1));
    std::printf("on disk: %.0f MB in use (data.mdb %.0f MB); fact tables and indexes %.0f MB "
                "= %.0f MB per 1M facts; article texts %.0f MB\n",
                static_cast<double>(st.used_bytes) * mb,
                static_cast<double>(std::filesystem::file_size(o.dir / "data.mdb")) * mb,
                static_cast<double>(st.fact_bytes) * mb,
                static_cast<double>(st.fact_bytes) * mb * per_m,
                static_cast<double>(st.article_bytes) * mb);
  }

  // 3. History of one series (100 periods), read-only, warm.
  {
    cc::store_options ro = o;
    ro.read_only = true;
    cc::store s(ro);
    std::mt19937_64 rng(42);
    std::vector<double> us;
    std::vector<double> cpu_us;
    std::size_t got = 0;
    const int queries = 20000;
    for (std::size_t k = 0; k < series; ++k) {  // warm: touch every series once
      cc::history_query hq;
      hq.entity = "E" + std::to_string(k / 8) + "+KAZ";
      hq.metric = k % 8 == 0 ? "trade_volume" : "metric_" + std::to_string(k % 8);
      got += s.history(hq).size();
    }
    got = 0;
    for (int q = 0; q < queries; ++q) {
      const std::size_t k = rng() % series;
      cc::history_query hq;
      hq.entity = "E" + std::to_string(k / 8) + "+KAZ";
      hq.metric = k % 8 == 0 ? "trade_volume" : "metric_" + std::to_string(k % 8);
      const auto t0 = clock_type::now();
      const double c0 = cpu_now();
      const auto h = s.history(hq);
      cpu_us.push_back((cpu_now() - c0) * 1e6);
      us.push_back(seconds_since(t0) * 1e6);
      got += h.size();
    }
    for (auto* v : {&us, &cpu_us}) {
      std::sort(v->begin(), v->end());
      double sum = 0;
      for (double x : *v) sum += x;
      std::printf("history of one series (%s): %.1f facts per query; mean %.1f us, p50 %.1f us, "
                  "p90 %.1f us, p99 %.1f us (%d queries)\n",
                  v == &us ? "wall" : "CPU", static_cast<double>(got) / queries, sum / queries,
                  (*v)[v->size() / 2], (*v)[v->size() * 9 / 10], (*v)[v->size() * 99 / 100],
                  queries);
    }
  }
  if (!keep) std::filesystem::remove_all(dir);
  return 0;
}
