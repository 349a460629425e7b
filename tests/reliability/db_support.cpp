// Articles for the reliability tests and a canonical database dump.
#include "tests/reliability/db_support.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

#include "engine/json.hpp"
#include "engine/store/store.hpp"

namespace claimcheck::testing {

std::vector<std::string> write_articles(const std::filesystem::path& dir, std::size_t n) {
  static const char* const kPorts[] = {"Aktau", "Kuryk", "Baku", "Poti", "Batumi", "Turkmenbashi"};
  std::vector<std::string> out;
  for (std::size_t i = 0; i < n; ++i) {
    const auto path = dir / fmt::format("a_{:03}.txt", i);
    const char* port = kPorts[i % 6];
    const std::size_t year = 2000 + i % 24;
    std::ofstream f(path);
    f << fmt::format("Port of {} reports cargo for {} (report {})\n", port, year, i);
    f << fmt::format("Published: Mar {:02}, {} 10:{:02} AM\n", 1 + i % 28, year + 1, i % 60);
    f << fmt::format(
        "The port of {} handled {}.{} million tonnes of cargo in {}, up {}.{} percent "
        "year-on-year, the port authority said on Monday.\n",
        port, 3 + i % 17, i % 10, year, 1 + i % 30, i % 10);
    f << fmt::format("Container traffic reached {} thousand TEU, and revenue was ${} million.\n",
                     100 + 7 * i, 40 + 3 * i);
    f << fmt::format("A new terminal is due to open in the first half of {}.\n", year + 2);
    out.push_back(path.string());
  }
  return out;
}

std::string db_dump(const std::filesystem::path& db) {
  engine::store_options o;
  o.dir = db;
  o.read_only = true;
  o.create = false;
  engine::store s(o);
  std::string out;
  s.for_each_article([&](const engine::stored_article& a, const std::vector<engine::fact>& facts) {
    nlohmann::json j = engine::article_json(a.meta, true);
    j["state"] = std::string(engine::to_string(a.state));
    j["seq"] = a.seq;
    nlohmann::json fs = nlohmann::json::array();
    for (const auto& f : facts) fs.push_back(engine::fact_json(f));
    j["facts"] = fs;
    out += j.dump() + '\n';
  });
  std::vector<std::string> rows;
  s.for_each_derived([&](const engine::fact& f) { rows.push_back("derived " + engine::fact_json(f).dump()); });
  s.for_each_finding([&](const engine::finding& f) { rows.push_back("finding " + engine::finding_json(f).dump()); });
  std::sort(rows.begin(), rows.end());
  for (const auto& r : rows) out += r + '\n';
  return out;
}

std::vector<std::string> db_article_ids(const std::filesystem::path& db) {
  engine::store_options o;
  o.dir = db;
  o.read_only = true;
  o.create = false;
  engine::store s(o);
  std::vector<std::string> ids;
  for (const auto& a : s.articles()) ids.push_back(a.id);
  return ids;
}

void copy_db(const std::filesystem::path& from, const std::filesystem::path& to) {
  std::filesystem::create_directories(to);
  for (const auto& e : std::filesystem::directory_iterator(from)) {
    std::filesystem::copy_file(e.path(), to / e.path().filename(),
                               std::filesystem::copy_options::overwrite_existing);
  }
}

}  // namespace claimcheck::testing
