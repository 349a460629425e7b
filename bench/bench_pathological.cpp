// Linear time on hostile input (issue #10): each pathological input goes
// through the whole article pipeline (read_articles -> scan_mentions ->
// parse_claims) and is timed against ordinary news text of the same size.
// No input may take more than 10x the ordinary time; each is also timed at
// four times the size against ordinary text of that size, so that
// superlinear work (whose ratio grows with the size) is caught too. (Raw
// growth from 1x to 4x is not used: caches and page faults make even
// ordinary text grow by more than 4x.) Times are the process's CPU time, best
// of --repeat runs, so that other processes on a loaded machine count less.
//   bench_pathological [--size BYTES] [--repeat N] [--only NAME]
// Exit status 1 when an input is over 10x at either size.
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/mention.hpp"
#include "grammar/parse.hpp"

namespace {

// Process CPU time in seconds.
double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Ordinary text: news sentences in the seeds' shape, written for this bench.
const char* const kOrdinary[] = {
    "Bilateral trade between the two countries reached $25.2 billion in 2021, up 34.1 percent "
    "year-on-year, the customs office said on Tuesday. ",
    "Exports of wheat rose to about 8.1 million tonnes in the first half of 2023, while imports "
    "of machinery fell by 3 percent. ",
    "The new rail terminal, opened on September 14, 2022, handles more than 200,000 containers "
    "a year and employs 1,150 people. ",
    "Officials expect the figure to double by 2030, after a 70-fold increase over the past 30 "
    "years. ",
};

std::string repeat_to(std::size_t size, const std::function<std::string(std::size_t)>& piece) {
  std::string s;
  s.reserve(size + 256);
  for (std::size_t i = 0; s.size() < size; ++i) s += piece(i);
  s.resize(size);
  return s;
}

struct input {
  const char* name;
  const char* file;  // the name given to the reader (format by extension)
  std::function<std::string(std::size_t)> make;
};

std::vector<input> inputs() {
  auto ordinary_body = [](std::size_t n) {
    return repeat_to(n, [](std::size_t i) { return std::string(kOrdinary[i % 4]); });
  };
  auto text = [](std::string body) { return "A title\nPublished: Mar 10, 2023 07:58 PM\n" + body; };
  auto rep = [](std::string unit) {
    return [unit](std::size_t n) { return repeat_to(n, [&](std::size_t) { return unit; }); };
  };
  return {
      {"ordinary", "a.txt", [=](std::size_t n) { return text(ordinary_body(n)); }},
      {"one huge number", "a.txt", rep("9")},
      {"digits and commas", "a.txt", rep("1,")},
      {"digit groups", "a.txt", rep("123,456,")},
      {"dotted digits", "a.txt", rep("1.")},
      {"numbers and spaces", "a.txt", rep("1 ")},
      {"dollar signs", "a.txt", rep("$")},
      {"money words", "a.txt", rep("$1 billion ")},
      {"range openers", "a.txt", rep("between 1 and from 2 to ")},
      {"month names", "a.txt", rep("January ")},
      {"dates without years", "a.txt", rep("March 3, ")},
      {"scale words", "a.txt", rep("million billion ")},
      {"percent words", "a.txt", rep("percent ")},
      {"hyphens", "a.txt", rep("-")},
      {"one long line", "a.txt", rep("word ")},
      {"no spaces", "a.txt", rep("x")},
      {"newlines", "a.txt", rep("\n")},
      {"NUL and bad UTF-8", "a.txt", rep(std::string("\0\xff\xfe 5 ", 6))},
      {"multibyte text", "a.txt", rep("\xe2\x80\x94\xc2\xa0\xe4\xb8\xad 7 ")},
      {"front matter fences", "a.md", rep("---\n")},
      {"JSON nesting", "a.jsonl", rep("[")},
      {"JSON lines", "a.jsonl", rep("{\"text\":\"5%\"}\n")},
      {"HTML brackets", "a.html", rep("<")},
      {"HTML tags", "a.html", rep("<p><b>1</b>")},
      {"claim-shaped sentences", "a.txt",
       rep("Trade grew 5 percent to $1 billion in 2021 from $2 billion in 2020. ")},
  };
}

// Seconds for the whole pipeline over bytes, best of `repeat`.
double time_pipeline(const char* file, const std::string& bytes, int repeat, std::size_t& facts) {
  double best = 1e30;
  for (int r = 0; r < repeat; ++r) {
    const double t0 = cpu_seconds();
    const auto read = claimcheck::grammar::read_articles(file, bytes);
    facts = 0;
    for (const auto& a : read.articles) {
      claimcheck::grammar::scan_options o;
      o.reference = a.published;
      facts += claimcheck::grammar::scan_mentions(a.text, o).size();
      facts += claimcheck::grammar::parse_claims(a).facts.size();
    }
    best = std::min(best, cpu_seconds() - t0);
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t size = std::size_t{1} << 20;
  int repeat = 3;
  std::string only;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string_view a = argv[i];
    if (a == "--size") size = std::strtoul(argv[i + 1], nullptr, 10);
    if (a == "--repeat") repeat = std::atoi(argv[i + 1]);
    if (a == "--only") only = argv[i + 1];
  }
  const auto all = inputs();
  std::size_t ignored = 0;
  (void)time_pipeline(all[0].file, all[0].make(size), 1, ignored);  // warm up
  const double base = time_pipeline(all[0].file, all[0].make(size), repeat, ignored);
  const double base4 = time_pipeline(all[0].file, all[0].make(4 * size), repeat, ignored);
  std::printf("pipeline on %zu bytes; ordinary text %.1f ms (%.1f MB/s), at 4x %.1f ms\n", size,
              base * 1e3, static_cast<double>(size) / base / 1e6, base4 * 1e3);
  std::printf("%-24s %10s %8s %10s %8s  %s\n", "input", "ms", "x ord.", "ms at 4x", "x ord.",
              "mentions+facts");
  int status = 0;
  for (const auto& in : all) {
    if (!only.empty() && only != in.name) continue;
    std::size_t found = 0;
    const double t = time_pipeline(in.file, in.make(size), repeat, found);
    std::size_t found4 = 0;
    const double t4 = time_pipeline(in.file, in.make(4 * size), repeat, found4);
    const double ratio = t / base;
    const double ratio4 = t4 / base4;
    const bool bad = ratio > 10.0 || ratio4 > 10.0;
    if (bad) status = 1;
    std::printf("%-24s %10.2f %8.2f %10.2f %8.2f  %zu%s\n", in.name, t * 1e3, ratio, t4 * 1e3,
                ratio4, found, bad ? "  <-- over the limit" : "");
  }
  return status;
}
