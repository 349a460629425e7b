// Scratch directories for the benchmarks (see stage.hpp).
#include "bench/support/stage.hpp"

#include <unistd.h>

#include <cstdlib>

namespace claimcheck::bench {

scratch_dir::scratch_dir(const std::string& tag) {
  const char* tmp = std::getenv("TMPDIR");
  std::filesystem::path base = tmp != nullptr && *tmp != '\0' ? tmp : "/tmp";
  path_ = base / ("claimcheck-bench-" + tag + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(path_);
  std::filesystem::create_directories(path_);
}

scratch_dir::~scratch_dir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

}  // namespace claimcheck::bench
