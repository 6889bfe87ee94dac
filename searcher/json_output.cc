#include "searcher/json_output.h"

#include "searcher/quotation_clusters.h"

namespace samizdat::searcher {
namespace {

using Json = nlohmann::ordered_json;

[[nodiscard]] Json hit_json(const SearchHit& hit) {
  Json json{{"id", hit.id},
            {"type", hit.type},
            {"title", hit.title},
            {"date", hit.date},
            {"year", hit.year},
            {"publication", hit.publication},
            {"author", join_authors(hit.authors)},
            {"language", hit.language},
            {"path", hit.path},
            {"parent", hit.parent},
            {"parent_title", hit.parent_title},
            {"source", hit.source},
            {"score", hit.score},
            {"rank", hit.rank},
            {"snippet", hit.snippet}};
  if (hit.cluster) json["cluster"] = to_json(*hit.cluster);
  return json;
}

[[nodiscard]] Json counts_json(const std::map<std::string, FacetCounts>& counts) {
  Json fields = Json::object();
  for (const auto& [field, values] : counts) {
    Json field_counts = Json::object();
    for (const auto& [value, count] : values) field_counts[value] = count;
    fields[field] = std::move(field_counts);
  }
  return fields;
}

[[nodiscard]] Json document_json(const corpus::Document& document) {
  Json sections = Json::array();
  for (const auto& section : document.sections) {
    sections.push_back(Json{{"heading", section.heading}, {"offset", section.offset}});
  }
  return Json{{"id", document.id},
              {"type", std::string(corpus::to_string(document.type))},
              {"title", document.title},
              {"authors", document.authors},
              {"date", document.date.iso()},
              {"publication", document.publication},
              {"language", document.language},
              {"tags", document.tags},
              {"url", document.url},
              {"path", document.path},
              {"parent", document.parent_id},
              {"source", document.source},
              {"sections", std::move(sections)},
              {"extra", Json(document.extra)},
              {"text", document.text}};
}

[[nodiscard]] Json documents_json(const std::vector<corpus::Document>& documents) {
  Json list = Json::array();
  for (const auto& document : documents) list.push_back(document_json(document));
  return list;
}

}  // namespace

std::string join_authors(const std::vector<std::string>& authors) {
  std::string joined;
  for (const auto& author : authors) joined += (joined.empty() ? "" : "; ") + author;
  return joined;
}

Json to_json(const SearchResponse& response, bool with_timeline) {
  Json results = Json::array();
  for (const auto& hit : response.results) results.push_back(hit_json(hit));
  Json json{{"query", response.query},
            {"corrected", response.corrected ? Json(*response.corrected) : Json(nullptr)},
            {"unknown_fields", response.unknown_fields},
            {"total", response.total},
            {"total_exact", response.total_exact},
            {"offset", response.offset},
            {"limit", response.limit},
            {"took_ms", response.took_ms},
            {"results", std::move(results)},
            {"facets", counts_json(response.facets)},
            {"facets_exact", response.facets_exact}};
  if (with_timeline) json["timeline"] = Json(response.timeline);
  return json;
}

Json to_json(const DocumentView& view) {
  Json json = document_json(view.document);
  json["comments"] = documents_json(view.comments);
  json["quotations"] = documents_json(view.quotations);
  return json;
}

Json to_json(const ArchiveStats& stats) {
  return Json{{"documents", stats.documents},
              {"counts", counts_json(stats.counts)},
              {"index_bytes", stats.index_bytes},
              {"compressed_text_bytes", stats.compressed_text_bytes},
              {"raw_text_bytes", stats.raw_text_bytes}};
}

}  // namespace samizdat::searcher
