// The byte layer of the record codec, shared by the current codec and the
// decoders of older schema versions (for migration): a writer and a
// bounds-checked reader of varints, length-prefixed strings, ids (hex
// stored as bytes), doubles (bit for bit, or as a short decimal when that
// reads back to the same bits), and the record frame
//   [type u8][version u8][payload][XXH3-64 of the above, low 32 bits, LE].
#pragma once

#include <charconv>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

#include "engine/model/fact.hpp"
#include "engine/model/hash.hpp"
#include "engine/store/detail/codec.hpp"

namespace claimcheck::engine::detail::io {

enum class record_type : std::uint8_t { article = 'A', fact = 'F', finding = 'N' };

[[nodiscard]] inline bool is_hex(std::string_view s) {
  if (s.empty() || s.size() % 2 != 0) return false;
  for (const char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

// Lower-case hex of bytes, written into a string sized once.
[[nodiscard]] inline std::string hex_of(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string s(2 * bytes.size(), '0');
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    s[2 * i] = kDigits[b >> 4];
    s[2 * i + 1] = kDigits[b & 15];
  }
  return s;
}

// Powers of ten that are exact doubles: m * 10^e and m / 10^e then round
// once, so they give the correctly rounded value of the decimal m e e.
inline constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                    1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
inline constexpr int kMaxPow10 = 22;
// A number tag: raw bits follow; otherwise tag - kExpBias is the exponent.
inline constexpr std::uint8_t kRawDouble = 0xff;
inline constexpr int kExpBias = 64;

[[nodiscard]] inline double from_decimal(std::int64_t m, int e) {
  const auto x = static_cast<double>(m);
  return e >= 0 ? x * kPow10[e] : x / kPow10[-e];
}

class writer {
 public:
  writer(record_type t, std::uint8_t version) {
    out_.reserve(160);
    out_.push_back(static_cast<char>(t));
    out_.push_back(static_cast<char>(version));
  }
  void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void varint(std::uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void svarint(std::int64_t v) {
    varint((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
  }
  void f64(double d) {
    char b[8];
    std::memcpy(b, &d, 8);
    out_.append(b, 8);
  }
  void u64_le(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  }
  // A double as its shortest decimal (mantissa and exponent, 2-4 bytes
  // for a stated figure) when that reads back to the very same bits;
  // otherwise its 8 bytes.
  void number(double d) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    if (r.ec == std::errc()) {
      const std::string_view s(buf, static_cast<std::size_t>(r.ptr - buf));
      // d.ddddde[+-]xx
      const std::size_t epos = s.find('e');
      std::int64_t m = 0;
      int digits = 0;
      bool ok = epos != std::string_view::npos;
      std::size_t i = 0;
      const bool neg = ok && s[0] == '-';
      if (neg) i = 1;
      for (; ok && i < epos; ++i) {
        if (s[i] == '.') continue;
        if (s[i] < '0' || s[i] > '9') {
          ok = false;
          break;
        }
        m = m * 10 + (s[i] - '0');
        ++digits;
      }
      int e10 = 0;
      if (ok) {
        const auto er = std::from_chars(s.data() + epos + 1 + (s[epos + 1] == '+' ? 1 : 0),
                                        s.data() + s.size(), e10);
        ok = er.ec == std::errc() && digits <= 15;
      }
      if (ok) {
        const int e = e10 - (digits - 1);
        if (neg) m = -m;
        if (e >= -kMaxPow10 && e <= kMaxPow10 && e + kExpBias < kRawDouble &&
            e + kExpBias >= 0) {
          const double back = from_decimal(m, e);
          if (std::memcmp(&back, &d, 8) == 0) {
            u8(static_cast<std::uint8_t>(e + kExpBias));
            svarint(m);
            return;
          }
        }
      }
    }
    u8(kRawDouble);
    f64(d);
  }
  void str(std::string_view s) {
    varint(s.size());
    out_.append(s);
  }
  void raw(std::string_view s) { out_.append(s); }
  // An id: lower-case hex of even length is stored as its bytes (half
  // the size); anything else as text. The header's low bit says which.
  void id(std::string_view s) {
    if (is_hex(s)) {
      varint((s.size() / 2) << 1 | 1);
      for (std::size_t i = 0; i < s.size(); i += 2) {
        out_.push_back(static_cast<char>(nibble(s[i]) * 16 + nibble(s[i + 1])));
      }
    } else {
      varint(s.size() << 1);
      out_.append(s);
    }
  }
  void ids(const std::vector<std::string>& v) {
    varint(v.size());
    for (const auto& s : v) id(s);
  }
  void day(std::optional<date::sys_days> d) {
    u8(d ? 1 : 0);
    if (d) svarint(d->time_since_epoch().count());
  }
  void strs(const std::vector<std::string>& v) {
    varint(v.size());
    for (const auto& s : v) str(s);
  }
  void span(const source_span& s) {
    varint(s.line);
    varint(s.column);
    varint(s.start);
    varint(s.end);
    str(s.sentence);
  }
  std::string finish() {
    const auto sum = static_cast<std::uint32_t>(hash64(out_));
    for (int i = 0; i < 4; ++i) out_.push_back(static_cast<char>((sum >> (8 * i)) & 0xff));
    return std::move(out_);
  }

 private:
  static int nibble(char c) { return c <= '9' ? c - '0' : c - 'a' + 10; }
  std::string out_;
};

class reader {
 public:
  // Checks the frame: length, checksum, type and version.
  reader(std::string_view bytes, record_type t, std::uint8_t version) {
    if (bytes.size() < 6)
      throw codec_error("record too short (" + std::to_string(bytes.size()) + " bytes)");
    const std::string_view body = bytes.substr(0, bytes.size() - 4);
    std::uint32_t stored = 0;
    for (int i = 0; i < 4; ++i) {
      stored |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[body.size() + i]))
                << (8 * i);
    }
    if (static_cast<std::uint32_t>(hash64(body)) != stored) throw codec_error("checksum mismatch");
    if (static_cast<std::uint8_t>(body[0]) != static_cast<std::uint8_t>(t)) {
      throw codec_error("wrong record type");
    }
    if (static_cast<std::uint8_t>(body[1]) != version) {
      throw codec_error("unknown record version " +
                        std::to_string(static_cast<unsigned>(static_cast<unsigned char>(body[1]))));
    }
    p_ = body.substr(2);
  }
  std::uint8_t u8() {
    need(1);
    const auto v = static_cast<std::uint8_t>(p_[0]);
    p_.remove_prefix(1);
    return v;
  }
  std::uint64_t varint() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      const std::uint8_t b = u8();
      v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
      if ((b & 0x80) == 0) return v;
    }
    throw codec_error("bad varint");
  }
  std::int64_t svarint() {
    const std::uint64_t u = varint();
    return static_cast<std::int64_t>((u >> 1) ^ (~(u & 1) + 1));
  }
  unsigned u32() {
    const std::uint64_t v = varint();
    if (v > 0xffffffffu) throw codec_error("value out of range");
    return static_cast<unsigned>(v);
  }
  double f64() {
    need(8);
    double d = 0;
    std::memcpy(&d, p_.data(), 8);
    p_.remove_prefix(8);
    return d;
  }
  std::uint64_t u64_le() {
    need(8);
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(p_[i])) << (8 * i);
    p_.remove_prefix(8);
    return v;
  }
  double number() {
    const std::uint8_t tag = u8();
    if (tag == kRawDouble) return f64();
    const int e = static_cast<int>(tag) - kExpBias;
    if (e < -kMaxPow10 || e > kMaxPow10) throw codec_error("number exponent out of range");
    const std::int64_t m = svarint();
    if (m > (std::int64_t{1} << 53) || m < -(std::int64_t{1} << 53)) {
      throw codec_error("number mantissa out of range");
    }
    return from_decimal(m, e);
  }
  std::string str() {
    const std::uint64_t n = varint();
    need(n);
    std::string s(p_.substr(0, n));
    p_.remove_prefix(n);
    return s;
  }
  // Reads past a string without copying it.
  std::string_view view() {
    const std::uint64_t n = varint();
    need(n);
    const std::string_view s = p_.substr(0, n);
    p_.remove_prefix(n);
    return s;
  }
  std::string_view bytes(std::size_t n) {
    need(n);
    const std::string_view s = p_.substr(0, n);
    p_.remove_prefix(n);
    return s;
  }
  std::string id() {
    const std::uint64_t h = varint();
    const std::uint64_t n = h >> 1;
    need(n);
    std::string s = (h & 1) != 0 ? hex_of(p_.substr(0, n)) : std::string(p_.substr(0, n));
    p_.remove_prefix(n);
    return s;
  }
  std::vector<std::string> ids() {
    const std::uint64_t n = varint();
    if (n > p_.size()) throw codec_error("list longer than the record");
    std::vector<std::string> v;
    v.reserve(n);
    for (std::uint64_t i = 0; i < n; ++i) v.push_back(id());
    return v;
  }
  std::optional<date::sys_days> day() {
    if (u8() == 0) return std::nullopt;
    const std::int64_t d = svarint();
    check_day(d);
    return date::sys_days{date::days{d}};
  }
  static void check_day(std::int64_t d) {
    if (d < -100000000 || d > 100000000) throw codec_error("day out of range");
  }
  std::vector<std::string> strs() {
    const std::uint64_t n = varint();
    if (n > p_.size()) throw codec_error("list longer than the record");
    std::vector<std::string> v;
    v.reserve(n);
    for (std::uint64_t i = 0; i < n; ++i) v.push_back(str());
    return v;
  }
  source_span span() {
    source_span s;
    s.line = u32();
    s.column = u32();
    s.start = varint();
    s.end = varint();
    s.sentence = str();
    return s;
  }
  template <class E>
  E enumerated(unsigned count) {
    const std::uint8_t v = u8();
    if (v >= count) throw codec_error("enumerator out of range");
    return static_cast<E>(v);
  }
  void done() const {
    if (!p_.empty()) throw codec_error(std::to_string(p_.size()) + " trailing bytes");
  }

 private:
  void need(std::uint64_t n) const {
    if (n > p_.size()) throw codec_error("truncated record");
  }
  std::string_view p_;
};

}  // namespace claimcheck::engine::detail::io
