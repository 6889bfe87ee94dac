// The document page of render_doc_page (html_render.h): text, metadata,
// quotations and comments.
#include "corpus/language_info.h"
#include "searcher/hit_builder.h"
#include "searcher/html_highlight.h"
#include "searcher/html_quote_page.h"
#include "searcher/html_render.h"
#include "searcher/html_render_internal.h"
#include "searcher/json_output.h"

namespace samizdat::searcher {
namespace {

using html::data;
using html::set_if;

[[nodiscard]] std::string join_tags(const std::vector<std::string>& values) {
  std::string joined;
  for (const auto& value : values) joined += (joined.empty() ? "" : ", ") + value;
  return joined;
}

// Only web links become links: a "javascript:" URL in a document stays text.
[[nodiscard]] bool is_web_url(std::string_view url) {
  return url.starts_with("http://") || url.starts_with("https://");
}

void add_field(data& fields, std::string_view name, const std::string& value,
               bool link = false) {
  if (value.empty()) return;
  data field;
  field.set("name", std::string(name));
  field.set("value", value);
  if (link && is_web_url(value)) field.set("href", value);
  fields.push_back(field);
}

[[nodiscard]] data metadata(const corpus::Document& document) {
  data fields{data::type::list};
  add_field(fields, "Type", std::string(corpus::to_string(document.type)));
  add_field(fields, "Date", document.date.iso());
  add_field(fields, "Publication", document.publication);
  add_field(fields, document.authors.size() > 1 ? "Authors" : "Author",
            join_authors(document.authors));
  add_field(fields, "Language", corpus::language_name(document.language));
  add_field(fields, "Tags", join_tags(document.tags));
  add_field(fields, "Source", document.source);
  add_field(fields, "Link", document.url, true);
  add_field(fields, "File", document.path);
  for (const auto& [name, value] : document.extra) add_field(fields, html::field_label(name), value);
  return fields;
}

[[nodiscard]] data paragraphs(const std::string& text, const std::vector<std::string>& words) {
  data list{data::type::list};
  for (const auto paragraph : split_paragraphs(text)) {
    data item;
    item.set("html", highlight_html(paragraph, words));
    list.push_back(item);
  }
  return list;
}

// The paragraphs of an article's text, where a paragraph that is one of its
// section headings (the document's sections, in text order) is marked as
// such, with an anchor ("s1", "s2", …) that `contents` lists with its heading.
[[nodiscard]] data text_paragraphs(const corpus::Document& document, const std::vector<std::string>& words,
                                   data& contents) {
  data list{data::type::list};
  const auto& sections = document.sections;
  std::size_t next = 0;
  for (const auto paragraph : split_paragraphs(document.text)) {
    const auto offset = static_cast<std::size_t>(paragraph.data() - document.text.data());
    while (next < sections.size() && sections[next].offset < offset) ++next;
    data item;
    item.set("html", highlight_html(paragraph, words));
    if (next < sections.size() && sections[next].offset == offset && sections[next].heading == paragraph) {
      const std::string anchor = "s" + std::to_string(next + 1);
      item.set("heading", true);
      item.set("anchor", anchor);
      data entry;
      entry.set("anchor", anchor);
      entry.set("heading", sections[next].heading);
      contents.push_back(entry);
    }
    list.push_back(item);
  }
  return list;
}

[[nodiscard]] data child_data(const corpus::Document& child, const std::vector<std::string>& words,
                              const html::SearchLinks& links, const DocumentView& view) {
  data item;
  if (const auto cluster = view.clusters.find(child.id); cluster != view.clusters.end()) {
    item.set("quote_href", quote_href(cluster->second));
  }
  item.set("anchor", html::child_anchor(child.id));
  item.set("href", links.document(child.id));
  item.set("paragraphs", paragraphs(child.text, words));
  set_if(item, "author", join_authors(child.authors));
  set_if(item, "speaker", join_authors(child.authors));
  set_if(item, "date", child.date.iso());
  set_if(item, "source", child.source);
  return item;
}

void add_children(data& page, const std::string& name, const std::vector<corpus::Document>& children,
                  const std::vector<std::string>& words, const html::SearchLinks& links,
                  const DocumentView& view) {
  data list{data::type::list};
  for (const auto& child : children) list.push_back(child_data(child, words, links, view));
  page.set("has_" + name, !children.empty());
  page.set(name, list);
  page.set(name.substr(0, name.size() - 1) + "_count", html::format_count(children.size()));
}

}  // namespace

std::string render_doc_page(const TemplateSet& templates, const DocumentView& view,
                            const std::optional<corpus::Document>& parent, const PageSearch& page) {
  const html::SearchLinks links(page.params);
  const auto words = highlight_words(page.query);
  const auto& document = view.document;
  SearchHit hit = make_hit(document);
  if (parent) hit.parent_title = parent->title;
  const auto title = display_title(hit);
  data page_data;
  page_data.set("title", title);
  page_data.set("back_href", links.results());
  page_data.set("fields", metadata(document));
  data contents{data::type::list};
  page_data.set("paragraphs", text_paragraphs(document, words, contents));
  // A list of contents helps from two sections on.
  page_data.set("has_contents", contents.is_list() && contents.list_value().size() >= 2);
  page_data.set("contents", contents);
  if (parent) {
    data parent_data;
    parent_data.set("title", display_title(make_hit(*parent)));
    parent_data.set("href", links.document(parent->id));
    page_data.set("parent", parent_data);
  }
  add_children(page_data, "quotations", view.quotations, words, links, view);
  add_children(page_data, "comments", view.comments, words, links, view);
  if (const auto cluster = view.clusters.find(document.id); cluster != view.clusters.end()) {
    page_data.set("quote_href", quote_href(cluster->second));
  }
  return html::render_in_layout(templates, "doc", page_data, title, page.query);
}

}  // namespace samizdat::searcher
