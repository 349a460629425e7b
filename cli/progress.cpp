// The progress bar of `ingest` (see progress.hpp).
#include "cli/progress.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace claimcheck::cli {
namespace {

// The file an article came from (every article of a JSON Lines batch has
// the batch file's path).
const std::string& file_of(const engine::article& a) { return a.path; }

std::string clock(double seconds) {
  const auto s = static_cast<long>(std::lround(seconds));
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

}  // namespace

std::string progress_line(std::size_t done, std::size_t total, std::size_t facts, double seconds,
                          std::size_t width) {
  const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0.0;
  std::string eta = "ETA --:--";
  if (done >= total) {
    eta = "done " + clock(seconds);
  } else if (rate > 0) {
    eta = "ETA " + clock(static_cast<double>(total - done) / rate);
  }
  const std::string tail = fmt::format(" {}/{} files  {} facts  {:.1f} files/s  {}", done, total,
                                       facts, rate, eta);
  const std::size_t cells = width > tail.size() + 12 ? std::min<std::size_t>(30, width - tail.size() - 2) : 10;
  const std::size_t full = total == 0 ? cells : std::min(cells, done * cells / total);
  std::string bar = "[";
  for (std::size_t i = 0; i < cells; ++i) bar += i < full ? "█" : "░";
  return bar + "]" + tail;
}

progress_bar::progress_bar(std::ostream& err, bool enabled, std::size_t total)
    : err_(err), enabled_(enabled), total_(total), start_(std::chrono::steady_clock::now()) {}

progress_bar::~progress_bar() { finish(); }

void progress_bar::update(std::size_t done, std::size_t facts) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && done < total_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  drawn_ = true;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  err_ << '\r' << progress_line(done, total_, facts, seconds) << "\x1b[K" << std::flush;
}

void progress_bar::finish() {
  if (!enabled_ || !drawn_) return;
  err_ << "\r\x1b[K" << std::flush;
  drawn_ = false;
}

engine::report ingest_with_progress(engine::claimcheck& cc, const grammar::read_result& input,
                                    std::ostream& err, bool enabled) {
  if (!enabled) return cc.ingest(input);
  std::size_t files = 0;
  {
    std::string last;
    for (const auto& a : input.articles) {
      if (const auto f = file_of(a); files == 0 || f != last) ++files, last = f;
    }
  }
  // Files done: an article is the last of its file when the next one comes
  // from another file.
  std::vector<std::size_t> files_done_after(input.articles.size(), 0);
  for (std::size_t i = 0, done = 0; i < input.articles.size(); ++i) {
    if (i + 1 == input.articles.size() ||
        file_of(input.articles[i + 1]) != file_of(input.articles[i])) {
      ++done;
    }
    files_done_after[i] = done;
  }
  progress_bar bar(err, true, files);
  bar.update(0, 0);
  engine::report r = cc.ingest(input, [&](std::size_t articles, std::size_t facts) {
    bar.update(articles == 0 ? 0 : files_done_after[articles - 1], facts);
  });
  bar.finish();
  return r;
}

}  // namespace claimcheck::cli
