// @brief The /quote/CLUSTER page of samizdat-serve: one quoted passage and
// every place the archive quotes it.
#ifndef SAMIZDAT_SEARCHER_HTML_QUOTE_PAGE_H_
#define SAMIZDAT_SEARCHER_HTML_QUOTE_PAGE_H_

#include <optional>
#include <string>

#include "searcher/http_templates.h"
#include "searcher/searcher.h"

namespace samizdat::searcher {

// Most places listed on one quote page.
inline constexpr std::size_t kMaxQuotePlaces = 500;

// The link from a document page to the quote page of `cluster`.
[[nodiscard]] std::string quote_href(const std::string& cluster);

// The page of `cluster`: its canonical text, counts, years and sources, then
// each quotation of it, oldest first (up to kMaxQuotePlaces): the quoting
// document (linked), date, publication and the citation as given. nullopt
// when the archive has no quotation in that cluster.
// @exception as Searcher::search and Searcher::show; std::out_of_range when
//            the "quote" template is missing.
[[nodiscard]] std::optional<std::string> render_quote_page(const TemplateSet& templates,
                                                           Searcher& searcher,
                                                           const std::string& cluster);

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_HTML_QUOTE_PAGE_H_
