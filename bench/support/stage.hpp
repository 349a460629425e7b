// Shared plumbing of bench_pipeline and bench_curve: the common command-line
// flags, callgrind instrumentation toggles around the measured work (so a
// `valgrind --tool=callgrind --instr-atstart=no` run counts only the stage,
// not the corpus generation), and scratch directories.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define CLAIMCHECK_BENCH_START() CALLGRIND_START_INSTRUMENTATION
#define CLAIMCHECK_BENCH_STOP() CALLGRIND_STOP_INSTRUMENTATION
#else
#define CLAIMCHECK_BENCH_START() ((void)0)
#define CLAIMCHECK_BENCH_STOP() ((void)0)
#endif

namespace claimcheck::bench {

// A directory under $TMPDIR (or /tmp) removed when the object dies.
class scratch_dir {
 public:
  explicit scratch_dir(const std::string& tag);
  ~scratch_dir();
  scratch_dir(const scratch_dir&) = delete;
  scratch_dir& operator=(const scratch_dir&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace claimcheck::bench
