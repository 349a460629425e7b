// Test support: run the claimcheck command line in-process and capture its
// output, and make temporary directories that clean up after themselves.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace claimcheck::testing {

struct cli_result {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs `claimcheck args...` through cli::run (no process is started).
[[nodiscard]] cli_result run_cli(const std::vector<std::string>& args);

// A fresh empty directory under the system temp dir, removed on destruction.
class temp_dir {
 public:
  temp_dir();
  ~temp_dir();
  temp_dir(const temp_dir&) = delete;
  temp_dir& operator=(const temp_dir&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  [[nodiscard]] std::string str(const std::string& child = {}) const {
    return child.empty() ? path_.string() : (path_ / child).string();
  }
  // Writes a file (and its folders) in the directory; returns its path.
  std::filesystem::path write(const std::string& name, const std::string& content) const;

 private:
  std::filesystem::path path_;
};

// Path of a file under tests/data/.
[[nodiscard]] std::string test_data(const std::string& rel);
// Path under ../shared/ beside the source root, or "" when it is absent.
[[nodiscard]] std::string shared_path(const std::string& rel);

}  // namespace claimcheck::testing
