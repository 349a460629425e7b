// Common options stand before or after the command.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "tests/support/cli_runner.hpp"

using claimcheck::testing::run_cli;
using claimcheck::testing::test_data;

TEST_CASE("cli: --format may follow the command") {
  const std::string file = test_data("founding/trade_2022.txt");
  for (const auto& args : {std::vector<std::string>{"--format", "json", "extract", file},
                           std::vector<std::string>{"extract", "--format", "json", file},
                           std::vector<std::string>{"extract", file, "--format", "json"}}) {
    auto r = run_cli(args);
    REQUIRE_MESSAGE(r.status == 0, r.err);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["articles"].size() == 1);
  }
  auto m = run_cli({"mentions", "--format", "json", "--published", "2023-03-15", file});
  REQUIRE_MESSAGE(m.status == 0, m.err);
  CHECK(m.out.find("\"type\":\"money\"") != std::string::npos);
}

TEST_CASE("cli: mentions names a date it cannot place, in text and JSON") {
  claimcheck::testing::temp_dir dir;
  const auto file = dir.write("school.txt", "Enrolment fell in the 2008-09 school year.\n").string();
  auto text = run_cli({"mentions", "--published", "2010-01-05", file});
  REQUIRE_MESSAGE(text.status == 0, text.err);
  CHECK(text.out.find("\tunresolved") != std::string::npos);
  auto js = run_cli({"mentions", "--format", "json", "--published", "2010-01-05", file});
  REQUIRE_MESSAGE(js.status == 0, js.err);
  CHECK(js.out.find("\"unresolved\":true") != std::string::npos);
}
