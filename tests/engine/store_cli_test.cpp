// The store's commands end to end through the command line: export and
// import round trip, retract, --no-wait, --max-db-size, and the exit status
// of a database failure.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "engine/store/detail/writer_lock.hpp"
#include "tests/support/cli_runner.hpp"

using claimcheck::testing::run_cli;

namespace {

void write_file(const std::filesystem::path& p, const std::string& text) {
  std::ofstream(p, std::ios::binary) << text;
}

void two_articles(const claimcheck::testing::temp_dir& tmp) {
  write_file(tmp.path() / "a.txt",
             "Harbour traffic rose again\nPublished: Apr 02, 2024 09:15 AM\n\n"
             "The port handled 4.2 million containers in 2023, up 5 percent from 2022.\n");
  write_file(tmp.path() / "b.txt",
             "Grain exports hold steady\nPublished: May 20, 2024 10:00 AM\n\n"
             "Grain exports reached 12.5 million tonnes in 2023.\n");
}

}  // namespace

TEST_CASE("store: export, import and export again through the CLI give the same bytes") {
  claimcheck::testing::temp_dir tmp;
  two_articles(tmp);
  const std::string db = tmp.str("db");
  REQUIRE(run_cli({"--db", db, "ingest", tmp.str("a.txt"), tmp.str("b.txt")}).status == 0);
  const auto first = run_cli({"--db", db, "export"});
  REQUIRE(first.status == 0);
  CHECK(first.out.find("\"type\":\"article\"") != std::string::npos);
  write_file(tmp.path() / "dump.jsonl", first.out);

  const auto imported = run_cli({"--db", tmp.str("db2"), "--format", "json", "import",
                                 tmp.str("dump.jsonl")});
  REQUIRE(imported.status == 0);
  CHECK(nlohmann::json::parse(imported.out).at("articles") == 2);
  const auto second = run_cli({"--db", tmp.str("db2"), "export"});
  CHECK(second.status == 0);
  CHECK(second.out == first.out);

  const auto bad = run_cli({"--db", tmp.str("db3"), "import", tmp.str("a.txt")});
  CHECK(bad.status == 2);
  CHECK(bad.err.find("a.txt:1") != std::string::npos);
}

TEST_CASE("store: retract through the CLI by id prefix") {
  claimcheck::testing::temp_dir tmp;
  two_articles(tmp);
  const std::string db = tmp.str("db");
  REQUIRE(run_cli({"--db", db, "ingest", tmp.str("a.txt"), tmp.str("b.txt")}).status == 0);
  const auto list = run_cli({"--db", db, "--format", "json", "articles"});
  REQUIRE(list.status == 0);
  const std::string id = nlohmann::json::parse(list.out).at("articles").at(0).at("id");
  const auto r = run_cli({"--db", db, "--format", "json", "retract", id.substr(0, 8)});
  CHECK(r.status == 0);
  CHECK(nlohmann::json::parse(r.out).at("retracted") == id);
  const auto stats = run_cli({"--db", db, "--format", "json", "stats"});
  const auto s = nlohmann::json::parse(stats.out);
  CHECK(s.at("articles") == 1);
  CHECK(s.at("retracted") == 1);
  CHECK(run_cli({"--db", db, "retract", "ffffffff"}).status == 2);
}

TEST_CASE("store: database failures through the CLI exit with status 3") {
  claimcheck::testing::temp_dir tmp;
  two_articles(tmp);
  const auto missing = run_cli({"--db", tmp.str("nothing"), "stats"});
  CHECK(missing.status == 3);
  CHECK(missing.err.find("nothing") != std::string::npos);
  CHECK(run_cli({"--db", tmp.str("a.txt"), "ingest", tmp.str("b.txt")}).status == 3);

  // Another writer holds the database: --no-wait fails at once.
  const std::string db = tmp.str("db");
  REQUIRE(run_cli({"--db", db, "ingest", tmp.str("a.txt")}).status == 0);
  claimcheck::engine::detail::writer_lock other;
  other.acquire(db, false);
  const auto busy = run_cli({"--db", db, "--no-wait", "ingest", tmp.str("b.txt")});
  CHECK(busy.status == 3);
  CHECK(busy.err.find("another process is writing") != std::string::npos);
  other.release();

  // A size cap smaller than the data: a clear error, nothing written.
  std::string big = "Big report\nPublished: Jun 01, 2024 08:00 AM\n\n";
  // Text that does not compress (the store keeps texts compressed).
  std::uint64_t x = 88172645463325252ULL;
  for (int i = 0; i < 400000; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    big += static_cast<char>(i % 60 == 59 ? '\n' : 'a' + x % 26);
  }
  write_file(tmp.path() / "big.txt", big);
  const auto capped =
      run_cli({"--db", tmp.str("small"), "--max-db-size", "256KB", "ingest", tmp.str("big.txt")});
  CHECK(capped.status == 3);
  CHECK(capped.err.find("size cap") != std::string::npos);
  const auto after = run_cli({"--db", tmp.str("small"), "--format", "json", "stats"});
  CHECK(nlohmann::json::parse(after.out).at("articles") == 0);
}
