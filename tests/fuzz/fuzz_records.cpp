// Fuzz target (3): the stored-record codec. Arbitrary bytes given to each
// decoder either decode or throw codec_error (never crash, never another
// exception, never allocate what the bytes merely claim); a record that
// decodes re-encodes to bytes that decode to the same record; records built
// from the fuzz bytes survive encode/decode unchanged. Until the LMDB store
// (and its codec) is in the tree this target checks nothing.
#include "tests/fuzz/harness.hpp"

#if __has_include("engine/store/detail/codec.hpp")
#include <cstring>
#include <string>

#include "engine/store/detail/codec.hpp"

namespace claimcheck::fuzz {
namespace {

namespace d = engine::detail;

double number_at(std::string_view bytes, std::size_t at, double fallback) {
  if (bytes.size() < at + sizeof(double)) return fallback;
  double x = 0;
  std::memcpy(&x, bytes.data() + at, sizeof x);
  return x != x ? fallback : x;  // NaN != NaN would defeat the == below
}

// Compared as bytes: a record decoded from junk may hold NaN, which no
// operator== finds equal to itself.
template <class Decode>
void decode_any(std::string_view bytes, Decode decode, const char* what) {
  try {
    auto rec = decode(bytes);
    const std::string again = d::encode(rec);
    require(d::encode(decode(again)) == again,
            std::string(what) + ": encode(decode(encode(decode(b)))) differs");
  } catch (const d::codec_error&) {
  } catch (const violation&) {
    throw;
  } catch (const std::exception& e) {
    throw violation(std::string(what) + ": decoder threw " + e.what());
  }
}

bool same_fact(const d::fact_record& a, const d::fact_record& b) {
  return a.f == b.f && a.state == b.state;
}

// engine::article has no operator== (so neither has the stored record).
bool same_article(const d::article_record& x, const d::article_record& y) {
  const auto& a = x.meta;
  const auto& b = y.meta;
  return a.id == b.id && a.path == b.path && a.title == b.title && a.published == b.published &&
         a.published_text == b.published_text && a.source == b.source && a.url == b.url &&
         a.format == b.format && a.text == b.text && a.base_offset == b.base_offset &&
         a.base_line == b.base_line && x.state == y.state && x.seq == y.seq &&
         x.retracted_at == y.retracted_at && x.supersedes == y.supersedes &&
         x.superseded_by == y.superseded_by;
}

}  // namespace

int records(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  decode_any(bytes, [](std::string_view b) { return d::decode_article(b); }, "article");
  decode_any(bytes, [](std::string_view b) { return d::decode_fact(b); }, "fact");
  decode_any(bytes, [](std::string_view b) { return d::decode_finding(b); }, "finding");

  auto f = [&](std::size_t i) { return std::string(field(bytes, i)); };
  const auto byte = [&](std::size_t i) { return i < size ? data[i] : std::uint8_t{0}; };

  d::article_record ar;
  ar.meta.id = f(0);
  ar.meta.path = f(1);
  ar.meta.title = f(2);
  ar.meta.text = f(3);
  ar.meta.url = f(4);
  ar.meta.source = f(5);
  ar.meta.published_text = f(6);
  ar.meta.format = f(7);
  if (byte(0) & 1) ar.meta.published = date::sys_days(date::days(static_cast<std::int8_t>(byte(1)) * 997));
  ar.meta.base_offset = byte(2);
  ar.meta.base_line = byte(3) + 1u;
  ar.state = static_cast<d::row_state>(byte(4) % 3);
  ar.seq = byte(5);
  ar.supersedes = f(8);
  require(same_article(d::decode_article(d::encode(ar)), ar), "article round trip differs");

  d::fact_record fr;
  fr.f.id = f(0);
  fr.f.article = f(1);
  fr.f.kind = static_cast<engine::fact_kind>(byte(6) % 9);
  fr.f.entity = f(2);
  fr.f.metric = f(3);
  fr.f.when = engine::period::year(date::year{1900 + byte(7)}, f(4));
  const double lo = number_at(f(9), 0, 1.0);
  const double hi = number_at(f(9), 8, 2.0);
  fr.f.value.value = engine::interval(std::min(lo, hi), std::max(lo, hi), byte(8) & 1, byte(8) & 2);
  fr.f.value.number = lo;
  fr.f.value.unit = f(5);
  fr.f.value.stated = f(6);
  fr.f.value.qual = static_cast<engine::qualifier>(byte(9) % 4);
  fr.f.attribution = f(7);
  fr.f.source.sentence = f(8);
  fr.f.source.line = byte(10);
  fr.f.hedged = byte(11) & 1;
  if (byte(11) & 2) fr.f.weekday = byte(12) % 7;
  fr.f.derived_by = f(10);
  fr.f.inputs = {f(11), f(12)};
  fr.state = static_cast<d::row_state>(byte(13) % 3);
  require(same_fact(d::decode_fact(d::encode(fr)), fr), "fact round trip differs");

  engine::finding n;
  n.rule = f(0);
  n.sev = static_cast<engine::severity>(byte(14) % 3);
  n.kind = static_cast<engine::finding_kind>(byte(15) % 6);
  n.message = f(1);
  n.facts = {f(2), f(3)};
  n.stated = {f(4)};
  n.arithmetic = f(5);
  n.article = f(6);
  require(d::decode_finding(d::encode(n)) == n, "finding round trip differs");
  return 0;
}

}  // namespace claimcheck::fuzz
#else
namespace claimcheck::fuzz {
int records(const std::uint8_t*, std::size_t) { return 0; }
}  // namespace claimcheck::fuzz
#endif
