// Output checks for the report fuzz target and tests: terminal safety, UTF-8
// validity and a strict-enough XML well-formedness scan.
#include "tests/fuzz/output_check.hpp"

#include <vector>

namespace claimcheck::fuzz {
namespace {

unsigned char at(std::string_view s, std::size_t i) {
  return i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
}

bool name_start(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' || c >= 0x80;
}
bool name_char(unsigned char c) {
  return name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}
bool space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

class xml_scanner {
 public:
  explicit xml_scanner(std::string_view s) : s_(s) {}

  std::string run() {
    if (auto e = utf8_error(s_); !e.empty()) return e;
    for (std::size_t i = 0; i < s_.size(); ++i) {
      const auto c = at(s_, i);
      if (c < 0x20 && !space(c)) return "control byte " + std::to_string(c) + " at " + std::to_string(i);
    }
    int roots = 0;
    while (i_ < s_.size()) {
      if (at(s_, i_) != '<') {
        const std::size_t start = i_;
        if (auto e = text('<'); !e.empty()) return e;
        if (open_.empty()) {
          for (std::size_t k = start; k < i_; ++k) {
            if (!space(at(s_, k))) return "text outside the root element at " + std::to_string(k);
          }
        }
        continue;
      }
      if (s_.substr(i_, 4) == "<!--") {
        if (!skip_past("-->")) return "unterminated comment";
      } else if (s_.substr(i_, 9) == "<![CDATA[") {
        if (open_.empty()) return "CDATA outside the root element";
        if (!skip_past("]]>")) return "unterminated CDATA";
      } else if (s_.substr(i_, 2) == "<?") {
        if (!skip_past("?>")) return "unterminated processing instruction";
      } else if (s_.substr(i_, 2) == "<!") {
        if (!skip_past(">")) return "unterminated declaration";
      } else if (s_.substr(i_, 2) == "</") {
        i_ += 2;
        const std::string n = name();
        if (n.empty()) return "bad closing tag at " + std::to_string(i_);
        while (space(at(s_, i_))) ++i_;
        if (at(s_, i_) != '>') return "bad closing tag </" + n;
        ++i_;
        if (open_.empty() || open_.back() != n) return "mismatched </" + n + ">";
        open_.pop_back();
      } else {
        ++i_;
        const std::string n = name();
        if (n.empty()) return "bad tag at " + std::to_string(i_);
        if (open_.empty() && ++roots > 1) return "more than one root element";
        if (auto e = attributes(); !e.empty()) return "<" + n + ">: " + e;
        if (at(s_, i_) == '/') {
          ++i_;
          if (at(s_, i_) != '>') return "bad empty tag <" + n;
          ++i_;
        } else if (at(s_, i_) == '>') {
          ++i_;
          open_.push_back(n);
        } else {
          return "bad tag <" + n;
        }
      }
    }
    if (!open_.empty()) return "unclosed <" + open_.back() + ">";
    if (roots == 0) return "no root element";
    return {};
  }

 private:
  bool skip_past(std::string_view end) {
    const std::size_t k = s_.find(end, i_ + 2);
    if (k == std::string_view::npos) return false;
    i_ = k + end.size();
    return true;
  }
  std::string name() {
    std::string n;
    if (!name_start(at(s_, i_))) return n;
    while (i_ < s_.size() && name_char(at(s_, i_))) n += s_[i_++];
    return n;
  }
  // Character data up to `stop` (or the end): '&' must start a reference.
  std::string text(char stop) {
    while (i_ < s_.size() && s_[i_] != stop) {
      if (s_[i_] == '<') return "'<' in an attribute value at " + std::to_string(i_);
      if (s_[i_] == '&') {
        const std::size_t semi = s_.find(';', i_);
        if (semi == std::string_view::npos || semi - i_ > 10) {
          return "bare '&' at " + std::to_string(i_);
        }
        const std::string_view ref = s_.substr(i_ + 1, semi - i_ - 1);
        bool ok = ref == "lt" || ref == "gt" || ref == "amp" || ref == "quot" || ref == "apos";
        if (!ok && ref.size() >= 2 && ref[0] == '#') {
          ok = true;
          const bool hex = ref[1] == 'x';
          if (hex && ref.size() == 2) ok = false;
          for (std::size_t k = hex ? 2 : 1; k < ref.size(); ++k) {
            const auto c = static_cast<unsigned char>(ref[k]);
            const bool digit = c >= '0' && c <= '9';
            const bool hexd = (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!digit && !(hex && hexd)) ok = false;
          }
        }
        if (!ok) return "bad reference &" + std::string(ref) + "; at " + std::to_string(i_);
        i_ = semi + 1;
        continue;
      }
      ++i_;
    }
    return {};
  }
  std::string attributes() {
    std::vector<std::string> seen;
    for (;;) {
      const std::size_t before = i_;
      while (space(at(s_, i_))) ++i_;
      const auto c = at(s_, i_);
      if (c == '/' || c == '>') return {};
      if (i_ == before) return "attributes not separated by space";
      const std::string n = name();
      if (n.empty()) return "bad attribute name at " + std::to_string(i_);
      for (const auto& s : seen) {
        if (s == n) return "duplicate attribute " + n;
      }
      seen.push_back(n);
      while (space(at(s_, i_))) ++i_;
      if (at(s_, i_) != '=') return "attribute " + n + " without a value";
      ++i_;
      while (space(at(s_, i_))) ++i_;
      const auto q = at(s_, i_);
      if (q != '"' && q != '\'') return "unquoted attribute " + n;
      ++i_;
      if (auto e = text(static_cast<char>(q)); !e.empty()) return e;
      if (at(s_, i_) != q) return "unterminated attribute " + n;
      ++i_;
    }
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::vector<std::string> open_;
};

}  // namespace

std::string control_byte(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = at(s, i);
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
      return "control byte " + std::to_string(c) + " at offset " + std::to_string(i);
    }
    if (c == 0xc2 && at(s, i + 1) >= 0x80 && at(s, i + 1) <= 0x9f) {
      return "C1 control at offset " + std::to_string(i);
    }
  }
  return {};
}

std::string utf8_error(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = at(s, i);
    std::size_t len = 0;
    unsigned cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      len = 2;
      cp = c & 0x1fu;
    } else if (c >= 0xe0 && c <= 0xef) {
      len = 3;
      cp = c & 0x0fu;
    } else if (c >= 0xf0 && c <= 0xf4) {
      len = 4;
      cp = c & 0x07u;
    } else {
      return "invalid UTF-8 at offset " + std::to_string(i);
    }
    for (std::size_t k = 1; k < len; ++k) {
      const auto d = at(s, i + k);
      if (i + k >= s.size() || (d & 0xc0u) != 0x80) {
        return "invalid UTF-8 at offset " + std::to_string(i);
      }
      cp = (cp << 6) | (d & 0x3fu);
    }
    const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      return "invalid UTF-8 at offset " + std::to_string(i);
    }
    i += len;
  }
  return {};
}

std::string xml_error(std::string_view s) { return xml_scanner(s).run(); }

}  // namespace claimcheck::fuzz
