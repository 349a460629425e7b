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
