// Repair of input bytes before a reader sees them (see readers.hpp): invalid
// UTF-8 and NUL bytes are replaced, so that everything downstream (the claim
// pipeline, the store, JSON output) holds valid UTF-8 without NULs.
#include <string>
#include <string_view>

#include "grammar/readers/readers.hpp"

namespace claimcheck::grammar::readers {
namespace {

struct utf8_step {
  bool valid = true;
  std::size_t len = 1;  // the valid sequence, or the maximal invalid subpart
};

// The UTF-8 sequence at p[i] (Unicode 15, table 3-7): valid with its length,
// or invalid with the length of its maximal subpart (the bytes that could
// still have begun a valid sequence; at least one).
utf8_step step(const unsigned char* p, std::size_t n, std::size_t i) {
  const unsigned c = p[i];
  if (c < 0x80) return {};
  std::size_t need = 0;
  unsigned lo = 0x80;
  unsigned hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;  // overlong
    if (c == 0xED) hi = 0x9F;  // surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;  // overlong
    if (c == 0xF4) hi = 0x8F;  // above U+10FFFF
  } else {
    return {false, 1};
  }
  for (std::size_t k = 1; k <= need; ++k) {
    if (i + k >= n) return {false, k};
    const unsigned b = p[i + k];
    if (b < lo || b > hi) return {false, k};
    lo = 0x80;
    hi = 0xBF;
  }
  return {true, need + 1};
}

void note(repair_count& r, std::size_t at) {
  if (r.first == std::string_view::npos) r.first = at;
}

}  // namespace

bool needs_repair(std::string_view s) {
  return s.find('\0') != std::string_view::npos || first_invalid_utf8(s) != std::string_view::npos;
}

repair_count repair_in_place(std::string& s) {
  repair_count r;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n;) {
    if (s[i] == '\0') {
      note(r, i);
      s[i] = ' ';
      ++r.nul;
      ++i;
      continue;
    }
    const utf8_step st = step(p, n, i);
    if (!st.valid) {
      note(r, i);
      for (std::size_t k = 0; k < st.len; ++k) s[i + k] = kSubstitute;
      r.invalid += st.len;
    }
    i += st.len;
  }
  return r;
}

std::string with_replacement_characters(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (const char c : s) {
    if (c == kSubstitute) {
      out += "\xEF\xBF\xBD";  // U+FFFD
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace claimcheck::grammar::readers
