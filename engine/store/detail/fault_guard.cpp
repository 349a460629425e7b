// The fault guard: a fixed table of watched maps (no allocation in the
// handler), the per-thread count of LMDB calls, and the signal handler,
// which only reads atomics, write(2)s a prepared line and _exit(3)s.
#include "engine/store/detail/fault_guard.hpp"

#include <signal.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <fstream>
#include <sstream>

namespace claimcheck::engine::lmdb {

namespace {

constexpr std::size_t kSlots = 16;
constexpr std::size_t kLine = 640;
constexpr int kDatabaseExit = 3;  // error_code::database

struct slot {
  std::atomic<const void*> key{nullptr};
  std::atomic<const char*> base{nullptr};
  std::atomic<std::size_t> size{0};
  std::atomic<std::size_t> length{0};  // of line; 0 while it is being written
  char line[kLine] = {};
};

std::array<slot, kSlots> g_slots;
std::atomic<std::size_t> g_last{kSlots};  // the slot watched most recently
thread_local int t_depth = 0;
std::atomic<bool> g_installed{false};

// Builds "claimcheck: ORIGIN: the database is damaged (...)" into out.
std::size_t make_line(const std::string& origin, char (&out)[kLine]) {
  const std::string line = "claimcheck: " + origin +
                           ": the database file is damaged (a page points outside it); "
                           "restore it from a backup or re-ingest the articles\n";
  const std::size_t n = line.size() < kLine ? line.size() : kLine - 1;
  line.copy(out, n);
  if (n == kLine - 1) out[n - 1] = '\n';
  return n;
}

void write_all(const char* p, std::size_t n) {
  while (n > 0) {
    const ssize_t w = ::write(STDERR_FILENO, p, n);
    if (w <= 0) return;
    p += w;
    n -= static_cast<std::size_t>(w);
  }
}

const slot* slot_at(const void* addr) {
  const auto* a = static_cast<const char*>(addr);
  for (const auto& s : g_slots) {
    const char* b = s.base.load(std::memory_order_acquire);
    if (b != nullptr && a >= b && a < b + s.size.load(std::memory_order_acquire)) return &s;
  }
  return nullptr;
}

void on_fault(int sig, siginfo_t* info, void*) {
  // si_addr is a faulting address only when the kernel raised the signal.
  const slot* s = info != nullptr && info->si_code > 0 ? slot_at(info->si_addr) : nullptr;
  if (s == nullptr && t_depth > 0) {
    const std::size_t last = g_last.load(std::memory_order_acquire);
    if (last < kSlots) s = &g_slots[last];
  }
  if (s == nullptr && t_depth == 0) {
    // Not the database: the default action (a core dump) tells the truth.
    ::signal(sig, SIG_DFL);
    ::raise(sig);  // delivered when the handler returns (a fault would recur anyway)
    return;
  }
  const std::size_t n = s != nullptr ? s->length.load(std::memory_order_acquire) : 0;
  if (n > 0) {
    write_all(s->line, n);
  } else {
    static constexpr char kAny[] =
        "claimcheck: the database file is damaged (a page points outside it)\n";
    write_all(kAny, sizeof kAny - 1);
  }
  ::_exit(kDatabaseExit);
}

}  // namespace

call_scope::call_scope() noexcept { ++t_depth; }
call_scope::~call_scope() { --t_depth; }

void watch_map(const void* env_key, const void* base, std::size_t size,
               const std::string& origin) noexcept {
  std::size_t free_at = kSlots;
  for (std::size_t i = 0; i < kSlots; ++i) {
    if (g_slots[i].key.load() == env_key) {
      free_at = i;
      break;
    }
    if (free_at == kSlots && g_slots[i].key.load() == nullptr) free_at = i;
  }
  if (free_at == kSlots) return;  // more open databases than slots: unguarded
  slot& s = g_slots[free_at];
  s.key.store(env_key);
  s.base.store(nullptr, std::memory_order_release);
  s.length.store(0, std::memory_order_release);
  try {
    s.length.store(make_line(origin, s.line), std::memory_order_release);
  } catch (...) {
    // Out of memory for the line: the handler prints the generic one.
  }
  s.size.store(size, std::memory_order_release);
  s.base.store(static_cast<const char*>(base), std::memory_order_release);
  g_last.store(free_at, std::memory_order_release);
}

void forget_map(const void* env_key) noexcept {
  for (std::size_t i = 0; i < kSlots; ++i) {
    slot& s = g_slots[i];
    if (s.key.load() != env_key) continue;
    s.base.store(nullptr, std::memory_order_release);
    s.length.store(0, std::memory_order_release);
    s.key.store(nullptr);
    if (g_last.load() == i) g_last.store(kSlots);
  }
}

std::optional<std::pair<const void*, std::size_t>> file_map_of(const std::string& path,
                                                               std::size_t size,
                                                               const void* env_key) {
  std::ifstream maps("/proc/self/maps");
  const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  const std::size_t want = (size + page - 1) / page * page;
  std::optional<std::pair<const void*, std::size_t>> any;
  for (std::string line; std::getline(maps, line);) {
    // "start-end perms offset dev inode   pathname"
    std::istringstream in(line);
    std::string range, perms, offset, dev, inode, name;
    if (!(in >> range >> perms >> offset >> dev >> inode) || !(in >> std::ws) ||
        !std::getline(in, name) || name != path) {
      continue;
    }
    const auto dash = range.find('-');
    if (dash == std::string::npos) continue;
    const std::uintptr_t start = std::stoull(range.substr(0, dash), nullptr, 16);
    const std::uintptr_t end = std::stoull(range.substr(dash + 1), nullptr, 16);
    const auto* base = reinterpret_cast<const char*>(start);
    bool taken = false;
    for (const auto& s : g_slots) {
      if (s.base.load() == base && s.key.load() != env_key) taken = true;
    }
    if (taken) continue;
    const std::pair<const void*, std::size_t> region{base, end - start};
    if (end - start == want) return region;
    if (!any) any = region;
  }
  return any;
}

void install_fault_guard() noexcept {
  if (g_installed.exchange(true)) return;
  // The handler may run on a stack overflow too: give it its own stack.
  static std::array<char, 64 * 1024> alt_stack;
  stack_t ss{};
  ss.ss_sp = alt_stack.data();
  ss.ss_size = alt_stack.size();
  ::sigaltstack(&ss, nullptr);
  struct sigaction sa {};
  sa.sa_sigaction = on_fault;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  ::sigaction(SIGSEGV, &sa, nullptr);
  ::sigaction(SIGBUS, &sa, nullptr);
}

}  // namespace claimcheck::engine::lmdb
