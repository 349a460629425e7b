// claimcheck's entry point: everything happens in cli::run. The process ends
// with std::_Exit once the output is flushed: every resource of the run
// (the store, open files) is closed by then, and skipping the static
// destructors saves tearing the X3 symbol tables down node by node (about
// half of a short process's start-up cost).
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "cli/app.hpp"

int main(int argc, char** argv) {
  const int status = claimcheck::cli::run(argc, argv, std::cout, std::cerr);
  std::cout.flush();
  std::cerr.flush();
  std::clog.flush();
  std::fflush(nullptr);
  std::_Exit(status);
}
