// Export and import of a whole store as JSON Lines (DESIGN.md "Command
// line": `export` / `import`): the path out to other tools and back in.
//
// The stream is one JSON object per line, keys sorted, in this order:
//   {"claimcheck_export":1}                                  header (format version)
//   {"type":"article","article":{...,"text":...},"state":"current", ...}
//   {"type":"fact","fact":{...}}                             its facts
//   ... every article in ingestion order, each followed by its facts ...
//   {"type":"derived","fact":{...}}                          derived facts
//   {"type":"finding","finding":{...}}                       findings
// Superseded and retracted articles are exported with their state, so the
// round trip is lossless: export, import into an empty database, export
// again gives the same bytes. Both directions stream in constant memory
// (one article at a time; import commits in bounded batches).
#pragma once

#include <cstdint>
#include <istream>
#include <ostream>
#include <string>

#include "engine/store/store.hpp"

namespace claimcheck::engine {

struct transfer_counts {
  std::uint64_t articles = 0;  // imported: new ones only (existing are skipped)
  std::uint64_t facts = 0;
  std::uint64_t derived = 0;
  std::uint64_t findings = 0;
};

// Writes the store to out. Throws claimcheck::error (io) when out fails,
// (database) when the store cannot be read.
transfer_counts export_jsonl(const store& s, std::ostream& out);

// Reads what export_jsonl wrote. Articles already stored are skipped (with
// their facts); derived facts and findings are appended. Throws
// claimcheck::error (input) naming origin and the line number for a line
// that is not a valid record; the articles before it stay imported.
transfer_counts import_jsonl(store& s, std::istream& in, const std::string& origin);

}  // namespace claimcheck::engine
