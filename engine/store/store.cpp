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
#include "engine/store/detail/fault_guard.hpp"
#include "engine/store/detail/store_impl.hpp"

namespace claimcheck::engine {

void guard_database_faults() noexcept { lmdb::install_fault_guard(); }

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
      {&texts_, "texts"},
      {&urls_, "urls"},
      {&series_, "series"},
      {&series_names_, "series_names"},
      {&fact_lists_, "fact_lists"},
      {&derived_, "derived"},
      {&findings_, "findings"},
  };
  // Open the named databases in a read txn when they all exist at this
  // schema version; create (or migrate) them in a write txn otherwise.
  bool missing = false;
  std::uint32_t version = 0;
  read([&](lmdb::txn& t) {
    if (auto meta = t.open_dbi("meta", 0)) {
      meta_ = *meta;
      version = schema_version(t);
      if (version > kSchemaVersion) check_schema(t, false);  // throws: newer
      if (version == 2) {
        missing = true;  // migrated in the write txn below
        return 0;
      }
    }
    for (const auto& d : kDbis) {
      auto dbi = t.open_dbi(d.name, 0);
      if (!dbi) {
        missing = true;
        return 0;
      }
      *d.slot = *dbi;
    }
    if (version == 3) {
      // Schema 3 lacks rare_facts: read as it is (the rare kinds are
      // scanned for), upgraded when writable.
      if (!opts_.read_only) {
        missing = true;
        return 0;
      }
    } else if (auto rare = t.open_dbi("rare_facts", 0)) {
      rare_facts_ = *rare;
      has_rare_ = true;
    } else {
      missing = true;
      return 0;
    }
    check_schema(t, false);
    t.commit();  // keeps the handles open
    return 0;
  });
  if (!missing) return;
  if (opts_.read_only) {
    if (version == 2) {
      throw error(error_code::database, origin_,
                  "database schema version " + std::to_string(version) +
                      " needs an upgrade to " + std::to_string(kSchemaVersion) +
                      ", which a read-only open cannot do; open it once for writing to "
                      "upgrade it (claimcheck ingest, check, import or audit do; e.g. "
                      "claimcheck --db DIR import /dev/null)");
    }
    throw error(
        error_code::database, origin_,
        "not a claimcheck database (its tables are missing); open it for writing to create them");
  }
  write([&](lmdb::txn& t) {
    meta_ = *t.open_dbi("meta", MDB_CREATE);
    if (schema_version(t) == 2) migrate_v2(t);
    for (const auto& d : kDbis) *d.slot = *t.open_dbi(d.name, MDB_CREATE);
    if (schema_version(t) == 3) {
      migrate_v3(t);
    } else {
      rare_facts_ = *t.open_dbi("rare_facts", MDB_CREATE);
      has_rare_ = true;
    }
    check_schema(t, true);
  });
}

std::uint32_t store::impl::schema_version(const lmdb::txn& t) const {
  const auto v = t.get(meta_, "schema");
  if (!v) return 0;
  if (v->size() != 4) corrupt("meta", "schema", "schema version is not 4 bytes");
  return detail::get_u32(*v);
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
  const std::uint32_t version = schema_version(t);
  if (version > kSchemaVersion) {
    throw error(error_code::database, origin_,
                "database schema version " + std::to_string(version) +
                    " is newer than this claimcheck supports (" + std::to_string(kSchemaVersion) +
                    "); use a newer claimcheck");
  }
  if (version == 3 && !writable) return;  // read as it is (open_dbis)
  if (version < kSchemaVersion) {
    // Schemas 2 and 3 are migrated before this check (migrate.cpp); 1 was
    // never released.
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
                                                                std::string_view akey,
                                                                bool with_text) const {
  const auto v = t.get(articles_, akey);
  if (!v) return std::nullopt;
  detail::text_ref ref;
  std::optional<detail::article_record> r;
  try {
    r = detail::decode_article(*v, &ref);
  } catch (const detail::codec_error& e) {
    corrupt("articles", akey, e.what());
  }
  if (with_text) r->meta.text = load_text(t, r->seq, ref);
  return r;
}

std::string store::impl::load_text(const lmdb::txn& t, std::uint64_t seq,
                                   const detail::text_ref& ref) const {
  const std::string first = detail::text_key(seq, 0);
  std::string frame;
  lmdb::cursor cur(t, texts_);
  frame.reserve(ref.size / 2);
  std::uint32_t chunk = 0;
  for (auto e = cur.seek(first); e && e->first.substr(0, 8) == std::string_view(first).substr(0, 8);
       e = cur.next(), ++chunk) {
    if (e->first.size() != 12 || detail::get_u32(e->first.substr(8)) != chunk) {
      corrupt("texts", e->first, "text chunks out of order");
    }
    frame += e->second;
  }
  try {
    const std::uint32_t dict = detail::text_codec::frame_dictionary(frame);
    if (dict != 0 && text_codec_.dictionary_id() != dict) {
      const_cast<impl*>(this)->load_dictionary(t);
    }
    return text_codec_.decompress(frame, ref.size, ref.hash);
  } catch (const detail::codec_error& err) {
    corrupt("texts", first, err.what());
  }
}

void store::impl::load_dictionary(const lmdb::txn& t) {
  const auto v = t.get(meta_, "text_dict");
  if (!v) return;
  if (!v->empty() && text_codec_.dictionary_id() == 0) {
    try {
      text_codec_.set_dictionary(*v);
    } catch (const detail::codec_error& e) {
      corrupt("meta", "text_dict", e.what());
    }
  }
  dictionary_settled_ = true;
}

const std::pair<std::string, std::string>& store::impl::names(const lmdb::txn& t,
                                                              names_cache& cache,
                                                              std::string_view series) const {
  auto it = cache.find(std::string(series));
  if (it != cache.end()) return it->second;
  std::pair<std::string, std::string> n;
  if (const auto v = t.get(series_names_, series)) {
    const std::size_t sep = v->find('\x1f');
    if (sep == std::string_view::npos) corrupt("series_names", series, "no separator");
    n = {std::string(v->substr(0, sep)), std::string(v->substr(sep + 1))};
  }
  return cache.emplace(std::string(series), std::move(n)).first->second;
}

detail::fact_record store::impl::decode_fact(std::string_view ikey, std::string_view v,
                                             const std::pair<std::string, std::string>& n,
                                             bool with_source) const {
  detail::fact_record r;
  r.state = decode_fact_into(ikey, v, n, with_source, r.f);
  return r;
}

record_state store::impl::decode_fact_into(std::string_view ikey, std::string_view v,
                                           const std::pair<std::string, std::string>& n,
                                           bool with_source, fact& f) const {
  if (ikey.size() != detail::kIndexKey) corrupt("series", ikey, "index key of wrong size");
  detail::fact_context c;
  c.fact_key = ikey.substr(detail::kIndexKey - detail::kFactKey);
  c.index_key = ikey;
  c.entity = &n.first;
  c.metric = &n.second;
  try {
    return detail::decode_fact_into(v, c, with_source, f);
  } catch (const detail::codec_error& e) {
    corrupt("series", ikey, e.what());
  }
}

detail::fact_record store::impl::decode_fact(const lmdb::txn& t, names_cache& cache,
                                             std::string_view ikey, std::string_view v,
                                             bool with_source) const {
  return decode_fact(ikey, v, names(t, cache, ikey.substr(0, 8)), with_source);
}

detail::fact_peek store::impl::peek_fact(std::string_view ikey, std::string_view v) const {
  try {
    return detail::peek_fact(v);
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

std::vector<std::string> store::impl::article_index_keys(const lmdb::txn& t,
                                                         std::uint64_t seq) const {
  std::vector<std::string> out;
  const std::string key = detail::u64_key(seq);
  const auto v = t.get(fact_lists_, key);
  if (!v) return out;
  const auto keys = detail::decode_key_list(*v);
  if (!keys) corrupt("fact_lists", key, "not a list of index keys (damaged)");
  out.reserve(keys->size() / detail::kIndexKey);
  for (std::size_t i = 0; i < keys->size(); i += detail::kIndexKey) {
    out.emplace_back(std::string_view(*keys).substr(i, detail::kIndexKey));
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
    s.fact_bytes = bytes(impl_->series_) + bytes(impl_->series_names_) +
                   bytes(impl_->fact_lists_) + bytes(impl_->derived_);
    s.article_bytes = bytes(impl_->articles_) + bytes(impl_->article_seq_) +
                      bytes(impl_->texts_) + bytes(impl_->urls_);
    return s;
  });
}

}  // namespace claimcheck::engine
