// Crash consistency (issue #10): `claimcheck ingest` is killed with SIGKILL
// at random moments. After each kill the database opens; the articles in it
// are a prefix of the input (in name order, committed in batches),
// each wholly equal to the same article after a clean run (facts included),
// none partly there; when the ingest had finished and reported its articles,
// all of them are in; a re-run completes with no duplicates, to exactly the
// clean database; and `audit` gives the clean run's findings.
//
// CLAIMCHECK_CRASH_ITERATIONS sets the number of kills (default 50);
// scripts/crash-test --long runs 1000.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <thread>

#include "engine/model/error.hpp"
#include "tests/reliability/db_support.hpp"
#include "tests/reliability/process.hpp"
#include "tests/support/cli_runner.hpp"

using namespace claimcheck::testing;
namespace fs = std::filesystem;

namespace {

std::size_t iterations() {
  const char* e = std::getenv("CLAIMCHECK_CRASH_ITERATIONS");
  return e != nullptr && *e != '\0' ? std::strtoul(e, nullptr, 10) : 50;
}

// Article id -> its dump line, and the ids in dump (ingestion) order.
struct dump_view {
  std::map<std::string, std::string> line_of;
  std::vector<std::string> order;
  std::string rest;  // derived facts and findings
};

dump_view parse_dump(const std::string& dump) {
  dump_view v;
  std::istringstream in(dump);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("derived ", 0) == 0 || line.rfind("finding ", 0) == 0) {
      v.rest += line + '\n';
      continue;
    }
    const auto id = nlohmann::json::parse(line).at("id").get<std::string>();
    v.line_of[id] = line;
    v.order.push_back(id);
  }
  return v;
}

std::string audit_findings(const fs::path& db) {
  const auto r = run_binary({"--db", db.string(), "--format", "json", "audit"});
  REQUIRE(r.status == 0);
  auto j = nlohmann::json::parse(r.out);
  return j.at("findings").dump();
}

}  // namespace

TEST_CASE("reliability: ingest killed with SIGKILL at random moments") {
  temp_dir dir;
  const fs::path in = dir.path() / "in";
  fs::create_directory(in);
  // Ingest commits in batches of 256 articles (engine/claimcheck.cpp): 600
  // articles make three transactions, so that kills land part-way.
  const auto files = write_articles(in, 600);

  // The clean run, timed.
  const fs::path clean_db = dir.path() / "clean.db";
  const auto t0 = std::chrono::steady_clock::now();
  const auto clean_run = run_binary({"--db", clean_db.string(), "ingest", in.string()});
  const auto clean_time = std::chrono::steady_clock::now() - t0;
  REQUIRE(clean_run.status == 0);
  const std::string clean_dump = db_dump(clean_db);
  const dump_view clean = parse_dump(clean_dump);
  REQUIRE(clean.order.size() == files.size());
  const std::string clean_audit = audit_findings(clean_db);

  const std::size_t n = iterations();
  const auto window = std::chrono::duration_cast<std::chrono::microseconds>(clean_time);
  std::mt19937_64 rng(20231125);
  std::size_t killed_empty = 0, killed_partway = 0, finished_first = 0, no_db = 0;
  // Totals for the report: databases that opened and held a consistent
  // prefix, committed articles compared with the clean run, duplicate
  // articles after a re-run, re-runs whose audit equals the clean one.
  std::size_t opened = 0, articles_checked = 0, duplicates = 0, audits_equal = 0;
  for (std::size_t i = 0; i < n; ++i) {
    CAPTURE(i);
    const fs::path db = dir.path() / "crash.db";
    fs::remove_all(db);
    const auto delay = std::chrono::microseconds(
        std::uniform_int_distribution<std::int64_t>(0, window.count())(rng));
    const std::string out = (dir.path() / "out.txt").string();
    const std::string err = (dir.path() / "err.txt").string();
    int status = 0;
    {
      child c({"--db", db.string(), "--format", "json", "ingest", in.string()}, out, err);
      std::this_thread::sleep_for(delay);
      status = c.kill_and_wait();
    }
    CAPTURE(status);
    std::optional<std::string> dump;
    // Killed right after LMDB created data.mdb and before it wrote the meta
    // pages: an empty file, which a reader refuses ("data.mdb is empty: not
    // a database", tests/reliability/db_file_test.cpp) and the next writer
    // initialises (the re-run below).
    if (fs::exists(db / "data.mdb") && fs::file_size(db / "data.mdb") > 0) {
      try {
        dump = db_dump(db);
      } catch (const claimcheck::error& e) {
        // Killed while the first ingest was creating the tables: the file
        // exists but is not a database yet; the next writer creates it (the
        // re-run below). Anything else is a failure.
        CAPTURE(e.what());
        CHECK(std::string(e.what()).find("tables are missing") != std::string::npos);
      }
    }
    if (!dump) {
      ++no_db;  // killed before the database was created
    } else {
      // The database opens, and holds a prefix of the input, each article whole.
      const dump_view got = parse_dump(*dump);
      REQUIRE(got.order.size() <= clean.order.size());
      ++opened;
      articles_checked += got.order.size();
      for (std::size_t k = 0; k < got.order.size(); ++k) {
        CHECK(got.order[k] == clean.order[k]);
        CHECK(got.line_of.at(got.order[k]) == clean.line_of.at(clean.order[k]));
      }
      if (status == 0) {
        // Finished before the kill: every article it reported is in.
        ++finished_first;
        const auto report = nlohmann::json::parse(read_text_file(out));
        for (const auto& a : report.at("articles")) {
          CHECK(got.line_of.count(a.at("id").get<std::string>()) == 1);
        }
        CHECK(got.order.size() == clean.order.size());
      } else {
        CHECK(status == 128 + 9);
        (got.order.empty() ? killed_empty : killed_partway) += 1;
      }
    }
    // A re-run completes the database: no duplicates, the clean result.
    const auto rerun = run_binary({"--db", db.string(), "ingest", in.string()});
    REQUIRE(rerun.status == 0);
    const std::string rerun_dump = db_dump(db);
    const dump_view again = parse_dump(rerun_dump);
    duplicates += again.order.size() - again.line_of.size();
    CHECK(rerun_dump == clean_dump);
    const bool audit_equal = audit_findings(db) == clean_audit;
    CHECK(audit_equal);
    audits_equal += audit_equal ? 1 : 0;
  }
  MESSAGE(n << " kills (clean ingest of " << files.size() << " articles: "
            << std::chrono::duration_cast<std::chrono::milliseconds>(clean_time).count()
            << " ms): " << no_db << " before the database existed, " << killed_empty
            << " with no article committed, " << killed_partway << " part-way, "
            << finished_first << " after the ingest had finished");
  MESSAGE(opened << " databases opened consistent, " << articles_checked
                 << " committed articles checked whole, " << duplicates
                 << " duplicates after re-runs, " << audits_equal << " of " << n
                 << " audits equal to the clean run");
  CHECK(duplicates == 0);
  CHECK(audits_equal == n);
  CHECK(killed_partway > 0);
}
