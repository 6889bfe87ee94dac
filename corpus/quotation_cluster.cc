#include "corpus/quotation_cluster.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <map>
#include <numeric>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/alignment.h"
#include "corpus/citation.h"
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

QuotationClusterer::Member QuotationClusterer::make_member(QuotationRecord record) {
  std::vector<std::uint64_t> words = passage_words(record.text);
  const std::size_t count = passage_fingerprints(words).size();
  return Member{std::move(record), std::move(words), count, next_seq_++, {}};
}

// Counts, per earlier member, the fingerprints it shares with `member`, and
// keeps those sharing enough to be worth an alignment: most shared first,
// then oldest.
QuotationClusterer::Candidates QuotationClusterer::candidates(
    const Member& member, const std::vector<std::uint64_t>& fingerprints) const {
  std::vector<std::uint64_t> scanned;
  for (const std::uint64_t fingerprint : fingerprints) {
    postings_.append_latest(fingerprint, member.seq, kMaxScan, scanned);
  }
  std::sort(scanned.begin(), scanned.end());
  Candidates result;
  for (auto run = scanned.begin(); run != scanned.end();) {
    const auto next = std::upper_bound(run, scanned.end(), *run);
    const auto shared = static_cast<std::size_t>(next - run);
    const std::size_t fewer = std::min(fingerprints.size(), members_.at(*run).fingerprint_count);
    if (static_cast<double>(shared) >= kMinSharedFingerprints * static_cast<double>(fewer)) {
      result.emplace_back(*run, shared);
    }
    run = next;
  }
  std::stable_sort(result.begin(), result.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return result;
}

bool QuotationClusterer::matches(const Member& a, const Member& b) const {
  const Alignment alignment = align_words(a.words, b.words);
  return alignment.coverage() >= kMatchCoverage || alignment.score >= kMatchWords;
}

std::vector<std::string> QuotationClusterer::matching_clusters(
    const Member& member, const std::vector<std::uint64_t>& fingerprints) const {
  std::map<std::string, std::size_t> tries;
  std::vector<std::string> matched;
  for (const auto& [seq, count] : candidates(member, fingerprints)) {
    const Member& candidate = members_.at(seq);
    std::size_t& tried = tries[candidate.cluster];
    if (tried >= kRepresentatives) continue;
    ++tried;
    if (matches(member, candidate)) {
      matched.push_back(candidate.cluster);
      tried = kRepresentatives;
    }
  }
  return matched;
}

std::string QuotationClusterer::new_cluster_id(const Member& founder) const {
  const std::string base = cluster_id_base(hash_words(founder.words));
  std::string id = base;
  for (int n = 2; clusters_.contains(id); ++n) id = base + "-" + std::to_string(n);
  return id;
}

void QuotationClusterer::insert(Member member, const std::vector<std::uint64_t>& fingerprints,
                                const std::string& cluster) {
  const std::uint64_t seq = member.seq;
  for (const std::uint64_t fingerprint : fingerprints) postings_.insert(fingerprint, seq);
  std::vector<std::uint64_t>& cluster_seqs = clusters_[cluster];
  cluster_seqs.insert(std::upper_bound(cluster_seqs.begin(), cluster_seqs.end(), seq), seq);
  member.cluster = cluster;
  const Member& stored = members_.emplace(seq, std::move(member)).first->second;
  seq_of_doc_.emplace(stored.record.doc_id, seq);  // a view of the stored id
}

void QuotationClusterer::merge_into(const std::string& target, const std::string& source) {
  const auto found = clusters_.find(source);
  if (source == target || found == clusters_.end()) return;
  std::vector<std::uint64_t>& into = clusters_.at(target);
  for (const std::uint64_t seq : found->second) members_.at(seq).cluster = target;
  std::vector<std::uint64_t> merged;
  std::merge(into.begin(), into.end(), found->second.begin(), found->second.end(),
             std::back_inserter(merged));
  into = std::move(merged);
  clusters_.erase(found);
}

void QuotationClusterer::add(QuotationRecord record) {
  if (seq_of_doc_.contains(record.doc_id)) remove(record.doc_id);
  Member member = make_member(std::move(record));
  const std::vector<std::uint64_t> fingerprints = passage_fingerprints(member.words);
  const std::vector<std::string> matched = matching_clusters(member, fingerprints);
  if (matched.empty()) {
    const std::string id = new_cluster_id(member);
    insert(std::move(member), fingerprints, id);
    return;
  }
  // The largest matched cluster lends its id; ties go to the smallest id.
  std::string target = matched.front();
  for (const std::string& id : matched) {
    const std::size_t size = clusters_.at(id).size();
    const std::size_t target_size = clusters_.at(target).size();
    if (size > target_size || (size == target_size && id < target)) target = id;
  }
  for (const std::string& id : matched) merge_into(target, id);
  insert(std::move(member), fingerprints, target);
}

void QuotationClusterer::erase(const std::string& doc_id, std::vector<std::string>& touched) {
  const auto found = seq_of_doc_.find(doc_id);
  if (found == seq_of_doc_.end()) return;
  const std::uint64_t seq = found->second;
  const Member& member = members_.at(seq);
  for (const std::uint64_t fingerprint : passage_fingerprints(member.words)) {
    postings_.erase(fingerprint, seq);
  }
  std::vector<std::uint64_t>& cluster_seqs = clusters_.at(member.cluster);
  cluster_seqs.erase(std::lower_bound(cluster_seqs.begin(), cluster_seqs.end(), seq));
  touched.push_back(member.cluster);
  seq_of_doc_.erase(found);  // before the member whose id it views
  members_.erase(seq);
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
    if (clusters_.at(cluster).empty()) {
      clusters_.erase(cluster);
    } else {
      split(cluster);
    }
  }
}

// Recomputes which members of `cluster` still connect, each through an
// earlier member, then applies the stability rule to the parts.
void QuotationClusterer::split(const std::string& cluster) {
  const std::vector<std::uint64_t> seqs = clusters_.at(cluster);
  Components components(seqs.size());
  for (std::size_t i = 0; i < seqs.size(); ++i) {
    const Member& member = members_.at(seqs[i]);
    std::map<std::size_t, std::size_t> tries;
    for (const auto& [seq, count] : candidates(member, passage_fingerprints(member.words))) {
      const auto at = std::lower_bound(seqs.begin(), seqs.end(), seq);
      if (at == seqs.end() || *at != seq) continue;
      const auto j = static_cast<std::size_t>(at - seqs.begin());
      std::size_t& tried = tries[components.find(j)];
      if (components.find(j) == components.find(i) || tried >= kRepresentatives) continue;
      ++tried;
      if (matches(member, members_.at(seq))) components.join(j, i);
    }
  }
  std::map<std::size_t, std::vector<std::uint64_t>> parts;
  for (std::size_t i = 0; i < seqs.size(); ++i) parts[components.find(i)].push_back(seqs[i]);
  if (parts.size() == 1) return;
  const auto keeper =
      std::max_element(parts.begin(), parts.end(), [](const auto& a, const auto& b) {
        return a.second.size() < b.second.size() ||
               (a.second.size() == b.second.size() && a.second.front() > b.second.front());
      });
  for (const auto& [root, part] : parts) {
    if (root == keeper->first) continue;
    const std::string id = new_cluster_id(members_.at(part.front()));
    for (const std::uint64_t seq : part) members_.at(seq).cluster = id;
    clusters_[id] = part;
  }
  clusters_[cluster] = keeper->second;
}

Cluster QuotationClusterer::describe(const std::string& id,
                                     const std::vector<std::uint64_t>& seqs) const {
  Cluster cluster{id, {}, {}, 0, 0, {}};
  const Member* canonical = nullptr;
  const auto better = [](const Member& a, const Member& b) {
    const auto rank_of = [](const Member& m) {
      return std::make_tuple(!has_ellipsis(m.record.text), m.words.size(),
                             -(m.record.year == 0 ? 1 << 30 : m.record.year));
    };
    if (rank_of(a) != rank_of(b)) return rank_of(a) > rank_of(b);
    return a.record.doc_id < b.record.doc_id;
  };
  for (const std::uint64_t seq : seqs) {
    const Member& member = members_.at(seq);
    if (canonical == nullptr || better(member, *canonical)) canonical = &member;
    cluster.members.push_back(member.record.doc_id);
    if (const int year = member.record.year; year != 0) {
      cluster.first_year = cluster.first_year == 0 ? year : std::min(cluster.first_year, year);
      cluster.last_year = std::max(cluster.last_year, year);
    }
    if (std::string key = normalise_citation(member.record.citation).key(); !key.empty()) {
      cluster.sources.push_back(std::move(key));
    }
  }
  cluster.canonical_text = canonical->record.text;
  std::sort(cluster.members.begin(), cluster.members.end());
  std::sort(cluster.sources.begin(), cluster.sources.end());
  cluster.sources.erase(std::unique(cluster.sources.begin(), cluster.sources.end()),
                        cluster.sources.end());
  return cluster;
}

void QuotationClusterer::for_each_cluster(const std::function<void(const Cluster&)>& visit) const {
  for (const auto& [id, seqs] : clusters_) visit(describe(id, seqs));
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
  return members_.at(found->second).cluster;
}

}  // namespace samizdat::corpus
