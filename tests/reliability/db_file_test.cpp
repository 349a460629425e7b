// What the user sees when the database file itself is wrong or the disk is
// (issue #10): an empty or truncated data.mdb, a full disk and a read-only
// file system. Each is refused with exit status 3 and one line naming the
// database and the problem; the database is as it was. The full-disk and
// read-only cases mount a small tmpfs, which needs root (CAP_SYS_ADMIN):
// elsewhere they are skipped with a message.
#include <doctest/doctest.h>
#include <sys/mount.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <string>

#include "tests/reliability/db_support.hpp"
#include "tests/reliability/process.hpp"
#include "tests/support/cli_runner.hpp"

using namespace claimcheck::testing;
namespace fs = std::filesystem;

namespace {

bool one_line(const std::string& s) { return std::count(s.begin(), s.end(), '\n') == 1; }

// A tmpfs of `size` mounted on `at` for the scope, when the process may.
class small_fs {
 public:
  small_fs(const fs::path& at, const char* size) : at_(at) {
    fs::create_directories(at);
    const std::string opts = std::string("size=") + size;
    mounted_ = ::geteuid() == 0 && ::mount("tmpfs", at.c_str(), "tmpfs", 0, opts.c_str()) == 0;
  }
  ~small_fs() {
    if (mounted_) ::umount2(at_.c_str(), MNT_DETACH);
  }
  small_fs(const small_fs&) = delete;
  small_fs& operator=(const small_fs&) = delete;
  [[nodiscard]] bool mounted() const { return mounted_; }
  bool read_only() {
    return ::mount("tmpfs", at_.c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
  }

 private:
  fs::path at_;
  bool mounted_ = false;
};

}  // namespace

TEST_CASE("reliability: an empty data.mdb is not a database") {
  // What a kill between LMDB creating data.mdb and writing its meta pages
  // leaves (tests/reliability/crash_test.cpp); LMDB itself says "Bad file
  // descriptor" to a reader.
  temp_dir dir;
  const std::string db = dir.str("db");
  fs::create_directory(db);
  std::ofstream(db + "/data.mdb").close();
  // The commands that only read (a writer would initialise the file).
  for (const std::string cmd : {"stats", "facts", "articles", "history", "export"}) {
    CAPTURE(cmd);
    const auto r = run_cli({"--db", db, cmd});
    CHECK(r.status == 3);
    CHECK(r.err ==
          "claimcheck: " + db + ": data.mdb is empty: not a database (its first write was cut short?)\n");
  }
  CHECK(fs::file_size(db + "/data.mdb") == 0);
}

TEST_CASE("reliability: a truncated data.mdb is refused, not read past its end") {
  // Reading a page past the end of a mapped file is SIGBUS: the size is
  // checked against the last page the meta page names.
  temp_dir dir;
  fs::create_directory(dir.path() / "in");
  write_articles(dir.path() / "in", 60);
  const std::string db = dir.str("db");
  REQUIRE(run_cli({"--db", db, "ingest", dir.str("in")}).status == 0);
  const auto size = fs::file_size(db + "/data.mdb");
  REQUIRE(size >= 8 * 4096);
  const auto cut = size / 2 / 4096 * 4096;
  fs::resize_file(db + "/data.mdb", cut);
  for (const std::string cmd : {"stats", "facts", "articles", "audit"}) {
    CAPTURE(cmd);
    const auto r = run_binary({"--db", db, cmd});
    CAPTURE(r.err);
    CHECK(r.status == 3);
    CHECK(r.err == "claimcheck: " + db + ": data.mdb is truncated (" + std::to_string(cut) +
                       " bytes; its pages need " + std::to_string(size) +
                       "): the database file is damaged\n");
  }
  const auto w = run_binary({"--db", db, "ingest", dir.str("in")});
  CHECK(w.status == 3);
  CHECK(one_line(w.err));
  CHECK(fs::file_size(db + "/data.mdb") == cut);
}

TEST_CASE("reliability: a full disk is told as a full disk, the database as it was") {
  temp_dir dir;
  small_fs disk(dir.path() / "disk", "320k");
  if (!disk.mounted()) {
    MESSAGE("cannot mount a tmpfs here (not root?): full-disk case skipped");
    return;
  }
  fs::create_directory(dir.path() / "in");
  const auto articles = write_articles(dir.path() / "in", 80);
  const std::string db = (dir.path() / "disk" / "db").string();
  REQUIRE(run_cli({"--db", db, "ingest", articles[0]}).status == 0);
  const std::string before = db_dump(db);
  // Fill the disk but for a few pages.
  {
    std::ofstream filler(dir.path() / "disk" / "filler", std::ios::binary);
    const std::string block(4096, 'f');
    while (filler.write(block.data(), block.size())) {
    }
  }
  fs::resize_file(dir.path() / "disk" / "filler", fs::file_size(dir.path() / "disk" / "filler") - 3 * 4096);
  const auto r = run_binary({"--db", db, "ingest", dir.str("in")});
  CAPTURE(r.err);
  CHECK(r.status == 3);
  CHECK(r.err.rfind("claimcheck: " + db + ": ", 0) == 0);
  CHECK(r.err.find("no space left on the device (disk full)") != std::string::npos);
  CHECK(r.err.find("Input/output error") == std::string::npos);
  CHECK(one_line(r.err));
  CHECK(db_dump(db) == before);
}

TEST_CASE("reliability: a database on a read-only file system") {
  temp_dir dir;
  small_fs disk(dir.path() / "disk", "4m");
  if (!disk.mounted()) {
    MESSAGE("cannot mount a tmpfs here (not root?): read-only file system case skipped");
    return;
  }
  fs::create_directory(dir.path() / "in");
  const auto articles = write_articles(dir.path() / "in", 2);
  const std::string db = (dir.path() / "disk" / "db").string();
  REQUIRE(run_cli({"--db", db, "ingest", articles[0]}).status == 0);
  const std::string before = db_dump(db);
  REQUIRE(disk.read_only());
  const auto r = run_cli({"--db", db, "ingest", articles[1]});
  CHECK(r.status == 3);
  CHECK(r.err == "claimcheck: " + db + ": the database directory is not writable (read-only file system)\n");
  // Reading still works.
  CHECK(run_cli({"--db", db, "stats"}).status == 0);
  CHECK(db_dump(db) == before);
}

TEST_CASE("reliability: without the rights: an unreadable file, a database of another user") {
  // Root's rights hide these cases; as root they run as nobody (65534).
  if (::geteuid() != 0) {
    MESSAGE("not root: cannot run as another user; these cases are skipped");
    return;
  }
  constexpr uid_t kNobody = 65534;
  temp_dir dir;
  fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                  fs::perms::others_read | fs::perms::others_exec);
  fs::create_directory(dir.path() / "in");
  const auto articles = write_articles(dir.path() / "in", 2);
  fs::permissions(dir.path() / "in", fs::perms::owner_all | fs::perms::others_read | fs::perms::others_exec);
  fs::permissions(articles[1], fs::perms::owner_read | fs::perms::others_read);
  fs::permissions(articles[0], fs::perms::none);

  const auto unreadable = run_binary_as(kNobody, {"extract", articles[0]});
  CHECK(unreadable.status == 2);
  CHECK(unreadable.err == "claimcheck: " + articles[0] + ": cannot read: Permission denied\n");

  // A database root made: its directory and lock.mdb are not nobody's.
  const std::string db = dir.str("db");
  REQUIRE(run_cli({"--db", db, "ingest", articles[1]}).status == 0);
  const std::string before = db_dump(db);
  const auto w = run_binary_as(kNobody, {"--db", db, "ingest", articles[1]});
  CHECK(w.status == 3);
  CHECK(w.err == "claimcheck: " + db + ": the database directory is not writable (permission denied)\n");
  const auto r = run_binary_as(kNobody, {"--db", db, "stats"});
  CHECK(r.status == 3);
  CHECK(r.err == "claimcheck: " + db +
                     ": lock.mdb is not writable (permission denied): even reading needs it; copy "
                     "the database to read it\n");
  CHECK(db_dump(db) == before);
  fs::permissions(articles[0], fs::perms::owner_all);
}
