// JSON Lines export and import over the store's streaming accessors.
#include "engine/transfer.hpp"

#include <nlohmann/json.hpp>

#include <utility>
#include <vector>

#include "engine/json.hpp"
#include "engine/model/error.hpp"

namespace claimcheck::engine {
namespace {

using json = nlohmann::json;

constexpr int kFormatVersion = 1;
constexpr std::size_t kBatchArticles = 256;
constexpr std::size_t kBatchBytes = std::size_t{16} << 20;
constexpr std::size_t kBatchOthers = 4096;

void line(std::ostream& out, const json& j) {
  out << j.dump() << '\n';
  if (!out) throw error(error_code::io, "export", "cannot write the output");
}

json article_line(const stored_article& a) {
  json j = {{"type", "article"},
            {"article", article_json(a.meta, true)},
            {"state", std::string(to_string(a.state))}};
  if (a.retracted_at != 0) j["retracted_at"] = a.retracted_at;
  if (!a.supersedes.empty()) j["supersedes"] = a.supersedes;
  if (!a.superseded_by.empty()) j["superseded_by"] = a.superseded_by;
  return j;
}

stored_article article_from_line(const json& j) {
  stored_article a;
  a.meta = article_from_json(j.at("article"));
  const auto state = record_state_from_string(j.value("state", std::string("current")));
  if (!state) throw error(error_code::input, "json", "unknown article state");
  a.state = *state;
  a.retracted_at = j.value("retracted_at", std::int64_t{0});
  a.supersedes = j.value("supersedes", std::string());
  a.superseded_by = j.value("superseded_by", std::string());
  return a;
}

// Buffers imported records and commits them in bounded batches.
class importer {
 public:
  explicit importer(store& s) : s_(s) {}

  void article(stored_article a) {
    flush_others();
    bytes_ += a.meta.text.size();
    articles_.emplace_back(std::move(a), std::vector<fact>{});
  }
  void fact_of_article(fact f, const std::string& where) {
    if (articles_.empty() || f.article != articles_.back().first.meta.id) {
      throw error(error_code::input, where, "a fact line that does not follow its article");
    }
    bytes_ += f.source.sentence.size() + 256;
    articles_.back().second.push_back(std::move(f));
  }
  void derived(fact f) {
    flush_articles();
    derived_.push_back(std::move(f));
    if (derived_.size() + findings_.size() >= kBatchOthers) flush_others();
  }
  void found(finding f) {
    flush_articles();
    findings_.push_back(std::move(f));
    if (derived_.size() + findings_.size() >= kBatchOthers) flush_others();
  }
  // Called before each new article: commits a full batch, keeping the
  // article being read (its facts may follow) out of it.
  void maybe_flush() {
    if (articles_.size() >= kBatchArticles || bytes_ >= kBatchBytes) flush_articles();
  }
  void finish() {
    flush_articles();
    flush_others();
  }
  // After a bad line: the article being read may lack facts; drop it and
  // commit the whole ones before it.
  void finish_without_last() {
    if (!articles_.empty()) articles_.pop_back();
    finish();
  }
  [[nodiscard]] const transfer_counts& counts() const { return counts_; }

 private:
  void flush_articles() {
    if (articles_.empty()) return;
    const auto added = s_.restore_articles(articles_);
    for (std::size_t i = 0; i < added.size(); ++i) {
      if (!added[i]) continue;
      ++counts_.articles;
      counts_.facts += articles_[i].second.size();
    }
    articles_.clear();
    bytes_ = 0;
  }
  void flush_others() {
    if (derived_.empty() && findings_.empty()) return;
    s_.add_derived(derived_, findings_);
    counts_.derived += derived_.size();
    counts_.findings += findings_.size();
    derived_.clear();
    findings_.clear();
  }

  store& s_;
  std::vector<std::pair<stored_article, std::vector<fact>>> articles_;
  std::size_t bytes_ = 0;
  std::vector<fact> derived_;
  std::vector<finding> findings_;
  transfer_counts counts_;
};

}  // namespace

transfer_counts export_jsonl(const store& s, std::ostream& out) {
  transfer_counts n;
  line(out, json{{"claimcheck_export", kFormatVersion}});
  s.for_each_article([&](const stored_article& a, const std::vector<fact>& facts) {
    line(out, article_line(a));
    for (const fact& f : facts) line(out, json{{"type", "fact"}, {"fact", fact_json(f)}});
    ++n.articles;
    n.facts += facts.size();
  });
  s.for_each_derived([&](const fact& f) {
    line(out, json{{"type", "derived"}, {"fact", fact_json(f)}});
    ++n.derived;
  });
  s.for_each_finding([&](const finding& f) {
    line(out, json{{"type", "finding"}, {"finding", finding_json(f)}});
    ++n.findings;
  });
  out.flush();
  if (!out) throw error(error_code::io, "export", "cannot write the output");
  return n;
}

transfer_counts import_jsonl(store& s, std::istream& in, const std::string& origin) {
  importer imp(s);
  std::string text;
  std::size_t number = 0;
  bool header = false;
  while (std::getline(in, text)) {
    ++number;
    const std::string where = origin + ":" + std::to_string(number);
    if (text.empty()) continue;
    try {
      json j;
      try {
        j = json::parse(text);
      } catch (const json::exception& e) {
        throw error(error_code::input, where, std::string("not JSON: ") + e.what());
      }
      try {
        if (!header) {
          if (!j.is_object() || !j.contains("claimcheck_export")) {
            throw error(error_code::input, where, "not a claimcheck export (no header line)");
          }
          if (j.at("claimcheck_export").get<int>() > kFormatVersion) {
            throw error(error_code::input, where, "export format is newer than this claimcheck");
          }
          header = true;
          continue;
        }
        const std::string type = j.at("type").get<std::string>();
        if (type == "article") {
          imp.maybe_flush();
          imp.article(article_from_line(j));
        } else if (type == "fact") {
          imp.fact_of_article(fact_from_json(j.at("fact")), where);
        } else if (type == "derived") {
          imp.derived(fact_from_json(j.at("fact")));
        } else if (type == "finding") {
          imp.found(finding_from_json(j.at("finding")));
        } else {
          throw error(error_code::input, where, "unknown record type '" + type + "'");
        }
      } catch (const json::exception& e) {
        throw error(error_code::input, where, std::string("bad record: ") + e.what());
      } catch (const error& e) {
        if (e.code() != error_code::input || e.origin() == where) throw;
        throw error(error_code::input, where, e.what());
      }
    } catch (const error& e) {
      if (e.code() == error_code::input) imp.finish_without_last();
      throw;
    }
  }
  if (in.bad()) throw error(error_code::io, origin, "read failed");
  if (!header && number > 0) throw error(error_code::input, origin, "not a claimcheck export");
  imp.finish();
  return imp.counts();
}

}  // namespace claimcheck::engine
