// claimcheck::error: the one exception type for environment and data
// failures (I/O, a corrupt or full store, a bad rules file). Expected
// outcomes (no claim found, a missing key) are values, never exceptions.
#pragma once

#include <stdexcept>
#include <string>

namespace claimcheck {

enum class error_code {
  usage,     // bad arguments: exit status 2
  input,     // an input file cannot be read or is not an article: 2
  rules,     // a rules or lexicon file does not parse: 2
  database,  // the store cannot be opened, read or written: 3
  io,        // output or other I/O failure: 3
};

class error : public std::runtime_error {
 public:
  // origin names the file, database or component; message says what is wrong.
  error(error_code code, std::string origin, const std::string& message)
      : std::runtime_error(origin.empty() ? message : origin + ": " + message),
        code_(code), origin_(std::move(origin)) {}

  [[nodiscard]] error_code code() const { return code_; }
  [[nodiscard]] const std::string& origin() const { return origin_; }
  // The command-line exit status for this error (DESIGN.md).
  [[nodiscard]] int exit_status() const {
    return code_ == error_code::database || code_ == error_code::io ? 3 : 2;
  }

 private:
  error_code code_;
  std::string origin_;
};

}  // namespace claimcheck
