// The persisted form of QuotationClusterer: serialise() and restore().
#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/citation.h"
#include "corpus/error.h"
#include "corpus/passage_fingerprint.h"
#include "corpus/quotation_cluster.h"

namespace samizdat::corpus {

namespace {

// 1: one JSON text with every quotation's text; 2: chunks without texts.
constexpr int kStateVersion = 2;

ArchiveError state_error(const std::string& reason) {
  return ArchiveError("cannot read quotation clusters: " + reason);
}

std::string chunk_text(const std::string& entries) {
  return R"({"quotations":[)" + entries + R"(],"version":)" + std::to_string(kStateVersion) + "}";
}

}  // namespace

// Written entry by entry rather than as one JSON tree: the tree would take
// several times the size of the text.
void QuotationClusterer::serialise(std::size_t per_chunk,
                                   const std::function<void(std::string chunk)>& write) const {
  std::string entries;
  std::size_t count = 0;
  for (const Member& member : members_) {
    if (member.doc_id.empty()) continue;
    if (count > 0) entries += ',';
    const nlohmann::json entry = {{"doc", member.doc_id},
                                  {"cluster", member.cluster},
                                  {"source", member.source == nullptr ? "" : *member.source},
                                  {"year", member.year}};
    entries += entry.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (++count == std::max<std::size_t>(per_chunk, 1)) {
      write(chunk_text(entries));
      entries.clear();
      count = 0;
    }
  }
  if (count > 0) write(chunk_text(entries));
}

void QuotationClusterer::restore_entry(const QuotationRecord& record, std::string_view source_key,
                                       const std::string& cluster) {
  if (holds(record.doc_id)) {
    throw state_error("quotation '" + record.doc_id + "' appears twice");
  }
  const Words words = passage_words(record.text);
  const std::vector<std::uint64_t> fingerprints = passage_fingerprints(words);
  const std::uint32_t seq = take_in(record, words, fingerprints.size(), source_key);
  for (const std::uint64_t fingerprint : fingerprints) postings_.insert(fingerprint, seq);
  Member& member = members_[seq];
  member.restored = true;
  member.cluster = cluster;
  Group& group = clusters_[cluster];
  group.seqs.push_back(seq);  // seqs only grow while restoring
}

// The stored assignment is restored as it was, not recomputed: ids and
// groups stay exactly as the previous run left them. Each quotation is
// restored as soon as it is parsed, then dropped from the JSON tree.
// Version 1 entries carry their text and citation; version 2 entries their
// source key, and the text comes from the store.
void QuotationClusterer::restore(std::string_view chunk) {
  int version = 0;
  const auto restore_one = [&](int depth, nlohmann::json::parse_event_t event,
                               const nlohmann::json& parsed) {
    if (depth != 2 || event != nlohmann::json::parse_event_t::object_end) return true;
    QuotationRecord record{parsed.at("doc").get<std::string>(), "", "",
                           parsed.at("year").get<int>()};
    std::string source;
    if (const auto text = parsed.find("text"); text != parsed.end()) {
      record.text = text->get<std::string>();
      source = normalise_citation(parsed.at("citation").get<std::string>()).key();
      texts_->keep(record.doc_id, record.text);
    } else {
      record.text = texts_->text(record.doc_id).value_or("");
      source = parsed.at("source").get<std::string>();
    }
    restore_entry(record, source, parsed.at("cluster").get<std::string>());
    return false;
  };
  try {
    const nlohmann::json json = nlohmann::json::parse(chunk, restore_one, false);
    if (json.is_discarded() || !json.is_object()) throw state_error("not a JSON object");
    version = json.at("version").get<int>();
  } catch (const nlohmann::json::exception& error) {
    throw state_error(error.what());
  }
  if (version != 1 && version != kStateVersion) {
    throw state_error("version " + std::to_string(version) + ", expected 1 or " +
                      std::to_string(kStateVersion));
  }
}

}  // namespace samizdat::corpus
