// Placeholder reader: the whole file is one plain-text article.
#include "grammar/parse.hpp"

namespace claimcheck::grammar {
read_result read_articles(std::string_view path, std::string_view bytes) {
  read_result r;
  engine::article a;
  a.path = std::string(path);
  a.format = "text";
  a.text = std::string(bytes);
  a.id = engine::make_article_id(a);
  r.articles.push_back(std::move(a));
  return r;
}
}  // namespace claimcheck::grammar
