// Throughput of scan_mentions (numeric + temporal mention scan) over a
// deterministic news-like corpus generated here (about 8 MB of English
// sentences with figures, money, percentages, dates and plain prose), on
// one thread. Prints MB/s, best of several runs. With files named after the
// size, their bytes (e.g. real articles) are repeated to the size instead.
//   cmake --preset bench && cmake --build build/bench -j2 --target bench_mentions
//   ./build/bench/bench/bench_mentions [MB [FILE...]]
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "grammar/mention.hpp"

namespace {

// A small deterministic generator (no std distributions: their output is
// implementation-defined).
struct lcg {
  std::uint64_t s;
  std::uint32_t next() {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::uint32_t>(s >> 33);
  }
  std::size_t below(std::size_t n) { return next() % n; }
};

const std::vector<std::string> subjects = {
    "The trade volume between the two countries", "Railway freight volume",
    "The ministry of finance", "Exports of agricultural products", "The central bank",
    "Foreign direct investment", "The company", "Passenger traffic on the new line",
    "Output of the steel sector", "The regional government"};
const std::vector<std::string> verbs = {"grew", "rose", "fell", "reached", "increased by",
                                        "declined", "exceeded", "was estimated at", "totalled",
                                        "dropped"};
const std::vector<std::string> prose = {
    "officials said on Friday, according to a statement released by the ministry",
    "as both sides continued talks on closer cooperation in energy and logistics",
    "the ambassador told a group of reporters at a briefing in the capital",
    "which analysts described as a sign of steady demand across the region",
    "while the agreement is expected to be signed during the upcoming summit",
    "and the figures were published by the national statistics committee",
    "though the report did not say how the estimate had been calculated",
    "a spokesperson for the company said in an interview with local media"};
const std::vector<std::string> months = {"January", "March", "May", "September", "October",
                                         "December"};

std::string figure(lcg& r) {
  char buf[64];
  switch (r.below(8)) {
    case 0:
      std::snprintf(buf, sizeof buf, "$%zu.%02zu billion", 1 + r.below(90), r.below(100));
      break;
    case 1: std::snprintf(buf, sizeof buf, "%zu.%zu percent", r.below(40), r.below(10)); break;
    case 2: std::snprintf(buf, sizeof buf, "%zu million tons", 1 + r.below(500)); break;
    case 3: std::snprintf(buf, sizeof buf, "more than %zu,%03zu", 1 + r.below(99), r.below(1000)); break;
    case 4: std::snprintf(buf, sizeof buf, "%zu%%", r.below(100)); break;
    case 5: std::snprintf(buf, sizeof buf, "about %zu billion yuan", 1 + r.below(900)); break;
    case 6: std::snprintf(buf, sizeof buf, "%zu-fold", 2 + r.below(70)); break;
    default: std::snprintf(buf, sizeof buf, "twenty-three thousand"); break;
  }
  return buf;
}

std::string corpus(std::size_t bytes) {
  lcg r{20230310};
  std::string out;
  out.reserve(bytes + 1024);
  while (out.size() < bytes) {
    // Roughly one sentence in three carries a figure; the rest is prose, as
    // in the seed articles.
    const std::size_t kind = r.below(6);
    if (kind < 2) {
      out += subjects[r.below(subjects.size())];
      out += ' ';
      out += verbs[r.below(verbs.size())];
      out += ' ';
      out += figure(r);
      out += " in ";
      out += months[r.below(months.size())];
      out += ' ';
      out += std::to_string(2015 + r.below(9));
      out += ", ";
      out += prose[r.below(prose.size())];
      out += ".\n";
    } else {
      out += "The ";
      out += prose[r.below(prose.size())];
      out += ", ";
      out += prose[r.below(prose.size())];
      out += ".\n";
    }
    if (r.below(5) == 0) out += '\n';
  }
  return out;
}

// The named files' bytes, one after another, repeated to at least `bytes`.
std::string from_files(std::size_t bytes, int n, char** names) {
  std::string one;
  for (int i = 0; i < n; ++i) {
    std::ifstream in(names[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "bench_mentions: %s: cannot read\n", names[i]);
      std::exit(2);
    }
    one.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    one += "\n\n";
  }
  std::string out;
  out.reserve(bytes + one.size());
  while (out.size() < bytes) out += one;
  return out;
}

double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t mb = argc > 1 ? static_cast<std::size_t>(std::atoi(argv[1])) : 8;
  const std::string text = argc > 2 ? from_files(mb << 20, argc - 2, argv + 2) : corpus(mb << 20);
  claimcheck::grammar::scan_options opts;
  // Wall time, and this thread's CPU time: on a shared machine the second
  // is the figure for one core.
  double best_wall = 0.0;
  double best_cpu = 0.0;
  std::size_t found = 0;
  const double mbytes = static_cast<double>(text.size()) / (1024.0 * 1024.0);
  for (int run = 0; run < 7; ++run) {
    const auto t0 = std::chrono::steady_clock::now();
    const double c0 = cpu_seconds();
    const auto ms = claimcheck::grammar::scan_mentions(text, opts);
    const double c1 = cpu_seconds();
    const auto t1 = std::chrono::steady_clock::now();
    found = ms.size();
    const double s = std::chrono::duration<double>(t1 - t0).count();
    best_wall = std::max(best_wall, mbytes / s);
    best_cpu = std::max(best_cpu, mbytes / (c1 - c0));
  }
  std::printf("scan_mentions: %.1f MB/s of thread CPU time, %.1f MB/s wall (best of 7, %zu bytes, "
              "%zu mentions)\n",
              best_cpu, best_wall, text.size(), found);
  return 0;
}
