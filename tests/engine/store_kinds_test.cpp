// rare_facts (schema 4): the index of the current facts of the rare kinds
// (all but level and change), through which a read for them finds them
// without walking the series. Checked against the same database without
// the index (schema 3, read by scanning): the same facts; the index
// follows retraction and derived facts; the 3 -> 4 upgrade is one
// transaction (a failure at any point leaves schema 3) and an import
// rebuilds the same index.
#include <doctest/doctest.h>
#include <lmdb.h>

#include <cerrno>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "engine/model/error.hpp"
#include "engine/store/detail/keys.hpp"
#include "engine/transfer.hpp"
#include "tests/engine/store_support.hpp"
#include "tests/reliability/lmdb_faults.hpp"

using namespace claimcheck;

namespace {

namespace fs = std::filesystem;
using engine::fact_kind;

constexpr std::uint32_t bit(fact_kind k) { return std::uint32_t{1} << static_cast<unsigned>(k); }
constexpr std::uint32_t kRare = 0x1ff & ~(bit(fact_kind::level) | bit(fact_kind::change));

// The index as series key -> the bits (1 << kind) of its entries' kinds.
using table = std::map<std::string, std::uint32_t>;

// The rare_facts table and the schema version, read raw (nullopt when
// there is no such table).
struct raw_state {
  std::uint32_t schema = 0;
  std::optional<table> kinds;
};

raw_state read_raw(const fs::path& dir) {
  raw_state out;
  MDB_env* env = nullptr;
  REQUIRE(mdb_env_create(&env) == 0);
  mdb_env_set_maxdbs(env, 16);
  REQUIRE(mdb_env_open(env, dir.c_str(), MDB_RDONLY, 0644) == 0);
  MDB_txn* txn = nullptr;
  REQUIRE(mdb_txn_begin(env, nullptr, MDB_RDONLY, &txn) == 0);
  MDB_dbi meta = 0;
  REQUIRE(mdb_dbi_open(txn, "meta", 0, &meta) == 0);
  MDB_val k{6, const_cast<char*>("schema")};
  MDB_val v{};
  REQUIRE(mdb_get(txn, meta, &k, &v) == 0);
  out.schema = engine::detail::get_u32(
      std::string_view(static_cast<const char*>(v.mv_data), v.mv_size));
  MDB_dbi kinds = 0;
  if (mdb_dbi_open(txn, "rare_facts", 0, &kinds) == 0) {
    table t;
    MDB_cursor* cur = nullptr;
    REQUIRE(mdb_cursor_open(txn, kinds, &cur) == 0);
    for (int rc = mdb_cursor_get(cur, &k, &v, MDB_FIRST); rc == 0;
         rc = mdb_cursor_get(cur, &k, &v, MDB_NEXT)) {
      REQUIRE(k.mv_size == engine::detail::kIndexKey);
      REQUIRE(v.mv_size == 1);
      t[std::string(static_cast<const char*>(k.mv_data), 8)] |=
          std::uint32_t{1} << *static_cast<const unsigned char*>(v.mv_data);
    }
    mdb_cursor_close(cur);
    out.kinds = std::move(t);
  }
  mdb_txn_abort(txn);
  mdb_env_close(env);
  return out;
}

// Makes the database what schema 3 wrote: no rare_facts, version 3.
void downgrade(const fs::path& dir) {
  MDB_env* env = nullptr;
  REQUIRE(mdb_env_create(&env) == 0);
  mdb_env_set_maxdbs(env, 16);
  REQUIRE(mdb_env_open(env, dir.c_str(), 0, 0644) == 0);
  MDB_txn* txn = nullptr;
  REQUIRE(mdb_txn_begin(env, nullptr, 0, &txn) == 0);
  MDB_dbi kinds = 0;
  REQUIRE(mdb_dbi_open(txn, "rare_facts", 0, &kinds) == 0);
  REQUIRE(mdb_drop(txn, kinds, 1) == 0);
  MDB_dbi meta = 0;
  REQUIRE(mdb_dbi_open(txn, "meta", 0, &meta) == 0);
  char b[4] = {0, 0, 0, 3};
  MDB_val k{6, const_cast<char*>("schema")};
  MDB_val v{4, b};
  REQUIRE(mdb_put(txn, meta, &k, &v, 0) == 0);
  REQUIRE(mdb_txn_commit(txn) == 0);
  mdb_env_close(env);
}

void copy_db(const fs::path& from, const fs::path& to) {
  fs::create_directories(to);
  fs::copy_file(from / "data.mdb", to / "data.mdb");
}

engine::fact with_kind(engine::fact f, fact_kind k) {
  f.kind = k;
  f.id = engine::make_fact_id(f);
  return f;
}

struct series_name {
  const char* entity;
  const char* metric;
};
// S1: long, one fold (article f1). S2: long, levels only. S3: short, a
// record. S4: long, a record (r1) and a fold (f2).
constexpr series_name kS1{"CHN+KAZ", "trade_volume"};
constexpr series_name kS2{"KAZ+UZB", "exports"};
constexpr series_name kS3{"UZB", "gdp"};
constexpr series_name kS4{"CHN+UZB", "rail_freight"};

std::string skey(series_name s) { return engine::detail::series_key(s.entity, s.metric); }

struct fixture {
  std::string f1, f2, r1;
};

// Articles of ten level facts each (years 1960-2019) on S1, S2 and S4,
// five on S3, and the rare facts in articles of their own.
fixture fill(engine::store& s) {
  fixture out;
  int n = 0;
  for (const series_name sn : {kS1, kS2, kS4}) {
    for (int block = 0; block < 6; ++block) {
      const auto a = test::make_article("levels " + std::to_string(n++), 2020);
      std::vector<engine::fact> facts;
      for (int i = 0; i < 10; ++i) {
        facts.push_back(test::make_fact(a, 1960 + block * 10 + i, 10.0 + i, sn.entity, sn.metric,
                                        static_cast<std::size_t>(i) * 40));
      }
      REQUIRE(s.add_article(a, facts, {}, {}));
    }
  }
  {
    const auto a = test::make_article("short series", 2021);
    std::vector<engine::fact> facts;
    for (int i = 0; i < 4; ++i) {
      facts.push_back(test::make_fact(a, 2000 + i, 1.0 + i, kS3.entity, kS3.metric));
    }
    facts.push_back(
        with_kind(test::make_fact(a, 2004, 9.0, kS3.entity, kS3.metric), fact_kind::record));
    REQUIRE(s.add_article(a, facts, {}, {}));
  }
  const auto one = [&](series_name sn, fact_kind k, int year, const std::string& body) {
    const auto a = test::make_article(body, 2022);
    const std::vector<engine::fact> facts{
        with_kind(test::make_fact(a, year, 3.0, sn.entity, sn.metric), k)};
    REQUIRE(s.add_article(a, facts, {}, {}));
    return a.id;
  };
  out.f1 = one(kS1, fact_kind::fold, 2010, "a fold on S1");
  out.r1 = one(kS4, fact_kind::record, 2011, "a record on S4");
  out.f2 = one(kS4, fact_kind::fold, 2012, "a fold on S4");
  return out;
}

// What a check's first read asks of each series: the rare kinds, the key
// whole when it has at most 48 facts; and the rare kinds alone.
std::vector<std::string> reads(const engine::store& s) {
  std::vector<std::string> out;
  for (const series_name sn : {kS1, kS2, kS3, kS4}) {
    bool all = true;
    std::string line;
    for (const auto& f : s.facts_of_kinds(sn.entity, sn.metric, kRare, false, 48, &all)) {
      line += f.id + ":" + std::string(engine::to_string(f.kind)) + " ";
    }
    line += all ? "| all" : "| some";
    for (const auto& f : s.facts_of_kinds(sn.entity, sn.metric, bit(fact_kind::fold))) {
      line += " " + f.id;
    }
    out.push_back(line);
  }
  return out;
}

using test::export_string;

}  // namespace

TEST_CASE("store: rare_facts indexes the rare kinds of each series, as scanning finds them") {
  test::temp_dir tmp;
  std::vector<std::string> indexed;
  {
    engine::store s(test::small_options(tmp.db()));
    (void)fill(s);
    indexed = reads(s);
    // S1 one fold of 61 facts; S2 none of 60; S3 all 5 (short); S4 two of 62.
    CHECK(s.facts_of_kinds(kS1.entity, kS1.metric, kRare).size() == 1);
    CHECK(s.facts_of_kinds(kS2.entity, kS2.metric, kRare).empty());
    bool all = false;
    CHECK(s.facts_of_kinds(kS3.entity, kS3.metric, kRare, false, 48, &all).size() == 5);
    CHECK(all);
    CHECK(s.facts_of_kinds(kS4.entity, kS4.metric, kRare, false, 48, &all).size() == 2);
    CHECK_FALSE(all);
    // A level read walks the series, not the index.
    CHECK(s.facts_of_kinds(kS2.entity, kS2.metric, bit(fact_kind::level)).size() == 60);
  }
  const raw_state raw = read_raw(tmp.db());
  CHECK(raw.schema == 4);
  REQUIRE(raw.kinds);
  const table expected{{skey(kS1), bit(fact_kind::fold)},
                       {skey(kS3), bit(fact_kind::record)},
                       {skey(kS4), bit(fact_kind::fold) | bit(fact_kind::record)}};
  CHECK(*raw.kinds == expected);

  // The same database as schema 3 (no index), read-only: read by scanning,
  // the same answers; the open writes nothing.
  test::temp_dir old;
  copy_db(tmp.db(), old.db());
  downgrade(old.db());
  engine::store_options ro = test::small_options(old.db());
  ro.read_only = true;
  {
    engine::store s(ro);
    CHECK(reads(s) == indexed);
  }
  CHECK(read_raw(old.db()).schema == 3);
  CHECK_FALSE(read_raw(old.db()).kinds.has_value());
  // A write open upgrades it: the same index.
  {
    engine::store s(test::small_options(old.db()));
    CHECK(reads(s) == indexed);
  }
  const raw_state up = read_raw(old.db());
  CHECK(up.schema == 4);
  REQUIRE(up.kinds);
  CHECK(*up.kinds == expected);
}

TEST_CASE("store: retraction and derived facts update rare_facts") {
  test::temp_dir tmp;
  engine::store s(test::small_options(tmp.db()));
  const fixture fx = fill(s);
  // S1's only fold goes: its entry goes.
  REQUIRE(s.retract(fx.f1));
  CHECK(s.facts_of_kinds(kS1.entity, kS1.metric, kRare).empty());
  // S4 keeps its record, loses its fold.
  REQUIRE(s.retract(fx.f2));
  {
    const auto left = s.facts_of_kinds(kS4.entity, kS4.metric, kRare);
    REQUIRE(left.size() == 1);
    CHECK(left[0].kind == fact_kind::record);
  }
  // A derived fold on S2 is indexed, and unindexed when the derived facts
  // are replaced by none.
  const auto a = test::make_article("derived", 2023);
  engine::fact d =
      with_kind(test::make_fact(a, 2015, 2.0, kS2.entity, kS2.metric), fact_kind::fold);
  d.derived_by = "test rule";
  d.id = engine::make_fact_id(d);
  s.replace_derived(std::vector<engine::fact>{d}, {});
  CHECK(s.facts_of_kinds(kS2.entity, kS2.metric, kRare).size() == 1);
  {
    const raw_state raw = read_raw(tmp.db());
    REQUIRE(raw.kinds);
    CHECK(*raw.kinds == table{{skey(kS2), bit(fact_kind::fold)},
                              {skey(kS3), bit(fact_kind::record)},
                              {skey(kS4), bit(fact_kind::record)}});
  }
  s.replace_derived({}, {});
  CHECK(s.facts_of_kinds(kS2.entity, kS2.metric, kRare).empty());
  // Retracting the record's article empties S4's entry.
  REQUIRE(s.retract(fx.r1));
  const raw_state raw = read_raw(tmp.db());
  REQUIRE(raw.kinds);
  CHECK(*raw.kinds == table{{skey(kS3), bit(fact_kind::record)}});

  // Export and import into a new database: the same index.
  test::temp_dir other;
  {
    engine::store t(test::small_options(other.db()));
    std::istringstream in(export_string(s));
    (void)engine::import_jsonl(t, in, "export");
    CHECK(export_string(t) == export_string(s));
  }
  const raw_state imported = read_raw(other.db());
  REQUIRE(imported.kinds);
  CHECK(*imported.kinds == *raw.kinds);
}

TEST_CASE("store: an upgrade to rare_facts that fails part way leaves schema 3") {
  test::temp_dir base;
  std::string expected;
  {
    engine::store s(test::small_options(base.db()));
    (void)fill(s);
    expected = export_string(s);
  }
  const table index = *read_raw(base.db()).kinds;
  downgrade(base.db());
  std::uint64_t total = 0;
  {
    test::temp_dir tmp;
    copy_db(base.db(), tmp.db());
    testing::lmdb_fault counting(~std::uint64_t{0}, EIO);
    engine::store s(test::small_options(tmp.db()));
    total = testing::lmdb_calls();
  }
  REQUIRE(total >= 12);
  int failed = 0;
  for (const std::uint64_t n : {std::uint64_t{1}, total / 6, total / 3, total / 2, 2 * total / 3,
                                total - 1}) {
    CAPTURE(n);
    test::temp_dir tmp;
    copy_db(base.db(), tmp.db());
    try {
      testing::lmdb_fault fault(n, EIO);
      engine::store s(test::small_options(tmp.db()));
    } catch (const claimcheck::error& e) {
      CHECK(e.exit_status() == 3);
      ++failed;
      const raw_state raw = read_raw(tmp.db());
      CHECK(raw.schema == 3);
      CHECK_FALSE(raw.kinds.has_value());
    }
    {
      engine::store s(test::small_options(tmp.db()));
      CHECK(export_string(s) == expected);
    }
    const raw_state raw = read_raw(tmp.db());
    CHECK(raw.schema == 4);
    REQUIRE(raw.kinds);
    CHECK(*raw.kinds == index);
  }
  CHECK(failed == 6);
}
