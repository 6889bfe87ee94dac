#include "indexer/quotation_clusters.h"

#include <xapian.h>

#include <algorithm>
#include <charconv>
#include <memory>
#include <set>
#include <string_view>
#include <system_error>
#include <utility>

#include <nlohmann/json.hpp>

#include "corpus/schema.h"
#include "indexer/archive_error.h"
#include "indexer/archive_quotation_texts.h"

namespace samizdat::indexer {
namespace {

namespace schema = corpus::schema;

std::string chunk_key(std::size_t chunk) {
  return std::string(schema::kMetaQuotationClusters) + "." + std::to_string(chunk);
}

// The clusterer as the archive's state left it, and how many chunks that
// state took.
struct StoredState {
  corpus::QuotationClusterer clusterer;
  std::size_t chunks = 0;
};

// kMetaQuotationClusters holds the number of chunks, each under
// chunk_key(); an archive of an earlier version holds its whole state there.
StoredState load_state(const ArchiveWriter& writer,
                       std::shared_ptr<corpus::QuotationTexts> texts) {
  StoredState state{corpus::QuotationClusterer(std::move(texts)), 0};
  const std::string head = writer.metadata(schema::kMetaQuotationClusters);
  if (head.empty()) return state;
  if (head.front() == '{') {
    state.clusterer.restore(head);
    return state;
  }
  const auto [end, error] = std::from_chars(head.data(), head.data() + head.size(), state.chunks);
  if (error != std::errc() || end != head.data() + head.size()) {
    throw ArchiveError("cannot read quotation clusters: '" + head + "' is not a chunk count");
  }
  for (std::size_t chunk = 0; chunk < state.chunks; ++chunk) {
    state.clusterer.restore(writer.metadata(chunk_key(chunk)));
  }
  return state;
}

// Quotations the clusterer holds that no holder has any more (deleted
// files) or that were written again this run (`noted`, sorted).
std::vector<std::string> outdated_ids(const std::vector<ArchiveWriter*>& holders,
                                      const corpus::QuotationClusterer& clusterer,
                                      const std::vector<std::string>& noted) {
  std::vector<std::string> outdated;
  clusterer.for_each_doc_id([&](const std::string& doc_id) {
    const bool held = std::ranges::any_of(
        holders, [&](const ArchiveWriter* holder) { return holder->document(doc_id).has_value(); });
    if (!held || std::ranges::binary_search(noted, doc_id)) outdated.push_back(doc_id);
  });
  return outdated;
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
    for (std::size_t i = 0; i < holders_.size(); ++i) {
      ArchiveWriter& writer = *holders_[i];
      auto document = writer.document(doc_id);
      if (!document) continue;
      if (document->get_value(schema::kSlotCluster) == cluster) return;
      // A value only: Xapian then leaves the document's terms, positions and
      // data as they are (changing a term rewrites them all).
      document->add_value(schema::kSlotCluster, cluster);
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
// ones, and saves the state in chunks marked as not yet tagged, in a commit
// of its own.
void save_state(ArchiveWriter& writer, const StoredState& state) {
  const std::string prefix(schema::kMetaClusterPrefix);
  state.clusterer.for_each_changed_cluster([&](const corpus::Cluster& cluster) {
    writer.set_metadata(prefix + cluster.id, cluster_metadata_json(cluster));
  });
  for (const std::string& id : state.clusterer.vanished_clusters()) {
    writer.set_metadata(prefix + id, "");
  }
  std::size_t chunks = 0;
  state.clusterer.serialise(QuotationClusterUpdate::kStateChunk, [&](const std::string& chunk) {
    writer.set_metadata(chunk_key(chunks++), chunk);
  });
  for (std::size_t stale = chunks; stale < state.chunks; ++stale) {
    writer.set_metadata(chunk_key(stale), "");
  }
  writer.set_metadata(schema::kMetaQuotationClusters, std::to_string(chunks));
  writer.set_metadata(schema::kMetaQuotationTagsPending, "1");
  writer.commit_batch();
  writer.begin_batch();
}

}  // namespace

void QuotationClusterUpdate::note(const BuiltDocument& built) {
  if (built.type == corpus::DocType::kQuotation) noted_.push_back(built.id);
}

void QuotationClusterUpdate::apply(ArchiveWriter& writer, std::size_t batch_documents,
                                   const std::vector<ArchiveWriter*>& parts) {
  std::vector<ArchiveWriter*> holders{&writer};
  holders.insert(holders.end(), parts.begin(), parts.end());
  const auto texts = std::make_shared<ArchiveQuotationTexts>(holders);
  StoredState state = load_state(writer, texts);
  std::ranges::sort(noted_);
  const auto outdated = outdated_ids(holders, state.clusterer, noted_);
  if (noted_.empty() && outdated.empty()) return;  // the clusters stand: no commit
  state.clusterer.remove(outdated);
  for (const std::string& doc_id : noted_) state.clusterer.add(texts->record(doc_id));
  save_state(writer, state);
  TagWriter tags(holders, batch_documents);
  for (const std::string& doc_id : noted_) {
    tags.tag(doc_id, state.clusterer.cluster_of(doc_id).value());
  }
  state.clusterer.for_each_moved(
      [&tags](const std::string& doc_id, const std::string& cluster) { tags.tag(doc_id, cluster); });
  writer.set_metadata(schema::kMetaQuotationTagsPending, "");
  std::vector<std::string>().swap(noted_);
}

void resume_cluster_tags(ArchiveWriter& writer, std::size_t batch_documents) {
  if (writer.metadata(schema::kMetaQuotationTagsPending).empty()) return;
  const StoredState state =
      load_state(writer, std::make_shared<ArchiveQuotationTexts>(std::vector{&writer}));
  writer.begin_batch();
  TagWriter tags({&writer}, batch_documents);
  state.clusterer.for_each_doc_id([&](const std::string& doc_id) {
    tags.tag(doc_id, state.clusterer.cluster_of(doc_id).value());
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
