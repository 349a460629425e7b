// The libFuzzer entry point. Compiled into each fuzz binary with
// CLAIMCHECK_FUZZ_TARGET naming one harness function (tests/fuzz/
// CMakeLists.txt); in the doctest binary it compiles to nothing.
#ifdef CLAIMCHECK_FUZZ_TARGET
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/harness.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return CLAIMCHECK_FUZZ_TARGET(data, size);
}
#endif
