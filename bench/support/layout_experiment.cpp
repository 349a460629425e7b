// The layout experiment: the store's in-place fact index against sorted
// runs merged size-tiered, written and read on a bare LMDB environment
// (see layout_experiment.hpp).
#include "bench/support/layout_experiment.hpp"

#include <lmdb.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "bench/support/measure.hpp"
#include "engine/store/detail/keys.hpp"
#include "engine/store/detail/lmdb.hpp"

namespace claimcheck::bench {
namespace {

namespace lm = engine::lmdb;
namespace fs = std::filesystem;

constexpr std::size_t kSeries = 9840;
constexpr std::size_t kPeriodStarts = 175;  // 35 years and their quarters
constexpr std::size_t kRecord = 280;
constexpr std::size_t kFactsPerArticle = 12;

std::uint64_t mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

std::string series_key(std::uint64_t s) {
  std::string k;
  engine::detail::put_u64(k, mix(s ^ 0x5e71e5ULL));
  return k;
}

// The index key and record of fact g (the g-th fact ingested).
struct fact_entry {
  std::string key;
  std::string value;
};

fact_entry make_fact(std::uint64_t g) {
  const std::uint64_t h = mix(g);
  fact_entry e;
  e.key = series_key(h % kSeries);
  const std::uint64_t start = (h >> 20) % kPeriodStarts * 73;  // days apart
  engine::detail::put_u32(e.key, static_cast<std::uint32_t>(0x80000000U + start));
  engine::detail::put_u32(e.key, static_cast<std::uint32_t>(0x80000000U + g / kFactsPerArticle));
  engine::detail::put_u64(e.key, mix(h));
  e.value.resize(kRecord);
  for (std::size_t i = 0; i < kRecord; i += 8) {
    const std::uint64_t w = mix(h + i);
    for (std::size_t b = 0; b < 8 && i + b < kRecord; ++b) {
      e.value[i + b] = static_cast<char>((w >> (8 * b)) & 0x3f);
    }
  }
  return e;
}

double written_bytes() {
  std::ifstream io("/proc/self/io");
  std::string name;
  double v = 0;
  while (io >> name >> v) {
    if (name == "wchar:") return v;
  }
  return 0;
}

double dir_mb(const fs::path& d) {
  std::uintmax_t total = 0;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(d, ec)) {
    if (e.is_regular_file(ec)) total += e.file_size(ec);
  }
  return static_cast<double>(total) / 1e6;
}

struct run {
  std::string name;
  MDB_dbi dbi = 0;
  std::size_t count = 0;
};

class layout {
 public:
  layout(const fs::path& dir, bool runs, std::size_t recent_cap)
      : dir_(dir), runs_mode_(runs), recent_cap_(recent_cap), env_(dir.string()) {
    fs::remove_all(dir);
    fs::create_directories(dir);
    lm::check(mdb_env_set_maxdbs(env_.get(), 64), "mdb_env_set_maxdbs", dir.string());
    env_.set_map_size(std::size_t{64} << 30);
    env_.open(dir.c_str(), MDB_NOTLS, 0644);
    lm::txn t(env_, 0);
    main_ = *t.open_dbi(runs ? "recent" : "series", MDB_CREATE);
    t.commit();
  }

  // One commit of facts [from, to).
  void add(std::uint64_t from, std::uint64_t to) {
    std::vector<fact_entry> batch;
    batch.reserve(to - from);
    for (std::uint64_t g = from; g < to; ++g) batch.push_back(make_fact(g));
    std::sort(batch.begin(), batch.end(),
              [](const fact_entry& a, const fact_entry& b) { return a.key < b.key; });
    lm::txn t(env_, 0);
    {
      lm::cursor cur(t, main_);
      for (const auto& e : batch) (void)cur.put(e.key, e.value, 0);
    }
    recent_ += batch.size();
    if (runs_mode_ && recent_ >= recent_cap_) merge(t);
    t.commit();
  }

  // Every record of one series; returns how many.
  std::size_t read_series(std::uint64_t s) const {
    const std::string prefix = series_key(s);
    lm::txn t(env_, MDB_RDONLY);
    std::size_t n = 0;
    auto scan = [&](MDB_dbi dbi) {
      lm::cursor cur(t, dbi);
      for (auto e = cur.seek(prefix); e && e->first.substr(0, 8) == prefix; e = cur.next()) {
        n += e->second.empty() ? 0 : 1;
      }
    };
    scan(main_);
    for (const run& r : runs_) scan(r.dbi);
    return n;
  }

  [[nodiscard]] std::size_t runs() const { return runs_.size(); }
  [[nodiscard]] double mb() const { return dir_mb(dir_); }

 private:
  // recent and the newest runs no larger than what is merged so far go
  // into one new run, written in key order with MDB_APPEND.
  void merge(lm::txn& t) {
    std::vector<MDB_dbi> from{main_};
    std::size_t total = recent_;
    while (!runs_.empty() && runs_.back().count <= total) {
      total += runs_.back().count;
      from.push_back(runs_.back().dbi);
      runs_.pop_back();
    }
    run out;
    out.name = "run" + std::to_string(next_run_++);
    out.dbi = *t.open_dbi(out.name.c_str(), MDB_CREATE);
    out.count = total;
    {
      std::vector<lm::cursor> curs;
      curs.reserve(from.size());
      std::vector<std::optional<lm::cursor::entry>> at;
      for (const MDB_dbi d : from) {
        curs.emplace_back(t, d);
        at.push_back(curs.back().first());
      }
      lm::cursor w(t, out.dbi);
      for (;;) {
        std::size_t best = at.size();
        for (std::size_t i = 0; i < at.size(); ++i) {
          if (at[i] && (best == at.size() || at[i]->first < at[best]->first)) best = i;
        }
        if (best == at.size()) break;
        (void)w.put(at[best]->first, at[best]->second, MDB_APPEND);
        at[best] = curs[best].next();
      }
    }
    t.clear(main_);
    for (std::size_t i = 1; i < from.size(); ++i) t.drop(from[i]);
    runs_.push_back(out);
    recent_ = 0;
  }

  fs::path dir_;
  bool runs_mode_;
  std::size_t recent_cap_;
  lm::env env_;
  MDB_dbi main_ = 0;
  std::vector<run> runs_;  // oldest (largest) first
  std::size_t recent_ = 0;
  std::size_t next_run_ = 0;
};

}  // namespace

void run_layout_experiment(const layout_options& o) {
  for (const bool runs : {false, true}) {
    const char* name = runs ? "runs" : "in-place";
    layout l(o.dir / name, runs, o.recent_cap);
    std::uint64_t g = 0;
    for (std::size_t target = 100000; target <= o.max_facts;
         target = target % 3 == 0 ? target / 3 * 10 : target * 3) {
      const double w0 = written_bytes();
      const double t0 = now_ns();
      const double c0 = cpu_ns();
      const std::uint64_t seg_from = g;
      while (g < target) {
        const std::uint64_t to = std::min<std::uint64_t>(g + o.batch_facts, target);
        l.add(g, to);
        g = to;
      }
      const auto n = static_cast<double>(g - seg_from);
      const double wall = (now_ns() - t0) / n / 1e3;
      const double cpu = (cpu_ns() - c0) / n / 1e3;
      const double bytes = (written_bytes() - w0) / n;
      samples reads;
      std::size_t got = 0;
      for (std::size_t q = 0; q < 2000; ++q) {
        const double r0 = cpu_ns();
        got += l.read_series(mix(q) % kSeries);
        reads.add(cpu_ns() - r0);
      }
      std::printf("LAYOUT|%s|%llu|%.2f|%.2f|%.0f|%.1f|%zu|%.1f\n", name,
                  static_cast<unsigned long long>(g), wall, cpu, bytes, reads.pct(50) / 1e3,
                  l.runs(), l.mb());
      std::printf("  %s at %llu facts: %.1f facts a series read\n", name,
                  static_cast<unsigned long long>(g), static_cast<double>(got) / 2000);
      std::fflush(stdout);
    }
  }
}

}  // namespace claimcheck::bench
