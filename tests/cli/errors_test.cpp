// Exit statuses and one-line errors for bad input and usage (DESIGN.md).
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>

#include "tests/support/cli_runner.hpp"

using claimcheck::testing::run_cli;
using claimcheck::testing::temp_dir;

TEST_CASE("cli: usage errors exit 2") {
  CHECK(run_cli({}).status == 2);
  CHECK(run_cli({"frobnicate"}).status == 2);
  CHECK(run_cli({"--format", "yaml", "extract", "x"}).status == 2);
}

TEST_CASE("cli: unreadable input names the file and exits 2") {
  temp_dir dir;
  SUBCASE("missing file") {
    auto r = run_cli({"extract", dir.str("nope.txt")});
    CHECK(r.status == 2);
    CHECK(r.err.find("nope.txt") != std::string::npos);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
  }
  SUBCASE("a device is not a regular file") {
    auto r = run_cli({"extract", "/dev/null"});
    CHECK(r.status == 2);
    CHECK(r.err.find("not a regular file") != std::string::npos);
  }
  SUBCASE("over --max-input") {
    const std::string big = dir.str("big.txt");
    std::ofstream(big) << std::string(2048, 'x');
    auto r = run_cli({"--max-input", "1024", "extract", big});
    CHECK(r.status == 2);
    CHECK(r.err.find("1024") != std::string::npos);
  }
}

TEST_CASE("cli: --version prints the version") {
  auto r = run_cli({"--version"});
  CHECK(r.status == 0);
  CHECK(r.out.find("claimcheck ") == 0);
}
