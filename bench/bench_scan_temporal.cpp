// Throughput of the single-pass mention scan (temporal and numeric hooks
// together) over news text: the seed articles repeated to about 64 MB.
// Usage: bench_scan_temporal [repeat-MB]; prints MB/s and mentions found.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "grammar/mention.hpp"

int main(int argc, char** argv) {
  const std::size_t target_mb = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 64;
  std::string seed;
  // bench/ -> project root -> ../shared/seeds (the shared specs next to the checkout).
  const std::filesystem::path dir = argc > 2 ? std::filesystem::path(argv[2])
                                             : std::filesystem::path(__FILE__).parent_path() / ".." / ".." / "shared" / "seeds";
  if (std::filesystem::exists(dir)) {
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      std::ifstream in(e.path());
      std::stringstream ss;
      ss << in.rdbuf();
      seed += ss.str();
      seed += '\n';
    }
  }
  if (seed.empty()) {
    seed =
        "Exports rose 5.2% to $31.17 billion in the first half of 2023, up from a year earlier. The talks "
        "will resume on November 20, officials said on Friday, after 19 years of negotiations.\n";
  }
  std::string text;
  text.reserve(target_mb << 20);
  while (text.size() < (target_mb << 20)) text += seed;
  claimcheck::grammar::scan_options opts;
  opts.reference = date::sys_days{date::year{2022} / 10 / 28};
  std::size_t found = 0;
  // Wall time and process CPU time: the CPU figure is the one to trust on
  // a shared machine.
  double best = 0;
  double best_cpu = 0;
  const double mb = static_cast<double>(text.size()) / (1 << 20);
  for (int run = 0; run < 3; ++run) {
    const auto t0 = std::chrono::steady_clock::now();
    const std::clock_t c0 = std::clock();
    found = claimcheck::grammar::scan_mentions(text, opts).size();
    const std::clock_t c1 = std::clock();
    const auto t1 = std::chrono::steady_clock::now();
    const double s = std::chrono::duration<double>(t1 - t0).count();
    const double cpu = static_cast<double>(c1 - c0) / CLOCKS_PER_SEC;
    if (mb / s > best) best = mb / s;
    if (mb / cpu > best_cpu) best_cpu = mb / cpu;
  }
  std::printf("scan: %zu MB, %zu mentions, best of 3: %.1f MB/s wall, %.1f MB/s CPU\n", text.size() >> 20,
              found, best, best_cpu);
  return 0;
}
