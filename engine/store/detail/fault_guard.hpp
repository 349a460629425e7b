// A damaged page can send LMDB (or a read of a value it returned) to an
// address outside the file: LMDB trusts its pages and has no checksums of
// its own. The fault guard turns such a crash into the store's one error
// line and exit code 3 instead of a core dump. It knows the maps of the open
// databases and counts LMDB calls in progress on each thread: a SIGSEGV or
// SIGBUS inside an LMDB call, or at an address in a map, is a damaged
// database; any other fault is left to the default action (a bug is a
// crash, not a misleading message). A crash inside a write transaction
// happens before its commit, so the file stays as it was.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>

namespace claimcheck::engine::lmdb {

// Marks an LMDB call in progress on this thread (cheap: a thread-local count).
class call_scope {
 public:
  call_scope() noexcept;
  ~call_scope();
  call_scope(const call_scope&) = delete;
  call_scope& operator=(const call_scope&) = delete;
};

// Records (or updates, after the map grew) the map of the database named
// origin; forget() drops it when the environment closes.
void watch_map(const void* env_key, const void* base, std::size_t size,
               const std::string& origin) noexcept;
void forget_map(const void* env_key) noexcept;

// Where this process has the file at path mapped (from /proc/self/maps):
// the region of `size` bytes not watched for another environment than
// env_key; nullopt when there is none (or /proc is not there).
[[nodiscard]] std::optional<std::pair<const void*, std::size_t>> file_map_of(
    const std::string& path, std::size_t size, const void* env_key);

// Installs the SIGSEGV and SIGBUS handlers (once; later calls do nothing).
void install_fault_guard() noexcept;

}  // namespace claimcheck::engine::lmdb
