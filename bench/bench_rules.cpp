// Rules engine latency: one article's ~20 facts checked with the built-in
// rules against a synthetic history of 1 million facts held in memory and
// keyed by entity and metric (rules::memory_history), as the store's index
// would serve them. Prints p50/p90/p99 of evaluate() over many runs.
//
//   cmake --preset bench && cmake --build --preset bench --target bench_rules
//   ./build/bench/bench/bench_rules [history_facts] [runs]
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "rules/rules.hpp"

using namespace claimcheck;

namespace {

engine::fact make_level(const std::string& entity, const std::string& metric, int year,
                        double value, std::size_t n) {
  engine::fact f;
  f.id = "h" + std::to_string(n);
  f.article = "a" + std::to_string(n / 20);
  f.kind = engine::fact_kind::level;
  f.entity = entity;
  f.metric = metric;
  f.when = engine::period::year(date::year{year});
  f.value.value = engine::interval::stated(value, 1, 1e9);
  f.value.number = value * 1e9;
  f.value.unit = "USD";
  f.value.stated = "$" + std::to_string(value) + " billion";
  return f;
}

std::string entity_name(std::size_t i) { return "E" + std::to_string(i); }
std::string metric_name(std::size_t i) { return "metric_" + std::to_string(i); }

}  // namespace

int main(int argc, char** argv) {
  const std::size_t total = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
  const int runs = argc > 2 ? std::atoi(argv[2]) : 2000;
  // 1M facts: 2000 entities x 25 metrics x 20 years (2003..2022).
  constexpr std::size_t kMetrics = 25;
  constexpr int kYears = 20;
  const std::size_t entities = std::max<std::size_t>(1, total / (kMetrics * kYears));
  rules::memory_history history;
  std::size_t n = 0;
  for (std::size_t e = 0; e < entities; ++e) {
    for (std::size_t m = 0; m < kMetrics; ++m) {
      double v = 10.0 + static_cast<double>((e * 7 + m * 3) % 50);
      for (int y = 2003; y < 2003 + kYears; ++y) {
        history.add(make_level(entity_name(e), metric_name(m), y, v, n++));
        v *= 1.05;
      }
    }
  }

  // One article: 20 facts about 5 entity/metric keys: the 2023 level and
  // its year-on-year change, a record claim, a restated 2022 level.
  std::vector<engine::fact> article;
  for (std::size_t k = 0; k < 5; ++k) {
    const std::string e = entity_name(k * 37 % entities);
    const std::string m = metric_name(k * 5 % kMetrics);
    engine::fact cur = make_level(e, m, 2023, 80.0 + static_cast<double>(k), 9'000'000 + k * 4);
    engine::fact chg = cur;
    chg.id = "n" + std::to_string(k) + "c";
    chg.kind = engine::fact_kind::change;
    chg.basis = "yoy";
    chg.value.value = engine::interval::stated(5.0, 1);
    chg.value.number = 5.0;
    chg.value.unit = "%";
    chg.value.stated = "5.0 percent";
    engine::fact rec = cur;
    rec.id = "n" + std::to_string(k) + "r";
    rec.kind = engine::fact_kind::record;
    engine::fact old = make_level(e, m, 2022, 60.0, 9'000'000 + k * 4 + 3);
    cur.id = "n" + std::to_string(k) + "l";
    old.id = "n" + std::to_string(k) + "o";
    article.insert(article.end(), {cur, chg, rec, old});
  }

  const rules::rule_set rules = rules::rule_set::builtin();
  // Wall time, and the thread's CPU time (what the wall time would be on
  // an idle machine: the build host is shared).
  auto cpu_us = [] {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
  };
  std::vector<double> us;
  std::vector<double> cpu;
  std::size_t findings = 0;
  for (int i = 0; i < runs; ++i) {
    const double c0 = cpu_us();
    const auto t0 = std::chrono::steady_clock::now();
    const rules::evaluation ev = rules.evaluate(article, history);
    const auto t1 = std::chrono::steady_clock::now();
    cpu.push_back(cpu_us() - c0);
    findings = ev.findings.size();
    us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
  }
  std::sort(us.begin(), us.end());
  std::sort(cpu.begin(), cpu.end());
  auto at = [](const std::vector<double>& v, double p) {
    return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
  };
  auto pct = [&](double p) { return at(us, p); };
  std::printf("history %zu facts, article %zu facts, %zu findings per run, %d runs\n",
              history.size(), article.size(), findings, runs);
  std::printf("evaluate: p50 %.1f us, p90 %.1f us, p99 %.1f us (target p50 < 2000 us)\n",
              pct(0.5), pct(0.9), pct(0.99));
  std::printf("evaluate CPU time: p50 %.1f us, p90 %.1f us\n", at(cpu, 0.5), at(cpu, 0.9));
  return 0;
}
