// Child processes for the reliability tests: fork/exec of the claimcheck
// binary with redirected stdio, a deadline, and SIGKILL.
#include "tests/reliability/process.hpp"

#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <thread>

namespace claimcheck::testing {
namespace {

pid_t spawn(const std::vector<std::string>& args, const std::string& in, const std::string& out,
            const std::string& err, std::uintmax_t max_file_bytes = 0, uid_t as_user = 0) {
  std::vector<std::string> argv_s{CLAIMCHECK_BINARY};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    // Child: only async-signal-safe calls from here to exec.
    const int i = ::open(in.empty() ? "/dev/null" : in.c_str(), O_RDONLY);
    const int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (i < 0 || o < 0 || e < 0) ::_exit(127);
    if (max_file_bytes > 0) {
      const rlimit lim{static_cast<rlim_t>(max_file_bytes), static_cast<rlim_t>(max_file_bytes)};
      ::setrlimit(RLIMIT_FSIZE, &lim);
      ::signal(SIGXFSZ, SIG_IGN);
    }
    if (as_user != 0 && (::setgroups(0, nullptr) != 0 || ::setgid(as_user) != 0 ||
                         ::setuid(as_user) != 0)) {
      ::_exit(126);
    }
    ::dup2(i, 0);
    ::dup2(o, 1);
    ::dup2(e, 2);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  return pid;
}

int decode(int wstatus) {
  if (WIFEXITED(wstatus)) return WEXITSTATUS(wstatus);
  if (WIFSIGNALED(wstatus)) return 128 + WTERMSIG(wstatus);
  return -1;
}

std::string temp_name(const char* what) {
  return (std::filesystem::temp_directory_path() /
          ("claimcheck-proc-" + std::to_string(::getpid()) + "-" + what + "-" +
           std::to_string(std::chrono::steady_clock::now().time_since_epoch().count())))
      .string();
}

}  // namespace

process_result run(const std::vector<std::string>& args, const std::string& stdin_path,
                   std::chrono::milliseconds limit, std::uintmax_t max_file_bytes,
                   uid_t as_user = 0);

std::string read_text_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

process_result run_binary(const std::vector<std::string>& args, const std::string& stdin_path,
                          std::chrono::milliseconds limit) {
  return run(args, stdin_path, limit, 0);
}

process_result run_binary_file_limit(const std::vector<std::string>& args,
                                     std::uintmax_t max_file_bytes) {
  return run(args, {}, std::chrono::seconds(60), max_file_bytes);
}

process_result run_binary_as(uid_t user, const std::vector<std::string>& args) {
  return run(args, {}, std::chrono::seconds(60), 0, user);
}

process_result run(const std::vector<std::string>& args, const std::string& stdin_path,
                   std::chrono::milliseconds limit, std::uintmax_t max_file_bytes,
                   uid_t as_user) {
  const std::string out = temp_name("out");
  const std::string err = temp_name("err");
  process_result r;
  const pid_t pid = spawn(args, stdin_path, out, err, max_file_bytes, as_user);
  const auto deadline = std::chrono::steady_clock::now() + limit;
  int ws = 0;
  for (;;) {
    const pid_t w = ::waitpid(pid, &ws, WNOHANG);
    if (w == pid) break;
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &ws, 0);
      r.timed_out = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  r.status = decode(ws);
  r.out = read_text_file(out);
  r.err = read_text_file(err);
  ::unlink(out.c_str());
  ::unlink(err.c_str());
  return r;
}

child::child(const std::vector<std::string>& args, const std::string& out_path,
             const std::string& err_path)
    : pid_(spawn(args, "", out_path, err_path)) {}

child::~child() {
  if (pid_ > 0) kill_and_wait();
}

int child::kill_and_wait() {
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    int ws = 0;
    ::waitpid(pid_, &ws, 0);
    status_ = decode(ws);
    pid_ = -1;
  }
  return status_;
}

int child::wait() {
  if (pid_ > 0) {
    int ws = 0;
    ::waitpid(pid_, &ws, 0);
    status_ = decode(ws);
    pid_ = -1;
  }
  return status_;
}

}  // namespace claimcheck::testing
