// Record encoding: a byte writer and a bounds-checked reader, and the field
// order of each record type. Adding a field means a new codec version whose
// decoder still reads the old one.
#include "engine/store/detail/codec.hpp"

#include <cmath>
#include <cstring>

#include "engine/model/hash.hpp"

namespace claimcheck::engine::detail {
namespace {

enum class record_type : std::uint8_t { article = 'A', fact = 'F', finding = 'N' };

int nibble(char c) { return c <= '9' ? c - '0' : c - 'a' + 10; }

bool is_hex(std::string_view s) {
  if (s.empty() || s.size() % 2 != 0) return false;
  for (const char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string hex_of(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string s(2 * bytes.size(), '0');
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    s[2 * i] = kDigits[b >> 4];
    s[2 * i + 1] = kDigits[b & 15];
  }
  return s;
}

class writer {
 public:
  explicit writer(record_type t) {
    out_.reserve(256);
    out_.push_back(static_cast<char>(t));
    out_.push_back(static_cast<char>(kCodecVersion));
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
  void str(std::string_view s) {
    varint(s.size());
    out_.append(s);
  }
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
  std::string out_;
};

class reader {
 public:
  reader(std::string_view bytes, record_type t) {
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
    if (static_cast<std::uint8_t>(body[1]) != kCodecVersion) {
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
  std::string str() {
    const std::uint64_t n = varint();
    need(n);
    std::string s(p_.substr(0, n));
    p_.remove_prefix(n);
    return s;
  }
  std::string id() {
    const std::uint64_t h = varint();
    const std::uint64_t n = h >> 1;
    need(n);
    std::string s;
    if ((h & 1) != 0) {
      s = hex_of(p_.substr(0, n));
    } else {
      s.assign(p_.substr(0, n));
    }
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
    if (d < -100000000 || d > 100000000) throw codec_error("day out of range");
    return date::sys_days{date::days{d}};
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

// Bit flags of a fact.
constexpr std::uint8_t kHedged = 1, kNegated = 2, kUnlisted = 4, kWeekday = 8, kLoOpen = 16,
                       kHiOpen = 32, kEmpty = 64, kIdInKey = 128;

}  // namespace

}  // namespace claimcheck::engine::detail

namespace claimcheck::engine {

std::string_view to_string(record_state s) {
  switch (s) {
    case record_state::current:
      return "current";
    case record_state::superseded:
      return "superseded";
    case record_state::retracted:
      return "retracted";
  }
  return "current";
}

std::optional<record_state> record_state_from_string(std::string_view s) {
  if (s == "current") return record_state::current;
  if (s == "superseded") return record_state::superseded;
  if (s == "retracted") return record_state::retracted;
  return std::nullopt;
}

}  // namespace claimcheck::engine

namespace claimcheck::engine::detail {

std::string encode(const article_record& r) {
  writer w(record_type::article);
  w.u8(static_cast<std::uint8_t>(r.state));
  w.varint(r.seq);
  w.svarint(r.retracted_at);
  w.id(r.supersedes);
  w.id(r.superseded_by);
  const article& a = r.meta;
  w.id(a.id);
  w.str(a.path);
  w.str(a.title);
  w.day(a.published);
  w.str(a.published_text);
  w.str(a.source);
  w.str(a.url);
  w.str(a.format);
  w.str(a.text);
  w.varint(a.base_offset);
  w.varint(a.base_line);
  return w.finish();
}

article_record decode_article(std::string_view bytes) {
  reader r(bytes, record_type::article);
  article_record out;
  out.state = r.enumerated<record_state>(3);
  out.seq = r.varint();
  out.retracted_at = r.svarint();
  out.supersedes = r.id();
  out.superseded_by = r.id();
  article& a = out.meta;
  a.id = r.id();
  a.path = r.str();
  a.title = r.str();
  a.published = r.day();
  a.published_text = r.str();
  a.source = r.str();
  a.url = r.str();
  a.format = r.str();
  a.text = r.str();
  a.base_offset = r.varint();
  a.base_line = r.u32();
  r.done();
  return out;
}

std::string encode(const fact_record& r, std::string_view fact_key) {
  writer w(record_type::fact);
  const fact& f = r.f;
  w.u8(static_cast<std::uint8_t>(r.state));
  w.u8(static_cast<std::uint8_t>(f.kind));
  std::uint8_t flags = 0;
  if (f.hedged) flags |= kHedged;
  if (f.negated) flags |= kNegated;
  if (f.unlisted) flags |= kUnlisted;
  if (f.weekday) flags |= kWeekday;
  if (f.value.value.lo_open()) flags |= kLoOpen;
  if (f.value.value.hi_open()) flags |= kHiOpen;
  if (f.value.value.empty()) flags |= kEmpty;
  const bool id_in_key = !fact_key.empty() && f.id.size() == 2 * fact_key.size() && is_hex(f.id) &&
                         hex_of(fact_key) == f.id;
  if (id_in_key) flags |= kIdInKey;
  w.u8(flags);
  if (!id_in_key) w.id(f.id);
  w.id(f.article);
  w.str(f.entity);
  w.str(f.metric);
  w.svarint(f.when.first.time_since_epoch().count());
  w.svarint((f.when.last - f.when.first).count());
  w.u8(static_cast<std::uint8_t>(f.when.g));
  w.str(f.when.label);
  w.f64(f.value.value.lo());
  w.f64(f.value.value.hi());
  w.str(f.value.unit);
  w.u8(static_cast<std::uint8_t>(f.value.qual));
  w.str(f.value.stated);
  w.f64(f.value.number);
  w.str(f.basis);
  w.str(f.attribution);
  w.span(f.source);
  if (f.weekday) w.varint(*f.weekday);
  w.svarint(f.tense);
  w.str(f.derived_by);
  w.ids(f.inputs);
  w.day(f.published);
  return w.finish();
}

fact_record decode_fact(std::string_view bytes, std::string_view fact_key) {
  reader r(bytes, record_type::fact);
  fact_record out;
  fact& f = out.f;
  out.state = r.enumerated<record_state>(3);
  f.kind = r.enumerated<fact_kind>(9);
  const std::uint8_t flags = r.u8();
  f.hedged = (flags & kHedged) != 0;
  f.negated = (flags & kNegated) != 0;
  f.unlisted = (flags & kUnlisted) != 0;
  if ((flags & kIdInKey) != 0) {
    if (fact_key.empty()) throw codec_error("the fact id is in the key, and no key was given");
    f.id = hex_of(fact_key);
  } else {
    f.id = r.id();
  }
  f.article = r.id();
  f.entity = r.str();
  f.metric = r.str();
  f.when.first = date::sys_days{date::days{r.svarint()}};
  f.when.last = f.when.first + date::days{r.svarint()};
  f.when.g = r.enumerated<grain>(8);
  f.when.label = r.str();
  const double lo = r.f64();
  const double hi = r.f64();
  if ((flags & kEmpty) == 0) {
    if (std::isnan(lo) || std::isnan(hi)) throw codec_error("NaN interval bound");
    f.value.value = interval(lo, hi, (flags & kLoOpen) != 0, (flags & kHiOpen) != 0);
  }
  f.value.unit = r.str();
  f.value.qual = r.enumerated<qualifier>(4);
  f.value.stated = r.str();
  f.value.number = r.f64();
  f.basis = r.str();
  f.attribution = r.str();
  f.source = r.span();
  if ((flags & kWeekday) != 0) f.weekday = r.u32();
  f.tense = static_cast<int>(r.svarint());
  f.derived_by = r.str();
  f.inputs = r.ids();
  f.published = r.day();
  r.done();
  return out;
}

std::string encode(const finding& f) {
  writer w(record_type::finding);
  w.str(f.rule);
  w.u8(static_cast<std::uint8_t>(f.sev));
  w.u8(static_cast<std::uint8_t>(f.kind));
  w.str(f.message);
  w.ids(f.facts);
  w.strs(f.stated);
  w.str(f.arithmetic);
  w.id(f.article);
  w.span(f.source);
  return w.finish();
}

finding decode_finding(std::string_view bytes) {
  reader r(bytes, record_type::finding);
  finding f;
  f.rule = r.str();
  f.sev = r.enumerated<severity>(3);
  f.kind = r.enumerated<finding_kind>(6);
  f.message = r.str();
  f.facts = r.ids();
  f.stated = r.strs();
  f.arithmetic = r.str();
  f.article = r.id();
  f.source = r.span();
  r.done();
  return f;
}

}  // namespace claimcheck::engine::detail
