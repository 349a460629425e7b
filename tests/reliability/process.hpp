// Test support: run the claimcheck binary (CLAIMCHECK_BINARY) as a child
// process, with stdin from a file, its output captured, and a deadline; or
// start it and kill it. The in-process runner (tests/support/cli_runner.hpp)
// cannot be killed, fed a FIFO on stdin, or run beside itself.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace claimcheck::testing {

struct process_result {
  int status = -1;     // exit status, or 128 + signal number
  bool timed_out = false;
  std::string out;
  std::string err;
};

// Runs CLAIMCHECK_BINARY with args; stdin from stdin_path ("" for
// /dev/null). Kills it (SIGKILL) after `limit`.
[[nodiscard]] process_result run_binary(const std::vector<std::string>& args,
                                        const std::string& stdin_path = {},
                                        std::chrono::milliseconds limit = std::chrono::seconds(60));

// As run_binary, with the size of files the child may write capped
// (RLIMIT_FSIZE, SIGXFSZ ignored): writes past it fail with EFBIG, as on a
// full disk.
[[nodiscard]] process_result run_binary_file_limit(const std::vector<std::string>& args,
                                                   std::uintmax_t max_file_bytes);

// As run_binary, as another user (uid and gid `user`, no groups): for the
// cases root's rights hide (an unreadable file, a read-only database).
// REQUIRES: running as root.
[[nodiscard]] process_result run_binary_as(uid_t user, const std::vector<std::string>& args);
// A started child process; the destructor kills and reaps it if still running.
class child {
 public:
  // Starts CLAIMCHECK_BINARY with args, stdout and stderr to the files given.
  child(const std::vector<std::string>& args, const std::string& out_path,
        const std::string& err_path);
  ~child();
  child(const child&) = delete;
  child& operator=(const child&) = delete;

  [[nodiscard]] pid_t pid() const { return pid_; }
  // Sends SIGKILL (when still running) and reaps; returns the wait status
  // as in process_result::status.
  int kill_and_wait();
  // Waits for the exit; returns the status as in process_result::status.
  int wait();

 private:
  pid_t pid_ = -1;
  int status_ = -1;
};

[[nodiscard]] std::string read_text_file(const std::string& path);

}  // namespace claimcheck::testing
