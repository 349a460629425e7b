// The claimcheck command line: parses arguments, runs one command, returns
// the exit status (0 clean, 1 findings at or above --fail-on, 2 usage or
// unreadable input, 3 database or I/O failure).
#pragma once

#include <iosfwd>

namespace claimcheck::cli {

// Runs the command line; writes reports to out and errors to err.
[[nodiscard]] int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace claimcheck::cli
