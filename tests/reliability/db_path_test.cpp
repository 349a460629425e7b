// Bad database paths and damaged databases (issue #10): each is refused with
// exit status 3 and one line naming the directory and the problem; a
// database with damaged pages never crashes the program.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <string>

#include "tests/reliability/db_support.hpp"
#include "tests/reliability/process.hpp"
#include "tests/support/cli_runner.hpp"

using namespace claimcheck::testing;
namespace fs = std::filesystem;

namespace {

bool one_line(const std::string& s) { return std::count(s.begin(), s.end(), '\n') == 1; }

}  // namespace

TEST_CASE("reliability: database paths that cannot hold a database") {
  temp_dir dir;
  fs::create_directory(dir.path() / "in");
  const auto articles = write_articles(dir.path() / "in", 1);
  SUBCASE("missing, for a command that only reads") {
    const std::string db = dir.str("nodb");
    for (const char* cmd : {"stats", "facts", "articles", "history"}) {
      CAPTURE(cmd);
      const auto r = run_cli({"--db", db, cmd});
      CHECK(r.status == 3);
      CHECK(r.err == "claimcheck: " + db + ": no database here (the directory does not exist)\n");
    }
    CHECK_FALSE(fs::exists(db));
  }
  SUBCASE("a regular file") {
    const std::string db = dir.str("file.db");
    std::ofstream(db) << "not a database";
    const auto r = run_cli({"--db", db, "ingest", articles[0]});
    CHECK(r.status == 3);
    CHECK(r.err == "claimcheck: " + db + ": not a directory (a database is a directory)\n");
  }
  SUBCASE("a place where no directory can be made") {
    // sysfs refuses mkdir even to root.
    const std::string db = "/sys/claimcheck-test.db";
    const auto r = run_cli({"--db", db, "ingest", articles[0]});
    CHECK(r.status == 3);
    CHECK(r.err.rfind("claimcheck: " + db + ": cannot create directory: ", 0) == 0);
    CHECK(one_line(r.err));
  }
  SUBCASE("a read-only directory") {
    const std::string db = dir.str("ro.db");
    REQUIRE(run_cli({"--db", db, "ingest", articles[0]}).status == 0);
    const std::string before = db_dump(db);
    fs::permissions(db, fs::perms::owner_read | fs::perms::owner_exec);
    fs::permissions(db + "/data.mdb", fs::perms::owner_read);
    if (::geteuid() == 0) {
      MESSAGE("running as root: permissions do not stop writes; read-only case skipped");
    } else {
      fs::create_directory(dir.path() / "more");
      const auto more = write_articles(dir.path() / "more", 2);
      const auto r = run_cli({"--db", db, "ingest", more[1]});
      CHECK(r.status == 3);
      CHECK(r.err.find("permission denied") != std::string::npos);
      CHECK(one_line(r.err));
      CHECK(db_dump(db) == before);
    }
    fs::permissions(db, fs::perms::owner_all);
  }
}

TEST_CASE("reliability: a database file that is not LMDB") {
  temp_dir dir;
  fs::create_directory(dir.path() / "in");
  const auto articles = write_articles(dir.path() / "in", 1);
  const std::string db = dir.str("db");
  REQUIRE(run_cli({"--db", db, "ingest", articles[0]}).status == 0);
  {
    std::ofstream f(db + "/data.mdb", std::ios::binary | std::ios::trunc);
    f << std::string(8192, 'Z');
  }
  for (const char* cmd : {"stats", "facts", "audit"}) {
    CAPTURE(cmd);
    const auto r = run_cli({"--db", db, cmd});
    CHECK(r.status == 3);
    CHECK(r.err == "claimcheck: " + db +
                       ": mdb_env_open: data.mdb is not a database file (damaged, or not "
                       "written by claimcheck)\n");
  }
}

TEST_CASE("reliability: damaged pages in a database never crash it") {
  temp_dir dir;
  fs::create_directory(dir.path() / "in");
  write_articles(dir.path() / "in", 30);
  const fs::path good = dir.path() / "good.db";
  REQUIRE(run_binary({"--db", good.string(), "ingest", (dir.path() / "in").string()}).status == 0);
  const auto size = fs::file_size(good / "data.mdb");
  REQUIRE(size > 3 * 4096);
  std::mt19937 rng(7);
  std::size_t refused = 0;
  for (int round = 0; round < 12; ++round) {
    CAPTURE(round);
    const fs::path db = dir.path() / "damaged.db";
    fs::remove_all(db);
    copy_db(good, db);
    {
      // Random bytes over parts of data pages (the two meta pages are left:
      // their damage is the "not an LMDB file" case above).
      std::fstream f(db / "data.mdb", std::ios::binary | std::ios::in | std::ios::out);
      for (int k = 0; k < 3; ++k) {
        const auto page = std::uniform_int_distribution<std::uintmax_t>(2, size / 4096 - 1)(rng);
        f.seekp(static_cast<std::streamoff>(page * 4096 + rng() % 4000));
        std::string junk(64, '\0');
        for (auto& c : junk) c = static_cast<char>(rng());
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
      }
    }
    for (const char* cmd : {"stats", "facts", "articles", "audit"}) {
      CAPTURE(cmd);
      const auto r = run_binary({"--db", db.string(), cmd}, {}, std::chrono::seconds(30));
      CAPTURE(r.err);
      CHECK_FALSE(r.timed_out);
      CHECK((r.status == 0 || r.status == 3));
      if (r.status == 3) {
        ++refused;
        CHECK(r.err.rfind("claimcheck: " + db.string() + ": ", 0) == 0);
        CHECK(one_line(r.err));
      }
    }
  }
  MESSAGE(refused << " of 48 commands on damaged databases refused with exit 3, the rest read");
}

TEST_CASE("reliability: a full disk (file size limit) during ingest") {
  temp_dir dir;
  const fs::path in = dir.path() / "in";
  fs::create_directory(in);
  const auto articles = write_articles(in, 40);
  const fs::path db = dir.path() / "db";
  REQUIRE(run_binary({"--db", db.string(), "ingest", articles[0]}).status == 0);
  const auto size = fs::file_size(db / "data.mdb");
  // Room for a few more pages, not for 39 articles.
  auto r = run_binary_file_limit({"--db", db.string(), "ingest", in.string()}, size + 4 * 4096);
  // A coverage build cannot write its .gcda files past the limit either.
  for (std::size_t at; (at = r.err.find("libgcov profiling error")) != std::string::npos;) {
    r.err.erase(at, r.err.find('\n', at) - at + 1);
  }
  CAPTURE(r.err);
  CHECK(r.status == 3);
  // LMDB reports a short write as EIO, a refused one as EFBIG: both are
  // told as the limit they are.
  CHECK(r.err.find("file size limit reached (disk full or ulimit -f)") != std::string::npos);
  CHECK(r.err.find("Input/output error") == std::string::npos);
  CHECK(r.err.find(db.string()) != std::string::npos);
  CHECK(one_line(r.err));
  // What got in before the disk filled is whole: a prefix of the input.
  const auto ids = db_article_ids(db);
  CHECK(ids.size() >= 1);
  CHECK(ids.size() < articles.size());
  // With room again, the same ingest completes.
  REQUIRE(run_binary({"--db", db.string(), "ingest", in.string()}).status == 0);
  CHECK(db_article_ids(db).size() == articles.size());
}
