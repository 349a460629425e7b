// Helpers for the store tests: a temporary directory that removes itself,
// and articles and facts made up for the tests (invented figures).
#pragma once

#include <date/date.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "engine/model/article.hpp"
#include "engine/model/fact.hpp"
#include "engine/model/finding.hpp"
#include "engine/store/store.hpp"
#include "engine/transfer.hpp"

namespace claimcheck::test {

class temp_dir {
 public:
  temp_dir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "cc_store_XXXXXX").string();
    if (::mkdtemp(tmpl.data()) == nullptr) std::abort();
    path_ = tmpl;
  }
  ~temp_dir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  temp_dir(const temp_dir&) = delete;
  temp_dir& operator=(const temp_dir&) = delete;
  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  [[nodiscard]] std::filesystem::path db() const { return path_ / "db"; }

 private:
  std::filesystem::path path_;
};

inline engine::store_options small_options(const std::filesystem::path& dir) {
  engine::store_options o;
  o.dir = dir;
  o.initial_map_size = std::size_t{64} << 10;  // 64 KiB: growth runs in every test
  return o;
}

inline engine::article make_article(const std::string& body, int year = 2023,
                                    const std::string& url = {}) {
  engine::article a;
  a.path = "test/" + std::to_string(year) + ".txt";
  a.title = "Trade between two neighbours";
  a.published = date::sys_days{date::year{year} / 3 / 10};
  a.published_text = "Mar 10, " + std::to_string(year);
  a.source = "Test Wire";
  a.url = url;
  a.format = "text";
  a.text = body;
  a.id = engine::make_article_id(a);
  return a;
}

// A level fact of article a about (entity, metric) in calendar year y.
inline engine::fact make_fact(const engine::article& a, int y, double billions,
                              const std::string& entity = "CHN+KAZ",
                              const std::string& metric = "trade_volume",
                              std::size_t start = 0) {
  engine::fact f;
  f.article = a.id;
  f.kind = engine::fact_kind::level;
  f.entity = entity;
  f.metric = metric;
  f.when = engine::period::year(date::year{y}, std::to_string(y));
  f.value.value = engine::interval::stated(billions, 1, 1e9);
  f.value.unit = "USD";
  f.value.stated = "$" + std::to_string(billions) + " billion";
  f.value.number = billions * 1e9;
  f.source = {3, 1, start, start + 20, "In that year trade reached a new level."};
  f.published = a.published;
  f.id = engine::make_fact_id(f);
  return f;
}

inline std::vector<std::string> ids(const std::vector<engine::fact>& v) {
  std::vector<std::string> out;
  for (const auto& f : v) out.push_back(f.id);
  return out;
}

// The store's whole export (JSON Lines) as one string, for comparing stores.
inline std::string export_string(const engine::store& s) {
  std::ostringstream out;
  (void)engine::export_jsonl(s, out);
  return out.str();
}

}  // namespace claimcheck::test
