// The stored-record codec: every field round-trips bit for bit, and any
// single damaged byte or a truncated record is detected.
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <limits>

#include "engine/store/detail/codec.hpp"
#include "engine/store/detail/keys.hpp"
#include "tests/engine/store_support.hpp"

using namespace claimcheck;
using namespace claimcheck::engine::detail;

TEST_CASE("store: fact records round-trip every field") {
  const auto a = test::make_article("body");
  engine::fact f = test::make_fact(a, 2022, 31.2);
  f.kind = engine::fact_kind::change;
  f.basis = "yoy";
  f.attribution = "according to the customs service";
  f.hedged = true;
  f.negated = true;
  f.unlisted = true;
  f.weekday = 5u;
  f.tense = 1;
  f.derived_by = "growth";
  f.inputs = {"0123456789abcdef", "fedcba9876543210"};
  f.value.value = engine::interval(-2.5, 1e300, true, false);
  f.value.qual = engine::qualifier::upper;
  f.when = engine::period::span(date::sys_days{date::year{-40} / 1 / 1},
                                date::sys_days{date::year{2100} / 12 / 31}, "long ago to later");
  const fact_record back = decode_fact(encode(fact_record{f, engine::record_state::retracted}));
  CHECK(back.state == engine::record_state::retracted);
  CHECK(back.f == f);

  // A range: no point value (NaN), and an empty interval.
  f.value.number = std::nan("");
  f.value.value = engine::interval();
  f.weekday.reset();
  const fact_record r2 = decode_fact(encode(fact_record{f, engine::record_state::current}));
  CHECK(std::isnan(r2.f.value.number));
  CHECK(r2.f.value.value.empty());
  CHECK_FALSE(r2.f.weekday.has_value());
}

TEST_CASE("store: a fact stored under its own key leaves the id out") {
  const auto a = test::make_article("body");
  const engine::fact f = test::make_fact(a, 2022, 31.2);
  const std::string key = fact_key(f.id);
  const std::string with_key = encode(fact_record{f, {}}, key);
  const std::string without = encode(fact_record{f, {}});
  CHECK(with_key.size() + 9 == without.size());  // 8 id bytes and their length
  CHECK(decode_fact(with_key, key).f == f);
  CHECK_THROWS_AS((void)decode_fact(with_key), codec_error);
  CHECK(decode_fact(without).f == f);
  // A key that is not the fact's: the id is written out.
  CHECK(decode_fact(encode(fact_record{f, {}}, std::string(8, 'x')), std::string(8, 'x')).f == f);
}

TEST_CASE("store: article and finding records round-trip") {
  engine::stored_article r;
  r.meta = test::make_article(std::string("line one\nline two\0with a NUL", 28), 2023,
                              "https://example.org/a");
  r.meta.base_offset = 123;
  r.meta.base_line = 4;
  r.state = engine::record_state::superseded;
  r.seq = 1u << 20;
  r.retracted_at = 1700000000;
  r.supersedes = "abc";
  r.superseded_by = "def";
  const auto back = decode_article(encode(r));
  CHECK(back.meta.text == r.meta.text);
  CHECK(back.meta.published == r.meta.published);
  CHECK(back.meta.base_offset == 123);
  CHECK(back.seq == r.seq);
  CHECK(back.state == r.state);
  CHECK(back.superseded_by == "def");

  engine::finding f;
  f.rule = "growth";
  f.sev = engine::severity::error;
  f.kind = engine::finding_kind::contradiction;
  f.message = "2021 trade: $25.2 billion against $27 billion";
  f.facts = {"a", "b"};
  f.stated = {"$25.2 billion", "$27 billion"};
  f.arithmetic = "31.17e9 / 1.236 = 25.22e9";
  f.article = "x";
  f.source = {27, 1, 2301, 2452, "In 2022, trade grew."};
  CHECK(decode_finding(encode(f)) == f);
}

TEST_CASE("store: a damaged or truncated record never decodes") {
  const auto a = test::make_article("body");
  const std::string good = encode(fact_record{test::make_fact(a, 2022, 31.2), {}});
  for (std::size_t i = 0; i < good.size(); ++i) {
    for (const int bit : {0x01, 0x80}) {
      std::string bad = good;
      bad[i] = static_cast<char>(static_cast<unsigned char>(bad[i]) ^ bit);
      CHECK_THROWS_AS((void)decode_fact(bad), codec_error);
    }
  }
  for (std::size_t n = 0; n < good.size(); ++n) {
    CHECK_THROWS_AS((void)decode_fact(good.substr(0, n)), codec_error);
  }
  CHECK_THROWS_AS((void)decode_finding(good), codec_error);  // a fact is not a finding
}

TEST_CASE("store: keys sort in time order") {
  const std::string s = series_key("CHN+KAZ", "trade_volume");
  CHECK(s.size() == 8);
  const auto k = [&](int y) {
    return index_key(s, date::sys_days{date::year{y} / 1 / 1}, std::nullopt, std::string(8, 'f'));
  };
  CHECK(k(1969) < k(1970));  // across the sign of the day count
  CHECK(k(-10) < k(1969));
  CHECK(k(2021) < k(2022));
  CHECK(k(2022).size() == kIndexKey);
  CHECK(article_key("00112233445566778899aabbccddeeff") ==
        std::string("\x00\x11\x22\x33\x44\x55\x66\x77\x88\x99\xaa\xbb\xcc\xdd\xee\xff", 16));
  CHECK(article_key("not hex").size() == kArticleKey);
  CHECK(to_hex(fact_key("0123456789abcdef")) == "0123456789abcdef");
}

TEST_CASE("store: a sentence holding the figure, label and entity round-trips, smaller") {
  const auto a = test::make_article("body");
  engine::fact f = test::make_fact(a, 2022, 31.2);
  f.value.stated = "$31.2 billion";
  f.when.label = "2022";
  f.source.sentence = "In 2022 CHN+KAZ trade reached $31.2 billion, up from 2021.";
  const std::string cut = encode(fact_record{f, {}});
  CHECK(decode_fact(cut).f == f);
  engine::fact g = f;
  g.source.sentence = "In 2o22 CHN-KAZ trade reached $31.2 bi11ion, up from 2021.";  // no match
  const std::string whole = encode(fact_record{g, {}});
  CHECK(decode_fact(whole).f == g);
  CHECK(cut.size() + 13 + 4 + 7 == whole.size());  // the three parts left out
  // Parts that overlap or repeat, at the ends, twice, or the whole sentence.
  for (const char* s : {"2022", "$31.2 billion", "2022$31.2 billionCHN+KAZ", "CHN+KAZ 2022 2022",
                        "$31.2 billion2022", "", "202", "$31.2 billion $31.2 billion"}) {
    f.source.sentence = s;
    CHECK(decode_fact(encode(fact_record{f, {}})).f == f);
  }
  f.value.stated = "2022";  // stated and label the same text
  f.source.sentence = "In 2022 it was 2022.";
  CHECK(decode_fact(encode(fact_record{f, {}})).f == f);
  // Light decoding leaves the source out.
  const auto light = decode_fact(encode(fact_record{f, {}}), fact_context{}, false).f;
  CHECK(light.source == engine::source_span{});
  CHECK(light.value == f.value);
}

TEST_CASE("store: figures are stored as short decimals and read back bit for bit") {
  const auto a = test::make_article("body");
  for (const double v : {31.2, 0.1, 1.0 / 3.0, -2.5, 0.0, -0.0, 1e300, 5e-324, 123456789012345.0,
                         0.95 - 0.05, 17.55e6, std::numeric_limits<double>::infinity()}) {
    engine::fact f = test::make_fact(a, 2022, 1.0);
    f.value.number = v;
    const auto back = decode_fact(encode(fact_record{f, {}})).f.value.number;
    CHECK(std::memcmp(&back, &v, sizeof v) == 0);
  }
  // A stated figure takes a few bytes, not eight.
  engine::fact f = test::make_fact(a, 2022, 1.0);
  f.value.number = 31.2e9;
  const auto short_one = encode(fact_record{f, {}}).size();
  f.value.number = 1.0 / 3.0;
  CHECK(encode(fact_record{f, {}}).size() >= short_one + 5);
}

TEST_CASE("store: an article's list of index keys round-trips, compact, and damage shows") {
  const std::string a = series_key("CHN+KAZ", "trade_volume");
  const std::string b = series_key("KAZ", "exports");
  const auto day = [](int y) { return date::sys_days{date::year{y} / 1 / 1}; };
  std::string keys;
  keys += index_key(a, day(2020), day(2023), std::string(8, '1'));
  keys += index_key(b, day(2021), day(2023), std::string(8, '2'));
  keys += index_key(a, day(2019), day(2023), std::string(8, '3'));
  keys += index_key(a, day(2018), std::nullopt, std::string(8, '4'));  // no publication day
  keys += index_key(b, day(2017), day(2024), std::string(8, '5'));
  const std::string list = encode_key_list(keys);
  CHECK(decode_key_list(list) == keys);
  // format 1 + (1+8+4+1+4+8) + (1+8+4+1+8) + (1+4+1+8) + (1+4+1+4+8) x 2 + checksum 4,
  // against 5 x 24 bytes.
  CHECK(list.size() == 103);
  CHECK(decode_key_list(encode_key_list("")) == std::string());
  for (std::size_t i = 0; i < list.size(); ++i) {
    std::string bad = list;
    bad[i] = static_cast<char>(bad[i] ^ 0x10);
    CHECK_FALSE(decode_key_list(bad).has_value());
  }
  CHECK_FALSE(decode_key_list(list.substr(0, list.size() - 1)).has_value());
}
