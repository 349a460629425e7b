// Durability: a writer killed with SIGKILL at random moments never leaves
// an article half-written, and every article it reported committed is
// there; readers in another process see only whole articles.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <random>
#include <set>
#include <thread>
#include <vector>

#include "engine/store/store.hpp"
#include "tests/engine/store_support.hpp"

using namespace claimcheck;
using engine::fact;
using engine::store;

namespace {

struct corpus {
  std::vector<engine::article> articles;
  std::vector<std::vector<fact>> facts;
  std::map<std::string, std::size_t> index;  // article id -> position
};

// n articles of about 2 KB with 3 to 9 facts each.
corpus make_corpus(std::size_t n) {
  corpus c;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string body = "Report " + std::to_string(i) + ": " + std::string(2000, static_cast<char>('a' + i % 26));
    auto a = test::make_article(body, 2000 + static_cast<int>(i % 24));
    std::vector<fact> facts;
    for (std::size_t k = 0; k < 3 + i % 7; ++k) {
      facts.push_back(test::make_fact(a, 1990 + static_cast<int>(k), 1.0 + static_cast<double>(i),
                                      "E" + std::to_string(i % 5), "trade_volume", k * 40));
    }
    c.index[a.id] = i;
    c.articles.push_back(std::move(a));
    c.facts.push_back(std::move(facts));
  }
  return c;
}

// Forks a writer that adds the corpus in order, writing each position to fd
// after add_article returned.
pid_t spawn_writer(const std::filesystem::path& dir, const corpus& c, int fd) {
  const pid_t pid = ::fork();
  if (pid != 0) return pid;
  try {
    store s(test::small_options(dir));
    for (std::size_t i = 0; i < c.articles.size(); ++i) {
      (void)s.add_article(c.articles[i], c.facts[i], {}, {});
      const auto v = static_cast<std::uint32_t>(i);
      if (::write(fd, &v, sizeof v) != sizeof v) ::_exit(3);
    }
  } catch (...) {
    ::_exit(2);
  }
  ::_exit(0);
}

// Every stored article is one of the corpus with all its facts.
void check_whole(const store& s, const corpus& c, std::size_t& articles, std::size_t& facts) {
  articles = 0;
  facts = 0;
  for (const auto& a : s.articles()) {
    const auto it = c.index.find(a.id);
    REQUIRE(it != c.index.end());
    engine::history_query q;
    q.article = a.id;
    const auto h = s.history(q);
    CHECK(h.size() == c.facts[it->second].size());
    ++articles;
    facts += h.size();
  }
}

}  // namespace

TEST_CASE("store: a writer killed at random moments leaves only whole articles") {
  test::temp_dir tmp;
  const corpus c = make_corpus(300);
  const unsigned seed = std::random_device{}();
  MESSAGE("kill -9 seed " << seed);
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> delay_us(0, 50000);
  std::set<std::size_t> committed;
  int kills = 0;
  for (int round = 0; round < 60; ++round) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t pid = spawn_writer(tmp.db(), c, fds[1]);
    ::close(fds[1]);
    std::uint32_t v = 0;
    if (round % 2 == 1) {
      // Half the rounds kill in the middle of the ingest rather than
      // anywhere from start-up on: wait for the first article reported.
      if (::read(fds[0], &v, sizeof v) == sizeof v) committed.insert(v);
    }
    std::this_thread::sleep_for(std::chrono::microseconds(delay_us(rng)));
    if (::kill(pid, SIGKILL) == 0) ++kills;
    int status = 0;
    ::waitpid(pid, &status, 0);
    while (::read(fds[0], &v, sizeof v) == sizeof v) committed.insert(v);
    ::close(fds[0]);

    // The database opens (or was never created), and holds whole articles.
    if (!std::filesystem::exists(tmp.db() / "data.mdb")) {
      CHECK(committed.empty());
      continue;
    }
    store s(test::small_options(tmp.db()));
    std::size_t articles = 0;
    std::size_t facts = 0;
    check_whole(s, c, articles, facts);
    for (const std::size_t i : committed) CHECK(s.has_article(c.articles[i].id));
    const auto st = s.stats();
    CHECK(st.articles == articles);
    CHECK(st.facts == facts);
    CHECK(articles >= committed.size());
  }
  CHECK(kills >= 50);
  MESSAGE("kills " << kills << ", articles reported committed " << committed.size());

  // Re-running the ingest adds nothing twice.
  store s(test::small_options(tmp.db()));
  const auto before = s.stats();
  for (std::size_t i = 0; i < c.articles.size(); ++i) {
    const bool added = s.add_article(c.articles[i], c.facts[i], {}, {});
    if (committed.count(i) != 0) CHECK_FALSE(added);
  }
  const auto after = s.stats();
  CHECK(after.articles == c.articles.size());
  std::size_t all_facts = 0;
  for (const auto& f : c.facts) all_facts += f.size();
  CHECK(after.facts == all_facts);
  CHECK(after.articles >= before.articles);
  std::size_t articles = 0;
  std::size_t facts = 0;
  check_whole(s, c, articles, facts);
  CHECK(facts == all_facts);
}

TEST_CASE("store: readers in another process see whole articles while one writes") {
  test::temp_dir tmp;
  const corpus c = make_corpus(120);
  {
    store init(test::small_options(tmp.db()));  // created before the writer starts
  }
  auto o = test::small_options(tmp.db());
  o.read_only = true;
  // A reader open all along: the writer grows the map under it (64 KiB at
  // first), which it must adopt (MDB_MAP_RESIZED) rather than fail.
  const store long_lived(o);
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  const pid_t pid = spawn_writer(tmp.db(), c, fds[1]);
  ::close(fds[1]);
  int snapshots = 0;
  for (bool done = false; !done;) {
    int status = 0;
    done = ::waitpid(pid, &status, WNOHANG) == pid;
    store s(o);
    std::size_t articles = 0;
    std::size_t facts = 0;
    check_whole(s, c, articles, facts);
    check_whole(long_lived, c, articles, facts);
    ++snapshots;
  }
  CHECK(long_lived.stats().articles == c.articles.size());
  std::uint32_t v = 0;
  std::size_t reported = 0;
  while (::read(fds[0], &v, sizeof v) == sizeof v) ++reported;
  ::close(fds[0]);
  CHECK(reported == c.articles.size());
  CHECK(snapshots > 1);
  store s(o);
  CHECK(s.stats().articles == c.articles.size());
}
