// The engine facade: reading inputs, extraction, check, ingest, audit.
#include "engine/claimcheck.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "engine/model/error.hpp"

namespace claimcheck::engine {
namespace {

namespace fs = std::filesystem;

bool is_article_file(const fs::path& p) {
  static const std::set<std::string> kExt{".txt", ".md", ".markdown", ".jsonl",
                                          ".ndjson", ".html", ".htm"};
  return kExt.count(p.extension().string()) != 0;
}

std::string too_large(std::size_t max_input) {
  return "input is larger than the --max-input limit of " + std::to_string(max_input) +
         " bytes";
}

// Reads at most max_input bytes from fd; throws when there are more.
std::string read_all(int fd, const std::string& name, std::size_t max_input,
                     std::size_t expected) {
  std::string s;
  s.reserve(std::min(expected, max_input) + 1);
  char buf[1 << 16];
  for (;;) {
    const ::ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      throw error(error_code::input, name, std::string("cannot read: ") + std::strerror(errno));
    }
    if (s.size() + static_cast<std::size_t>(n) > max_input) {
      throw error(error_code::input, name, too_large(max_input));
    }
    s.append(buf, static_cast<std::size_t>(n));
  }
  return s;
}

// Closes a descriptor on every path out.
struct fd_closer {
  int fd;
  ~fd_closer() {
    if (fd >= 0) ::close(fd);
  }
};

// The bytes of one input file, or of stdin for "-". Refuses anything but a
// regular file (a FIFO, a device such as /dev/zero, a directory) without
// blocking on it, and anything over max_input, before reading it.
std::string read_file(const fs::path& p, std::size_t max_input) {
  const std::string name = p.string();
  if (name == "-") return read_all(STDIN_FILENO, "-", max_input, 0);
  // O_NONBLOCK: opening a FIFO with no writer must not hang; it is refused
  // below anyway. The checks are on the opened file (fstat), so the file
  // cannot be swapped between the check and the read.
  const int fd = ::open(name.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    throw error(error_code::input, name, std::string("cannot read: ") + std::strerror(errno));
  }
  fd_closer closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    throw error(error_code::input, name, std::string("cannot read: ") + std::strerror(errno));
  }
  if (S_ISDIR(st.st_mode)) throw error(error_code::input, name, "not a regular file (a directory)");
  if (!S_ISREG(st.st_mode)) throw error(error_code::input, name, "not a regular file");
  if (static_cast<std::size_t>(st.st_size) > max_input) {
    throw error(error_code::input, name,
                "file is " + std::to_string(st.st_size) + " bytes, over the --max-input limit of " +
                    std::to_string(max_input) + " bytes");
  }
  // Back to blocking reads for a regular file (O_NONBLOCK has no effect on
  // them on Linux, but say what we mean).
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  return read_all(fd, name, max_input, static_cast<std::size_t>(st.st_size));
}

// Claim assembly with the tolerances the rules files set.
grammar::parse_result parse_with(const article& a, const rules::rule_set& rules) {
  grammar::parse_options o;
  o.approx_tolerance = rules.setting("approx_tolerance").value_or(0.0);
  o.nearly_tolerance = rules.setting("nearly_tolerance").value_or(0.0);
  return grammar::parse_claims(a, o);
}

void append(std::vector<finding>& out, std::vector<finding> in) {
  for (auto& f : in) out.push_back(std::move(f));
}

// A history that grows as articles are replayed or batched: facts keyed by
// entity and metric, optionally over the store's.
class growing_history final : public rules::fact_source {
 public:
  explicit growing_history(const store* base = nullptr) : base_(base) {}
  std::vector<fact> facts_for(std::string_view e, std::string_view m) const override {
    std::vector<fact> out;
    if (base_ != nullptr) out = base_->facts_for(e, m);
    auto it = by_key_.find(key(e, m));
    if (it != by_key_.end()) out.insert(out.end(), it->second.begin(), it->second.end());
    return out;
  }
  std::optional<std::vector<fact>> facts_without_source(std::string_view e,
                                                        std::string_view m) const override {
    if (base_ == nullptr) return std::nullopt;
    std::vector<fact> out = base_->facts_for(e, m, false);
    auto it = by_key_.find(key(e, m));
    if (it != by_key_.end()) out.insert(out.end(), it->second.begin(), it->second.end());
    return out;
  }
  std::optional<source_span> source_of(std::string_view e, std::string_view m,
                                       date::sys_days start, std::string_view id) const override {
    // The facts held here were given with their sources.
    if (auto it = by_key_.find(key(e, m)); it != by_key_.end()) {
      for (const fact& f : it->second) {
        if (f.id == id) return f.source;
      }
    }
    if (base_ == nullptr) return std::nullopt;
    return base_->fact_source(e, m, start, id);
  }
  // Over a store, parts of a series are read by day and kind; the facts
  // held here follow the store's, as in facts_for.
  bool reads_by_day() const override { return base_ != nullptr; }
  std::vector<fact> facts_starting(std::string_view e, std::string_view m,
                                   date::sys_days day) const override {
    std::vector<fact> out = base_->facts_starting(e, m, day, day, false);
    if (auto it = by_key_.find(key(e, m)); it != by_key_.end()) {
      for (const fact& f : it->second) {
        if (f.when.first == day) out.push_back(f);
      }
    }
    return out;
  }
  std::vector<fact> facts_of_kinds(std::string_view e, std::string_view m, std::uint32_t kinds,
                                   std::size_t all_up_to, bool& all) const override {
    const auto it = by_key_.find(key(e, m));
    const std::size_t held = it == by_key_.end() ? 0 : it->second.size();
    all = false;
    std::vector<fact> out;
    if (held < all_up_to) {
      out = base_->facts_of_kinds(e, m, kinds, false, all_up_to - held, &all);
    } else {
      out = base_->facts_of_kinds(e, m, kinds, false);
    }
    if (it != by_key_.end()) {
      for (const fact& f : it->second) {
        if (all || (kinds & (std::uint32_t{1} << static_cast<unsigned>(f.kind))) != 0) {
          out.push_back(f);
        }
      }
    }
    return out;
  }
  std::optional<date::sys_days> start_before(std::string_view e, std::string_view m,
                                             date::sys_days before, std::uint32_t kinds,
                                             grain g) const override {
    std::optional<date::sys_days> out = base_->start_before(e, m, before, kinds, g);
    if (auto it = by_key_.find(key(e, m)); it != by_key_.end()) {
      for (const fact& f : it->second) {
        if ((kinds & (std::uint32_t{1} << static_cast<unsigned>(f.kind))) == 0 || f.when.g != g) {
          continue;
        }
        if (f.when.first < before && (!out || *out < f.when.first)) out = f.when.first;
      }
    }
    return out;
  }
  void add(const std::vector<fact>& facts) {
    for (const auto& f : facts) by_key_[key(f.entity, f.metric)].push_back(f);
  }
  void clear() { by_key_.clear(); }

 private:
  static std::string key(std::string_view e, std::string_view m) {
    std::string k(e);
    k += '\x1f';
    k += m;
    return k;
  }
  const store* base_;
  std::unordered_map<std::string, std::vector<fact>> by_key_;
};

// Extracts every article's facts and evaluates them together against a
// history; `known` (optional) marks articles already stored.
report evaluate_together(const grammar::read_result& input, const rules::rule_set& rules,
                         const rules::fact_source& history, const store* known) {
  report r;
  r.diagnostics = input.diagnostics;
  std::vector<fact> all;
  for (const auto& a : input.articles) {
    grammar::parse_result p = parse_with(a, rules);
    for (auto& d : p.diagnostics) r.diagnostics.push_back(std::move(d));
    all.insert(all.end(), p.facts.begin(), p.facts.end());
    const bool stored = known != nullptr && known->has_article(a.id);
    r.articles.push_back({a, std::move(p.facts), stored});
  }
  rules::evaluation ev = rules.evaluate(all, history);
  r.findings = std::move(ev.findings);
  r.derived = std::move(ev.derived);
  return r;
}

}  // namespace

grammar::read_result read_inputs(const std::vector<fs::path>& paths, std::size_t max_input) {
  grammar::read_result all;
  std::vector<fs::path> files;
  for (const auto& p : paths) {
    std::error_code ec;
    if (p != "-" && fs::is_directory(p, ec)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::end(it);
           it.increment(ec)) {
        if (it->is_regular_file(ec) && is_article_file(it->path())) found.push_back(it->path());
      }
      if (ec) throw error(error_code::input, p.string(), "cannot list directory: " + ec.message());
      if (found.empty()) {
        all.diagnostics.push_back({p.string(), 0, 0,
                                   "no article files (*.txt, *.md, *.markdown, *.jsonl, *.ndjson, "
                                   "*.html, *.htm) in this directory",
                                   false});
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(p);
    }
  }
  for (const auto& f : files) {
    const std::string bytes = read_file(f, max_input);
    if (bytes.empty()) {
      all.diagnostics.push_back({f.string(), 0, 0, "empty file, nothing to read", false});
      continue;
    }
    grammar::read_result r = grammar::read_articles(f.string(), bytes);
    for (auto& a : r.articles) all.articles.push_back(std::move(a));
    for (auto& d : r.diagnostics) all.diagnostics.push_back(std::move(d));
  }
  return all;
}

report extract(const grammar::read_result& input, const rules::rule_set& rules) {
  return evaluate_together(input, rules, rules::no_history{}, nullptr);
}

rules::rule_set load_rules(const std::vector<fs::path>& paths) {
  rules::rule_set rs = rules::rule_set::builtin();
  for (const auto& p : paths) rs.load(p);
  return rs;
}

claimcheck::claimcheck(options opts)
    : opts_(std::move(opts)),
      store_(std::make_unique<store>(opts_.store)),
      rules_(load_rules(opts_.rule_paths)) {}

claimcheck::~claimcheck() = default;

report claimcheck::check(const grammar::read_result& input) const {
  return evaluate_together(input, rules_, growing_history(store_.get()), store_.get());
}

report claimcheck::ingest(const grammar::read_result& input, const progress_fn& progress) {
  // Articles are committed in batches (one transaction and one sync per
  // batch, each article all or nothing); within a batch, each article is
  // checked against the store plus the batch's earlier articles, so the
  // findings are those of ingesting one by one.
  constexpr std::size_t kBatch = 256;
  report r;
  r.diagnostics = input.diagnostics;
  growing_history pending(store_.get());
  struct staged {
    std::size_t index;  // into r.articles
    std::vector<fact> derived;
    std::vector<finding> findings;
  };
  std::vector<staged> batch;
  std::size_t facts_seen = 0;
  auto commit = [&] {
    if (batch.empty()) return;
    std::vector<article_batch_item> items;
    items.reserve(batch.size());
    for (const auto& s : batch) {
      const article_report& ar = r.articles[s.index];
      items.push_back({&ar.meta, ar.facts, s.derived, s.findings});
    }
    const std::vector<bool> added = store_->add_articles(items);
    for (std::size_t i = 0; i < batch.size(); ++i) {
      r.articles[batch[i].index].already_stored = !added[i];
      if (!added[i]) continue;
      append(r.findings, std::move(batch[i].findings));
      r.derived.insert(r.derived.end(), batch[i].derived.begin(), batch[i].derived.end());
    }
    batch.clear();
    pending.clear();
  };
  std::set<std::string> ids_in_batch;
  for (const auto& a : input.articles) {
    grammar::parse_result p = parse_with(a, rules_);
    for (auto& d : p.diagnostics) r.diagnostics.push_back(std::move(d));
    facts_seen += p.facts.size();
    r.articles.push_back({a, std::move(p.facts), false});
    article_report& ar = r.articles.back();
    if (ids_in_batch.count(a.id) != 0 || store_->has_article(a.id)) {
      ar.already_stored = true;
    } else {
      rules::evaluation ev = rules_.evaluate(ar.facts, pending);
      pending.add(ar.facts);
      pending.add(ev.derived);
      ids_in_batch.insert(a.id);
      batch.push_back({r.articles.size() - 1, std::move(ev.derived), std::move(ev.findings)});
      if (batch.size() >= kBatch) {
        commit();
        ids_in_batch.clear();
      }
    }
    if (progress) progress(r.articles.size(), facts_seen);
  }
  commit();
  return r;
}

std::optional<std::string> claimcheck::retract(std::string_view id_or_prefix) {
  const auto id = store_->resolve_article(id_or_prefix);
  if (!id || !store_->retract(*id)) return std::nullopt;
  (void)audit();
  return id;
}

std::vector<fact> claimcheck::history(const history_query& q) const { return store_->history(q); }

report claimcheck::audit() {
  // Replays the current articles in ingestion order against a growing
  // history, as ingesting them one by one did. A rule only brings together
  // facts of one entity group (rules::rule_set::entity_group), so the replay
  // runs one group at a time: its facts are read back from the store per
  // (entity, metric) key, and only that group's history is held in memory.
  // First pass: the keys of each group (the facts of one key come
  // together in the store's order).
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> groups;
  std::pair<std::string, std::string> last;
  store_->for_each_fact([&](const fact& f) {
    if (f.entity == last.first && f.metric == last.second) return;
    last = {f.entity, f.metric};
    groups[rules_.entity_group(f.entity)].push_back(last);
  });
  // Each current article's place in the replay (its ingestion number),
  // looked up once.
  std::unordered_map<std::string, std::optional<std::uint64_t>> place;
  const auto place_of = [&](const std::string& id) {
    auto it = place.find(id);
    if (it == place.end()) {
      std::optional<std::uint64_t> seq;
      if (const auto a = store_->get_stored_article(id); a && a->state == record_state::current) {
        seq = a->seq;
      }
      it = place.emplace(id, seq).first;
    }
    return it->second;
  };

  // Results are kept where they are made (a deque never moves them) and
  // put in order by index at the end: a finding is a dozen strings.
  std::deque<finding> findings;
  std::deque<fact> derived;
  std::vector<std::pair<std::uint64_t, std::size_t>> finding_order;
  std::vector<std::pair<std::uint64_t, std::size_t>> derived_order;
  std::vector<std::pair<std::uint64_t, fact>> facts;
  std::vector<std::size_t> order;
  for (auto& [group, keys] : groups) {
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    // The group's stated facts in replay order: by article, and within one
    // article in the store's history order (period, publication, id).
    facts.clear();
    for (const auto& [entity, metric] : keys) {
      for (fact& f : store_->facts_for(entity, metric)) {
        if (f.derived()) continue;
        if (const auto at = place_of(f.article)) facts.emplace_back(*at, std::move(f));
      }
    }
    // Sorted by index: a fact is a dozen strings to move.
    order.resize(facts.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    const auto key = [&](std::size_t i) {
      const fact& f = facts[i].second;
      return std::tuple(facts[i].first, f.when.first, f.published.has_value(),
                        f.published.value_or(date::sys_days{}), std::string_view(f.id));
    };
    std::sort(order.begin(), order.end(),
              [&](std::size_t x, std::size_t y) { return key(x) < key(y); });
    rules::memory_history seen;
    std::vector<fact> one;
    for (std::size_t i = 0; i < order.size();) {
      const std::uint64_t at = facts[order[i]].first;
      one.clear();
      for (; i < order.size() && facts[order[i]].first == at; ++i) {
        one.push_back(std::move(facts[order[i]].second));
      }
      rules::evaluation ev = rules_.evaluate(one, seen);
      for (fact& f : one) seen.add(std::move(f));
      for (const fact& d : ev.derived) seen.add(d);
      for (finding& f : ev.findings) {
        finding_order.emplace_back(at, findings.size());
        findings.push_back(std::move(f));
      }
      for (fact& d : ev.derived) {
        derived_order.emplace_back(at, derived.size());
        derived.push_back(std::move(d));
      }
    }
  }
  // Findings and derived facts in replay order (by article; within one,
  // group by group).
  std::sort(finding_order.begin(), finding_order.end());
  std::sort(derived_order.begin(), derived_order.end());
  report r;
  r.findings.reserve(findings.size());
  for (const auto& [at, i] : finding_order) r.findings.push_back(std::move(findings[i]));
  findings.clear();
  r.derived.reserve(derived.size());
  for (const auto& [at, i] : derived_order) r.derived.push_back(std::move(derived[i]));
  derived.clear();
  store_->replace_derived(r.derived, r.findings);
  return r;
}

}  // namespace claimcheck::engine
