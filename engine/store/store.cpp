// Opening the store: the directory checks, the LMDB environment (never
// MDB_WRITEMAP or MDB_NOSYNC: a full disk under WRITEMAP is a SIGBUS), stale
// reader slots cleared, the named databases opened once, the schema version
// checked; map growth; and the record helpers every query shares.
#include "engine/store/store.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <system_error>

#include "engine/model/error.hpp"
#include "engine/store/detail/store_impl.hpp"

namespace claimcheck::engine {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kPage = 4096;

std::string u32_value(std::uint32_t v) {
  std::string s;
  detail::put_u32(s, v);
  return s;
}

}  // namespace

store::impl::impl(store_options o) : opts_(std::move(o)), origin_(opts_.dir.string()) {}

void store::impl::open() {
  std::error_code ec;
  const fs::file_status st = fs::status(opts_.dir, ec);
  if (!fs::exists(st)) {
    if (opts_.read_only || !opts_.create) {
      throw error(error_code::database, origin_, "no database here (the directory does not exist)");
    }
    fs::create_directories(opts_.dir, ec);
    if (ec) throw error(error_code::database, origin_, "cannot create directory: " + ec.message());
  } else if (!fs::is_directory(st)) {
    throw error(error_code::database, origin_, "not a directory (a database is a directory)");
  }
  if (opts_.read_only && !fs::exists(opts_.dir / "data.mdb", ec)) {
    throw error(error_code::database, origin_, "no database in this directory (no data.mdb)");
  }
  if (!opts_.read_only && ::access(origin_.c_str(), W_OK) != 0) {
    throw error(error_code::database, origin_,
                "the database directory is not writable (" + lmdb::describe(errno) + ")");
  }

  std::size_t initial = std::max(opts_.initial_map_size, std::size_t{16} * kPage);
  if (opts_.max_map_size != 0) {
    opts_.max_map_size = std::max(opts_.max_map_size / kPage * kPage, std::size_t{16} * kPage);
    initial = std::min(initial, opts_.max_map_size);
  }
  env_ = lmdb::env(origin_);
  lmdb::check(mdb_env_set_maxdbs(env_.get(), 16), "mdb_env_set_maxdbs", origin_);
  // A new database starts at the initial size; an existing one keeps the
  // size it grew to (a smaller request would shrink it to what is used).
  if (!fs::exists(opts_.dir / "data.mdb", ec)) env_.set_map_size(initial);
  const unsigned flags = MDB_NOTLS | (opts_.read_only ? MDB_RDONLY : 0u);
  env_.open(origin_.c_str(), flags, 0644);
  int dead = 0;
  lmdb::check(mdb_reader_check(env_.get(), &dead), "mdb_reader_check", origin_);

  open_dbis();
}

void store::impl::open_dbis() {
  struct dbi_spec {
    MDB_dbi* slot;
    const char* name;
  };
  const dbi_spec kDbis[] = {
      {&meta_, "meta"},
      {&articles_, "articles"},
      {&article_seq_, "article_seq"},
      {&urls_, "urls"},
      {&series_, "series"},
      {&facts_, "facts"},
      {&article_facts_, "article_facts"},
      {&derived_, "derived"},
      {&findings_, "findings"},
  };
  // Open the named databases in a read txn when they all exist; create
  // them (and the meta record) in a write txn otherwise.
  bool missing = false;
  read([&](lmdb::txn& t) {
    for (const auto& d : kDbis) {
      auto dbi = t.open_dbi(d.name, 0);
      if (!dbi) {
        missing = true;
        return 0;
      }
      *d.slot = *dbi;
    }
    check_schema(t, false);
    t.commit();  // keeps the handles open
    return 0;
  });
  if (!missing) return;
  if (opts_.read_only) {
    throw error(
        error_code::database, origin_,
        "not a claimcheck database (its tables are missing); open it for writing to create them");
  }
  write([&](lmdb::txn& t) {
    for (const auto& d : kDbis) *d.slot = *t.open_dbi(d.name, MDB_CREATE);
    check_schema(t, true);
  });
}

void store::impl::check_schema(lmdb::txn& t, bool writable) {
  const auto v = t.get(meta_, "schema");
  if (!v) {
    if (writable && t.stat(articles_).ms_entries == 0) {
      t.put(meta_, "schema", u32_value(kSchemaVersion));
      put_counters(t, store_counters{});
      return;
    }
    throw error(error_code::database, origin_, "not a claimcheck database (no schema version)");
  }
  if (v->size() != 4) corrupt("meta", "schema", "schema version is not 4 bytes");
  std::uint32_t version = 0;
  for (const char ch : *v) version = (version << 8) | static_cast<unsigned char>(ch);
  if (version > kSchemaVersion) {
    throw error(error_code::database, origin_,
                "database schema version " + std::to_string(version) +
                    " is newer than this claimcheck supports (" + std::to_string(kSchemaVersion) +
                    "); use a newer claimcheck");
  }
  if (version < kSchemaVersion) {
    // No older schema has been released: there is no upgrade path yet. A
    // future version adds its migration here, run in this one write txn.
    throw error(error_code::database, origin_,
                "database schema version " + std::to_string(version) + " is older than " +
                    std::to_string(kSchemaVersion) +
                    " and cannot be upgraded; export it with the claimcheck that wrote it and "
                    "import the file");
  }
}

void store::impl::grow() {
  std::unique_lock lk(map_mutex_);
  const std::size_t cur = env_.info().me_mapsize;
  std::size_t next = cur * 2;
  if (opts_.max_map_size != 0) {
    if (cur >= opts_.max_map_size) {
      throw error(error_code::database, origin_,
                  "database is full: it reached the size cap of " +
                      std::to_string(opts_.max_map_size) + " bytes (--max-db-size)");
    }
    next = std::min(next, opts_.max_map_size);
  }
  env_.set_map_size(next);
}

void store::impl::adopt_map_size() {
  std::unique_lock lk(map_mutex_);
  env_.set_map_size(0);
}

void store::impl::corrupt(const char* dbi, std::string_view key, const std::string& why) const {
  throw error(
      error_code::database, origin_,
      std::string("corrupt record in '") + dbi + "' at key " + detail::to_hex(key) + ": " + why);
}

store_counters store::impl::counters(const lmdb::txn& t) const {
  store_counters c;
  const auto v = t.get(meta_, "counters");
  if (!v) return c;
  if (v->size() != 40) corrupt("meta", "counters", "wrong size");
  c.next_seq = detail::get_u64(v->substr(0));
  c.next_finding = detail::get_u64(v->substr(8));
  c.articles = detail::get_u64(v->substr(16));
  c.facts = detail::get_u64(v->substr(24));
  c.retracted = detail::get_u64(v->substr(32));
  return c;
}

void store::impl::put_counters(lmdb::txn& t, const store_counters& c) const {
  std::string v;
  for (const std::uint64_t x : {c.next_seq, c.next_finding, c.articles, c.facts, c.retracted}) {
    detail::put_u64(v, x);
  }
  t.put(meta_, "counters", v);
}

std::optional<detail::article_record> store::impl::load_article(const lmdb::txn& t,
                                                                std::string_view akey) const {
  const auto v = t.get(articles_, akey);
  if (!v) return std::nullopt;
  try {
    return detail::decode_article(*v);
  } catch (const detail::codec_error& e) {
    corrupt("articles", akey, e.what());
  }
}

detail::fact_record store::impl::decode_fact(std::string_view ikey, std::string_view v) const {
  try {
    return detail::decode_fact(v, ikey.substr(detail::kIndexKey - detail::kFactKey));
  } catch (const detail::codec_error& e) {
    corrupt("series", ikey, e.what());
  }
}

finding store::impl::decode_finding(std::string_view key, std::string_view v) const {
  try {
    return detail::decode_finding(v);
  } catch (const detail::codec_error& e) {
    corrupt("findings", key, e.what());
  }
}

std::optional<std::string> store::impl::fact_index_key(const lmdb::txn& t,
                                                       std::string_view fkey) const {
  const auto v = t.get(facts_, fkey);
  if (!v) return std::nullopt;
  if (v->size() != detail::kIndexKey - detail::kFactKey) {
    corrupt("facts", fkey, "index key of wrong size");
  }
  std::string k(*v);
  k += fkey;
  return k;
}

std::vector<std::string> store::impl::article_fact_keys(const lmdb::txn& t,
                                                        std::string_view akey) const {
  std::vector<std::string> out;
  const auto v = t.get(article_facts_, akey);
  if (!v) return out;
  if (v->size() % detail::kFactKey != 0) corrupt("article_facts", akey, "value of wrong size");
  out.reserve(v->size() / detail::kFactKey);
  for (std::size_t i = 0; i < v->size(); i += detail::kFactKey) {
    out.emplace_back(v->substr(i, detail::kFactKey));
  }
  return out;
}

store::store(store_options opts) : impl_(std::make_unique<impl>(std::move(opts))) { impl_->open(); }

store::~store() = default;

const std::filesystem::path& store::dir() const { return impl_->opts_.dir; }

store_stats store::stats() const {
  return impl_->read([&](lmdb::txn& t) {
    const store_counters c = impl_->counters(t);
    store_stats s;
    s.articles = c.articles;
    s.facts = c.facts;
    s.retracted = c.retracted;
    s.derived = t.stat(impl_->derived_).ms_entries;
    s.findings = t.stat(impl_->findings_).ms_entries;
    const MDB_envinfo info = impl_->env_.info();
    const MDB_stat es = impl_->env_.stat();
    s.map_size = info.me_mapsize;
    s.used_bytes = (info.me_last_pgno + 1) * es.ms_psize;
    const auto bytes = [&](MDB_dbi dbi) {
      const MDB_stat d = t.stat(dbi);
      return (d.ms_branch_pages + d.ms_leaf_pages + d.ms_overflow_pages) * d.ms_psize;
    };
    s.fact_bytes = bytes(impl_->series_) + bytes(impl_->facts_) + bytes(impl_->article_facts_) +
                   bytes(impl_->derived_);
    s.article_bytes = bytes(impl_->articles_) + bytes(impl_->article_seq_) + bytes(impl_->urls_);
    return s;
  });
}

}  // namespace claimcheck::engine
