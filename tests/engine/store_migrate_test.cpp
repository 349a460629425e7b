// Schema migration: a schema 2 database written by the claimcheck of schema
// 2 (tests/data/store_v2/data.mdb: the round-trip fixture of
// store_transfer_test plus the four founding articles ingested through the
// CLI, with one retraction; export.jsonl and history.json are what that
// claimcheck printed for it) opens as schema 3 with every record intact, in
// one transaction; a read-only open refuses to upgrade it.
#include <doctest/doctest.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/model/error.hpp"
#include "engine/transfer.hpp"
#include "tests/engine/store_support.hpp"
#include "tests/reliability/lmdb_faults.hpp"
#include "tests/support/cli_runner.hpp"

using namespace claimcheck;

namespace {

const std::filesystem::path kFixture =
    std::filesystem::path(CLAIMCHECK_SOURCE_DIR) / "tests/data/store_v2";

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A writable copy of the schema 2 database.
std::filesystem::path copy_fixture(const test::temp_dir& tmp) {
  const auto db = tmp.db();
  std::filesystem::create_directories(db);
  std::filesystem::copy_file(kFixture / "data.mdb", db / "data.mdb");
  return db;
}

using test::export_string;

}  // namespace

TEST_CASE("store: a schema 2 database is upgraded on opening, every record intact") {
  test::temp_dir tmp;
  const auto db = copy_fixture(tmp);
  const std::string expected = slurp(kFixture / "export.jsonl");
  REQUIRE(!expected.empty());
  {
    engine::store s(test::small_options(db));
    // Same bytes as schema 2's own export: texts, facts (every field),
    // states, derived facts, findings.
    CHECK(export_string(s) == expected);
    const auto st = s.stats();
    CHECK(st.articles == 6);
    CHECK(st.facts == 10);
    CHECK(st.derived == 1);
    CHECK(st.findings == 30);
    CHECK(st.retracted == 1);
  }
  // Reopened (now schema 3, read-only works), and the CLI's history is what
  // schema 2 printed.
  engine::store_options ro = test::small_options(db);
  ro.read_only = true;
  {
    engine::store s(ro);
    CHECK(export_string(s) == expected);
  }
  const auto h = testing::run_cli({"--db", db.string(), "--format", "json", "history", "--derived"});
  CHECK(h.status == 0);
  CHECK(h.out == slurp(kFixture / "history.json"));

  // It takes new articles as any schema 3 database.
  engine::store s(test::small_options(db));
  const auto a = test::make_article("After the upgrade trade was $30 billion.", 2024);
  CHECK(s.add_article(a, std::vector<engine::fact>{test::make_fact(a, 2023, 30.0)}, {}, {}));
  CHECK(s.stats().articles == 7);
  CHECK(s.get_article(a.id)->text == a.text);
}

TEST_CASE("store: a read-only open of a schema 2 database refuses to upgrade it") {
  test::temp_dir tmp;
  const auto db = copy_fixture(tmp);
  const std::string before = slurp(db / "data.mdb");
  engine::store_options ro = test::small_options(db);
  ro.read_only = true;
  try {
    engine::store s(ro);
    FAIL("a read-only open upgraded or read a schema 2 database");
  } catch (const claimcheck::error& e) {
    CHECK(e.exit_status() == 3);
    CHECK(std::string(e.what()).find("schema version 2 needs an upgrade") != std::string::npos);
  }
  CHECK(slurp(db / "data.mdb") == before);
}

TEST_CASE("store: an upgrade that fails part way leaves schema 2, and the next open upgrades") {
  const std::string expected = slurp(kFixture / "export.jsonl");
  // A failure at one of a spread of the LMDB calls of the opening (the
  // upgrade makes a few hundred): the open fails and nothing is
  // half-upgraded; the next open upgrades it whole.
  // Count the LMDB calls of a whole upgrade first, then fail at six points
  // spread over them (the count moves as the store changes).
  std::uint64_t total = 0;
  {
    test::temp_dir tmp;
    const auto db = copy_fixture(tmp);
    testing::lmdb_fault counting(~std::uint64_t{0}, EIO);
    engine::store s(test::small_options(db));
    total = testing::lmdb_calls();
  }
  REQUIRE(total >= 12);
  int failed = 0;
  for (const std::uint64_t n : {std::uint64_t{1}, total / 6, total / 3, total / 2, 2 * total / 3,
                                total - 1}) {
    CAPTURE(n);
    test::temp_dir tmp;
    const auto db = copy_fixture(tmp);
    bool threw = false;
    try {
      testing::lmdb_fault fault(n, EIO);
      engine::store s(test::small_options(db));
    } catch (const claimcheck::error& e) {
      CHECK(e.exit_status() == 3);
      threw = true;
      ++failed;
    }
    if (threw) {
      engine::store_options ro = test::small_options(db);
      ro.read_only = true;
      try {
        engine::store s(ro);
        FAIL("a failed upgrade left a schema 3 database");
      } catch (const claimcheck::error& e) {
        CHECK(std::string(e.what()).find("schema version 2 needs an upgrade") !=
              std::string::npos);
      }
    }
    engine::store s(test::small_options(db));
    CHECK(export_string(s) == expected);
  }
  CHECK(failed == 6);
}

TEST_CASE("store: through the CLI, a read-only command refuses schema 2 and a writing one upgrades") {
  test::temp_dir tmp;
  const std::string db = copy_fixture(tmp).string();
  const auto refused = testing::run_cli({"--db", db, "stats"});
  CHECK(refused.status == 3);
  CHECK(refused.err.find("import /dev/null") != std::string::npos);
  CHECK(testing::run_cli({"--db", db, "import", "/dev/null"}).status == 0);
  const auto stats = testing::run_cli({"--db", db, "stats"});
  CHECK(stats.status == 0);
  CHECK(stats.out.find("articles 6") != std::string::npos);
}
