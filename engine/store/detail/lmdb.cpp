// The LMDB RAII layer: error mapping and the few calls that need it.
#include "engine/store/detail/lmdb.hpp"

#include <sys/resource.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <exception>
#include <filesystem>

#include "engine/store/detail/fault_guard.hpp"

namespace claimcheck::engine::lmdb {

std::string describe(int rc) {
  switch (rc) {
    case ENOSPC:
      return "no space left on the device (disk full)";
    case EFBIG:
      return "file size limit reached (disk full or ulimit -f)";
    case EACCES:
    case EPERM:
      return "permission denied";
    case EROFS:
      return "read-only file system";
    case ENOENT:
      return "no such file or directory";
    case ENOTDIR:
      return "not a directory";
    case MDB_MAP_FULL:
      return "database map is full";
    case MDB_READERS_FULL:
      return "too many reader processes";
    case MDB_CORRUPTED:
    case MDB_PAGE_NOTFOUND:
      return "database file is corrupted (" + std::string(mdb_strerror(rc)) + ")";
    case MDB_INVALID:
      return "data.mdb is not a database file (damaged, or not written by claimcheck)";
    case MDB_VERSION_MISMATCH:
      return "database was written by an incompatible LMDB version";
    default:
      return mdb_strerror(rc);
  }
}

namespace {

// Free bytes below this on the database's file system count as a full disk.
constexpr std::uintmax_t kNearlyFull = std::uintmax_t{1} << 20;

// LMDB reports a short write as EIO: on a full disk (or past ulimit -f) it
// is that, said plainly; otherwise a real I/O error.
std::string describe_eio(const std::string& origin) {
  struct statvfs vfs {};
  if (::statvfs(origin.c_str(), &vfs) == 0 &&
      static_cast<std::uintmax_t>(vfs.f_bavail) * vfs.f_frsize < kNearlyFull) {
    return describe(ENOSPC);
  }
  rlimit lim{};
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(origin + "/data.mdb", ec);
  if (!ec && ::getrlimit(RLIMIT_FSIZE, &lim) == 0 && lim.rlim_cur != RLIM_INFINITY &&
      size + kNearlyFull >= lim.rlim_cur) {
    return describe(EFBIG);
  }
  return mdb_strerror(EIO);
}

}  // namespace

void check(int rc, const char* call, const std::string& origin) {
  if (rc == 0) return;
  std::string msg = std::string(call) + ": " + (rc == EIO ? describe_eio(origin) : describe(rc));
  if (rc == MDB_MAP_FULL) throw map_full(error_code::database, origin, msg);
  if (rc == MDB_MAP_RESIZED) throw map_resized(error_code::database, origin, msg);
  throw claimcheck::error(error_code::database, origin, msg);
}

env::env(std::string origin) : origin_(std::move(origin)) {
  check(mdb_env_create(&h_), "mdb_env_create", origin_);
}

env::~env() {
  if (h_ != nullptr) {
    forget_map(h_);
    mdb_env_close(h_);
  }
}

void env::watch() const {
  // Before mdb_env_open there is no map yet (and mdb_env_info would read
  // meta pages that are not there): LMDB sets the path when it opens.
  const char* path = nullptr;
  unsigned flags = 0;
  if (mdb_env_get_path(h_, &path) != 0 || path == nullptr) return;
  if (mdb_env_get_flags(h_, &flags) != 0) return;
  MDB_envinfo i{};
  if (mdb_env_info(h_, &i) != 0) return;
  // LMDB does not tell where it mapped the file (me_mapaddr is only the
  // MDB_FIXEDMAP address): the kernel's list of this process's maps does.
  std::error_code ec;
  const auto file = std::filesystem::canonical(
      (flags & MDB_NOSUBDIR) != 0 ? std::string(path) : std::string(path) + "/data.mdb", ec);
  if (ec) return;
  try {
    if (const auto region = file_map_of(file.string(), i.me_mapsize, h_)) {
      watch_map(h_, region->first, region->second, origin_);
    }
  } catch (const std::exception&) {
    // An unreadable /proc/self/maps leaves the map unwatched (faults inside
    // LMDB calls are still caught); the database opens all the same.
  }
}

env& env::operator=(env&& o) noexcept {
  if (this != &o) {
    if (h_ != nullptr) {
      forget_map(h_);
      mdb_env_close(h_);
    }
    h_ = std::exchange(o.h_, nullptr);
    origin_ = std::move(o.origin_);
  }
  return *this;
}

void env::open(const char* path, unsigned flags, mdb_mode_t mode) {
  const std::string file =
      (flags & MDB_NOSUBDIR) != 0 ? std::string(path) : std::string(path) + "/data.mdb";
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(file, ec);
  const int rc = [&] {
    const call_scope in;
    return mdb_env_open(h_, path, flags, mode);
  }();
  if (rc != 0 && !ec && size == 0) {
    // A reader finds no meta pages (LMDB says EBADF or EINVAL); a writer
    // would have made the file a database.
    throw claimcheck::error(error_code::database, origin_,
                            "data.mdb is empty: not a database (its first write was cut short?)");
  }
  if ((rc == EACCES || rc == EROFS) && (flags & MDB_NOSUBDIR) == 0 &&
      ::access((std::string(path) + "/lock.mdb").c_str(), W_OK) != 0) {
    // LMDB's readers register in lock.mdb: a database someone else owns
    // cannot be read without write access to that file.
    throw claimcheck::error(error_code::database, origin_,
                            "lock.mdb is not writable (" + describe(rc) +
                                "): even reading needs it; copy the database to read it");
  }
  check(rc, "mdb_env_open", origin_);
  watch();
  // A file shorter than the pages its meta page names (cut off by a copy or
  // a damaged disk) would crash the first read past its end (SIGBUS).
  MDB_envinfo info{};
  MDB_stat st{};
  if (!ec && mdb_env_info(h_, &info) == 0 && mdb_env_stat(h_, &st) == 0) {
    const std::uintmax_t needed = (static_cast<std::uintmax_t>(info.me_last_pgno) + 1) * st.ms_psize;
    const std::uintmax_t now = std::filesystem::file_size(file, ec);
    if (!ec && now < needed) {
      throw claimcheck::error(error_code::database, origin_,
                              "data.mdb is truncated (" + std::to_string(now) +
                                  " bytes; its pages need " + std::to_string(needed) +
                                  "): the database file is damaged");
    }
  }
}

void env::set_map_size(std::size_t bytes) {
  check(mdb_env_set_mapsize(h_, bytes), "mdb_env_set_mapsize", origin_);
  watch();
}

MDB_envinfo env::info() const {
  MDB_envinfo i{};
  check(mdb_env_info(h_, &i), "mdb_env_info", origin_);
  return i;
}

MDB_stat env::stat() const {
  MDB_stat s{};
  check(mdb_env_stat(h_, &s), "mdb_env_stat", origin_);
  return s;
}

txn::txn(const env& e, unsigned flags) : origin_(&e.origin()) {
  const call_scope in;
  check(mdb_txn_begin(e.get(), nullptr, flags, &h_), "mdb_txn_begin", e.origin());
}

void txn::commit() {
  const call_scope in;
  check(mdb_txn_commit(std::exchange(h_, nullptr)), "mdb_txn_commit", *origin_);
}

std::optional<MDB_dbi> txn::open_dbi(const char* name, unsigned flags) {
  const call_scope in;
  MDB_dbi dbi = 0;
  const int rc = mdb_dbi_open(h_, name, flags, &dbi);
  if (rc == MDB_NOTFOUND) return std::nullopt;
  check(rc, "mdb_dbi_open", *origin_);
  return dbi;
}

std::optional<std::string_view> txn::get(MDB_dbi dbi, std::string_view key) const {
  const call_scope in;
  MDB_val k = to_val(key);
  MDB_val v{};
  const int rc = mdb_get(h_, dbi, &k, &v);
  if (rc == MDB_NOTFOUND) return std::nullopt;
  check(rc, "mdb_get", *origin_);
  return to_view(v);
}

void txn::put(MDB_dbi dbi, std::string_view key, std::string_view value, unsigned flags) {
  const call_scope in;
  MDB_val k = to_val(key);
  MDB_val v = to_val(value);
  check(mdb_put(h_, dbi, &k, &v, flags), "mdb_put", *origin_);
}

bool txn::put_new(MDB_dbi dbi, std::string_view key, std::string_view value) {
  const call_scope in;
  MDB_val k = to_val(key);
  MDB_val v = to_val(value);
  const int rc = mdb_put(h_, dbi, &k, &v, MDB_NOOVERWRITE);
  if (rc == MDB_KEYEXIST) return false;
  check(rc, "mdb_put", *origin_);
  return true;
}

bool txn::del(MDB_dbi dbi, std::string_view key) {
  const call_scope in;
  MDB_val k = to_val(key);
  const int rc = mdb_del(h_, dbi, &k, nullptr);
  if (rc == MDB_NOTFOUND) return false;
  check(rc, "mdb_del", *origin_);
  return true;
}

void txn::clear(MDB_dbi dbi) {
  const call_scope in;
  check(mdb_drop(h_, dbi, 0), "mdb_drop", *origin_);
}

void txn::drop(MDB_dbi dbi) {
  const call_scope in;
  check(mdb_drop(h_, dbi, 1), "mdb_drop", *origin_);
}

MDB_stat txn::stat(MDB_dbi dbi) const {
  const call_scope in;
  MDB_stat s{};
  check(mdb_stat(h_, dbi, &s), "mdb_stat", *origin_);
  return s;
}

cursor::cursor(const txn& t, MDB_dbi dbi) : origin_(&t.origin()) {
  const call_scope in;
  check(mdb_cursor_open(t.get(), dbi, &h_), "mdb_cursor_open", t.origin());
}

std::optional<cursor::entry> cursor::move(MDB_val* key, MDB_cursor_op op) {
  const call_scope in;
  MDB_val k{};
  MDB_val v{};
  if (key != nullptr) k = *key;
  const int rc = mdb_cursor_get(h_, &k, &v, op);
  if (rc == MDB_NOTFOUND) return std::nullopt;
  check(rc, "mdb_cursor_get", *origin_);
  return entry{to_view(k), to_view(v)};
}

std::optional<cursor::entry> cursor::first() { return move(nullptr, MDB_FIRST); }

std::optional<cursor::entry> cursor::seek(std::string_view key) {
  MDB_val k = to_val(key);
  return move(&k, MDB_SET_RANGE);
}

std::optional<cursor::entry> cursor::next() { return move(nullptr, MDB_NEXT); }

std::optional<cursor::entry> cursor::last() { return move(nullptr, MDB_LAST); }

std::optional<cursor::entry> cursor::prev() { return move(nullptr, MDB_PREV); }

void cursor::put_current(std::string_view key, std::string_view value) {
  const call_scope in;
  MDB_val k = to_val(key);
  MDB_val v = to_val(value);
  check(mdb_cursor_put(h_, &k, &v, MDB_CURRENT), "mdb_cursor_put", *origin_);
}

bool cursor::put(std::string_view key, std::string_view value, unsigned flags) {
  const call_scope in;
  MDB_val k = to_val(key);
  MDB_val v = to_val(value);
  const int rc = mdb_cursor_put(h_, &k, &v, flags);
  if (rc == MDB_KEYEXIST) return false;
  check(rc, "mdb_cursor_put", *origin_);
  return true;
}

void cursor::del() {
  const call_scope in;
  check(mdb_cursor_del(h_, 0), "mdb_cursor_del", *origin_);
}

}  // namespace claimcheck::engine::lmdb
