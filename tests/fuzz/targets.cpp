// The table of fuzz targets and the byte-splitting helper the structured
// harnesses share.
#include <array>

#include "tests/fuzz/harness.hpp"

namespace claimcheck::fuzz {

std::span<const target> targets() {
  static constexpr std::array<target, 5> kTargets{{
      {"articles", &articles},
      {"numbers", &numbers},
      {"records", &records},
      {"rules", &rules},
      {"reports", &reports},
  }};
  return kTargets;
}

std::string_view field(std::string_view bytes, std::size_t index) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < index; ++i) {
    const std::size_t sep = bytes.find('\xff', start);
    if (sep == std::string_view::npos) return {};
    start = sep + 1;
  }
  const std::size_t end = bytes.find('\xff', start);
  return bytes.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

}  // namespace claimcheck::fuzz
