// The writer lock: one process writes to a store at a time. LMDB already
// serialises writers, but silently; this flock on DIR/writer.lock lets a
// second writer say that it waits (or fail at once). The kernel drops the
// lock when the process dies, so a killed writer never blocks the next.
#pragma once

#include <filesystem>
#include <string>

namespace claimcheck::engine::detail {

class writer_lock {
 public:
  writer_lock() = default;
  ~writer_lock();
  writer_lock(const writer_lock&) = delete;
  writer_lock& operator=(const writer_lock&) = delete;

  // Takes the lock if not held. When another process holds it: with wait,
  // prints one line on stderr and blocks; without, throws claimcheck::error
  // (database).
  void acquire(const std::filesystem::path& dir, bool wait);
  void release();
  [[nodiscard]] bool held() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
};

}  // namespace claimcheck::engine::detail
