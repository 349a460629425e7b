// Clock, percentiles, getrusage, child processes and result lines for the
// benchmarks (see measure.hpp).
#include "bench/support/measure.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <numeric>

extern char** environ;

namespace claimcheck::bench {

double now_ns() {
  return static_cast<double>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                 std::chrono::steady_clock::now().time_since_epoch())
                                 .count());
}

double cpu_ns() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e9 + static_cast<double>(ts.tv_nsec);
}

double samples::pct(double p) const {
  if (v_.empty()) return 0;
  if (!sorted_) {
    std::sort(v_.begin(), v_.end());
    sorted_ = true;
  }
  const double rank = std::ceil(p / 100.0 * static_cast<double>(v_.size()));
  const std::size_t i = rank < 1 ? 0 : static_cast<std::size_t>(rank) - 1;
  return v_[std::min(i, v_.size() - 1)];
}

double samples::sum() const { return std::accumulate(v_.begin(), v_.end(), 0.0); }

double peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;  // ru_maxrss is in KB on Linux
}

namespace {

// The helper's end of the pipes, and ours.
int g_to_runner = -1;
int g_from_runner = -1;

bool write_all(int fd, const void* p, std::size_t n) {
  const char* c = static_cast<const char*>(p);
  while (n > 0) {
    const ssize_t w = ::write(fd, c, n);
    if (w <= 0) return false;
    c += w;
    n -= static_cast<std::size_t>(w);
  }
  return true;
}

bool read_all(int fd, void* p, std::size_t n) {
  char* c = static_cast<char*>(p);
  while (n > 0) {
    const ssize_t r = ::read(fd, c, n);
    if (r <= 0) return false;
    c += r;
    n -= static_cast<std::size_t>(r);
  }
  return true;
}

child_result spawn_and_wait(const std::vector<std::string>& argv, const std::string& out) {
  child_result r;
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  const double t0 = now_ns();
  pid_t pid = 0;
  if (posix_spawn(&pid, args[0], &fa, nullptr, args.data(), environ) != 0) {
    posix_spawn_file_actions_destroy(&fa);
    return r;
  }
  int st = 0;
  rusage ru{};
  wait4(pid, &st, 0, &ru);
  r.wall_ns = now_ns() - t0;
  posix_spawn_file_actions_destroy(&fa);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  r.peak_rss_mb = static_cast<double>(ru.ru_maxrss) / 1024.0;
  r.cpu_ns = (static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e9 +
              static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e3);
  return r;
}

// Request: count, then (length, bytes) per string; the last string is the
// stdout path. Reply: the child_result.
[[noreturn]] void runner_loop(int in, int out) {
  for (;;) {
    std::uint32_t n = 0;
    if (!read_all(in, &n, sizeof n)) ::_exit(0);
    std::vector<std::string> v(n);
    for (auto& s : v) {
      std::uint32_t len = 0;
      if (!read_all(in, &len, sizeof len)) ::_exit(0);
      s.resize(len);
      if (!read_all(in, s.data(), len)) ::_exit(0);
    }
    const std::string path = v.back();
    v.pop_back();
    const child_result r = spawn_and_wait(v, path);
    if (!write_all(out, &r, sizeof r)) ::_exit(0);
  }
}

}  // namespace

void start_child_runner() {
  if (g_to_runner >= 0) return;
  int a[2];
  int b[2];
  if (::pipe(a) != 0 || ::pipe(b) != 0) return;
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::close(a[1]);
    ::close(b[0]);
    runner_loop(a[0], b[1]);
  }
  ::close(a[0]);
  ::close(b[1]);
  if (pid < 0) return;
  g_to_runner = a[1];
  g_from_runner = b[0];
}

child_result run_child(const std::vector<std::string>& argv, const std::string& stdout_path) {
  if (g_to_runner < 0) return spawn_and_wait(argv, stdout_path);
  std::vector<std::string> v = argv;
  v.push_back(stdout_path);
  const auto n = static_cast<std::uint32_t>(v.size());
  bool ok = write_all(g_to_runner, &n, sizeof n);
  for (const auto& s : v) {
    const auto len = static_cast<std::uint32_t>(s.size());
    ok = ok && write_all(g_to_runner, &len, sizeof len) && write_all(g_to_runner, s.data(), len);
  }
  child_result r;
  if (!ok || !read_all(g_from_runner, &r, sizeof r)) return child_result{};
  return r;
}

std::string default_cli_path() {
  std::error_code ec;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return "claimcheck";
  return (self.parent_path().parent_path() / "claimcheck").string();
}

void print_row(const row& r) {
  const auto lat = [&](double p) {
    if (r.latency == nullptr || r.latency->size() == 0) return std::string("-");
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", r.latency->pct(p) * r.latency_scale);
    return std::string(buf);
  };
  std::printf("ROW|%s|%zu|%.1f|%s|%s|%s|%s|%s|%.1f|%s|%s\n", r.stage.c_str(), r.items,
              r.throughput, r.unit.c_str(), lat(50).c_str(), lat(90).c_str(), lat(99).c_str(),
              (r.latency == nullptr ? "" : r.latency_unit.c_str()), r.rss_mb, r.target.empty() ? "-" : r.target.c_str(),
              r.met < 0 ? "-" : r.met ? "met" : "MISSED");
  std::fflush(stdout);
}

}  // namespace claimcheck::bench
