// The export/import stage: `claimcheck export` of a database to JSON Lines,
// `import` into an empty one, and a second export that must give the same
// bytes (the lossless round trip of issue #6). Run through the CLI, so it
// needs nothing but the command-line contract; skipped, with a message,
// while the binary has no export command.
#pragma once

#include <filesystem>

namespace claimcheck::bench {

void stage_transfer(const std::filesystem::path& db, bool once);

}  // namespace claimcheck::bench
