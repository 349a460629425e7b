// Test support for the report writers: the founding example as a report
// built by hand (two articles of our own words, a growth confirmation and a
// contradiction), temporary files, and running external validators
// (python3 jsonschema, xmllint, chromium) and the claimcheck binary.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "cli/report.hpp"
#include "engine/claimcheck.hpp"
#include "tests/support/cli_runner.hpp"

namespace claimcheck::test {

// Article 1 (2022-10-28): "$25.2 billion in 2021" (fact f1).
// Article 2 (2023-03-10), path "fixtures/visit 2023.txt": "23.6 percent"
// (f2) and "$31.17 billion" (f3) on line 4, "$19 billion" for 2021 (f4) on
// line 5. Findings: growth confirmation over f3, f2, f1 (info); conflict
// of f4 with f1 (error). One derived fact: 2021 from f3 and f2.
[[nodiscard]] engine::report founding_report();

// A fresh directory under the system temp directory, removed on exit.
using temp_dir = claimcheck::testing::temp_dir;

[[nodiscard]] std::string read_file(const std::filesystem::path& p);

// Runs a shell command; its exit status and stdout (stderr to `err_file`
// when given, else discarded... or merged when merge is true).
struct run_result {
  int status = -1;
  std::string out;
};
[[nodiscard]] run_result run(const std::string& command);
// Quotes a string for the shell.
[[nodiscard]] std::string sh_quote(const std::string& s);

// Validates a JSON file against a schema definition with python3's
// jsonschema (tests/cli/report_validate.py). Nullopt when python3 or the
// module is missing; otherwise "" when valid or the validator's complaint.
[[nodiscard]] std::optional<std::string> validate_json(const std::filesystem::path& schema,
                                                       const std::string& definition,
                                                       const std::filesystem::path& doc,
                                                       bool lines = false);
[[nodiscard]] std::filesystem::path report_schema();
[[nodiscard]] std::filesystem::path conformance_dir();
[[nodiscard]] bool have(const std::string& program);

}  // namespace claimcheck::test
