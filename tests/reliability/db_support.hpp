// Test support for the store reliability tests: a set of small articles
// written for these tests, and a canonical dump of everything a database
// holds, to compare databases (unchanged after a failure; same as a clean
// run after a crash).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace claimcheck::testing {

// Writes n distinct plain-text articles (a_000.txt, a_001.txt, ...) with
// numeric and temporal claims into dir; returns their paths in name order.
std::vector<std::string> write_articles(const std::filesystem::path& dir, std::size_t n);

// Every stored article (id, state, sequence number, its facts), every
// derived fact and every finding, one JSON object per line, in a fixed
// order. Opens the store read-only; throws claimcheck::error when it cannot.
[[nodiscard]] std::string db_dump(const std::filesystem::path& db);

// The ids of the current articles, in ingestion order.
[[nodiscard]] std::vector<std::string> db_article_ids(const std::filesystem::path& db);

// Copies a database directory (data.mdb, lock.mdb) to a new one.
void copy_db(const std::filesystem::path& from, const std::filesystem::path& to);

}  // namespace claimcheck::testing
