// A report that cannot be written (standard output on a full disk) is a
// failure the user sees: one line on stderr and exit status 3, never a
// silent success with the report lost (issue #10, "a full disk").
#include <doctest/doctest.h>

#include <fstream>
#include <string>

#include "tests/reliability/process.hpp"
#include "tests/support/cli_runner.hpp"

using namespace claimcheck::testing;

TEST_CASE("reliability: standard output on a full disk exits 3 with one line") {
  temp_dir dir;
  const std::string f = dir.str("a.txt");
  std::ofstream(f) << "Title\nPublished: Mar 10, 2023\nKazakhstan exported $5 billion of grain in 2021.\n";
  const std::string err = dir.str("err.txt");
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"extract", f}, {"--format", "json", "extract", f}, {"--version"}}) {
    CAPTURE(args.back());
    child c(args, "/dev/full", err);  // every write to /dev/full fails with ENOSPC
    CHECK(c.wait() == 3);
    CHECK(read_text_file(err) ==
          "claimcheck: standard output: the report could not be written: no space left on the "
          "device (disk full)\n");
  }
  // The same command to a file that takes it exits 0.
  child ok({"extract", f}, dir.str("out.txt"), err);
  CHECK(ok.wait() == 0);
  CHECK(read_text_file(err).empty());
  CHECK(read_text_file(dir.str("out.txt")).find("1 article, 1 fact") != std::string::npos);
}
