// @brief The HTML pages (and the OpenSearch description) of samizdat-serve,
// rendered from the searcher's results with the page templates.
#ifndef SAMIZDAT_SEARCHER_HTML_RENDER_H_
#define SAMIZDAT_SEARCHER_HTML_RENDER_H_

#include <optional>
#include <string>
#include <string_view>

#include "corpus/document.h"
#include "searcher/http_params.h"
#include "searcher/http_templates.h"
#include "searcher/search_request.h"
#include "searcher/searcher.h"

namespace samizdat::searcher {

// Every renderer escapes all text it is given except SearchHit::snippet,
// which the searcher has already escaped. Thread-safe (const inputs only).

// The search page: the form keeping `page`'s query, and when `response` is
// given its results, facets, timeline and paging (the blank start page otherwise).
[[nodiscard]] std::string render_search_page(const TemplateSet& templates, const PageSearch& page,
                                             const SearchResponse* response);

// A document with its metadata, comments and quotations, the query's words
// highlighted, and a link back to the search `page` came from. `parent` is
// the article a comment or quotation belongs to, when it was found.
[[nodiscard]] std::string render_doc_page(const TemplateSet& templates, const DocumentView& view,
                                          const std::optional<corpus::Document>& parent,
                                          const PageSearch& page);

// The archive's statistics.
[[nodiscard]] std::string render_about_page(const TemplateSet& templates,
                                            const ArchiveStats& stats);

// An error page: "400 Bad request" and the message, say.
[[nodiscard]] std::string render_error_page(const TemplateSet& templates, int status,
                                            std::string_view message);

// The OpenSearch description, with URLs under `base` ("http://host:port").
[[nodiscard]] std::string render_opensearch(const TemplateSet& templates, std::string_view base);

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_HTML_RENDER_H_
