// Command-line parsing (CLI11) and dispatch to the engine facade.
#include "cli/app.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <iostream>
#include <memory>
#include <set>
#include <nlohmann/json.hpp>

#include "cli/help.hpp"
#include "cli/mentions.hpp"
#include "cli/progress.hpp"
#include "cli/report.hpp"
#include "engine/claimcheck.hpp"
#include "engine/json.hpp"
#include "engine/model/error.hpp"
#include "engine/transfer.hpp"

namespace claimcheck::cli {
namespace {

namespace fs = std::filesystem;

struct globals {
  std::string db = "claimcheck.db";
  std::vector<std::string> rules;
  std::string format = "text";
  std::string fail_on;  // default per command
  std::string color = "auto";
  bool quiet = false;
  bool verbose = false;
  std::size_t max_input = std::size_t{16} << 20;
  std::size_t max_db_size = 0;  // 0: the map grows without a cap
  bool no_wait = false;         // fail at once when another process writes
};

int severity_rank(const std::string& s) {
  if (s == "info") return 0;
  if (s == "warning") return 1;
  if (s == "error") return 2;
  return 3;  // none
}

int exit_for(const std::vector<engine::finding>& findings, const std::string& fail_on) {
  const int threshold = severity_rank(fail_on);
  for (const auto& f : findings) {
    if (static_cast<int>(f.sev) >= threshold) return 1;
  }
  return 0;
}

bool use_color(const globals& g) {
  if (g.color == "always") return true;
  if (g.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  return ::isatty(STDOUT_FILENO) != 0;
}

engine::options engine_options(const globals& g, bool read_only) {
  engine::options o;
  o.store.dir = g.db;
  o.store.read_only = read_only;
  o.store.create = !read_only;
  for (const auto& r : g.rules) o.rule_paths.emplace_back(r);
  o.max_input = g.max_input;
  o.store.max_map_size = g.max_db_size;
  o.store.wait_for_writer = !g.no_wait;
  return o;
}

// `check` commits nothing, so it opens an existing database read-only: it
// then works on a read-only directory or file system, or on a database of
// another user (a CI job checking against a shared archive). A database not
// made yet is opened for writing, as before (`check` makes it, when it can).
// When the read-only open is refused (a schema that needs an upgrade, tables
// not yet made) and the directory is writable, the store is opened for
// writing as before, which upgrades it; if that fails too, the read-only
// refusal is what the user sees (it names the commands that upgrade).
std::unique_ptr<engine::claimcheck> open_for_check(const globals& g) {
  std::error_code ec;
  if (!fs::exists(fs::path(g.db) / "data.mdb", ec)) {
    return std::make_unique<engine::claimcheck>(engine_options(g, false));
  }
  std::exception_ptr refused;
  try {
    return std::make_unique<engine::claimcheck>(engine_options(g, true));
  } catch (const claimcheck::error& e) {
    if (e.code() != error_code::database || ::access(g.db.c_str(), W_OK) != 0) throw;
    refused = std::current_exception();
  }
  try {
    return std::make_unique<engine::claimcheck>(engine_options(g, false));
  } catch (const claimcheck::error&) {
    std::rethrow_exception(refused);
  }
}

std::vector<fs::path> to_paths(const std::vector<std::string>& v) {
  return {v.begin(), v.end()};
}

report_options report_opts(const globals& g, const std::string& command,
                           const std::string& fail_on, const rules::rule_set* rules) {
  report_options o;
  o.color = use_color(g);
  o.quiet = g.quiet;
  o.verbose = g.verbose;
  o.fail_on = fail_on;
  o.command = command;
  if (rules != nullptr) {
    for (const auto& d : rules->describe()) o.rules.push_back({d.id, d.description, d.severity});
  }
  return o;
}

// Writes a report in the chosen format. For HTML, `cc` (when there is a
// store) gives the history of every series the report touches.
void write_report(std::ostream& out, const engine::report& r, const globals& g,
                  const report_options& o, const engine::claimcheck* cc) {
  if (g.format == "json") {
    write_json(out, r);
  } else if (g.format == "sarif") {
    write_sarif(out, r, o);
  } else if (g.format == "junit") {
    write_junit(out, r, o);
  } else if (g.format == "claimreview") {
    write_claimreview(out, r);
  } else if (g.format == "html") {
    std::vector<engine::fact> history;
    if (cc != nullptr) {
      std::set<std::pair<std::string, std::string>> seen;
      for (const auto& ar : r.articles) {
        for (const auto& f : ar.facts) {
          if (!seen.insert({f.entity, f.metric}).second) continue;
          engine::history_query q;
          q.entity = f.entity;
          q.metric = f.metric;
          q.include_derived = true;
          auto h = cc->history(q);
          history.insert(history.end(), h.begin(), h.end());
        }
      }
    }
    write_html(out, r, history, o);
  } else {
    write_text(out, r, o);
  }
}

void write_facts(std::ostream& out, const std::vector<engine::fact>& facts, const globals& g) {
  if (g.format == "json") {
    write_facts_json(out, facts);
  } else {
    write_facts_text(out, facts, report_opts(g, "facts", "none", nullptr));
  }
}

// `rules`: the active rules (built-in and --rules), or with --check FILE
// whether FILE loads on top of them. Errors throw claimcheck::error.
int run_rules(const std::string& check, const std::vector<fs::path>& extra,
              const std::string& format, std::ostream& out) {
  rules::rule_set rs = engine::load_rules(extra);
  if (!check.empty()) {
    rs.load(check);
    out << check << ": ok\n";
    return 0;
  }
  const auto list = rs.describe();
  if (format == "json") {
    nlohmann::json a = nlohmann::json::array();
    for (const auto& r : list) {
      a.push_back({{"id", r.id}, {"severity", r.severity}, {"description", r.description},
                   {"file", r.file}});
    }
    out << nlohmann::json{{"rules", a}}.dump(2) << '\n';
  } else {
    for (const auto& r : list) {
      out << fmt::format("{:<18} {:<8} {}  [{}]\n", r.id, r.severity, r.description, r.file);
    }
    out << list.size() << " rules\n";
  }
  return 0;
}

}  // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  globals g;
  CLI::App app{"claimcheck: numeric and temporal claims in news, checked against their history",
               "claimcheck"};
  app.set_version_flag("--version", std::string("claimcheck ") + CLAIMCHECK_VERSION);
  app.require_subcommand(1);
  // Common options may stand after the command too: "check --format json FILE".
  app.fallthrough();
  app.option_defaults()->always_capture_default();
  app.add_option("--db", g.db, "database directory")->capture_default_str();
  app.add_option("--rules", g.rules, "extra rules file or directory (repeatable)");
  app.add_option("--format", g.format,
                 "output format: text, json, sarif, junit, claimreview or html")
      ->check(CLI::IsMember({"text", "json", "sarif", "junit", "claimreview", "html"}));
  app.add_option("--fail-on", g.fail_on,
                 "exit 1 when a finding is at or above this severity "
                 "(default: error for check, none otherwise)")
      ->check(CLI::IsMember({"error", "warning", "info", "none"}));
  app.add_option("--color", g.color, "colour the text report")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("--quiet,-q", g.quiet, "findings only");
  app.add_flag("--verbose,-v", g.verbose, "also list every fact");
  app.add_option("--max-input", g.max_input, "largest input file in bytes");
  app.add_option("--max-db-size", g.max_db_size,
                 "cap on the database size (e.g. 2GB); past it a write fails clearly")
      ->transform(CLI::AsSizeValue(false));
  app.add_flag("--no-wait", g.no_wait,
               "fail at once when another process is writing to the database");

  std::vector<std::string> files;
  std::string published;
  auto* mentions_cmd = app.add_subcommand("mentions", "every numeric and temporal mention (no database)");
  mentions_cmd->add_option("--published", published, "publication date YYYY-MM-DD for relative dates");
  mentions_cmd->add_option("file", files, "file or - for stdin")->required()->expected(1);

  auto* extract_cmd = app.add_subcommand("extract", "facts found in the files (no database)");
  extract_cmd->add_option("files", files, "files or directories")->required();
  auto* ingest_cmd = app.add_subcommand("ingest", "extract, check against history, commit");
  ingest_cmd->add_option("files", files, "files or directories")->required();
  auto* check_cmd = app.add_subcommand("check", "extract and check against history; commits nothing");
  check_cmd->add_option("files", files, "files or directories")->required();

  engine::history_query hq;
  std::string from;
  std::string to;
  std::string entity;
  std::string metric;
  auto* history_cmd = app.add_subcommand("history", "stated facts by period and source");
  history_cmd->add_option("--entity", entity, "entity key, e.g. CHN+KAZ");
  history_cmd->add_option("--metric", metric, "metric key, e.g. trade_volume");
  history_cmd->add_option("--from", from, "periods ending on or after YYYY-MM-DD");
  history_cmd->add_option("--to", to, "periods starting on or before YYYY-MM-DD");
  history_cmd->add_flag("--derived", hq.include_derived, "include derived facts");
  bool plot = false;
  history_cmd->add_flag("--plot", plot, "draw a Unicode chart of each series after the table");
  auto* facts_cmd = app.add_subcommand("facts", "every stated fact in the database");
  auto* articles_cmd = app.add_subcommand("articles", "every article in the database");
  auto* stats_cmd = app.add_subcommand("stats", "what the database holds");
  auto* audit_cmd = app.add_subcommand("audit", "re-run every rule over the whole history");
  std::string article_id;
  auto* retract_cmd = app.add_subcommand(
      "retract", "take an article's facts out of the current view (kept in the record)");
  retract_cmd->add_option("article", article_id, "article id or a unique prefix of it")->required();
  auto* export_cmd = app.add_subcommand("export", "the whole database as JSON Lines on stdout");
  std::string import_file;
  auto* import_cmd = app.add_subcommand("import", "read JSON Lines written by export");
  import_cmd->add_option("file", import_file, "file or - for stdin")->required();
  std::string rules_check;
  auto* rules_cmd = app.add_subcommand("rules", "show the active rules; validate a rules file");
  rules_cmd->add_option("--check", rules_check, "validate this rules file without running it");

  add_examples(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {
      out << (e.get_name() == "CallForVersion" ? std::string(e.what()) + "\n" : app.help());
      return 0;
    }
    err << "claimcheck: " << e.what() << '\n';
    return 2;
  }

  try {
    if (mentions_cmd->parsed()) {
      return run_mentions(files.at(0), published, g.format, g.max_input, out, err);
    }
    if (extract_cmd->parsed()) {
      auto input = engine::read_inputs(to_paths(files), g.max_input);
      const auto rules = engine::load_rules(to_paths(g.rules));
      auto r = engine::extract(input, rules);
      const std::string fail_on = g.fail_on.empty() ? "none" : g.fail_on;
      write_report(out, r, g, report_opts(g, "extract", fail_on, &rules), nullptr);
      return exit_for(r.findings, fail_on);
    }
    if (ingest_cmd->parsed() || check_cmd->parsed()) {
      auto input = engine::read_inputs(to_paths(files), g.max_input);
      const bool is_check = check_cmd->parsed();
      const auto opened = is_check ? open_for_check(g)
                                   : std::make_unique<engine::claimcheck>(engine_options(g, false));
      engine::claimcheck& cc = *opened;
      const bool progress = !is_check && !g.quiet && ::isatty(STDERR_FILENO) != 0;
      engine::report r = is_check ? cc.check(input) : ingest_with_progress(cc, input, err, progress);
      const std::string fail_on = g.fail_on.empty() ? (is_check ? "error" : "none") : g.fail_on;
      write_report(out, r, g, report_opts(g, is_check ? "check" : "ingest", fail_on, &cc.rules()),
                   &cc);
      return exit_for(r.findings, fail_on);
    }
    if (history_cmd->parsed() || facts_cmd->parsed()) {
      engine::claimcheck cc(engine_options(g, true));
      if (!entity.empty()) hq.entity = entity;
      if (!metric.empty()) hq.metric = metric;
      for (auto [text, slot] : {std::pair{&from, &hq.from}, std::pair{&to, &hq.to}}) {
        if (text->empty()) continue;
        *slot = engine::period::parse_iso(*text);
        if (!*slot) {
          err << "claimcheck: not a date (YYYY-MM-DD): " << *text << '\n';
          return 2;
        }
      }
      const auto facts = cc.history(hq);
      if (g.format == "html") {
        write_history_html(out, facts);
      } else {
        write_facts(out, facts, g);
        if (plot && g.format == "text") {
          out << '\n';
          write_history_plot(out, facts, report_opts(g, "history", "none", nullptr));
        }
      }
      return 0;
    }
    if (articles_cmd->parsed()) {
      engine::claimcheck cc(engine_options(g, true));
      auto list = cc.db().articles();
      if (g.format == "json") {
        nlohmann::json a = nlohmann::json::array();
        for (const auto& x : list) a.push_back(engine::article_json(x));
        out << nlohmann::json{{"articles", a}}.dump(2) << '\n';
      } else {
        for (const auto& x : list) {
          out << fmt::format("{}  {}  {}  {}\n", x.id.substr(0, 12),
                             x.published ? engine::period::iso(*x.published) : "----------",
                             neutralise(x.path), neutralise(x.title));
        }
        out << list.size() << " articles\n";
      }
      return 0;
    }
    if (stats_cmd->parsed()) {
      engine::claimcheck cc(engine_options(g, true));
      const auto s = cc.db().stats();
      if (g.format == "json") {
        out << nlohmann::json{{"articles", s.articles}, {"facts", s.facts},
                              {"derived", s.derived},   {"findings", s.findings},
                              {"retracted", s.retracted}, {"map_size", s.map_size},
                              {"used_bytes", s.used_bytes}}
                   .dump(2)
            << '\n';
      } else {
        out << fmt::format("articles {}\nfacts {}\nderived {}\nfindings {}\nretracted {}\n"
                           "map size {} bytes\nused {} bytes\n",
                           s.articles, s.facts, s.derived, s.findings, s.retracted, s.map_size,
                           s.used_bytes);
      }
      return 0;
    }
    if (retract_cmd->parsed()) {
      engine::claimcheck cc(engine_options(g, false));
      const auto id = cc.retract(article_id);
      if (!id) {
        err << "claimcheck: " << article_id << ": no such article in " << g.db << '\n';
        return 2;
      }
      if (g.format == "json") {
        out << nlohmann::json{{"retracted", *id}}.dump() << '\n';
      } else if (!g.quiet) {
        out << "retracted " << *id << '\n';
      }
      return 0;
    }
    if (export_cmd->parsed()) {
      engine::store db(engine_options(g, true).store);
      (void)engine::export_jsonl(db, out);
      return 0;
    }
    if (import_cmd->parsed()) {
      engine::store db(engine_options(g, false).store);
      engine::transfer_counts n;
      if (import_file == "-") {
        n = engine::import_jsonl(db, std::cin, "-");
      } else {
        std::ifstream in(import_file, std::ios::binary);
        if (!in) throw claimcheck::error(error_code::input, import_file, "cannot open");
        n = engine::import_jsonl(db, in, import_file);
      }
      if (g.format == "json") {
        out << nlohmann::json{{"articles", n.articles}, {"facts", n.facts},
                              {"derived", n.derived}, {"findings", n.findings}}
                   .dump()
            << '\n';
      } else if (!g.quiet) {
        out << fmt::format("imported {} articles, {} facts, {} derived facts, {} findings\n",
                           n.articles, n.facts, n.derived, n.findings);
      }
      return 0;
    }
    if (rules_cmd->parsed()) return run_rules(rules_check, to_paths(g.rules), g.format, out);
    if (audit_cmd->parsed()) {
      engine::claimcheck cc(engine_options(g, false));
      engine::report r = cc.audit();
      const std::string fail_on = g.fail_on.empty() ? "none" : g.fail_on;
      auto o = report_opts(g, "audit", fail_on, &cc.rules());
      std::set<std::string> ids;
      for (const auto& f : r.findings) {
        if (f.article.empty() || !ids.insert(f.article).second) continue;
        if (auto a = cc.db().get_article(f.article)) o.other_articles.push_back(std::move(*a));
      }
      write_report(out, r, g, o, &cc);
      return exit_for(r.findings, fail_on);
    }
  } catch (const claimcheck::error& e) {
    err << "claimcheck: " << e.what() << '\n';
    return e.exit_status();
  } catch (const std::exception& e) {
    err << "claimcheck: " << e.what() << '\n';
    return 3;
  }
  return 2;
}

}  // namespace claimcheck::cli
