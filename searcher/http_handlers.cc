#include "searcher/http_handlers.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "corpus/error.h"
#include "searcher/html_quote_page.h"
#include "searcher/html_render.h"
#include "searcher/http_params.h"
#include "searcher/json_output.h"

namespace samizdat::searcher {
namespace {

constexpr std::string_view kHtml = "text/html; charset=utf-8";
constexpr std::string_view kJson = "application/json";
constexpr std::string_view kText = "text/plain; charset=utf-8";
constexpr std::string_view kOpenSearch = "application/opensearchdescription+xml";
constexpr std::string_view kDocPrefix = "/doc/";
constexpr std::string_view kApiDocPrefix = "/api/doc/";
constexpr std::string_view kStaticPrefix = "/static/";
constexpr std::string_view kQuotePrefix = "/quote/";

// Thrown for a path or id that names nothing; answered with 404.
class NotFound : public Error {
 public:
  explicit NotFound(const std::string& message) : Error(message) {}
};

struct Target {
  std::string path;
  QueryParams params;
};

[[nodiscard]] Target split_target(std::string_view target) {
  const auto question = target.find('?');
  Target split;
  split.path = percent_decode(target.substr(0, question), false);
  require_clean_text(split.path, "the path");
  if (question != std::string_view::npos) split.params = parse_query_string(target.substr(question + 1));
  return split;
}

[[nodiscard]] HttpResponse ok(std::string_view content_type, std::string body) {
  return {200, std::string(content_type), std::move(body), ""};
}

[[nodiscard]] HttpResponse json_ok(const nlohmann::ordered_json& object) {
  // Stored text is repaired to UTF-8 by the indexer; replace, never throw, if not.
  return ok(kJson, object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// Only a plain host[:port] is echoed into the OpenSearch description.
[[nodiscard]] std::string base_url(std::string_view host) {
  const bool plain = !host.empty() && std::all_of(host.begin(), host.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == ':' ||
           c == '[' || c == ']';
  });
  return "http://" + std::string(plain ? host : "localhost");
}

[[nodiscard]] std::string_view static_type(std::string_view name) {
  if (name.ends_with(".css")) return "text/css; charset=utf-8";
  return "application/octet-stream";
}

[[nodiscard]] bool wants_search(const PageSearch& page) {
  return !page.request.query.empty() || !page.request.filters.empty();
}

[[nodiscard]] DocumentView find_document(Searcher& searcher, const std::string& id) {
  auto view = searcher.show(id);
  if (!view) throw NotFound("there is no document '" + id + "'");
  return std::move(*view);
}

[[nodiscard]] HttpResponse search_page(const TemplateSet& templates, const Target& target,
                                       const SearcherSource& searcher) {
  const auto page = parse_page_search(target.params);
  if (!wants_search(page)) return ok(kHtml, render_search_page(templates, page, nullptr));
  const auto response = searcher().search(page.request);
  return ok(kHtml, render_search_page(templates, page, &response));
}

[[nodiscard]] HttpResponse doc_page(const TemplateSet& templates, const Target& target,
                                    const SearcherSource& searcher) {
  const auto page = parse_page_search(target.params);
  auto& archive = searcher();
  const auto view = find_document(archive, target.path.substr(kDocPrefix.size()));
  std::optional<corpus::Document> parent;
  if (!view.document.parent_id.empty()) {
    if (auto found = archive.show(view.document.parent_id)) parent = std::move(found->document);
  }
  return ok(kHtml, render_doc_page(templates, view, parent, page));
}

[[nodiscard]] HttpResponse quote_page(const TemplateSet& templates, const Target& target,
                                      const SearcherSource& searcher) {
  const auto cluster = target.path.substr(kQuotePrefix.size());
  auto page = render_quote_page(templates, searcher(), cluster);
  if (!page) throw NotFound("there is no quotation cluster '" + cluster + "'");
  return ok(kHtml, std::move(*page));
}

[[nodiscard]] HttpResponse api_search(const Target& target, const SearcherSource& searcher) {
  const auto request = parse_api_search(target.params);
  return json_ok(to_json(searcher().search(request), request.timeline));
}

[[nodiscard]] HttpResponse static_file(const TemplateSet& templates, const Target& target) {
  const auto name = std::string_view(target.path).substr(kStaticPrefix.size());
  const auto content = templates.static_file(name);
  if (!content) throw NotFound("there is no page " + target.path);
  return ok(static_type(name), std::string(*content));
}

}  // namespace

SiteHandlers::SiteHandlers(TemplateSet templates) : templates_(std::move(templates)) {}

HttpResponse SiteHandlers::handle(const HttpRequest& request, const SearcherSource& searcher) const {
  try {
    if (request.method != "GET" && request.method != "HEAD") {
      return error(request, 405, "only GET and HEAD are served, not " + request.method);
    }
    return route(request, searcher);
  } catch (const NotFound& e) {
    return error(request, 404, e.what());
  } catch (const InputError& e) {
    return error(request, 400, e.what());
  } catch (const std::exception& e) {
    auto response = error(request, 500, "the server could not answer this request");
    response.log_detail = e.what();
    return response;
  } catch (const Xapian::Error& e) {
    auto response = error(request, 500, "the server could not answer this request");
    response.log_detail = e.get_description();
    return response;
  }
}

HttpResponse SiteHandlers::route(const HttpRequest& request, const SearcherSource& searcher) const {
  const auto target = split_target(request.target);
  const std::string_view path = target.path;
  if (path == "/" || path == "/search") return search_page(templates_, target, searcher);
  if (path.starts_with(kDocPrefix)) return doc_page(templates_, target, searcher);
  if (path.starts_with(kQuotePrefix)) return quote_page(templates_, target, searcher);
  if (path == "/about") return ok(kHtml, render_about_page(templates_, searcher().stats()));
  if (path == "/api/search") return api_search(target, searcher);
  if (path.starts_with(kApiDocPrefix)) {
    return json_ok(to_json(find_document(searcher(), target.path.substr(kApiDocPrefix.size()))));
  }
  if (path == "/api/stats") return json_ok(to_json(searcher().stats()));
  if (path == "/healthz") return ok(kText, "ok");
  if (path == "/opensearch.xml") {
    return ok(kOpenSearch, render_opensearch(templates_, base_url(request.host)));
  }
  if (path.starts_with(kStaticPrefix)) return static_file(templates_, target);
  throw NotFound("there is no page " + target.path);
}

HttpResponse SiteHandlers::error(const HttpRequest& request, int status,
                                 const std::string& message) const {
  if (std::string_view(request.target).starts_with("/api/")) {
    const nlohmann::ordered_json object = {{"error", message}};
    return {status, std::string(kJson), object.dump(-1, ' ', false,
                                                   nlohmann::json::error_handler_t::replace), message};
  }
  // The page itself may fail to render (a broken --templates file): fall back to text.
  try {
    return {status, std::string(kHtml), render_error_page(templates_, status, message), message};
  } catch (const std::exception& e) {
    return {status, std::string(kText), message + "\n", message + "; " + e.what()};
  }
}

}  // namespace samizdat::searcher
