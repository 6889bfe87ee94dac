// The persisted form of QuotationClusterer: serialise() and deserialise().
#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/error.h"
#include "corpus/passage_fingerprint.h"
#include "corpus/quotation_cluster.h"

namespace samizdat::corpus {

namespace {

constexpr int kStateVersion = 1;

ArchiveError state_error(const std::string& reason) {
  return ArchiveError("cannot read quotation clusters: " + reason);
}

QuotationRecord record_of(const nlohmann::json& entry) {
  return {entry.at("doc").get<std::string>(), entry.at("text").get<std::string>(),
          entry.at("citation").get<std::string>(), entry.at("year").get<int>(),
          entry.at("publication").get<std::string>()};
}

}  // namespace

// The serialised size, with a little room for escapes: reserved up front,
// the text never holds twice its size while it grows.
std::size_t QuotationClusterer::state_size_estimate(const std::vector<const Member*>& ordered) {
  constexpr std::size_t kPerEntry = 96;  // keys, quotes, year, commas
  std::size_t size = 64;
  for (const Member* member : ordered) {
    const QuotationRecord& record = member->record;
    size += kPerEntry + record.doc_id.size() + record.text.size() + record.citation.size() +
            record.publication.size() + member->cluster.size();
  }
  return size + size / 16;
}

// Written entry by entry rather than as one JSON tree: the tree would take
// several times the size of the text.
std::string QuotationClusterer::serialise() const {
  std::vector<const Member*> ordered;
  ordered.reserve(members_.size());
  for (const auto& entry : members_) ordered.push_back(&entry.second);
  std::sort(ordered.begin(), ordered.end(),
            [](const Member* a, const Member* b) { return a->seq < b->seq; });
  std::string state;
  state.reserve(state_size_estimate(ordered));
  state += R"({"quotations":[)";
  for (const Member* member : ordered) {
    if (member != ordered.front()) state += ',';
    const nlohmann::json entry = {{"doc", member->record.doc_id},
                                  {"text", member->record.text},
                                  {"citation", member->record.citation},
                                  {"year", member->record.year},
                                  {"publication", member->record.publication},
                                  {"cluster", member->cluster}};
    state += entry.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  return state + R"(],"version":)" + std::to_string(kStateVersion) + "}";
}

void QuotationClusterer::restore(QuotationRecord record, const std::string& cluster) {
  if (seq_of_doc_.contains(record.doc_id)) {
    throw state_error("quotation '" + record.doc_id + "' appears twice");
  }
  Member member = make_member(std::move(record));
  const std::vector<std::uint64_t> fingerprints = passage_fingerprints(member.words);
  insert(std::move(member), fingerprints, cluster);
}

// The stored assignment is restored as it was, not recomputed: ids and
// groups stay exactly as the previous run left them. Each quotation is
// restored as soon as it is parsed, then dropped from the JSON tree.
QuotationClusterer QuotationClusterer::deserialise(std::string_view state) {
  QuotationClusterer clusterer;
  const auto restore_entry = [&clusterer](int depth, nlohmann::json::parse_event_t event,
                                          const nlohmann::json& parsed) {
    if (depth != 2 || event != nlohmann::json::parse_event_t::object_end) return true;
    QuotationRecord record = record_of(parsed);
    clusterer.restore(std::move(record), parsed.at("cluster").get<std::string>());
    return false;
  };
  try {
    const nlohmann::json json = nlohmann::json::parse(state, restore_entry, false);
    if (json.is_discarded() || !json.is_object()) throw state_error("not a JSON object");
    const int version = json.at("version").get<int>();
    if (version != kStateVersion) {
      throw state_error("version " + std::to_string(version) + ", expected " +
                        std::to_string(kStateVersion));
    }
  } catch (const nlohmann::json::exception& error) {
    throw state_error(error.what());
  }
  return clusterer;
}

}  // namespace samizdat::corpus
