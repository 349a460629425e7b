// Fact extraction throughput: reading, sentence splitting, the mention scan
// and claim assembly (read_articles + parse_claims) over a generated corpus
// of news-like articles in the seeds' plain-text shape. Prints MB/s of
// article text per CPU second on one core, the facts found, and the mention
// scan alone for comparison.
//
//   cmake --preset bench && cmake --build --preset bench --target bench_extract
//   ./build/bench/bench/bench_extract [megabytes] [seed]
//   ./build/bench/bench/bench_extract [megabytes] FILE...   (the files, repeated)
// With files, each is read as its own article(s) (the format by its
// extension) and the list is repeated until about `megabytes` of text.
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "grammar/claims/text.hpp"
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

bool is_number(const char* s) {
  char* end = nullptr;
  (void)std::strtod(s, &end);
  return end != s && *end == '\0';
}

}  // namespace

int main(int argc, char** argv) {
  const double mb = argc > 1 ? std::atof(argv[1]) : 32.0;
  // The articles: generated, or the given files repeated.
  std::vector<std::string> corpus;
  std::vector<std::string> paths;
  std::size_t bytes = 0;
  if (argc > 2 && !is_number(argv[2])) {
    std::vector<std::string> files;
    for (int i = 2; i < argc; ++i) {
      std::ifstream in(argv[i], std::ios::binary);
      if (!in) {
        std::fprintf(stderr, "bench_extract: cannot read %s\n", argv[i]);
        return 2;
      }
      files.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    while (static_cast<double>(bytes) < mb * 1e6) {
      for (std::size_t i = 0; i < files.size(); ++i) {
        corpus.push_back(files[i]);
        paths.emplace_back(argv[i + 2]);
        bytes += files[i].size();
      }
    }
  } else {
    const unsigned seed = argc > 2 ? static_cast<unsigned>(std::atoi(argv[2])) : 20231110u;
    std::mt19937 rng(seed);
    while (static_cast<double>(bytes) < mb * 1e6) {
      corpus.push_back(article(rng, 5000));
      paths.emplace_back("a.txt");
      bytes += corpus.back().size();
    }
  }
  // Warm-up: lexicons load once.
  for (const auto& a : grammar::read_articles(paths.front(), corpus.front()).articles) {
    (void)grammar::parse_claims(a);
  }
  // The best of three passes: the first also pays for the heap's growth.
  std::size_t facts = 0;
  double secs = 1e30;
  for (int pass = 0; pass < 3; ++pass) {
    facts = 0;
    const double t0 = cpu_seconds();
    for (std::size_t i = 0; i < corpus.size(); ++i) {
      const grammar::read_result r = grammar::read_articles(paths[i], corpus[i]);
      for (const auto& a : r.articles) facts += grammar::parse_claims(a).facts.size();
    }
    secs = std::min(secs, cpu_seconds() - t0);
  }
  std::printf("extract: %zu articles, %.1f MB, %zu facts, %.3f s, %.1f MB/s\n", corpus.size(),
              static_cast<double>(bytes) / 1e6, facts, secs,
              static_cast<double>(bytes) / 1e6 / secs);
  // The parts: the articles read once beforehand, their mentions scanned
  // beforehand (of the normalised text, as parse_claims scans it), then
  // the scan alone and extraction without the scan (normalising,
  // splitting, assembly, fact ids: parse_options::mentions given).
  std::vector<engine::article> articles;
  const double tr = cpu_seconds();
  for (std::size_t i = 0; i < corpus.size(); ++i) {
    for (auto& a : grammar::read_articles(paths[i], corpus[i]).articles) {
      articles.push_back(std::move(a));
    }
  }
  const double read = cpu_seconds() - tr;
  std::vector<std::string> texts;
  std::vector<grammar::scan_options> options;
  for (const auto& a : articles) {
    texts.push_back(grammar::claims::normalise(a.text, a.format == "markdown").text);
    grammar::scan_options so;
    so.reference = a.published;
    options.push_back(so);
  }
  std::vector<std::vector<grammar::mention>> scanned(articles.size());
  std::size_t mentions = 0;
  const double t1 = cpu_seconds();
  for (std::size_t i = 0; i < articles.size(); ++i) {
    scanned[i] = grammar::scan_mentions(texts[i], options[i]);
    mentions += scanned[i].size();
  }
  const double scan = cpu_seconds() - t1;
  std::size_t facts2 = 0;
  const double t2 = cpu_seconds();
  for (std::size_t i = 0; i < articles.size(); ++i) {
    grammar::parse_options po;
    po.mentions = &scanned[i];
    facts2 += grammar::parse_claims(articles[i], po).facts.size();
  }
  const double rest = cpu_seconds() - t2;
  // The two interleaved per article, as parse_claims does them (the sum of
  // the parts above runs each over the whole corpus, caches warm with one).
  const double t3 = cpu_seconds();
  for (std::size_t i = 0; i < articles.size(); ++i) {
    std::vector<grammar::mention> ms = grammar::scan_mentions(texts[i], options[i]);
    grammar::parse_options po;
    po.mentions = &ms;
    (void)grammar::parse_claims(articles[i], po);
  }
  const double both = cpu_seconds() - t3;
  auto rate = [&](double s) { return static_cast<double>(bytes) / 1e6 / s; };
  std::printf("  reading alone: %.3f s, %.1f MB/s (%.0f%%)\n", read, rate(read),
              100.0 * read / secs);
  std::printf("  mention scan alone: %zu mentions (%.1f per KB), %.3f s, %.1f MB/s (%.0f%%)\n",
              mentions, static_cast<double>(mentions) * 1e3 / static_cast<double>(bytes), scan,
              rate(scan), 100.0 * scan / secs);
  std::printf("  extraction without reading and scan (normalise, split, assembly, ids): %zu facts, "
              "%.3f s, %.1f MB/s (%.0f%%)\n",
              facts2, rest, rate(rest), 100.0 * rest / secs);
  std::printf("  scan, then extraction without it, article by article: %.3f s, %.1f MB/s\n", both,
              rate(both));
  return 0;
}
