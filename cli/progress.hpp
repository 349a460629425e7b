// Progress on stderr for long work (`ingest DIR`): a one-line bar with
// files, facts, rate and ETA, redrawn in place, drawn only when stderr is a
// terminal so that logs and pipes stay clean.
#pragma once

#include <chrono>
#include <cstddef>
#include <ostream>
#include <string>

#include "engine/claimcheck.hpp"

namespace claimcheck::cli {

// The bar's text for `done` of `total` files after `seconds`, at most
// `width` columns: "[█████░░░░░]  12/40 files  380 facts  8.3 files/s  ETA 0:04".
[[nodiscard]] std::string progress_line(std::size_t done, std::size_t total, std::size_t facts,
                                        double seconds, std::size_t width = 80);

class progress_bar {
 public:
  // Draws on `err` only when enabled (the caller decides: stderr is a
  // terminal and not --quiet).
  progress_bar(std::ostream& err, bool enabled, std::size_t total);
  ~progress_bar();
  progress_bar(const progress_bar&) = delete;
  progress_bar& operator=(const progress_bar&) = delete;

  // Records progress; redraws at most every 100 ms and on the last file.
  void update(std::size_t done, std::size_t facts);
  // Erases the bar.
  void finish();

 private:
  std::ostream& err_;
  bool enabled_;
  std::size_t total_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_{};
  bool drawn_ = false;
};

// Ingests the input one article at a time, drawing a progress bar per file
// when enabled; the same report as cc.ingest(input) otherwise.
[[nodiscard]] engine::report ingest_with_progress(engine::claimcheck& cc,
                                                  const grammar::read_result& input,
                                                  std::ostream& err, bool enabled);

}  // namespace claimcheck::cli
