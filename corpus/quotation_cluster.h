// @brief Groups the quotations of an archive that quote the same passage
// (verbatim, trimmed, with ellipses or a few words changed) into clusters
// with stable ids, incrementally.
#ifndef SAMIZDAT_CORPUS_QUOTATION_CLUSTER_H_
#define SAMIZDAT_CORPUS_QUOTATION_CLUSTER_H_

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "corpus/fingerprint_postings.h"

namespace samizdat::corpus {

// One quotation to cluster: a quotation Document's id, text, source, year
// and publication.
struct QuotationRecord {
  std::string doc_id;
  std::string text;
  std::string citation;  // as written; normalised with normalise_citation()
  int year = 0;          // 0 when unknown
  std::string publication;
};

// A group of quotations of one passage.
struct Cluster {
  std::string id;                    // stable, see QuotationClusterer
  std::string canonical_text;        // see QuotationClusterer
  std::vector<std::string> members;  // doc ids, sorted
  int first_year = 0;                // earliest and latest known member year; 0 when none known
  int last_year = 0;
  std::vector<std::string> sources;  // NormalisedCitation::key() of members, sorted, unique
};

// Clusters quotations incrementally.
//
// Two quotations match when their word-level local alignment (align_words())
// covers at least kMatchCoverage of the shorter one (a trimmed quotation, one
// with an ellipsis or a few words changed), or aligns at least kMatchWords
// words (two quotations trimmed at different ends). On the project's fixture
// of real quotations, different passages scored at most 0.32 and 3.5 words,
// while same-passage pairs that match directly scored 0.70 or 12 words and
// more; the rest join through other members. Candidates come from
// an inverted index of winnowed shingle fingerprints (passage_fingerprints()),
// never from all pairs: a new quotation is aligned with at most
// kRepresentatives members of each cluster it shares enough fingerprints
// with. A cluster is a connected group of matches (union of matches).
//
// Stability rule for ids: a new cluster takes the id "q" + 12 hex digits of
// the hash of its founding quotation's words (collisions get "-2", "-3").
// Adding a quotation never changes an id, except that when it joins several
// clusters they merge under the id of the largest (ties: the smallest id).
// Removing quotations keeps the id, except that a cluster whose members all
// left disappears, and one that falls apart keeps its id for its largest part
// (ties: the part with the earliest member); the other parts get ids from
// their earliest member as new clusters do. Other clusters are never touched.
// serialise() and deserialise() carry the state between runs, so an indexer
// can store it and, on its next run, remove the quotations of changed or
// deleted documents and add the new ones.
//
// canonical_text is the text, as written, of the member with the most words
// that has no ellipsis ("..." or "…"); when every member has one, of the
// member with the most words. Ties go to the earliest year, then the
// smallest doc id. It does not depend on the order of adds.
//
// Not thread-safe: use one clusterer from one thread at a time.
class QuotationClusterer {
 public:
  // Minimum share of the shorter passage the alignment must cover...
  static constexpr double kMatchCoverage = 0.7;
  // ...or minimum alignment score, in words.
  static constexpr double kMatchWords = 12.0;
  // Members of one cluster aligned with a new quotation before giving up.
  static constexpr std::size_t kRepresentatives = 3;

  QuotationClusterer() = default;
  // Movable, not copyable: an index holds views of the members' ids.
  QuotationClusterer(const QuotationClusterer&) = delete;
  QuotationClusterer& operator=(const QuotationClusterer&) = delete;
  QuotationClusterer(QuotationClusterer&&) = default;
  QuotationClusterer& operator=(QuotationClusterer&&) = default;

  // Adds a quotation, or replaces the one with the same doc id. Amortised
  // cost independent of the number of clusters.
  // @exception std::bad_alloc only.
  void add(QuotationRecord record);

  // Removes quotations by doc id (unknown ids are ignored), then splits or
  // drops the clusters they leave, each once. Prefer one call with every id
  // of a run to many calls: a cluster's check costs about its size.
  void remove(const std::vector<std::string>& doc_ids);
  void remove(std::string_view doc_id);

  // Every cluster, singletons included, largest first, then by id.
  // @exception samizdat::InputError when ICU's casefold data is missing.
  [[nodiscard]] std::vector<Cluster> clusters() const;

  // Calls `visit` with every cluster as clusters() describes it, one at a
  // time, in id order: for a large state, without holding them all.
  void for_each_cluster(const std::function<void(const Cluster&)>& visit) const;

  // The cluster id of a quotation; nullopt for an unknown doc id.
  [[nodiscard]] std::optional<std::string> cluster_of(std::string_view doc_id) const;

  // Number of quotations held.
  [[nodiscard]] std::size_t size() const { return members_.size(); }

  // The whole state (records, their cluster assignment, the add order) as
  // one JSON text; deserialise() gives back an equal clusterer. Its size is
  // about that of the quotation texts; neither builds a JSON tree of it.
  [[nodiscard]] std::string serialise() const;

  // @exception samizdat::ArchiveError "cannot read quotation clusters: REASON"
  // when `state` is not JSON written by serialise() of this version.
  [[nodiscard]] static QuotationClusterer deserialise(std::string_view state);

 private:
  // Fingerprints are not kept: passage_fingerprints(words) gives them back.
  struct Member {
    QuotationRecord record;
    std::vector<std::uint64_t> words;
    std::size_t fingerprint_count = 0;
    std::uint64_t seq = 0;  // add order
    std::string cluster;
  };

  [[nodiscard]] Member make_member(QuotationRecord record);
  [[nodiscard]] static std::size_t state_size_estimate(const std::vector<const Member*>& ordered);
  // Inserts a stored quotation with its stored cluster (deserialise()).
  void restore(QuotationRecord record, const std::string& cluster);
  // (seq, shared fingerprints) of earlier members worth aligning.
  using Candidates = std::vector<std::pair<std::uint64_t, std::size_t>>;
  [[nodiscard]] Candidates candidates(const Member& member,
                                      const std::vector<std::uint64_t>& fingerprints) const;
  [[nodiscard]] std::vector<std::string> matching_clusters(
      const Member& member, const std::vector<std::uint64_t>& fingerprints) const;
  [[nodiscard]] bool matches(const Member& a, const Member& b) const;
  [[nodiscard]] std::string new_cluster_id(const Member& founder) const;
  void insert(Member member, const std::vector<std::uint64_t>& fingerprints,
              const std::string& cluster);
  void merge_into(const std::string& target, const std::string& source);
  void erase(const std::string& doc_id, std::vector<std::string>& touched);
  void split(const std::string& cluster);
  [[nodiscard]] Cluster describe(const std::string& id,
                                 const std::vector<std::uint64_t>& seqs) const;

  std::uint64_t next_seq_ = 0;
  std::unordered_map<std::uint64_t, Member> members_;          // by seq
  // doc id (a view of the member's) → seq
  std::unordered_map<std::string_view, std::uint64_t> seq_of_doc_;
  FingerprintPostings postings_;                                // fingerprint → seqs
  std::map<std::string, std::vector<std::uint64_t>> clusters_;  // id → member seqs, ascending
};

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_QUOTATION_CLUSTER_H_
