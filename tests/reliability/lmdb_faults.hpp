// Fault injection for the store (issue #10): makes the Nth LMDB call of the
// test process fail with a chosen code (EIO, ENOSPC, MDB_MAP_FULL,
// MDB_READERS_FULL, ...) without making it. It works at link time: the test
// binary is linked with -Wl,--wrap=mdb_<call> for every int-returning LMDB
// call the store makes (tests/fuzz/CMakeLists.txt), so the store's code
// needs no hook and the claimcheck binary is untouched.
//
// A failed mdb_txn_commit also aborts the transaction, as LMDB frees it when
// a commit fails.
#pragma once

#include <cstdint>

namespace claimcheck::testing {

// From now on, the nth LMDB call (1-based) returns code instead of running.
void arm_lmdb_fault(std::uint64_t nth, int code);
// No more faults; the count stops.
void disarm_lmdb_fault();
// LMDB calls counted since arm_lmdb_fault.
[[nodiscard]] std::uint64_t lmdb_calls();
// Whether the armed fault was injected, and into which call.
[[nodiscard]] bool lmdb_fault_fired();
[[nodiscard]] const char* lmdb_fault_call();

// Arms a fault for a scope.
class lmdb_fault {
 public:
  lmdb_fault(std::uint64_t nth, int code) { arm_lmdb_fault(nth, code); }
  ~lmdb_fault() { disarm_lmdb_fault(); }
  lmdb_fault(const lmdb_fault&) = delete;
  lmdb_fault& operator=(const lmdb_fault&) = delete;
};

}  // namespace claimcheck::testing
