#include "searcher/html_quote_page.h"

#include <map>
#include <utility>

#include "searcher/hit_builder.h"
#include "searcher/html_render_internal.h"
#include "searcher/html_timeline.h"
#include "searcher/http_params.h"

namespace samizdat::searcher {
namespace {

using html::data;
using html::set_if;

[[nodiscard]] std::string year_text(int year) {
  return year == 0 ? "an unknown year" : std::to_string(year);
}

[[nodiscard]] data cluster_data(const ClusterInfo& cluster) {
  data page;
  page.set("text", cluster.canonical_text);
  page.set("quoted_in", html::format_count(cluster.quoted_in));
  page.set("first_year", year_text(cluster.first_year));
  page.set("last_year", year_text(cluster.last_year));
  data sources{data::type::list};
  for (const auto& source : cluster.sources) sources.push_back(data(source));
  page.set("has_sources", !cluster.sources.empty());
  page.set("sources", sources);
  return page;
}

// The title of a quotation's article, looked up once per article.
class ParentTitles {
 public:
  explicit ParentTitles(Searcher& searcher) : searcher_(searcher) {}

  [[nodiscard]] const std::string& title(const std::string& id) {
    auto found = titles_.find(id);
    if (found != titles_.end()) return found->second;
    const auto view = searcher_.show(id);
    std::string title = view ? display_title(make_hit(view->document)) : id;
    return titles_.emplace(id, std::move(title)).first->second;
  }

 private:
  Searcher& searcher_;
  std::map<std::string, std::string> titles_;
};

[[nodiscard]] data place_data(const SearchHit& hit, ParentTitles& titles) {
  const std::string& article = hit.parent.empty() ? hit.id : hit.parent;
  const html::SearchLinks links(QueryParams{});
  data place;
  place.set("title", titles.title(article));
  place.set("href", links.hit(hit));
  set_if(place, "date", hit.date);
  set_if(place, "publication", hit.publication);
  set_if(place, "citation", hit.source);
  return place;
}

}  // namespace

std::string quote_href(const std::string& cluster) { return "/quote/" + percent_encode(cluster); }

std::optional<std::string> render_quote_page(const TemplateSet& templates, Searcher& searcher,
                                             const std::string& cluster) {
  SearchRequest request;
  request.filters = {{"type", "quotation"}, {"cluster", cluster}};
  request.sort = SortOrder::kDate;
  request.limit = kMaxQuotePlaces;
  request.snippets = false;
  request.timeline = true;
  const auto response = searcher.search(request);
  if (response.results.empty() || !response.results.front().cluster) return std::nullopt;
  data page = cluster_data(*response.results.front().cluster);
  // Each bar lists that year's quotations of the passage on the results page.
  const html::SearchLinks year_links(QueryParams{{"filter", "type=quotation"}, {"filter", "cluster=" + cluster}});
  const auto timeline = html::timeline_data(response.timeline, year_links,
                                            [](const std::string&) { return false; });
  if (timeline) page.set("timeline", *timeline);
  ParentTitles titles(searcher);
  data places{data::type::list};
  for (const auto& hit : response.results) places.push_back(place_data(hit, titles));
  page.set("places", places);
  return html::render_in_layout(templates, "quote", page, "Quotation", std::nullopt);
}

}  // namespace samizdat::searcher
