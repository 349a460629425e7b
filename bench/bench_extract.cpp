// Fact extraction throughput: reading, sentence splitting, the mention scan
// and claim assembly (read_articles + parse_claims) over a generated corpus
// of news-like articles in the seeds' plain-text shape. Prints MB/s of
// article text per CPU second on one core, the facts found, and the mention
// scan alone for comparison.
//
//   cmake --preset bench && cmake --build --preset bench --target bench_extract
//   ./build/bench/bench/bench_extract [megabytes] [seed]
#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "grammar/mention.hpp"
#include "grammar/parse.hpp"

using namespace claimcheck;

namespace {

// CPU time of this process: the machine is shared, wall time is not ours.
double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

const char* const kCountries[] = {"Kazakhstan", "China", "Uzbekistan", "Russia", "Turkey",
                                  "Georgia", "Azerbaijan", "Mongolia", "Kyrgyzstan",
                                  "Tajikistan", "Germany", "India", "Japan", "Brazil"};
const char* const kAdjectives[] = {"Kazakh", "Chinese", "Uzbek", "Russian", "Turkish",
                                   "Georgian", "Azerbaijani", "Mongolian", "Kyrgyz", "Tajik"};
const char* const kMetrics[] = {"trade turnover", "exports", "imports", "foreign direct investment",
                                "retail sales", "industrial output", "budget revenue",
                                "railway freight volume", "tourist arrivals", "grain harvest"};
const char* const kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                               "August", "September", "October", "November", "December"};
const char* const kFiller[] = {
    "Officials said the figures reflected stronger demand from manufacturers and new logistics "
    "routes that link the inland provinces with ports on the coast, cutting delivery times.",
    "The ministry did not give a breakdown by sector, but said that machinery, chemicals and "
    "farm products made up most of the shipments, as in previous reports.",
    "Analysts expect the trend to continue as new border crossings open and as both sides "
    "invest in warehouses, customs terminals and digital systems for tracking cargo.",
    "\"We see a lot of potential for cooperation in green energy, transport and education,\" "
    "the minister told reporters after the talks, adding that details would follow.",
    "The two sides also discussed energy, transport and digital projects, and agreed to meet "
    "again before the end of the season to review the progress of the working groups.",
    "Both governments have pledged to simplify customs procedures and to open more direct "
    "flights between their capitals, which business groups have long asked for."};

std::string money(std::mt19937& rng) {
  std::uniform_int_distribution<int> d(10, 999);
  return "$" + std::to_string(d(rng) / 10) + "." + std::to_string(d(rng) % 10) + " billion";
}

std::string pct(std::mt19937& rng) {
  std::uniform_int_distribution<int> d(1, 499);
  const int x = d(rng);
  return std::to_string(x / 10) + "." + std::to_string(x % 10) + " percent";
}

// One article of about `target` bytes.
std::string article(std::mt19937& rng, std::size_t target) {
  auto pick = [&](auto& arr) {
    return arr[std::uniform_int_distribution<std::size_t>(0, std::size(arr) - 1)(rng)];
  };
  const int year = std::uniform_int_distribution<int>(2015, 2023)(rng);
  std::string a = std::string(pick(kAdjectives)) + " trade keeps growing\nPublished: " +
                  std::string(pick(kMonths)).substr(0, 3) + " " +
                  std::to_string(std::uniform_int_distribution<int>(1, 28)(rng)) + ", " +
                  std::to_string(year + 1) + " 09:15 AM\n";
  while (a.size() < target) {
    const std::string c1 = pick(kCountries);
    const std::string c2 = pick(kCountries);
    // About one paragraph in three states figures, as in wire stories.
    switch (std::uniform_int_distribution<int>(0, 14)(rng)) {
      case 0:
        a += "In " + std::to_string(year) + ", the " + pick(kMetrics) + " between " + c1 + " and " +
             c2 + " grew " + pct(rng) + " year-on-year, to a record high of " + money(rng) +
             ", according to official statistics.";
        break;
      case 1:
        a += c1 + "'s " + pick(kMetrics) + " to " + c2 + " rose " + pct(rng) + " to " + money(rng) +
             " in the first half of " + std::to_string(year) + ", the statistics bureau said.";
        break;
      case 2:
        a += "The two countries aim to raise bilateral trade to " + money(rng) + " by " +
             std::to_string(year + 7) + ", " + c1 + "'s ambassador said on Friday.";
        break;
      case 3:
        a += c1 + " will hold presidential elections on " + pick(kMonths) + " " +
             std::to_string(std::uniform_int_distribution<int>(1, 28)(rng)) + ", and inflation may "
             "fall to " + pct(rng) + " next year.";
        break;
      case 4:
        a += "Over the past 30 years, mutual trade has increased more than 70-fold, reaching " +
             money(rng) + " in " + std::to_string(year) + ", the Xinhua News Agency reported.";
        break;
      default:
        a += pick(kFiller);
        break;
    }
    a += "\n\n";
  }
  return a;
}

}  // namespace

int main(int argc, char** argv) {
  const double mb = argc > 1 ? std::atof(argv[1]) : 32.0;
  const unsigned seed = argc > 2 ? static_cast<unsigned>(std::atoi(argv[2])) : 20231110u;
  std::mt19937 rng(seed);
  std::vector<std::string> corpus;
  std::size_t bytes = 0;
  while (static_cast<double>(bytes) < mb * 1e6) {
    corpus.push_back(article(rng, 5000));
    bytes += corpus.back().size();
  }
  // Warm-up: lexicons load once.
  (void)grammar::parse_claims(grammar::read_articles("warm.txt", corpus.front()).articles.front());
  std::size_t facts = 0;
  const double t0 = cpu_seconds();
  for (std::size_t i = 0; i < corpus.size(); ++i) {
    const grammar::read_result r = grammar::read_articles("a.txt", corpus[i]);
    for (const auto& a : r.articles) facts += grammar::parse_claims(a).facts.size();
  }
  const double secs = cpu_seconds() - t0;
  std::printf("extract: %zu articles, %.1f MB, %zu facts, %.3f s, %.1f MB/s\n", corpus.size(),
              static_cast<double>(bytes) / 1e6, facts, secs,
              static_cast<double>(bytes) / 1e6 / secs);
  // The mention scan alone, for the share of the time it takes.
  std::size_t mentions = 0;
  grammar::scan_options so;
  so.reference = date::sys_days{date::year{2023} / 3 / 10};
  const double t1 = cpu_seconds();
  for (const auto& text : corpus) mentions += grammar::scan_mentions(text, so).size();
  const double scan = cpu_seconds() - t1;
  std::printf("mention scan alone: %zu mentions, %.3f s, %.1f MB/s\n", mentions, scan,
              static_cast<double>(bytes) / 1e6 / scan);
  return 0;
}
