// Measuring for the benchmarks: a monotonic clock, latency samples with
// percentiles, peak resident memory from getrusage, running a child process
// (for whole-process timings and its own peak memory), and the one result
// line format that scripts/bench gathers into its table:
//
//   ROW|stage|items|throughput|unit|p50|p90|p99|latency unit|peak RSS MB|target|verdict
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace claimcheck::bench {

// Nanoseconds from a monotonic clock.
[[nodiscard]] double now_ns();
// CPU time of the calling thread, in nanoseconds. On a shared machine the
// CPU-bound stages (scan, extraction) are timed with it: it leaves out the
// time the thread waited for a core, which wall time counts.
[[nodiscard]] double cpu_ns();

class samples {
 public:
  void add(double v) { v_.push_back(v); }
  [[nodiscard]] std::size_t size() const { return v_.size(); }
  // Nearest-rank percentile, p in [0, 100]; 0 when empty.
  [[nodiscard]] double pct(double p) const;
  [[nodiscard]] double sum() const;

 private:
  mutable std::vector<double> v_;
  mutable bool sorted_ = false;
};

// Peak resident set of this process so far, in MB.
[[nodiscard]] double peak_rss_mb();

struct child_result {
  int status = -1;        // exit status, or -1 when it did not exit normally
  double wall_ns = 0;
  double peak_rss_mb = 0; // the child's own peak (wait4 rusage)
  double cpu_ns = 0;      // the child's user + system CPU time
};
// Runs argv[0] with argv (no shell), stdout to stdout_path (default
// /dev/null), stderr to /dev/null. Children are started by a small helper
// process forked by start_child_runner(): Linux carries the peak RSS of the
// address space that calls exec into the child's ru_maxrss, so spawning
// straight from a benchmark holding a corpus would report its size, not the
// child's.
void start_child_runner();
[[nodiscard]] child_result run_child(const std::vector<std::string>& argv,
                                     const std::string& stdout_path = "/dev/null");

// The claimcheck binary next to the bench binaries (build/<preset>/claimcheck).
[[nodiscard]] std::string default_cli_path();

struct row {
  std::string stage;
  std::size_t items = 0;
  double throughput = 0;
  std::string unit;             // "MB/s", "articles/s", "facts/s", "queries/s"
  const samples* latency = nullptr;
  std::string latency_unit = "us";
  double latency_scale = 1e-3;  // samples are ns; shown in us
  double rss_mb = 0;
  std::string target;           // "≥ 200 MB/s", "" when none
  int met = -1;                 // 1 met, 0 missed, -1 no target
};
void print_row(const row& r);

}  // namespace claimcheck::bench
