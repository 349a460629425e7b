// Decoders of schema 2's article and fact records, kept only so that
// opening a schema 2 database can migrate it (migrate.cpp). Frozen: the
// field order below is what schema 2 wrote.
#include <cmath>

#include "engine/store/detail/codec.hpp"
#include "engine/store/detail/codec_io.hpp"

namespace claimcheck::engine::detail {
namespace {

constexpr std::uint8_t kV2 = 2;
constexpr std::uint8_t kHedged = 1, kNegated = 2, kUnlisted = 4, kWeekday = 8, kLoOpen = 16,
                       kHiOpen = 32, kEmpty = 64, kIdInKey = 128;

}  // namespace

article_record decode_article_v2(std::string_view bytes) {
  io::reader r(bytes, io::record_type::article, kV2);
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

fact_record decode_fact_v2(std::string_view bytes, std::string_view fact_key) {
  io::reader r(bytes, io::record_type::fact, kV2);
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
    f.id = io::hex_of(fact_key);
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

}  // namespace claimcheck::engine::detail
