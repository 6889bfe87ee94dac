#include "corpus/quotation_cluster.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <numeric>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/alignment.h"
#include "corpus/citation.h"
#include "corpus/error.h"
#include "corpus/passage_fingerprint.h"

namespace samizdat::corpus {

namespace {

// Postings scanned per fingerprint. Shingles of common words ("one of the")
// and phrases quoted thousands of times ("workers of the world, unite") would
// otherwise make every add scan them all; the most recent postings are
// enough to find the clusters a passage belongs to.
constexpr std::size_t kMaxScan = 64;
// A candidate must share this share of the smaller fingerprint set.
constexpr double kMinSharedFingerprints = 0.25;

bool has_ellipsis(std::string_view text) {
  return text.find("...") != std::string_view::npos ||
         text.find("\xE2\x80\xA6") != std::string_view::npos;
}

// "q" and the hash's top 48 bits in hex.
std::string cluster_id_base(std::uint64_t hash) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "q%012llx", static_cast<unsigned long long>(hash >> 16));
  return buffer;
}

// Union-find over the positions 0..n-1 of one cluster's members.
class Components {
 public:
  explicit Components(std::size_t size) : parent_(size) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  [[nodiscard]] std::size_t find(std::size_t i) {
    while (parent_[i] != i) i = parent_[i] = parent_[parent_[i]];
    return i;
  }
  void join(std::size_t a, std::size_t b) { parent_[find(a)] = find(b); }

 private:
  std::vector<std::size_t> parent_;
};

}  // namespace

QuotationClusterer::QuotationClusterer() : QuotationClusterer(std::make_shared<HeldQuotationTexts>()) {}

QuotationClusterer::QuotationClusterer(std::shared_ptr<QuotationTexts> texts)
    : texts_(std::move(texts)) {}

// Appends a member for `record` (not yet in a cluster) and returns its seq.
// The caller tells the store of its text when the store lacks it.
std::uint32_t QuotationClusterer::take_in(const QuotationRecord& record, const Words& words,
                                          std::size_t fingerprint_count,
                                          std::string_view source_key) {
  if (members_.size() >= std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("more quotations than a clusterer numbers");
  }
  const auto seq = static_cast<std::uint32_t>(members_.size());
  Member& member = members_.emplace_back();
  member.doc_id = record.doc_id;
  if (!source_key.empty()) member.source = &*sources_.emplace(source_key).first;
  member.fingerprint_count = static_cast<std::uint32_t>(fingerprint_count);
  member.word_count = static_cast<std::uint32_t>(words.size());
  member.year = record.year;
  member.ellipsis = has_ellipsis(record.text);
  seq_of_doc_.emplace(member.doc_id, seq);  // a view of the stored id
  cache_words(seq, words);
  return seq;
}

std::string QuotationClusterer::text_of(std::string_view doc_id) const {
  std::optional<std::string> text = texts_->text(doc_id);
  if (!text) throw ArchiveError("no text for quotation '" + std::string(doc_id) + "'");
  return std::move(*text);
}

QuotationClusterer::Words QuotationClusterer::words_of(std::uint32_t seq) const {
  if (const auto cached = word_cache_.find(seq); cached != word_cache_.end()) {
    return cached->second;
  }
  Words words = passage_words(text_of(members_[seq].doc_id));
  cache_words(seq, words);
  return words;
}

// Keeps the words of the kWordCache quotations cached last.
void QuotationClusterer::cache_words(std::uint32_t seq, Words words) const {
  if (!word_cache_.insert_or_assign(seq, std::move(words)).second) return;
  cache_order_.push_back(seq);
  if (cache_order_.size() <= kWordCache) return;
  word_cache_.erase(cache_order_.front());
  cache_order_.pop_front();
}

// Counts, per earlier member, the fingerprints it shares with quotation
// `seq`, and keeps those sharing enough to be worth an alignment: most shared
// first, then oldest. Removed members are skipped.
QuotationClusterer::Candidates QuotationClusterer::candidates(
    std::uint32_t seq, const std::vector<std::uint64_t>& fingerprints) const {
  std::vector<std::uint64_t> scanned;
  for (const std::uint64_t fingerprint : fingerprints) {
    postings_.append_latest(fingerprint, seq, kMaxScan, scanned);
  }
  std::sort(scanned.begin(), scanned.end());
  Candidates result;
  for (auto run = scanned.begin(); run != scanned.end();) {
    const auto next = std::upper_bound(run, scanned.end(), *run);
    const auto shared = static_cast<std::size_t>(next - run);
    const Member& candidate = members_[*run];
    const std::size_t fewer = std::min<std::size_t>(fingerprints.size(), candidate.fingerprint_count);
    if (!candidate.doc_id.empty() &&
        static_cast<double>(shared) >= kMinSharedFingerprints * static_cast<double>(fewer)) {
      result.emplace_back(static_cast<std::uint32_t>(*run), shared);
    }
    run = next;
  }
  std::stable_sort(result.begin(), result.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return result;
}

bool QuotationClusterer::matches(const Words& words, std::uint32_t other) const {
  const Alignment alignment = align_words(words, words_of(other));
  return alignment.coverage() >= kMatchCoverage || alignment.score >= kMatchWords;
}

std::vector<std::string> QuotationClusterer::matching_clusters(
    std::uint32_t seq, const Words& words, const std::vector<std::uint64_t>& fingerprints) const {
  std::map<std::string, std::size_t> tries;
  std::vector<std::string> matched;
  for (const auto& [candidate, count] : candidates(seq, fingerprints)) {
    const std::string& cluster = members_[candidate].cluster;
    std::size_t& tried = tries[cluster];
    if (tried >= kRepresentatives) continue;
    ++tried;
    if (matches(words, candidate)) {
      matched.push_back(cluster);
      tried = kRepresentatives;
    }
  }
  return matched;
}

std::string QuotationClusterer::new_cluster_id(const Words& founder) const {
  const std::string base = cluster_id_base(hash_words(founder));
  std::string id = base;
  for (int n = 2; clusters_.contains(id); ++n) id = base + "-" + std::to_string(n);
  return id;
}

// Sets a member's cluster, noting a restored member that moves.
void QuotationClusterer::assign(Member& member, const std::string& cluster) {
  if (member.restored && !member.cluster.empty() && member.cluster != cluster) member.moved = true;
  member.cluster = cluster;
}

// Puts member `seq` into `cluster` (existing or new), marked changed.
void QuotationClusterer::join(std::uint32_t seq, const std::string& cluster) {
  Group& group = clusters_[cluster];
  group.seqs.insert(std::upper_bound(group.seqs.begin(), group.seqs.end(), seq), seq);
  group.changed = true;
  vanished_.erase(cluster);
  assign(members_[seq], cluster);
}

void QuotationClusterer::drop_group(const std::string& cluster) {
  clusters_.erase(cluster);
  vanished_.insert(cluster);
}

void QuotationClusterer::merge_into(const std::string& target, const std::string& source) {
  const auto found = clusters_.find(source);
  if (source == target || found == clusters_.end()) return;
  Group& into = clusters_.at(target);
  for (const std::uint32_t seq : found->second.seqs) assign(members_[seq], target);
  std::vector<std::uint32_t> merged;
  std::merge(into.seqs.begin(), into.seqs.end(), found->second.seqs.begin(),
             found->second.seqs.end(), std::back_inserter(merged));
  into.seqs = std::move(merged);
  into.changed = true;
  drop_group(source);
}

void QuotationClusterer::add(QuotationRecord record) {
  if (holds(record.doc_id)) remove(record.doc_id);
  const Words words = passage_words(record.text);
  const std::vector<std::uint64_t> fingerprints = passage_fingerprints(words);
  const std::uint32_t seq =
      take_in(record, words, fingerprints.size(), normalise_citation(record.citation).key());
  texts_->keep(record.doc_id, record.text);
  const std::vector<std::string> matched = matching_clusters(seq, words, fingerprints);
  for (const std::uint64_t fingerprint : fingerprints) postings_.insert(fingerprint, seq);
  if (matched.empty()) {
    join(seq, new_cluster_id(words));
    return;
  }
  // The largest matched cluster lends its id; ties go to the smallest id.
  std::string target = matched.front();
  for (const std::string& id : matched) {
    const std::size_t size = clusters_.at(id).seqs.size();
    const std::size_t target_size = clusters_.at(target).seqs.size();
    if (size > target_size || (size == target_size && id < target)) target = id;
  }
  for (const std::string& id : matched) merge_into(target, id);
  join(seq, target);
}

// Its postings stay: candidates() skips members whose id is gone.
void QuotationClusterer::erase(const std::string& doc_id, std::vector<std::string>& touched) {
  const auto found = seq_of_doc_.find(doc_id);
  if (found == seq_of_doc_.end()) return;
  const std::uint32_t seq = found->second;
  Member& member = members_[seq];
  Group& group = clusters_.at(member.cluster);
  group.seqs.erase(std::lower_bound(group.seqs.begin(), group.seqs.end(), seq));
  group.changed = true;
  touched.push_back(member.cluster);
  seq_of_doc_.erase(found);  // before the id it views
  texts_->forget(member.doc_id);
  word_cache_.erase(seq);
  member = Member{};
}

void QuotationClusterer::remove(std::string_view doc_id) {
  remove(std::vector<std::string>{std::string(doc_id)});
}

void QuotationClusterer::remove(const std::vector<std::string>& doc_ids) {
  std::vector<std::string> touched;
  for (const std::string& doc_id : doc_ids) erase(doc_id, touched);
  std::sort(touched.begin(), touched.end());
  touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
  for (const std::string& cluster : touched) {
    if (clusters_.at(cluster).seqs.empty()) {
      drop_group(cluster);
    } else {
      split(cluster);
    }
  }
}

// Recomputes which members of `cluster` still connect, each through an
// earlier member, then applies the stability rule to the parts.
void QuotationClusterer::split(const std::string& cluster) {
  const std::vector<std::uint32_t> seqs = clusters_.at(cluster).seqs;
  Components components(seqs.size());
  for (std::size_t i = 0; i < seqs.size(); ++i) {
    const Words words = words_of(seqs[i]);
    std::map<std::size_t, std::size_t> tries;
    for (const auto& [seq, count] : candidates(seqs[i], passage_fingerprints(words))) {
      const auto at = std::lower_bound(seqs.begin(), seqs.end(), seq);
      if (at == seqs.end() || *at != seq) continue;
      const auto j = static_cast<std::size_t>(at - seqs.begin());
      std::size_t& tried = tries[components.find(j)];
      if (components.find(j) == components.find(i) || tried >= kRepresentatives) continue;
      ++tried;
      if (matches(words, seq)) components.join(j, i);
    }
  }
  std::map<std::size_t, std::vector<std::uint32_t>> parts;
  for (std::size_t i = 0; i < seqs.size(); ++i) parts[components.find(i)].push_back(seqs[i]);
  if (parts.size() == 1) return;
  const auto keeper =
      std::max_element(parts.begin(), parts.end(), [](const auto& a, const auto& b) {
        return a.second.size() < b.second.size() ||
               (a.second.size() == b.second.size() && a.second.front() > b.second.front());
      });
  for (const auto& [root, part] : parts) {
    if (root == keeper->first) continue;
    const std::string id = new_cluster_id(words_of(part.front()));
    for (const std::uint32_t seq : part) assign(members_[seq], id);
    clusters_[id] = Group{part, true};
    vanished_.erase(id);
  }
  clusters_[cluster] = Group{keeper->second, true};
}

Cluster QuotationClusterer::describe(const std::string& id, const Group& group) const {
  Cluster cluster{id, {}, {}, 0, 0, {}};
  const Member* canonical = nullptr;
  const auto better = [](const Member& a, const Member& b) {
    const auto rank_of = [](const Member& m) {
      return std::make_tuple(!m.ellipsis, m.word_count, -(m.year == 0 ? 1 << 30 : m.year));
    };
    if (rank_of(a) != rank_of(b)) return rank_of(a) > rank_of(b);
    return a.doc_id < b.doc_id;
  };
  for (const std::uint32_t seq : group.seqs) {
    const Member& member = members_[seq];
    if (canonical == nullptr || better(member, *canonical)) canonical = &member;
    cluster.members.push_back(member.doc_id);
    if (const int year = member.year; year != 0) {
      cluster.first_year = cluster.first_year == 0 ? year : std::min(cluster.first_year, year);
      cluster.last_year = std::max(cluster.last_year, year);
    }
    if (member.source != nullptr) cluster.sources.push_back(*member.source);
  }
  cluster.canonical_text = text_of(canonical->doc_id);
  std::sort(cluster.members.begin(), cluster.members.end());
  std::sort(cluster.sources.begin(), cluster.sources.end());
  cluster.sources.erase(std::unique(cluster.sources.begin(), cluster.sources.end()),
                        cluster.sources.end());
  return cluster;
}

void QuotationClusterer::for_each_cluster(const std::function<void(const Cluster&)>& visit) const {
  for (const auto& [id, group] : clusters_) visit(describe(id, group));
}

void QuotationClusterer::for_each_changed_cluster(
    const std::function<void(const Cluster&)>& visit) const {
  for (const auto& [id, group] : clusters_) {
    if (group.changed) visit(describe(id, group));
  }
}

std::vector<std::string> QuotationClusterer::vanished_clusters() const {
  return {vanished_.begin(), vanished_.end()};
}

void QuotationClusterer::for_each_moved(
    const std::function<void(const std::string&, const std::string&)>& visit) const {
  for (const Member& member : members_) {
    if (member.moved && !member.doc_id.empty()) visit(member.doc_id, member.cluster);
  }
}

void QuotationClusterer::for_each_doc_id(const std::function<void(const std::string&)>& visit) const {
  for (const Member& member : members_) {
    if (!member.doc_id.empty()) visit(member.doc_id);
  }
}

std::vector<Cluster> QuotationClusterer::clusters() const {
  std::vector<Cluster> result;
  result.reserve(clusters_.size());
  for_each_cluster([&result](const Cluster& cluster) { result.push_back(cluster); });
  std::stable_sort(result.begin(), result.end(), [](const Cluster& a, const Cluster& b) {
    return a.members.size() > b.members.size();
  });
  return result;
}

std::optional<std::string> QuotationClusterer::cluster_of(std::string_view doc_id) const {
  const auto found = seq_of_doc_.find(doc_id);
  if (found == seq_of_doc_.end()) return std::nullopt;
  return members_[found->second].cluster;
}

}  // namespace samizdat::corpus
