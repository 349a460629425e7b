// Examples shown at the end of `claimcheck [command] --help`.
#include "cli/help.hpp"

#include <CLI/CLI.hpp>

#include <map>
#include <string>

namespace claimcheck::cli {

void add_examples(CLI::App& app) {
  app.footer(R"(Examples:
  claimcheck ingest shared/seeds/000_844100a21a53db54.txt
  claimcheck check shared/seeds/002_8a764ab09ae8c203.txt
  claimcheck --format html check article.txt > report.html
  claimcheck history --entity CHN+KAZ --metric trade_volume --plot

Run `claimcheck COMMAND --help` for a command's options and examples.
Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or unreadable
input, 3 database or I/O failure. NO_COLOR turns colour off.)");
  static const std::map<std::string, std::string> examples = {
      {"mentions", R"(Examples:
  claimcheck mentions article.txt
  claimcheck --format json mentions --published 2023-03-10 article.txt
  echo 'Trade grew 23.6 percent to $31.17 billion in 2022.' | claimcheck mentions -)"},
      {"extract", R"(Examples:
  claimcheck extract article.txt
  claimcheck --format json extract articles/ > facts.json
  claimcheck --verbose extract article.md)"},
      {"ingest", R"(Examples:
  claimcheck ingest shared/seeds/
  claimcheck --db news.db ingest archive/2023/
  claimcheck --format sarif --fail-on error ingest new.txt > findings.sarif
A progress bar is drawn on stderr when it is a terminal.)"},
      {"check", R"(Examples:
  claimcheck check draft.txt
  claimcheck --format junit --fail-on warning check drafts/ > claimcheck.xml
  claimcheck --format sarif check draft.txt > claimcheck.sarif
  claimcheck --format html check draft.txt > report.html
  claimcheck --format claimreview check draft.txt > claimreview.jsonld)"},
      {"history", R"(Examples:
  claimcheck history --entity CHN+KAZ --metric trade_volume
  claimcheck history --metric trade_volume --from 2020-01-01 --plot
  claimcheck --format html history --entity CHN+KAZ > history.html
  claimcheck --format json history --derived)"},
      {"facts", R"(Examples:
  claimcheck facts
  claimcheck --format json facts > facts.json)"},
      {"articles", R"(Examples:
  claimcheck articles
  claimcheck --format json articles)"},
      {"stats", R"(Examples:
  claimcheck stats
  claimcheck --db news.db --format json stats)"},
      {"audit", R"(Examples:
  claimcheck audit
  claimcheck --rules my.rules --fail-on error audit
  claimcheck --format sarif audit > audit.sarif)"},
      {"retract", R"(Examples:
  claimcheck articles
  claimcheck retract 8a764ab09ae8)"},
      {"export", R"(Examples:
  claimcheck export > backup.jsonl)"},
      {"import", R"(Examples:
  claimcheck --db copy.db import backup.jsonl)"},
      {"rules", R"(Examples:
  claimcheck rules
  claimcheck rules --check my.rules)"},
  };
  for (auto* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    if (auto it = examples.find(sub->get_name()); it != examples.end()) sub->footer(it->second);
  }
}

}  // namespace claimcheck::cli
