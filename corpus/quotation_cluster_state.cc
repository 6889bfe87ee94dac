// The persisted form of QuotationClusterer: serialise() and deserialise().
#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/error.h"
#include "corpus/quotation_cluster.h"

namespace samizdat::corpus {

namespace {

constexpr int kStateVersion = 1;

ArchiveError state_error(const std::string& reason) {
  return ArchiveError("cannot read quotation clusters: " + reason);
}

}  // namespace

std::string QuotationClusterer::serialise() const {
  std::vector<const Member*> ordered;
  ordered.reserve(members_.size());
  for (const auto& entry : members_) ordered.push_back(&entry.second);
  std::sort(ordered.begin(), ordered.end(),
            [](const Member* a, const Member* b) { return a->seq < b->seq; });
  nlohmann::json quotations = nlohmann::json::array();
  for (const Member* member : ordered) {
    quotations.push_back({{"doc", member->record.doc_id},
                          {"text", member->record.text},
                          {"citation", member->record.citation},
                          {"year", member->record.year},
                          {"publication", member->record.publication},
                          {"cluster", member->cluster}});
  }
  const nlohmann::json state = {{"version", kStateVersion}, {"quotations", std::move(quotations)}};
  return state.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The stored assignment is restored as it was, not recomputed: ids and
// groups stay exactly as the previous run left them.
QuotationClusterer QuotationClusterer::deserialise(std::string_view state) {
  const nlohmann::json json = nlohmann::json::parse(state, nullptr, false);
  if (json.is_discarded() || !json.is_object()) throw state_error("not a JSON object");
  QuotationClusterer clusterer;
  try {
    const int version = json.at("version").get<int>();
    if (version != kStateVersion) {
      throw state_error("version " + std::to_string(version) + ", expected " +
                        std::to_string(kStateVersion));
    }
    for (const nlohmann::json& entry : json.at("quotations")) {
      const QuotationRecord record{
          entry.at("doc").get<std::string>(), entry.at("text").get<std::string>(),
          entry.at("citation").get<std::string>(), entry.at("year").get<int>(),
          entry.at("publication").get<std::string>()};
      if (clusterer.seq_of_doc_.contains(record.doc_id)) {
        throw state_error("quotation '" + record.doc_id + "' appears twice");
      }
      clusterer.insert(clusterer.make_member(record), entry.at("cluster").get<std::string>());
    }
  } catch (const nlohmann::json::exception& error) {
    throw state_error(error.what());
  }
  return clusterer;
}

}  // namespace samizdat::corpus
