// The --wrap definitions behind lmdb_faults.hpp: each __wrap_mdb_* counts
// the call and either fails it with the armed code or calls __real_mdb_*.
#include "tests/reliability/lmdb_faults.hpp"

#include <lmdb.h>

#include <atomic>

namespace claimcheck::testing {
namespace {

std::atomic<bool> armed{false};
std::atomic<std::uint64_t> calls{0};
std::atomic<std::uint64_t> target{0};
std::atomic<int> code{0};
std::atomic<bool> fired{false};
std::atomic<const char*> fired_in{""};

// The code to fail this call with, or 0 to make it.
int next(const char* call) {
  if (!armed.load(std::memory_order_relaxed)) return 0;
  const std::uint64_t n = calls.fetch_add(1) + 1;
  if (n != target.load()) return 0;
  fired = true;
  fired_in = call;
  return code.load();
}

}  // namespace

void arm_lmdb_fault(std::uint64_t nth, int c) {
  calls = 0;
  target = nth;
  code = c;
  fired = false;
  fired_in = "";
  armed = true;
}
void disarm_lmdb_fault() { armed = false; }
std::uint64_t lmdb_calls() { return calls.load(); }
bool lmdb_fault_fired() { return fired.load(); }
const char* lmdb_fault_call() { return fired_in.load(); }

}  // namespace claimcheck::testing

using claimcheck::testing::next;

// NOLINTBEGIN: these names are fixed by the linker's --wrap convention.
extern "C" {
#define CLAIMCHECK_WRAP(name, params, args)       \
  int __real_##name params;                       \
  int __wrap_##name params {                      \
    if (const int rc = next(#name)) return rc;    \
    return __real_##name args;                    \
  }

CLAIMCHECK_WRAP(mdb_env_create, (MDB_env * *env), (env))
CLAIMCHECK_WRAP(mdb_env_open, (MDB_env * env, const char* path, unsigned flags, mdb_mode_t mode),
                (env, path, flags, mode))
CLAIMCHECK_WRAP(mdb_env_set_mapsize, (MDB_env * env, size_t size), (env, size))
CLAIMCHECK_WRAP(mdb_env_set_maxdbs, (MDB_env * env, MDB_dbi dbs), (env, dbs))
CLAIMCHECK_WRAP(mdb_env_info, (MDB_env * env, MDB_envinfo* stat), (env, stat))
CLAIMCHECK_WRAP(mdb_env_stat, (MDB_env * env, MDB_stat* stat), (env, stat))
CLAIMCHECK_WRAP(mdb_reader_check, (MDB_env * env, int* dead), (env, dead))
CLAIMCHECK_WRAP(mdb_txn_begin, (MDB_env * env, MDB_txn* parent, unsigned flags, MDB_txn** txn),
                (env, parent, flags, txn))
CLAIMCHECK_WRAP(mdb_dbi_open, (MDB_txn * txn, const char* name, unsigned flags, MDB_dbi* dbi),
                (txn, name, flags, dbi))
CLAIMCHECK_WRAP(mdb_get, (MDB_txn * txn, MDB_dbi dbi, MDB_val* key, MDB_val* data),
                (txn, dbi, key, data))
CLAIMCHECK_WRAP(mdb_put, (MDB_txn * txn, MDB_dbi dbi, MDB_val* key, MDB_val* data, unsigned flags),
                (txn, dbi, key, data, flags))
CLAIMCHECK_WRAP(mdb_del, (MDB_txn * txn, MDB_dbi dbi, MDB_val* key, MDB_val* data),
                (txn, dbi, key, data))
CLAIMCHECK_WRAP(mdb_drop, (MDB_txn * txn, MDB_dbi dbi, int del), (txn, dbi, del))
CLAIMCHECK_WRAP(mdb_stat, (MDB_txn * txn, MDB_dbi dbi, MDB_stat* stat), (txn, dbi, stat))
CLAIMCHECK_WRAP(mdb_cursor_open, (MDB_txn * txn, MDB_dbi dbi, MDB_cursor** cursor),
                (txn, dbi, cursor))
CLAIMCHECK_WRAP(mdb_cursor_get, (MDB_cursor * cursor, MDB_val* key, MDB_val* data, MDB_cursor_op op),
                (cursor, key, data, op))
CLAIMCHECK_WRAP(mdb_cursor_del, (MDB_cursor * cursor, unsigned flags), (cursor, flags))
#undef CLAIMCHECK_WRAP

// A failed commit frees the transaction in LMDB; do the same.
int __real_mdb_txn_commit(MDB_txn* txn);
int __wrap_mdb_txn_commit(MDB_txn* txn) {
  if (const int rc = next("mdb_txn_commit")) {
    mdb_txn_abort(txn);
    return rc;
  }
  return __real_mdb_txn_commit(txn);
}
}
// NOLINTEND
