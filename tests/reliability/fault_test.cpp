// Fault injection (issue #10): the Nth LMDB call of an ingest fails with
// EIO, ENOSPC, MDB_MAP_FULL or MDB_READERS_FULL, for N = 1, 2, ... until the
// ingest makes fewer than N calls. After each failure the exit status is 3,
// stderr is one line naming the problem, and the database is exactly as it
// was; when the store absorbs the fault (a full map grows and the write is
// retried) the article is wholly in.
#include <doctest/doctest.h>
#include <lmdb.h>

#include <algorithm>
#include <cerrno>
#include <string>

#include "tests/reliability/db_support.hpp"
#include "tests/reliability/lmdb_faults.hpp"
#include "tests/support/cli_runner.hpp"

using namespace claimcheck::testing;

namespace {

struct fault_case {
  int code;
  const char* name;
  const char* message;  // what stderr must say
};

}  // namespace

TEST_CASE("reliability: an LMDB failure at any call leaves the database unchanged") {
  const fault_case cases[] = {
      {EIO, "EIO", "Input/output error"},
      {ENOSPC, "ENOSPC", "no space left on the device (disk full)"},
      {MDB_MAP_FULL, "MDB_MAP_FULL", "database map is full"},
      {MDB_READERS_FULL, "MDB_READERS_FULL", "too many reader processes"},
  };
  temp_dir dir;
  std::filesystem::create_directory(dir.path() / "in");
  const auto articles = write_articles(dir.path() / "in", 2);
  const auto base = dir.path() / "base.db";
  REQUIRE(run_cli({"--db", base.string(), "ingest", articles[0]}).status == 0);
  const std::string before = db_dump(base);
  REQUIRE(db_article_ids(base).size() == 1);

  for (const auto& c : cases) {
    const std::string name = c.name;
    CAPTURE(name);
    std::size_t failed = 0;
    std::size_t absorbed = 0;
    bool finished = false;
    for (std::uint64_t n = 1; n <= 5000 && !finished; ++n) {
      CAPTURE(n);
      const auto db = dir.path() / ("work-" + std::to_string(n) + ".db");
      copy_db(base, db);
      cli_result r;
      bool fired = false;
      std::string call;
      {
        lmdb_fault fault(n, c.code);
        r = run_cli({"--db", db.string(), "ingest", articles[1]});
        fired = lmdb_fault_fired();
        call = lmdb_fault_call();
      }
      CAPTURE(call);
      CAPTURE(r.err);
      if (!fired) {
        // Fewer than n calls: the ingest ran clean.
        CHECK(r.status == 0);
        CHECK(db_article_ids(db).size() == 2);
        MESSAGE(name << ": an ingest makes " << n - 1 << " LMDB calls; " << failed
                       << " injected failures refused cleanly, " << absorbed << " absorbed");
        finished = true;
      } else if (r.status == 0) {
        ++absorbed;
        CHECK(db_article_ids(db).size() == 2);
      } else {
        ++failed;
        CHECK(r.status == 3);
        CHECK(r.err.rfind("claimcheck: ", 0) == 0);
        CHECK(r.err.find(c.message) != std::string::npos);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
        CHECK(db_dump(db) == before);
      }
      std::filesystem::remove_all(db);
    }
    CHECK(finished);
    CHECK(failed > 0);
  }
}

TEST_CASE("reliability: the fault seam counts and fires once") {
  temp_dir dir;
  std::filesystem::create_directory(dir.path() / "in");
  const auto articles = write_articles(dir.path() / "in", 1);
  REQUIRE(run_cli({"--db", dir.str("db"), "ingest", articles[0]}).status == 0);
  {
    lmdb_fault fault(1000000, EIO);
    REQUIRE(run_cli({"--db", dir.str("db"), "stats"}).status == 0);
    CHECK(lmdb_calls() > 0);
    CHECK_FALSE(lmdb_fault_fired());
  }
  {
    lmdb_fault fault(1, EIO);
    const auto r = run_cli({"--db", dir.str("db"), "stats"});
    CHECK(lmdb_fault_fired());
    CHECK(r.status == 3);
  }
}
