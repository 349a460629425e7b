// claimcheck's entry point: everything happens in cli::run. The process ends
// with std::_Exit once the output is flushed: every resource of the run
// (the store, open files) is closed by then, and skipping the static
// destructors saves tearing the X3 symbol tables down node by node (about
// half of a short process's start-up cost). A report that could not be
// written (a full disk, a closed pipe) is a failure, not a silent success.
// A crash inside LMDB on a damaged database file is reported as such (exit
// 3) by the store's fault guard, installed before anything else.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "cli/app.hpp"
#include "engine/store/store.hpp"

int main(int argc, char** argv) {
  claimcheck::engine::guard_database_faults();
  int status = claimcheck::cli::run(argc, argv, std::cout, std::cerr);
  errno = 0;
  std::cout.flush();
  const bool out_failed = std::cout.fail() || std::fflush(stdout) != 0 || std::ferror(stdout) != 0;
  if (out_failed) {
    const int e = errno;
    const char* why = e == ENOSPC ? "no space left on the device (disk full)"
                      : e != 0    ? std::strerror(e)
                                  : "write error";
    std::fprintf(stderr, "claimcheck: standard output: the report could not be written: %s\n", why);
    status = 3;
  }
  std::cerr.flush();
  std::clog.flush();
  std::fflush(nullptr);
  std::_Exit(status);
}
