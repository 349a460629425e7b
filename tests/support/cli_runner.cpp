// In-process runner for the command line, and temporary directories.
#include "tests/support/cli_runner.hpp"

#include <unistd.h>

#include <fstream>
#include <random>
#include <sstream>

#include "cli/app.hpp"

namespace claimcheck::testing {

cli_result run_cli(const std::vector<std::string>& args) {
  std::vector<const char*> argv{"claimcheck"};
  for (const auto& a : args) argv.push_back(a.c_str());
  std::ostringstream out;
  std::ostringstream err;
  cli_result r;
  r.status = cli::run(static_cast<int>(argv.size()), argv.data(), out, err);
  r.out = out.str();
  r.err = err.str();
  return r;
}

temp_dir::temp_dir() {
  std::random_device rd;
  const auto base = std::filesystem::temp_directory_path();
  for (int i = 0; i < 100; ++i) {
    auto p = base / ("claimcheck-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
    if (std::filesystem::create_directory(p)) {
      path_ = p;
      return;
    }
  }
  throw std::runtime_error("cannot create a temporary directory");
}

temp_dir::~temp_dir() {
  std::error_code ec;
  std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                               std::filesystem::perm_options::add, ec);
  std::filesystem::remove_all(path_, ec);
}

std::filesystem::path temp_dir::write(const std::string& name, const std::string& content) const {
  const auto p = path_ / name;
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << content;
  return p;
}

std::string test_data(const std::string& rel) {
  return std::string(CLAIMCHECK_SOURCE_DIR) + "/tests/data/" + rel;
}

std::string shared_path(const std::string& rel) {
  const auto p = std::filesystem::path(CLAIMCHECK_SOURCE_DIR).parent_path() / "shared" / rel;
  return std::filesystem::exists(p) ? p.string() : std::string();
}

}  // namespace claimcheck::testing
