// A thin RAII layer over LMDB's C API (STYLE.md "LMDB"): move-only env, txn
// and cursor; MDB_NOTFOUND and MDB_KEYEXIST become optional/bool; every
// other failure throws claimcheck::error (database) naming the mdb_* call,
// with MDB_MAP_FULL as its own type so that the store can grow the map and
// retry. Values are string_views into the map: copy them before the txn ends.
#pragma once

#include <lmdb.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "engine/model/error.hpp"

namespace claimcheck::engine::lmdb {

// MDB_MAP_FULL: the write txn is dead; abort it, grow the map, retry.
class map_full : public claimcheck::error {
 public:
  using claimcheck::error::error;
};
// MDB_MAP_RESIZED: another process grew the map; adopt its size and retry.
class map_resized : public claimcheck::error {
 public:
  using claimcheck::error::error;
};

// Throws for rc != 0: origin names the database directory, call the mdb_*
// function.
void check(int rc, const char* call, const std::string& origin);
// A human sentence for an LMDB or errno code (disk full, permissions...).
[[nodiscard]] std::string describe(int rc);

inline MDB_val to_val(std::string_view s) {
  return MDB_val{s.size(), const_cast<char*>(s.data())};  // LMDB never writes through it
}
inline std::string_view to_view(const MDB_val& v) {
  return {static_cast<const char*>(v.mv_data), v.mv_size};
}

class env {
 public:
  env() = default;
  // Creates the handle; open() opens the directory.
  explicit env(std::string origin);
  ~env();
  env(env&& o) noexcept : h_(std::exchange(o.h_, nullptr)), origin_(std::move(o.origin_)) {}
  env& operator=(env&& o) noexcept;
  env(const env&) = delete;
  env& operator=(const env&) = delete;

  void open(const char* path, unsigned flags, mdb_mode_t mode);
  [[nodiscard]] MDB_env* get() const { return h_; }
  [[nodiscard]] const std::string& origin() const { return origin_; }
  // REQUIRES: no transaction of this process is open.
  void set_map_size(std::size_t bytes);
  [[nodiscard]] MDB_envinfo info() const;
  [[nodiscard]] MDB_stat stat() const;

 private:
  // Tells the fault guard where the map is (after open and every resize).
  void watch() const;
  MDB_env* h_ = nullptr;
  std::string origin_;
};

class txn {
 public:
  // Begins a transaction (MDB_RDONLY in flags for a reader).
  txn(const env& e, unsigned flags);
  ~txn() { abort(); }
  txn(txn&& o) noexcept : h_(std::exchange(o.h_, nullptr)), origin_(o.origin_) {}
  txn& operator=(txn&&) = delete;
  txn(const txn&) = delete;
  txn& operator=(const txn&) = delete;

  // LMDB frees the txn even when commit fails: the handle is nulled first.
  void commit();
  void abort() noexcept {
    if (h_ != nullptr) mdb_txn_abort(std::exchange(h_, nullptr));
  }
  [[nodiscard]] MDB_txn* get() const { return h_; }
  [[nodiscard]] const std::string& origin() const { return *origin_; }

  // nullopt when the named database does not exist (and create is false).
  [[nodiscard]] std::optional<MDB_dbi> open_dbi(const char* name, unsigned flags);
  [[nodiscard]] std::optional<std::string_view> get(MDB_dbi dbi, std::string_view key) const;
  // Overwrites.
  void put(MDB_dbi dbi, std::string_view key, std::string_view value, unsigned flags = 0);
  // False when the key exists (with MDB_NOOVERWRITE in flags).
  bool put_new(MDB_dbi dbi, std::string_view key, std::string_view value);
  // False when the key is not there.
  bool del(MDB_dbi dbi, std::string_view key);
  // Deletes every record of the database (keeps it open).
  void clear(MDB_dbi dbi);
  // Deletes the named database itself (and closes the handle).
  void drop(MDB_dbi dbi);
  [[nodiscard]] MDB_stat stat(MDB_dbi dbi) const;

 private:
  MDB_txn* h_ = nullptr;
  const std::string* origin_;
};

// A cursor over one database. Close (destroy) it before the txn commits.
class cursor {
 public:
  cursor(const txn& t, MDB_dbi dbi);
  ~cursor() {
    if (h_ != nullptr) mdb_cursor_close(h_);
  }
  cursor(cursor&& o) noexcept : h_(std::exchange(o.h_, nullptr)), origin_(o.origin_) {}
  cursor& operator=(cursor&&) = delete;
  cursor(const cursor&) = delete;
  cursor& operator=(const cursor&) = delete;

  using entry = std::pair<std::string_view, std::string_view>;
  // The first record, the one at or after key, the next one; nullopt past the end.
  [[nodiscard]] std::optional<entry> first();
  [[nodiscard]] std::optional<entry> seek(std::string_view key);
  [[nodiscard]] std::optional<entry> next();
  // The last record, the one before the current one; nullopt when none.
  [[nodiscard]] std::optional<entry> last();
  [[nodiscard]] std::optional<entry> prev();
  // Deletes the record at the cursor.
  void del();
  // Replaces the value of the record at the cursor.
  void put_current(std::string_view key, std::string_view value);
  // Inserts (or with flags, e.g. MDB_NOOVERWRITE, maybe not): false when
  // the key exists and flags forbid overwriting it.
  bool put(std::string_view key, std::string_view value, unsigned flags);
  [[nodiscard]] MDB_cursor* get() const { return h_; }

 private:
  std::optional<entry> move(MDB_val* key, MDB_cursor_op op);
  MDB_cursor* h_ = nullptr;
  const std::string* origin_;
};

}  // namespace claimcheck::engine::lmdb
