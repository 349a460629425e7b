// `--help` examples: a footer for the tool and for each command it knows,
// so that every command's help ends with commands to copy.
#pragma once

namespace CLI {
class App;
}

namespace claimcheck::cli {

// Sets the footer of `app` and of each of its subcommands that has
// examples (mentions, extract, ingest, check, history, facts, articles,
// stats, audit, retract, export, import, rules).
void add_examples(CLI::App& app);

}  // namespace claimcheck::cli
