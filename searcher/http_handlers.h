// @brief The pages and API of samizdat-serve as plain functions from a
// request to a response, so they can be tested without sockets.
#ifndef SAMIZDAT_SEARCHER_HTTP_HANDLERS_H_
#define SAMIZDAT_SEARCHER_HTTP_HANDLERS_H_

#include <functional>
#include <string>

#include "searcher/http_templates.h"
#include "searcher/searcher.h"

namespace samizdat::searcher {

struct HttpRequest {
  std::string method = "GET";
  std::string target;  // as sent, still percent-encoded: "/search?q=a+b"
  std::string host;    // the Host header, for absolute URLs ("" when absent)
};

struct HttpResponse {
  int status = 200;
  std::string content_type;
  std::string body;
  std::string log_detail;  // why a request failed, for the server log only
};

// Gives the Searcher for this request; called at most once per request, and
// only by handlers that need the archive (not for /healthz or static files).
using SearcherSource = std::function<Searcher&()>;

// Routes: / and /search (results page), /doc/ID, /quote/CLUSTER, /about, /api/search,
// /api/doc/ID, /api/stats, /healthz, /opensearch.xml, /static/NAME.
class SiteHandlers {
 public:
  explicit SiteHandlers(TemplateSet templates);

  // Answers one request; never throws. A malformed request or a query the
  // searcher rejects gets 400, an unknown path or id 404, a method other than
  // GET or HEAD 405, and any other failure 500 (an HTML page, or for /api/ a
  // JSON object {"error": MESSAGE}). Thread-safe.
  [[nodiscard]] HttpResponse handle(const HttpRequest& request,
                                    const SearcherSource& searcher) const;

 private:
  [[nodiscard]] HttpResponse route(const HttpRequest& request,
                                   const SearcherSource& searcher) const;
  [[nodiscard]] HttpResponse error(const HttpRequest& request, int status,
                                   const std::string& message) const;

  TemplateSet templates_;
};

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_HTTP_HANDLERS_H_
