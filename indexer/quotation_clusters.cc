#include "indexer/quotation_clusters.h"

#include <xapian.h>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#include "corpus/schema.h"
#include "indexer/archive_error.h"

namespace samizdat::indexer {
namespace {

namespace schema = corpus::schema;

// Cluster id → hash of its metadata JSON.
using ClusterHashes = std::map<std::string, std::size_t>;
// Doc id → cluster id.
using Assignment = std::map<std::string, std::string>;
using ClusterVisitor = std::function<void(const corpus::Cluster&, const std::string& json)>;

std::size_t hash_of(const std::string& json) { return std::hash<std::string>{}(json); }

// Hashes the metadata JSON of every cluster, handing each cluster and its
// JSON to `visit` on the way: one cluster is described at a time.
ClusterHashes hash_clusters(const corpus::QuotationClusterer& clusterer,
                            const ClusterVisitor& visit) {
  ClusterHashes hashes;
  clusterer.for_each_cluster([&](const corpus::Cluster& cluster) {
    const std::string json = cluster_metadata_json(cluster);
    hashes.emplace(cluster.id, hash_of(json));
    visit(cluster, json);
  });
  return hashes;
}

corpus::QuotationClusterer load_state(const ArchiveWriter& writer) {
  const std::string state = writer.metadata(schema::kMetaQuotationClusters);
  if (state.empty()) return {};
  return corpus::QuotationClusterer::deserialise(state);
}

// Ids the clusterer holds whose document the archive no longer has.
std::vector<std::string> gone_ids(const ArchiveWriter& writer, const Assignment& before) {
  std::vector<std::string> gone;
  guard_archive("read", writer.path(), [&] {
    for (const auto& [doc_id, cluster] : before) {
      if (!writer.database().term_exists(std::string(schema::kPrefixId) + doc_id)) {
        gone.push_back(doc_id);
      }
    }
  });
  return gone;
}

void retag(Xapian::Document& document, const std::string& cluster) {
  const std::string prefix(schema::kPrefixCluster);
  std::vector<std::string> old_terms;
  auto term = document.termlist_begin();
  for (term.skip_to(prefix); term != document.termlist_end(); ++term) {
    if (!std::string_view(*term).starts_with(prefix)) break;
    old_terms.push_back(*term);
  }
  for (const auto& old_term : old_terms) document.remove_term(old_term);
  document.add_boolean_term(prefix + cluster);
  document.add_value(schema::kSlotCluster, cluster);
}

// Sets cluster tags in whichever of the holders has each quotation,
// committing a holder's batch every `batch_documents` tags, so that no
// transaction grows with the archive. REQUIRES: every holder has a batch open.
class TagWriter {
 public:
  TagWriter(std::vector<ArchiveWriter*> holders, std::size_t batch_documents)
      : holders_(std::move(holders)),
        pending_(holders_.size()),
        batch_documents_(std::max<std::size_t>(batch_documents, 1)) {}

  // Tags the quotation `doc_id` with `cluster` unless it carries it already.
  void tag(const std::string& doc_id, const std::string& cluster) {
    const std::string id_term = std::string(schema::kPrefixId) + doc_id;
    for (std::size_t i = 0; i < holders_.size(); ++i) {
      ArchiveWriter& writer = *holders_[i];
      auto document = find(writer, id_term);
      if (!document) continue;
      if (document->get_value(schema::kSlotCluster) == cluster) return;
      retag(*document, cluster);
      writer.replace(doc_id, *document);
      if (++pending_[i] >= batch_documents_) {
        writer.commit_batch();
        writer.begin_batch();
        pending_[i] = 0;
      }
      return;
    }
  }

 private:
  static std::optional<Xapian::Document> find(const ArchiveWriter& writer,
                                              const std::string& id_term) {
    return guard_archive("read", writer.path(), [&]() -> std::optional<Xapian::Document> {
      const auto& database = writer.database();
      const auto posting = database.postlist_begin(id_term);
      if (posting == database.postlist_end(id_term)) return std::nullopt;
      return database.get_document(*posting);
    });
  }

  std::vector<ArchiveWriter*> holders_;
  std::vector<std::size_t> pending_;  // tags in each holder's open batch
  std::size_t batch_documents_;
};

// The articles quoting the passage: a quotation's id is its article's id
// + "#q" + n (corpus/file_loader.cc), and an article quoting the passage
// twice counts once.
std::size_t quoting_articles(const corpus::Cluster& cluster) {
  std::set<std::string_view> articles;
  for (const std::string_view member : cluster.members) {
    articles.insert(member.substr(0, member.rfind('#')));
  }
  return articles.size();
}

// Writes the metadata of new and changed clusters, deletes that of vanished
// ones, and saves the state marked as not yet tagged, in a commit of its own.
void save_state(ArchiveWriter& writer, const corpus::QuotationClusterer& clusterer,
                const ClusterHashes& before) {
  const std::string prefix(schema::kMetaClusterPrefix);
  const ClusterHashes after =
      hash_clusters(clusterer, [&](const corpus::Cluster& cluster, const std::string& json) {
        const auto old = before.find(cluster.id);
        if (old == before.end() || old->second != hash_of(json)) {
          writer.set_metadata(prefix + cluster.id, json);
        }
      });
  for (const auto& [id, hash] : before) {
    if (!after.contains(id)) writer.set_metadata(prefix + id, "");
  }
  writer.set_metadata(schema::kMetaQuotationClusters, clusterer.serialise());
  writer.set_metadata(schema::kMetaQuotationTagsPending, "1");
  writer.commit_batch();
  writer.begin_batch();
}

}  // namespace

void QuotationClusterUpdate::note(const BuiltDocument& built) {
  if (built.quotation) added_.push_back(*built.quotation);
}

void QuotationClusterUpdate::apply(ArchiveWriter& writer, std::size_t batch_documents,
                                   const std::vector<ArchiveWriter*>& parts) {
  std::vector<ArchiveWriter*> holders{&writer};
  holders.insert(holders.end(), parts.begin(), parts.end());
  auto clusterer = load_state(writer);
  Assignment before;
  const ClusterHashes hashes =
      hash_clusters(clusterer, [&before](const corpus::Cluster& cluster, const std::string&) {
        for (const auto& member : cluster.members) before.emplace(member, cluster.id);
      });
  clusterer.remove(gone_ids(writer, before));
  const std::vector<std::string> noted = add_noted(clusterer);
  save_state(writer, clusterer, hashes);
  TagWriter tags(holders, batch_documents);
  for (const auto& doc_id : noted) tags.tag(doc_id, clusterer.cluster_of(doc_id).value());
  for (const auto& [doc_id, cluster] : before) {
    const auto now = clusterer.cluster_of(doc_id);
    if (now && *now != cluster) tags.tag(doc_id, *now);
  }
  writer.set_metadata(schema::kMetaQuotationTagsPending, "");
}

// Moves the noted records into the clusterer, in doc-id order, and lets
// them go: their texts are not held twice.
std::vector<std::string> QuotationClusterUpdate::add_noted(corpus::QuotationClusterer& clusterer) {
  std::ranges::sort(added_, {}, &corpus::QuotationRecord::doc_id);
  std::vector<std::string> noted;
  noted.reserve(added_.size());
  for (auto& record : added_) {
    noted.push_back(record.doc_id);
    clusterer.add(std::move(record));
  }
  std::vector<corpus::QuotationRecord>().swap(added_);
  return noted;
}

void resume_cluster_tags(ArchiveWriter& writer, std::size_t batch_documents) {
  if (writer.metadata(schema::kMetaQuotationTagsPending).empty()) return;
  const auto clusterer = load_state(writer);
  writer.begin_batch();
  TagWriter tags({&writer}, batch_documents);
  clusterer.for_each_cluster([&tags](const corpus::Cluster& cluster) {
    for (const auto& member : cluster.members) tags.tag(member, cluster.id);
  });
  writer.set_metadata(schema::kMetaQuotationTagsPending, "");
  writer.commit_batch();
}

std::string cluster_metadata_json(const corpus::Cluster& cluster) {
  const nlohmann::json json = {{"id", cluster.id},
                               {"canonical_text", cluster.canonical_text},
                               {"quoted_in", quoting_articles(cluster)},
                               {"first_year", cluster.first_year},
                               {"last_year", cluster.last_year},
                               {"sources", cluster.sources}};
  return json.dump();
}

std::set<std::string> files_with_unclustered_quotations(const Xapian::Database& database) {
  const std::string quotation =
      std::string(schema::kPrefixType) + std::string(corpus::to_string(corpus::DocType::kQuotation));
  std::set<std::string> files;
  if (database.get_termfreq(quotation) == database.get_value_freq(schema::kSlotCluster)) {
    return files;
  }
  const std::string file_prefix(schema::kPrefixFile);
  for (auto posting = database.postlist_begin(quotation);
       posting != database.postlist_end(quotation); ++posting) {
    const auto document = database.get_document(*posting);
    if (!document.get_value(schema::kSlotCluster).empty()) continue;
    auto term = document.termlist_begin();
    term.skip_to(file_prefix);
    if (term != document.termlist_end() && std::string_view(*term).starts_with(file_prefix)) {
      files.insert((*term).substr(file_prefix.size()));
    }
  }
  return files;
}

}  // namespace samizdat::indexer
