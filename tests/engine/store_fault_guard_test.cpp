// The fault guard (engine/store/detail/fault_guard): a SIGBUS or SIGSEGV
// on a database's pages, or inside an LMDB call, ends the process with the
// store's one error line and status 3; any other crash keeps the default
// action. Each case runs in a forked child, since the guard ends it.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "engine/store/detail/fault_guard.hpp"
#include "engine/store/detail/lmdb.hpp"
#include "engine/store/store.hpp"
#include "tests/support/cli_runner.hpp"

using namespace claimcheck::engine;

namespace {

struct child_result {
  int status = 0;  // the raw wait status
  std::string err;
};

// Runs body in a child with stderr to a pipe; body must end the process.
template <class F>
child_result in_child(F body) {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::close(fds[0]);
    ::dup2(fds[1], STDERR_FILENO);
    body();
    ::_exit(0);
  }
  ::close(fds[1]);
  child_result r;
  char buf[512];
  for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) r.err.append(buf, static_cast<std::size_t>(n));
  ::close(fds[0]);
  ::waitpid(pid, &r.status, 0);
  return r;
}

// An environment over a fresh directory with one record, so the file is
// a few pages long and the map (1 MB) reaches far past its end.
lmdb::env small_env(const std::string& dir) {
  lmdb::env e(dir);
  e.set_map_size(std::size_t{1} << 20);
  e.open(dir.c_str(), 0, 0644);
  lmdb::txn t(e, 0);
  const auto dbi = t.open_dbi(nullptr, 0);
  t.put(*dbi, "key", "value");
  t.commit();
  return e;
}

}  // namespace

TEST_CASE("store: a read past a database file's end is reported as a damaged database") {
  claimcheck::testing::temp_dir dir;
  const auto r = in_child([&] {
    guard_database_faults();
    auto e = small_env(dir.str());
    const auto map = lmdb::file_map_of(
        std::filesystem::canonical(dir.path() / "data.mdb").string(), e.info().me_mapsize, e.get());
    if (!map) ::_exit(99);
    // Inside the map, past the file: the kernel answers with SIGBUS.
    const volatile char* past = static_cast<const char*>(map->first) + map->second - 1;
    (void)*past;
  });
  REQUIRE(WIFEXITED(r.status));
  CHECK(WEXITSTATUS(r.status) == 3);
  CHECK(r.err == "claimcheck: " + dir.str() +
                     ": the database file is damaged (a page points outside it); restore it "
                     "from a backup or re-ingest the articles\n");
}

TEST_CASE("store: a fault inside an LMDB call is reported; a fault elsewhere stays a crash") {
  claimcheck::testing::temp_dir dir;
  const auto inside = in_child([&] {
    guard_database_faults();
    auto e = small_env(dir.str());
    const lmdb::call_scope in;
    ::raise(SIGSEGV);
  });
  REQUIRE(WIFEXITED(inside.status));
  CHECK(WEXITSTATUS(inside.status) == 3);
  CHECK(inside.err.find(dir.str() + ": the database file is damaged") != std::string::npos);

  const auto outside = in_child([&] {
    guard_database_faults();
    auto e = small_env(dir.str());
    ::raise(SIGSEGV);
  });
  REQUIRE(WIFSIGNALED(outside.status));
  CHECK(WTERMSIG(outside.status) == SIGSEGV);
  CHECK(outside.err.empty());
}
