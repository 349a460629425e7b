// Article ids: the hash of what makes the article itself, so re-reading the
// same content from another path is the same article.
#include "engine/model/article.hpp"

#include "engine/model/hash.hpp"

namespace claimcheck::engine {

std::string make_article_id(const article& a) {
  std::string key;
  key.reserve(a.text.size() + a.title.size() + 64);
  key += a.title;
  key += '\x1f';
  key += a.published_text;
  key += '\x1f';
  key += a.url;
  key += '\x1f';
  key += a.text;
  return hash128_hex(key);
}

}  // namespace claimcheck::engine
