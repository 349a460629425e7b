// HTML pages, parsed with gumbo (a real HTML5 parser). The article body is
// the <article> element (else <main>, else an element marked as the article
// body, else <body>), with boilerplate left out: scripts, styles,
// navigation, headers, footers, asides, forms, figures' captions and
// elements whose class or id names navigation, sharing, comments, ads and
// the like. The article's text has the same length as the file: every byte
// outside the kept text is a space (newlines stay, so lines match the file),
// each kept text node sits at its own offset, and a block element's tag
// becomes U+2029 (paragraph separator) so that sentences end there.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "grammar/readers/readers.hpp"

namespace claimcheck::grammar::readers {
namespace {

GumboNode* child(const GumboVector& v, unsigned i) { return static_cast<GumboNode*>(v.data[i]); }

std::string_view attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a != nullptr ? std::string_view(a->value) : std::string_view{};
}

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

bool is_boilerplate_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HEAD: case GUMBO_TAG_MENU:
    case GUMBO_TAG_TITLE: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT: case GUMBO_TAG_LABEL:
      return true;
    default:
      return false;
  }
}

bool is_block_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_BR: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_PRE: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_HR: case GUMBO_TAG_FIGURE: case GUMBO_TAG_CAPTION:
      return true;
    default:
      return false;
  }
}

// class or id naming page furniture rather than the story.
bool is_boilerplate_class(const GumboNode* n) {
  static constexpr std::string_view kWords[] = {
      "nav", "menu", "footer", "sidebar", "comment", "share", "social", "related", "advert",
      "promo", "cookie", "subscribe", "newsletter", "breadcrumb", "banner", "widget", "popup",
      "recommend", "more-stories", "tags", "trending", "most-read", "popular", "ticker"};
  for (const char* a : {"class", "id", "role"}) {
    const std::string v = lower(attr(n, a));
    if (v.empty()) continue;
    for (std::string_view w : kWords) {
      const auto at = v.find(w);
      if (at == std::string::npos) continue;
      // "nav" inside "canvas" is not navigation: require a word start.
      if (at == 0 || !std::isalpha(static_cast<unsigned char>(v[at - 1]))) return true;
    }
    if (v == "navigation" || v == "contentinfo" || v == "complementary") return true;
  }
  return false;
}

struct html_reader {
  std::string_view bytes;
  std::string out;
  engine::article& a;

  void mark_break(std::size_t offset, std::size_t tag_len) {
    if (tag_len < 3 || offset + 3 > out.size()) return;
    if (std::memchr(bytes.data() + offset, '\n', 3) != nullptr) return;
    out.replace(offset, 3, "\xE2\x80\xA9");
  }

  void put_text(const GumboNode* n) {
    const GumboText& t = n->v.text;
    const std::size_t at = t.start_pos.offset;
    const std::size_t len = t.original_text.length;
    if (at + len > out.size()) return;
    const std::string_view decoded(t.text);
    // Decoded text is never longer than its source (entities shrink), but
    // where gumbo decodes one control byte (such as the substitute of a bad
    // byte, readers.hpp) as U+FFFD: each is put back as one kSubstitute.
    // Code points are copied whole, and one that would cover a newline of
    // the source or run past the node is left out, so that the text stays
    // valid UTF-8 even where gumbo merged text around an ignored tag and
    // the decoded text no longer lines up with the source. A newline in the
    // source stays a line break.
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < len && j < decoded.size()) {
      const auto b = static_cast<unsigned char>(bytes[at + i]);
      if ((b < 0x20 || b == 0x7F) && decoded.substr(j, 3) == "\xEF\xBF\xBD") {
        out[at + i] = kSubstitute;
        ++i;
        j += 3;
        continue;
      }
      const auto d = static_cast<unsigned char>(decoded[j]);
      const std::size_t cp_len = d < 0x80 ? 1 : d < 0xE0 ? 2 : d < 0xF0 ? 3 : 4;
      if (i + cp_len > len || j + cp_len > decoded.size()) break;
      if (cp_len == 1) {
        const char c = decoded[j];
        out[at + i] = (c == '\n' || c == '\r' || c == '\t' || c == '\0') ? ' ' : c;
      } else if (std::memchr(bytes.data() + at + i, '\n', cp_len) == nullptr) {
        std::memcpy(out.data() + at + i, decoded.data() + j, cp_len);
      }
      i += cp_len;
      j += cp_len;
    }
    for (std::size_t k = 0; k < len; ++k) {
      if (bytes[at + k] == '\n') out[at + k] = '\n';
    }
  }

  void walk(const GumboNode* n) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      put_text(n);
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& e = n->v.element;
    if (is_boilerplate_tag(e.tag) || is_boilerplate_class(n)) return;
    const bool block = is_block_tag(e.tag);
    if (block) mark_break(e.start_pos.offset, e.original_tag.length);
    for (unsigned i = 0; i < e.children.length; ++i) walk(child(e.children, i));
    if (block) mark_break(e.end_pos.offset, e.original_end_tag.length);
  }

  void meta(const GumboNode* n) {
    if (n->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& e = n->v.element;
    if (e.tag == GUMBO_TAG_META) {
      const std::string key = lower(!attr(n, "property").empty() ? attr(n, "property")
                                    : !attr(n, "name").empty()   ? attr(n, "name")
                                                                 : attr(n, "itemprop"));
      const std::string_view content = trim(attr(n, "content"));
      if (key == "og:title" && a.title.empty()) {
        a.title = std::string(content);
      } else if ((key == "article:published_time" || key == "pubdate" || key == "date" ||
                  key == "datepublished" || key == "publishdate" || key == "dc.date") &&
                 a.published_text.empty()) {
        a.published_text = std::string(content);
      } else if (key == "og:site_name" && a.source.empty()) {
        a.source = std::string(content);
      } else if (key == "og:url" && a.url.empty()) {
        a.url = std::string(content);
      }
    } else if (e.tag == GUMBO_TAG_LINK && lower(attr(n, "rel")) == "canonical") {
      a.url = std::string(trim(attr(n, "href")));
    } else if (e.tag == GUMBO_TAG_TIME && a.published_text.empty() &&
               !attr(n, "datetime").empty()) {
      a.published_text = std::string(trim(attr(n, "datetime")));
    } else if (e.tag == GUMBO_TAG_TITLE && e.children.length > 0 && title_tag.empty()) {
      const GumboNode* c = child(e.children, 0);
      if (c->type == GUMBO_NODE_TEXT) title_tag = trim(std::string_view(c->v.text.text));
    } else if (e.tag == GUMBO_TAG_H1 && h1.empty()) {
      h1 = text_of(n);
    }
    for (unsigned i = 0; i < e.children.length; ++i) meta(child(e.children, i));
  }

  static std::string text_of(const GumboNode* n) {
    if (n->type == GUMBO_NODE_TEXT) return n->v.text.text;
    if (n->type != GUMBO_NODE_ELEMENT) return {};
    std::string s;
    for (unsigned i = 0; i < n->v.element.children.length; ++i) {
      s += text_of(child(n->v.element.children, i));
    }
    return std::string(trim(s));
  }

  std::string title_tag;
  std::string h1;
};

// The element holding the story: the <article> with the most text, else
// <main>, else an element marked as the article body, else <body>.
const GumboNode* find_by(const GumboNode* n, bool (*pred)(const GumboNode*)) {
  if (n->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (pred(n)) return n;
  for (unsigned i = 0; i < n->v.element.children.length; ++i) {
    if (const GumboNode* r = find_by(child(n->v.element.children, i), pred)) return r;
  }
  return nullptr;
}

}  // namespace

void read_html(std::string_view path, std::string_view bytes, read_result& out) {
  engine::article a;
  a.path = std::string(path);
  a.format = "html";
  GumboOutput* doc =
      gumbo_parse_with_options(&kGumboDefaultOptions, bytes.data(), bytes.size());
  html_reader r{bytes, std::string(bytes.size(), ' '), a, {}, {}};
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\n') r.out[i] = '\n';
  }
  r.meta(doc->root);
  const GumboNode* story = find_by(doc->root, [](const GumboNode* n) {
    return n->v.element.tag == GUMBO_TAG_ARTICLE;
  });
  if (story == nullptr) {
    story = find_by(doc->root, [](const GumboNode* n) {
      const std::string_view ip = attr(n, "itemprop");
      return n->v.element.tag == GUMBO_TAG_MAIN || ip == "articleBody";
    });
  }
  if (story == nullptr) {
    story = find_by(doc->root, [](const GumboNode* n) { return n->v.element.tag == GUMBO_TAG_BODY; });
  }
  if (story != nullptr) {
    // The story element itself may carry a class such as "post-share-wrapper";
    // only its descendants are judged as boilerplate.
    const GumboElement& e = story->v.element;
    for (unsigned i = 0; i < e.children.length; ++i) r.walk(child(e.children, i));
  }
  gumbo_destroy_output(&kGumboDefaultOptions, doc);
  if (a.title.empty()) a.title = !r.h1.empty() ? r.h1 : r.title_tag;
  if (!a.published_text.empty()) {
    a.published = parse_published(a.published_text);
    if (!a.published) {
      out.diagnostics.push_back({std::string(path), 0, 0,
                                 "publication date not understood: \"" + a.published_text + "\"",
                                 false});
    }
  }
  a.text = std::move(r.out);
  a.id = engine::make_article_id(a);
  out.articles.push_back(std::move(a));
}

}  // namespace claimcheck::grammar::readers
