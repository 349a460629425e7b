// flock(2) on a lock file beside the database.
#include "engine/store/detail/writer_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "engine/model/error.hpp"

namespace claimcheck::engine::detail {

writer_lock::~writer_lock() { release(); }

void writer_lock::release() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the lock
  fd_ = -1;
}

void writer_lock::acquire(const std::filesystem::path& dir, bool wait) {
  if (fd_ >= 0) return;
  const std::string path = (dir / "writer.lock").string();
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    throw error(error_code::database, dir.string(),
                "cannot open the writer lock " + path + ": " + std::strerror(errno));
  }
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int e = errno;
    if (e != EWOULDBLOCK) {
      ::close(fd);
      throw error(error_code::database, dir.string(),
                  std::string("cannot lock for writing: ") + std::strerror(e));
    }
    if (!wait) {
      ::close(fd);
      throw error(error_code::database, dir.string(),
                  "another process is writing to this database (--no-wait given)");
    }
    std::fprintf(stderr, "claimcheck: %s: waiting for another process writing to the database\n",
                 dir.string().c_str());
    int rc = 0;
    while ((rc = ::flock(fd, LOCK_EX)) != 0 && errno == EINTR) {
    }
    if (rc != 0) {
      const int e2 = errno;
      ::close(fd);
      throw error(error_code::database, dir.string(),
                  std::string("cannot lock for writing: ") + std::strerror(e2));
    }
  }
  fd_ = fd;
}

}  // namespace claimcheck::engine::detail
