// `check` commits nothing, so it reads a database it cannot write: a
// read-only file system, a read-only directory of another user (a CI job
// checking against a shared archive). Its findings are those of a check on
// the writable database, and data.mdb is left byte for byte as it was. A
// schema 2 database is still upgraded when writable and refused, with the
// upgrading commands named, when not; a database not made yet is made, as
// before. The read-only cases need root (a tmpfs mount, or running as
// nobody): elsewhere they are skipped with a message.
#include <doctest/doctest.h>
#include <sys/mount.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "tests/reliability/process.hpp"
#include "tests/support/cli_runner.hpp"

using namespace claimcheck::testing;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A small tmpfs mounted on `at` for the scope, when the process may.
class ro_fs {
 public:
  explicit ro_fs(const fs::path& at) : at_(at) {
    fs::create_directories(at);
    mounted_ = ::geteuid() == 0 && ::mount("tmpfs", at.c_str(), "tmpfs", 0, "size=8m") == 0;
  }
  ~ro_fs() {
    if (mounted_) ::umount2(at_.c_str(), MNT_DETACH);
  }
  ro_fs(const ro_fs&) = delete;
  ro_fs& operator=(const ro_fs&) = delete;
  [[nodiscard]] bool mounted() const { return mounted_; }
  bool make_read_only() {
    return ::mount("tmpfs", at_.c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
  }

 private:
  fs::path at_;
  bool mounted_ = false;
};

// Copies the founding articles (2021 figures; a 2022 article that
// contradicts them) where any user may read them; returns their paths.
std::pair<std::string, std::string> founding_copies(const fs::path& dir) {
  fs::create_directories(dir);
  const auto a = dir / "trade_2021.txt";
  const auto b = dir / "trade_2022_contradicts.txt";
  fs::copy_file(test_data("founding/trade_2021.txt"), a);
  fs::copy_file(test_data("founding/trade_2022_contradicts.txt"), b);
  for (const auto& p : {dir, a, b}) {
    fs::permissions(p, fs::perms::others_read | fs::perms::others_exec, fs::perm_options::add);
  }
  return {a.string(), b.string()};
}

}  // namespace

TEST_CASE("reliability: check on a read-only file system finds what it finds when writable") {
  temp_dir dir;
  ro_fs disk(dir.path() / "disk");
  if (!disk.mounted()) {
    MESSAGE("cannot mount a tmpfs here (not root?): read-only check case skipped");
    return;
  }
  const auto [older, newer] = founding_copies(dir.path() / "in");
  const std::string db = (dir.path() / "disk" / "db").string();
  REQUIRE(run_cli({"--db", db, "ingest", older}).status == 0);
  const auto writable = run_cli({"--db", db, "--format", "json", "check", newer});
  // The 2022 article's growth figure contradicts the 2021 levels: an error.
  CHECK(writable.status == 1);
  CHECK(writable.out.find("\"contradiction\"") != std::string::npos);
  const std::string data = slurp(fs::path(db) / "data.mdb");
  REQUIRE(!data.empty());

  REQUIRE(disk.make_read_only());
  const auto ro = run_cli({"--db", db, "--format", "json", "check", newer});
  CHECK(ro.err == "");
  CHECK(ro.status == writable.status);
  CHECK(ro.out == writable.out);
  CHECK(slurp(fs::path(db) / "data.mdb") == data);
  // Writing is still refused as before.
  const auto ing = run_cli({"--db", db, "ingest", newer});
  CHECK(ing.status == 3);
  CHECK(ing.err.find("not writable (read-only file system)") != std::string::npos);

  // A database not made yet cannot be made here: refused as before.
  const auto none = run_cli({"--db", (dir.path() / "disk" / "none").string(), "check", newer});
  CHECK(none.status == 3);
}

TEST_CASE("reliability: check on a read-only database directory of another user") {
  if (::geteuid() != 0) {
    MESSAGE("not root: cannot run as another user; read-only directory case skipped");
    return;
  }
  constexpr uid_t kNobody = 65534;
  temp_dir dir;
  fs::permissions(dir.path(), fs::perms::others_read | fs::perms::others_exec, fs::perm_options::add);
  const auto [older, newer] = founding_copies(dir.path() / "in");
  const std::string db = dir.str("db");
  REQUIRE(run_cli({"--db", db, "ingest", older}).status == 0);
  const auto writable = run_cli({"--db", db, "--format", "json", "check", newer});
  CHECK(writable.status == 1);
  const std::string data = slurp(fs::path(db) / "data.mdb");

  // The directory and data.mdb are root's and read-only to others; only
  // lock.mdb (which LMDB needs even to read) may be written by all.
  fs::permissions(db, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                          fs::perms::others_read | fs::perms::others_exec);
  fs::permissions(fs::path(db) / "data.mdb",
                  fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  fs::permissions(fs::path(db) / "lock.mdb", fs::perms::owner_read | fs::perms::owner_write |
                                                 fs::perms::group_read | fs::perms::group_write |
                                                 fs::perms::others_read | fs::perms::others_write);
  const auto ro = run_binary_as(kNobody, {"--db", db, "--format", "json", "check", newer});
  CHECK(ro.err == "");
  CHECK(ro.status == writable.status);
  CHECK(ro.out == writable.out);
  CHECK(slurp(fs::path(db) / "data.mdb") == data);
  const auto ing = run_binary_as(kNobody, {"--db", db, "ingest", newer});
  CHECK(ing.status == 3);
  CHECK(ing.err == "claimcheck: " + db +
                       ": the database directory is not writable (permission denied)\n");
  fs::permissions(fs::path(db) / "data.mdb", fs::perms::owner_read | fs::perms::owner_write);
}

TEST_CASE("reliability: check upgrades a writable schema 2 database, refuses a read-only one") {
  const fs::path fixture = fs::path(CLAIMCHECK_SOURCE_DIR) / "tests/data/store_v2/data.mdb";
  temp_dir dir;
  const auto [older, newer] = founding_copies(dir.path() / "in");
  (void)older;
  const fs::path writable = dir.path() / "writable";
  fs::create_directories(writable);
  fs::copy_file(fixture, writable / "data.mdb");
  const auto up = run_cli({"--db", writable.string(), "check", newer});
  CHECK(up.status != 3);
  CHECK(run_cli({"--db", writable.string(), "stats"}).status == 0);  // now schema 3

  ro_fs disk(dir.path() / "disk");
  if (!disk.mounted()) {
    MESSAGE("cannot mount a tmpfs here (not root?): read-only schema 2 case skipped");
    return;
  }
  const fs::path db = dir.path() / "disk" / "db";
  fs::create_directories(db);
  fs::copy_file(fixture, db / "data.mdb");
  REQUIRE(disk.make_read_only());
  const auto r = run_cli({"--db", db.string(), "check", newer});
  CHECK(r.status == 3);
  CHECK(r.err.find("schema version 2 needs an upgrade") != std::string::npos);
  CHECK(r.err.find("import /dev/null") != std::string::npos);
  CHECK(slurp(db / "data.mdb") == slurp(fixture));
}

TEST_CASE("reliability: check on a database not made yet checks against nothing and makes it") {
  temp_dir dir;
  const auto [older, newer] = founding_copies(dir.path() / "in");
  (void)older;
  const std::string db = dir.str("db");
  const auto r = run_cli({"--db", db, "--format", "json", "check", newer});
  CHECK(r.status == 0);  // no history: nothing to contradict
  CHECK(r.err == "");
  CHECK(fs::exists(fs::path(db) / "data.mdb"));
  const auto stats = run_cli({"--db", db, "stats"});
  CHECK(stats.status == 0);
  CHECK(stats.out.find("articles 0\n") != std::string::npos);
}
