// An embedding program: how a newsroom tool calls claimcheck as a library
// (link claimcheck_engine; include engine/claimcheck.hpp). It ingests two
// short articles held in memory, prints what the rules found, asks the
// store for one series' history, and exports the database as JSON Lines.
//
//   claimcheck_embed_example [DB_DIR]     (default: a fresh ./embed_example.db)
#include <iostream>
#include <string>

#include "engine/claimcheck.hpp"
#include "engine/json.hpp"
#include "engine/model/error.hpp"
#include "engine/transfer.hpp"

namespace cc = claimcheck::engine;

int main(int argc, char** argv) {
  cc::options opts;
  opts.store.dir = argc > 1 ? argv[1] : "embed_example.db";
  opts.store.max_map_size = std::size_t{1} << 30;  // never past 1 GiB
  try {
    cc::claimcheck engine(opts);

    // Articles may come from files (cc::read_inputs) or from memory.
    claimcheck::grammar::read_result input;
    for (const auto& [name, text] : {
             std::pair{"first.txt",
                       "Two neighbours trade more\nPublished: Mar 01, 2022 10:00 AM\n\n"
                       "Mutual trade reached $25.2 billion in 2021.\n"},
             std::pair{"second.txt",
                       "Record trade\nPublished: Mar 10, 2023 07:58 PM\n\n"
                       "In 2022 trade grew 23.6 percent year-on-year to $31.17 billion.\n"},
         }) {
      auto r = claimcheck::grammar::read_articles(name, text);
      for (auto& a : r.articles) input.articles.push_back(std::move(a));
    }

    // One write transaction per article; re-running this program is a no-op.
    const cc::report report = engine.ingest(input);
    for (const auto& a : report.articles) {
      std::cout << a.meta.path << ": " << a.facts.size() << " facts"
                << (a.already_stored ? " (already stored)" : "") << '\n';
    }
    for (const auto& f : report.findings) {
      std::cout << cc::to_string(f.sev) << " [" << f.rule << "] " << f.message << '\n';
    }

    // The history of one series, ordered by period, then publication date.
    cc::history_query q;
    q.entity = "CHN+KAZ";
    q.metric = "trade_volume";
    for (const auto& f : engine.history(q)) {
      std::cout << f.when.str() << "  " << f.value.stated << "  (" << f.article.substr(0, 12)
                << ")\n";
    }

    const cc::store_stats s = engine.db().stats();
    std::cout << s.articles << " articles, " << s.facts << " facts in " << opts.store.dir.string() << '\n';

    // The whole database as JSON Lines (what `claimcheck export` writes).
    (void)cc::export_jsonl(engine.db(), std::cerr);
  } catch (const claimcheck::error& e) {
    std::cerr << "embed: " << e.what() << '\n';
    return e.exit_status();
  }
  return 0;
}
