#include "corpus/fingerprint_postings.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace samizdat::corpus {

void FingerprintPostings::insert(std::uint64_t fingerprint, std::uint64_t seq) {
  if (const auto many = several_.find(fingerprint); many != several_.end()) {
    std::vector<std::uint64_t>& seqs = many->second;
    const auto at = std::lower_bound(seqs.begin(), seqs.end(), seq);
    if (at == seqs.end() || *at != seq) seqs.insert(at, seq);
    return;
  }
  const auto one = single_.find(fingerprint);
  if (one == single_.end()) {
    single_.emplace(fingerprint, seq);
    return;
  }
  if (one->second == seq) return;
  several_.emplace(fingerprint, std::vector<std::uint64_t>{std::min(one->second, seq),
                                                           std::max(one->second, seq)});
  single_.erase(one);
}

void FingerprintPostings::erase(std::uint64_t fingerprint, std::uint64_t seq) {
  if (const auto one = single_.find(fingerprint); one != single_.end()) {
    if (one->second == seq) single_.erase(one);
    return;
  }
  const auto many = several_.find(fingerprint);
  if (many == several_.end()) return;
  std::vector<std::uint64_t>& seqs = many->second;
  const auto at = std::lower_bound(seqs.begin(), seqs.end(), seq);
  if (at == seqs.end() || *at != seq) return;
  seqs.erase(at);
  if (seqs.size() == 1) {
    single_.emplace(fingerprint, seqs.front());
    several_.erase(many);
  }
}

void FingerprintPostings::append_latest(std::uint64_t fingerprint, std::uint64_t below,
                                        std::size_t limit, std::vector<std::uint64_t>& out) const {
  if (limit == 0) return;
  if (const auto one = single_.find(fingerprint); one != single_.end()) {
    if (one->second < below) out.push_back(one->second);
    return;
  }
  const auto many = several_.find(fingerprint);
  if (many == several_.end()) return;
  const std::vector<std::uint64_t>& seqs = many->second;
  const auto end = std::lower_bound(seqs.begin(), seqs.end(), below);
  const auto begin = end - std::min<std::ptrdiff_t>(end - seqs.begin(),
                                                    static_cast<std::ptrdiff_t>(limit));
  out.insert(out.end(), begin, end);
}

}  // namespace samizdat::corpus
