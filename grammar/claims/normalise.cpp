// Normalisation of article text before mention scanning and assembly (see
// text.hpp), with an anchor at every place where lengths differ.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>

#include "grammar/claims/text.hpp"

namespace claimcheck::grammar::claims {

void offset_map::anchor(std::size_t norm, std::size_t orig) {
  if (!anchors_.empty() && anchors_.back().first == norm) {
    anchors_.back().second = orig;
    return;
  }
  anchors_.emplace_back(norm, orig);
}

std::size_t offset_map::to_original(std::size_t norm) const {
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), norm,
                             [](std::size_t v, const auto& a) { return v < a.first; });
  if (it == anchors_.begin()) return norm;
  --it;
  return it->second + (norm - it->first);
}

namespace {

// Decodes the code point at s[i] (UTF-8). Returns its length, 0 if invalid.
std::size_t decode(std::string_view s, std::size_t i, unsigned& cp) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t len = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    cp = c & 0x1Fu;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    cp = c & 0x0Fu;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07u;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    const auto d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (d & 0x3Fu);
  }
  return len;
}

// The replacement of a code point, or nullptr to keep it.
const char* replacement(unsigned cp) {
  switch (cp) {
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: return " ";
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD: return "";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63: case 0xFF0D:
      return "-";
    case 0x2014: case 0x2015: return " - ";
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return "\"";
    case 0x2026: return "...";
    case 0x2028: return "\n";
    case 0x2029: return "\n\n";
    case 0x2044: case 0x2215: return "/";
    default:
      if (cp >= 0x2000 && cp <= 0x200A) return " ";
      return nullptr;
  }
}

// An ASCII byte that plain text keeps unchanged (not a byte that becomes
// a space, not the start of a multi-byte sequence).
inline bool plain_byte(unsigned char c) {
  return c < 0x80 && c != '\r' && c != '\t' && c != '\0' && c != '\f' && c != '\v';
}

// None of the sixteen bytes at p is below 0x20 or above 0x7F (GCC/Clang
// vector extensions: as signed bytes, those are exactly the ones below 0x20).
using signed_bytes16 = signed char __attribute__((vector_size(16)));
bool all_printable_ascii(const char* p) {
  signed_bytes16 x;
  std::memcpy(&x, p, 16);
  const signed_bytes16 m = x < 0x20;
  std::uint64_t lo = 0;
  std::uint64_t hi = 0;
  std::memcpy(&lo, &m, 8);
  std::memcpy(&hi, reinterpret_cast<const char*>(&m) + 8, 8);
  return (lo | hi) == 0;
}

}  // namespace

normalised normalise(std::string_view s, bool markdown) {
  normalised r;
  r.text.reserve(s.size());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (!markdown && plain_byte(c)) {
      // A run of bytes kept as they are, copied at once.
      std::size_t j = i + 1;
      // Sixteen bytes at a time while none is below 0x20 or above 0x7F
      // (the control bytes that become spaces are all below 0x20); a block
      // with such a byte (a newline, as a rule) one byte at a time, then on.
      while (j < n) {
        while (j + 16 <= n && all_printable_ascii(s.data() + j)) j += 16;
        const std::size_t block_end = std::min(n, j + 16);
        while (j < block_end && plain_byte(static_cast<unsigned char>(s[j]))) ++j;
        if (j < block_end) break;
      }
      r.text.append(s.data() + i, j - i);
      i = j;
      continue;
    }
    if (c < 0x80) {
      if (c == '\r' || c == '\t' || c == '\0' || c == '\f' || c == '\v') {
        r.text += ' ';
        ++i;
        continue;
      }
      if (markdown) {
        // "](target)" of a link: the target is blanked, "[" and "]" too.
        if (c == ']' && i + 1 < n && s[i + 1] == '(') {
          const std::size_t close = s.find(')', i + 2);
          if (close != std::string_view::npos && close - i < 2048 &&
              s.substr(i, close - i).find('\n') == std::string_view::npos) {
            r.text.append(close + 1 - i, ' ');
            i = close + 1;
            continue;
          }
        }
        if (c == '[' || c == ']' || c == '*' || c == '_' || c == '`') {
          // Emphasis and link brackets; an underscore inside a word stays.
          const bool inner = c == '_' && i > 0 && i + 1 < n &&
                             std::isalnum(static_cast<unsigned char>(s[i - 1])) &&
                             std::isalnum(static_cast<unsigned char>(s[i + 1]));
          r.text += inner ? '_' : ' ';
          ++i;
          continue;
        }
        if (c == '#' && (i == 0 || s[i - 1] == '\n' || s[i - 1] == '#')) {
          r.text += ' ';
          ++i;
          continue;
        }
      }
      r.text += static_cast<char>(c);
      ++i;
      continue;
    }
    unsigned cp = 0;
    const std::size_t len = decode(s, i, cp);
    if (len == 0) {
      r.text += static_cast<char>(c);
      ++i;
      continue;
    }
    const char* rep = replacement(cp);
    if (rep == nullptr) {
      r.text.append(s.substr(i, len));
      i += len;
      continue;
    }
    r.map.anchor(r.text.size(), i);
    r.text += rep;
    i += len;
    r.map.anchor(r.text.size(), i);
  }
  return r;
}

}  // namespace claimcheck::grammar::claims
