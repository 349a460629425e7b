// Record encoding (schema 3): the field order of each record type. Adding a
// field means a new record version whose decoder still reads the old one
// (or a migration: codec_v2.cpp keeps schema 2's decoders).
#include "engine/store/detail/codec.hpp"

#include <cmath>
#include <cstring>
#include <iterator>
#include <optional>

#include "engine/store/detail/codec_io.hpp"
#include "engine/store/detail/keys.hpp"

namespace claimcheck::engine::detail {
namespace {

using io::reader;
using io::record_type;
using io::writer;

// Bit flags of a fact.
constexpr std::uint8_t kHedged = 1, kNegated = 2, kUnlisted = 4, kWeekday = 8, kLoOpen = 16,
                       kHiOpen = 32, kEmpty = 64, kIdInKey = 128;
// Second flag byte: what else the key holds, and the article id's form.
constexpr std::uint8_t kWhenInKey = 1, kNamesInKey = 2, kArticleHash = 4, kPlainLength = 8,
                       kPlainLabel = 16;
constexpr std::uint8_t kFlags2 = kWhenInKey | kNamesInKey | kArticleHash | kPlainLength |
                                 kPlainLabel;

// Units written as one byte (index + 1; 0: the unit's text follows).
constexpr std::string_view kUnits[] = {"",  "%",       "USD", "t",  "x",   "pp",  "m3", "TEU",
                                       "persons", "EUR", "day", "year", "m", "weekday"};

std::uint8_t unit_code(std::string_view u) {
  for (std::size_t i = 0; i < std::size(kUnits); ++i) {
    if (kUnits[i] == u) return static_cast<std::uint8_t>(i + 1);
  }
  return 0;
}

// The last day of the period a grain gives for its first day (a calendar
// year, half, quarter, month or day): when the stored period is that one,
// its length is not written.
std::optional<date::sys_days> plain_last(date::sys_days first, grain g) {
  if (g == grain::day) return first;
  const date::year_month_day ymd{first};
  if (ymd.day() != date::day{1}) return std::nullopt;
  const unsigned m = static_cast<unsigned>(ymd.month());
  unsigned months = 0;
  switch (g) {
    case grain::month:
      months = 1;
      break;
    case grain::quarter:
      months = (m - 1) % 3 == 0 ? 3 : 0;
      break;
    case grain::half:
      months = (m - 1) % 6 == 0 ? 6 : 0;
      break;
    case grain::year:
      months = m == 1 ? 12 : 0;
      break;
    default:
      break;
  }
  if (months == 0) return std::nullopt;
  const date::year_month end = date::year_month{ymd.year(), ymd.month()} + date::months{months - 1};
  return date::sys_days{end / date::last};
}

// The label such a period is most often stated with: "2022", "Q1 2022".
std::string plain_label(date::sys_days first, grain g) {
  const date::year_month_day ymd{first};
  const int y = static_cast<int>(ymd.year());
  if (g == grain::year) return std::to_string(y);
  if (g == grain::quarter) {
    return "Q" + std::to_string((static_cast<unsigned>(ymd.month()) - 1) / 3 + 1) + " " +
           std::to_string(y);
  }
  return std::string();
}
// Article flags.
constexpr std::uint8_t kTextApart = 1;

constexpr std::size_t kArticleBytes = 16;

// A sentence usually holds the stated figure and the period's label word
// for word (and sometimes the entity key): each is cut out at its first
// occurrence and stored as a position (1-based, 0 when not cut), in this
// order; decoding puts them back in the reverse order.
constexpr std::size_t kMinCut = 3;

void put_sentence(writer& w, const fact& f) {
  std::string s = f.source.sentence;
  const std::string_view parts[3] = {f.value.stated, f.when.label, f.entity};
  for (const std::string_view part : parts) {
    std::size_t at = std::string::npos;
    if (part.size() >= kMinCut) at = s.find(part);
    if (at == std::string::npos) {
      w.varint(0);
    } else {
      s.erase(at, part.size());
      w.varint(at + 1);
    }
  }
  w.str(s);
}

// Reads the sentence; fills out only when with_source.
void get_sentence(reader& r, const fact& f, bool with_source, std::string& out) {
  std::uint64_t at[3];
  for (auto& a : at) a = r.varint();
  const std::string_view rest = r.view();
  if (!with_source) return;
  const std::string_view parts[3] = {f.value.stated, f.when.label, f.entity};
  std::size_t total = rest.size();
  for (int i = 0; i < 3; ++i) total += at[i] != 0 ? parts[i].size() : 0;
  out.reserve(total);
  out.assign(rest);
  for (int i = 2; i >= 0; --i) {
    if (at[i] == 0) continue;
    if (at[i] - 1 > out.size()) throw codec_error("sentence part out of range");
    out.insert(at[i] - 1, parts[i]);
  }
}

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
namespace {

std::string encode_article(const article_record& r, const text_ref* text) {
  writer w(record_type::article, kArticleVersion);
  w.u8(text != nullptr ? kTextApart : 0);
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
  if (text != nullptr) {
    w.varint(text->size);
    w.u64_le(text->hash);
  } else {
    w.str(a.text);
  }
  w.varint(a.base_offset);
  w.varint(a.base_line);
  return w.finish();
}

}  // namespace

std::string encode(const article_record& r) { return encode_article(r, nullptr); }
std::string encode(const article_record& r, const text_ref& text) {
  return encode_article(r, &text);
}

article_record decode_article(std::string_view bytes, text_ref* text) {
  reader r(bytes, record_type::article, kArticleVersion);
  article_record out;
  const std::uint8_t flags = r.u8();
  if ((flags & ~kTextApart) != 0) throw codec_error("unknown article flags");
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
  if ((flags & kTextApart) != 0) {
    if (text == nullptr) throw codec_error("the text is stored apart, and no place was given");
    text->size = r.varint();
    text->hash = r.u64_le();
  } else {
    a.text = r.str();
  }
  a.base_offset = r.varint();
  a.base_line = r.u32();
  r.done();
  return out;
}

std::string encode(const fact_record& r, std::string_view fact_key) {
  fact_context c;
  c.fact_key = fact_key;
  return encode(r, c);
}

std::string encode(const fact_record& r, const fact_context& key) {
  return encode_fact(r.f, r.state, key);
}

std::string encode_fact(const fact& f, record_state state, const fact_context& key) {
  writer w(record_type::fact, kFactVersion);
  w.u8(static_cast<std::uint8_t>(static_cast<unsigned>(state) |
                                 (static_cast<unsigned>(f.kind) << 2)));
  std::uint8_t flags = 0;
  if (f.hedged) flags |= kHedged;
  if (f.negated) flags |= kNegated;
  if (f.unlisted) flags |= kUnlisted;
  if (f.weekday) flags |= kWeekday;
  if (f.value.value.lo_open()) flags |= kLoOpen;
  if (f.value.value.hi_open()) flags |= kHiOpen;
  if (f.value.value.empty()) flags |= kEmpty;
  const bool id_in_key = key.fact_key.size() == kFactKey && f.id.size() == 2 * kFactKey &&
                         io::is_hex(f.id) && io::hex_of(key.fact_key) == f.id;
  if (id_in_key) flags |= kIdInKey;
  std::uint8_t flags2 = 0;
  const std::string_view ik = key.index_key;
  const bool when_in_key =
      ik.size() == kIndexKey && ik.substr(8, 4) == day_key(f.when.first) &&
      ik.substr(12, 4) == (f.published ? day_key(*f.published) : std::string(4, '\0'));
  if (when_in_key) flags2 |= kWhenInKey;
  const bool names_in_key = key.entity != nullptr && key.metric != nullptr &&
                            *key.entity == f.entity && *key.metric == f.metric;
  if (names_in_key) flags2 |= kNamesInKey;
  const bool article_hash = f.article.size() == 2 * kArticleBytes && io::is_hex(f.article);
  if (article_hash) flags2 |= kArticleHash;
  const auto plain = plain_last(f.when.first, f.when.g);
  if (plain && *plain == f.when.last) flags2 |= kPlainLength;
  if ((f.when.g == grain::year || f.when.g == grain::quarter) &&
      f.when.label == plain_label(f.when.first, f.when.g)) {
    flags2 |= kPlainLabel;
  }
  w.u8(flags);
  w.u8(flags2);
  if (!id_in_key) w.id(f.id);
  if (article_hash) {
    w.raw(*hex_bytes(f.article, kArticleBytes));
  } else {
    w.str(f.article);
  }
  if (!names_in_key) {
    w.str(f.entity);
    w.str(f.metric);
  }
  if (!when_in_key) {
    w.svarint(f.when.first.time_since_epoch().count());
    w.day(f.published);
  }
  w.u8(static_cast<std::uint8_t>(f.when.g));
  if ((flags2 & kPlainLength) == 0) w.svarint((f.when.last - f.when.first).count());
  if ((flags2 & kPlainLabel) == 0) w.str(f.when.label);
  if (!f.value.value.empty()) {
    w.number(f.value.value.lo());
    w.number(f.value.value.hi());
  }
  const std::uint8_t unit = unit_code(f.value.unit);
  w.u8(unit);
  if (unit == 0) w.str(f.value.unit);
  w.u8(static_cast<std::uint8_t>(f.value.qual));
  w.str(f.value.stated);
  w.number(f.value.number);
  w.str(f.basis);
  w.str(f.attribution);
  w.varint(f.source.line);
  w.varint(f.source.column);
  w.varint(f.source.start);
  w.svarint(static_cast<std::int64_t>(f.source.end - f.source.start));
  put_sentence(w, f);
  if (f.weekday) w.varint(*f.weekday);
  w.svarint(f.tense);
  w.str(f.derived_by);
  w.ids(f.inputs);
  return w.finish();
}

fact_peek peek_fact(std::string_view bytes) {
  fact_peek out;
  // The common record: id, article, names and period start in the key,
  // so the grain is at a fixed place.
  constexpr std::uint8_t kAllInKey = kArticleHash | kNamesInKey | kWhenInKey;
  constexpr std::size_t kGrainAt = 5 + kArticleBytes;
  if (bytes.size() > kGrainAt + 4 && static_cast<std::uint8_t>(bytes[0]) ==
                                         static_cast<std::uint8_t>(record_type::fact) &&
      static_cast<std::uint8_t>(bytes[1]) == kFactVersion &&
      (static_cast<std::uint8_t>(bytes[3]) & kIdInKey) != 0 &&
      (static_cast<std::uint8_t>(bytes[4]) & kAllInKey) == kAllInKey) {
    const auto sk = static_cast<std::uint8_t>(bytes[2]);
    const auto g = static_cast<std::uint8_t>(bytes[kGrainAt]);
    if ((sk & 3) < 3 && (sk >> 2) < 9 && g < 8) {
      out.state = static_cast<record_state>(sk & 3);
      out.kind = static_cast<fact_kind>(sk >> 2);
      out.g = static_cast<grain>(g);
      return out;
    }
  }
  // The fields before the grain, as decode_fact_into reads them.
  reader r(bytes, record_type::fact, kFactVersion);
  const std::uint8_t sk = r.u8();
  if ((sk & 3) >= 3 || (sk >> 2) >= 9) throw codec_error("enumerator out of range");
  out.state = static_cast<record_state>(sk & 3);
  out.kind = static_cast<fact_kind>(sk >> 2);
  const std::uint8_t flags = r.u8();
  const std::uint8_t flags2 = r.u8();
  if ((flags & kIdInKey) == 0) (void)r.id();
  if ((flags2 & kArticleHash) != 0) {
    (void)r.bytes(kArticleBytes);
  } else {
    (void)r.view();
  }
  if ((flags2 & kNamesInKey) == 0) {
    (void)r.view();
    (void)r.view();
  }
  if ((flags2 & kWhenInKey) == 0) {
    (void)r.svarint();
    (void)r.day();
  }
  out.g = r.enumerated<grain>(8);
  return out;
}

fact_record decode_fact(std::string_view bytes, std::string_view fact_key) {
  fact_context c;
  c.fact_key = fact_key;
  return decode_fact(bytes, c, true);
}

fact_record decode_fact(std::string_view bytes, const fact_context& key, bool with_source) {
  fact_record out;
  out.state = decode_fact_into(bytes, key, with_source, out.f);
  return out;
}

record_state decode_fact_into(std::string_view bytes, const fact_context& key, bool with_source,
                              fact& f) {
  reader r(bytes, record_type::fact, kFactVersion);
  const std::uint8_t sk = r.u8();
  if ((sk & 3) >= 3) throw codec_error("enumerator out of range");
  const auto state = static_cast<record_state>(sk & 3);
  if ((sk >> 2) >= 9) throw codec_error("enumerator out of range");
  f.kind = static_cast<fact_kind>(sk >> 2);
  const std::uint8_t flags = r.u8();
  const std::uint8_t flags2 = r.u8();
  if ((flags2 & ~kFlags2) != 0) {
    throw codec_error("unknown fact flags");
  }
  f.hedged = (flags & kHedged) != 0;
  f.negated = (flags & kNegated) != 0;
  f.unlisted = (flags & kUnlisted) != 0;
  if ((flags & kIdInKey) != 0) {
    if (key.fact_key.size() != kFactKey) {
      throw codec_error("the fact id is in the key, and no key was given");
    }
    f.id = io::hex_of(key.fact_key);
  } else {
    f.id = r.id();
  }
  if ((flags2 & kArticleHash) != 0) {
    f.article = io::hex_of(r.bytes(kArticleBytes));
  } else {
    f.article = r.str();
  }
  if ((flags2 & kNamesInKey) != 0) {
    if (key.entity == nullptr || key.metric == nullptr) {
      throw codec_error("the names are the series', and no series was given");
    }
    f.entity = *key.entity;
    f.metric = *key.metric;
  } else {
    f.entity = r.str();
    f.metric = r.str();
  }
  if ((flags2 & kWhenInKey) != 0) {
    if (key.index_key.size() != kIndexKey) {
      throw codec_error("the period is in the key, and no key was given");
    }
    f.when.first = day_from_key(key.index_key.substr(8, 4));
    if (get_u32(key.index_key.substr(12, 4)) != 0) {
      f.published = day_from_key(key.index_key.substr(12, 4));
    }
  } else {
    const std::int64_t first = r.svarint();
    reader::check_day(first);
    f.when.first = date::sys_days{date::days{first}};
    f.published = r.day();
  }
  reader::check_day(f.when.first.time_since_epoch().count());
  f.when.g = r.enumerated<grain>(8);
  if ((flags2 & kPlainLength) != 0) {
    const auto plain = plain_last(f.when.first, f.when.g);
    if (!plain) throw codec_error("a period of no plain length");
    f.when.last = *plain;
  } else {
    const std::int64_t length = r.svarint();
    reader::check_day(length);
    f.when.last = f.when.first + date::days{length};
  }
  if ((flags2 & kPlainLabel) != 0) {
    if (f.when.g != grain::year && f.when.g != grain::quarter) {
      throw codec_error("a plain label for a grain that has none");
    }
    f.when.label = plain_label(f.when.first, f.when.g);
  } else {
    f.when.label = r.str();
  }
  if ((flags & kEmpty) == 0) {
    const double lo = r.number();
    const double hi = r.number();
    if (std::isnan(lo) || std::isnan(hi)) throw codec_error("NaN interval bound");
    f.value.value = interval(lo, hi, (flags & kLoOpen) != 0, (flags & kHiOpen) != 0);
  }
  const std::uint8_t unit = r.u8();
  if (unit > std::size(kUnits)) throw codec_error("unknown unit code");
  f.value.unit = unit == 0 ? r.str() : std::string(kUnits[unit - 1]);
  f.value.qual = r.enumerated<qualifier>(4);
  f.value.stated = r.str();
  f.value.number = r.number();
  f.basis = r.str();
  f.attribution = r.str();
  const unsigned line = r.u32();
  const unsigned column = r.u32();
  const std::uint64_t start = r.varint();
  const std::int64_t span = r.svarint();
  get_sentence(r, f, with_source, f.source.sentence);
  if (with_source) {
    f.source.line = line;
    f.source.column = column;
    f.source.start = start;
    f.source.end = static_cast<std::size_t>(static_cast<std::int64_t>(start) + span);
  }
  if ((flags & kWeekday) != 0) f.weekday = r.u32();
  f.tense = static_cast<int>(r.svarint());
  f.derived_by = r.str();
  f.inputs = r.ids();
  r.done();
  return state;
}

std::string encode(const finding& f) {
  writer w(record_type::finding, kFindingVersion);
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
  reader r(bytes, record_type::finding, kFindingVersion);
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
