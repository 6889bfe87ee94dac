// @brief Groups the quotations of an archive that quote the same passage
// (verbatim, trimmed, with ellipses or a few words changed) into clusters
// with stable ids, incrementally.
#ifndef SAMIZDAT_CORPUS_QUOTATION_CLUSTER_H_
#define SAMIZDAT_CORPUS_QUOTATION_CLUSTER_H_

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "corpus/fingerprint_postings.h"
#include "corpus/quotation_texts.h"

namespace samizdat::corpus {

// One quotation to cluster: a quotation Document's id, text, source and year.
struct QuotationRecord {
  std::string doc_id;
  std::string text;
  std::string citation;  // as written; normalised with normalise_citation()
  int year = 0;          // 0 when unknown
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
// serialise() and restore() carry the state between runs, so an indexer can
// store it and, on its next run, remove the quotations of changed or deleted
// documents and add the new ones.
//
// canonical_text is the text, as written, of the member with the most words
// that has no ellipsis ("..." or "…"); when every member has one, of the
// member with the most words. Ties go to the earliest year, then the
// smallest doc id. It does not depend on the order of adds.
//
// Memory: the texts live in a QuotationTexts store (an archive, or memory);
// the clusterer keeps per quotation its id, cluster, year, source, a few
// counts and its fingerprints' postings, and the words of the quotations it
// aligned last. Texts are read back for alignments, descriptions and
// restores.
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
  // Quotations whose words are kept between alignments.
  static constexpr std::size_t kWordCache = 8192;

  // Keeps the texts in memory (HeldQuotationTexts).
  QuotationClusterer();
  // Reads texts back from `texts`, told of every quotation taken in or let go.
  explicit QuotationClusterer(std::shared_ptr<QuotationTexts> texts);
  // Movable, not copyable: an index holds views of the members' ids.
  QuotationClusterer(const QuotationClusterer&) = delete;
  QuotationClusterer& operator=(const QuotationClusterer&) = delete;
  QuotationClusterer(QuotationClusterer&&) = default;
  QuotationClusterer& operator=(QuotationClusterer&&) = default;

  // Adds a quotation, or replaces the one with the same doc id. Amortised
  // cost independent of the number of clusters.
  // @exception samizdat::InputError when ICU's casefold data is missing;
  //            samizdat::ArchiveError "no text for quotation 'ID'" when the
  //            store lacks a held quotation it needs; what the store throws.
  void add(QuotationRecord record);

  // Removes quotations by doc id (unknown ids are ignored), then splits or
  // drops the clusters they leave, each once. Prefer one call with every id
  // of a run to many calls: a cluster's check costs about its size. The
  // store must still hold the texts of the quotations that stay.
  void remove(const std::vector<std::string>& doc_ids);
  void remove(std::string_view doc_id);

  // Every cluster, singletons included, largest first, then by id.
  // @exception samizdat::ArchiveError as add(); so do the visitors below.
  [[nodiscard]] std::vector<Cluster> clusters() const;

  // Calls `visit` with every cluster as clusters() describes it, one at a
  // time, in id order: for a large state, without holding them all.
  void for_each_cluster(const std::function<void(const Cluster&)>& visit) const;

  // Like for_each_cluster(), for the clusters created or whose members
  // changed since the clusterer was made (restored quotations do not count).
  void for_each_changed_cluster(const std::function<void(const Cluster&)>& visit) const;

  // Ids of clusters that existed since the clusterer was made and no longer
  // do, sorted.
  [[nodiscard]] std::vector<std::string> vanished_clusters() const;

  // Calls `visit(doc_id, cluster)` for every restored quotation now in
  // another cluster than it was restored with (merged or split).
  void for_each_moved(
      const std::function<void(const std::string& doc_id, const std::string& cluster)>& visit) const;

  // Calls `visit` with the doc id of every quotation held, in add order.
  void for_each_doc_id(const std::function<void(const std::string&)>& visit) const;

  // The cluster id of a quotation; nullopt for an unknown doc id.
  [[nodiscard]] std::optional<std::string> cluster_of(std::string_view doc_id) const;

  // Whether quotation `doc_id` is held.
  [[nodiscard]] bool holds(std::string_view doc_id) const { return seq_of_doc_.contains(doc_id); }

  // Number of quotations held.
  [[nodiscard]] std::size_t size() const { return seq_of_doc_.size(); }

  // The state (each quotation's doc id, cluster, year and source, in add
  // order; not the texts) as JSON texts of at most `per_chunk` quotations
  // each, handed to `write` one at a time. restore() of every chunk in order
  // gives back an equal clusterer over the same texts.
  void serialise(std::size_t per_chunk, const std::function<void(std::string chunk)>& write) const;

  // Takes in the quotations of one chunk written by serialise() (or a whole
  // state of version 1, which also holds the texts), with their clusters as
  // stored. Restored quotations are neither changed nor moved. One whose
  // text the store lacks (its document was deleted) is held without
  // fingerprints, for the caller to remove.
  // @exception samizdat::ArchiveError "cannot read quotation clusters: REASON"
  // when `chunk` is not JSON written by serialise(); what the store throws.
  void restore(std::string_view chunk);

 private:
  struct Member {
    std::string doc_id;  // empty once removed
    std::string cluster;
    const std::string* source = nullptr;  // interned NormalisedCitation::key(); null when none
    std::uint32_t fingerprint_count = 0;
    std::uint32_t word_count = 0;
    std::int32_t year = 0;
    bool ellipsis = false;
    bool restored = false;
    bool moved = false;
  };
  struct Group {
    std::vector<std::uint32_t> seqs;  // ascending
    bool changed = false;
  };
  using Words = std::vector<std::uint64_t>;
  // (seq, shared fingerprints) of earlier members worth aligning.
  using Candidates = std::vector<std::pair<std::uint32_t, std::size_t>>;

  [[nodiscard]] std::uint32_t take_in(const QuotationRecord& record, const Words& words,
                                      std::size_t fingerprint_count, std::string_view source_key);
  [[nodiscard]] std::string text_of(std::string_view doc_id) const;
  [[nodiscard]] Words words_of(std::uint32_t seq) const;
  void cache_words(std::uint32_t seq, Words words) const;
  [[nodiscard]] Candidates candidates(std::uint32_t seq,
                                      const std::vector<std::uint64_t>& fingerprints) const;
  [[nodiscard]] std::vector<std::string> matching_clusters(
      std::uint32_t seq, const Words& words, const std::vector<std::uint64_t>& fingerprints) const;
  [[nodiscard]] bool matches(const Words& words, std::uint32_t other) const;
  [[nodiscard]] std::string new_cluster_id(const Words& founder) const;
  void join(std::uint32_t seq, const std::string& cluster);
  void assign(Member& member, const std::string& cluster);
  void merge_into(const std::string& target, const std::string& source);
  void erase(const std::string& doc_id, std::vector<std::string>& touched);
  void drop_group(const std::string& cluster);
  void split(const std::string& cluster);
  [[nodiscard]] Cluster describe(const std::string& id, const Group& group) const;
  void restore_entry(const QuotationRecord& record, std::string_view source_key,
                     const std::string& cluster);

  std::shared_ptr<QuotationTexts> texts_;
  std::deque<Member> members_;  // by seq (add order)
  // doc id (a view of the member's) → seq
  std::unordered_map<std::string_view, std::uint32_t> seq_of_doc_;
  FingerprintPostings postings_;  // fingerprint → seqs; removed members' stay, skipped
  std::map<std::string, Group> clusters_;
  std::set<std::string> vanished_;
  std::set<std::string, std::less<>> sources_;
  mutable std::unordered_map<std::uint32_t, Words> word_cache_;
  mutable std::deque<std::uint32_t> cache_order_;
};

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_QUOTATION_CLUSTER_H_
