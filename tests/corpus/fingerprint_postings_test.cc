#include "corpus/fingerprint_postings.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace samizdat::corpus {
namespace {

using Seqs = std::vector<std::uint64_t>;

Seqs latest(const FingerprintPostings& postings, std::uint64_t fingerprint, std::uint64_t below,
            std::size_t limit) {
  Seqs out;
  postings.append_latest(fingerprint, below, limit, out);
  return out;
}

TEST(FingerprintPostingsTest, ListsTheGreatestSeqsBelowABoundInAscendingOrder) {
  FingerprintPostings postings;
  for (const std::uint64_t seq : {9U, 2U, 5U, 7U}) postings.insert(42, seq);
  EXPECT_EQ(latest(postings, 42, 100, 10), (Seqs{2, 5, 7, 9}));
  EXPECT_EQ(latest(postings, 42, 8, 10), (Seqs{2, 5, 7}));
  EXPECT_EQ(latest(postings, 42, 100, 2), (Seqs{7, 9}));
  EXPECT_EQ(latest(postings, 42, 2, 10), Seqs{});
  EXPECT_EQ(latest(postings, 42, 100, 0), Seqs{});
  EXPECT_EQ(latest(postings, 43, 100, 10), Seqs{});
}

TEST(FingerprintPostingsTest, KeepsASingleSeqAndItsBound) {
  FingerprintPostings postings;
  postings.insert(1, 4);
  EXPECT_EQ(latest(postings, 1, 5, 64), Seqs{4});
  EXPECT_EQ(latest(postings, 1, 4, 64), Seqs{});
  EXPECT_EQ(postings.size(), 1U);
}

TEST(FingerprintPostingsTest, AppendsAfterWhatTheOutputHolds) {
  FingerprintPostings postings;
  postings.insert(1, 3);
  postings.insert(2, 6);
  postings.insert(2, 8);
  Seqs out{100};
  postings.append_latest(1, 10, 64, out);
  postings.append_latest(2, 10, 64, out);
  EXPECT_EQ(out, (Seqs{100, 3, 6, 8}));
}

TEST(FingerprintPostingsTest, ErasesDownToNothingAndIgnoresUnknownSeqs) {
  FingerprintPostings postings;
  postings.insert(7, 1);
  postings.insert(7, 2);
  postings.insert(7, 3);
  postings.insert(7, 2);  // already there
  postings.erase(7, 99);
  postings.erase(8, 1);
  EXPECT_EQ(latest(postings, 7, 10, 64), (Seqs{1, 2, 3}));
  postings.erase(7, 2);
  EXPECT_EQ(latest(postings, 7, 10, 64), (Seqs{1, 3}));
  postings.erase(7, 1);
  EXPECT_EQ(latest(postings, 7, 10, 64), Seqs{3});
  postings.insert(7, 5);
  EXPECT_EQ(latest(postings, 7, 10, 64), (Seqs{3, 5}));
  postings.erase(7, 3);
  postings.erase(7, 5);
  EXPECT_EQ(latest(postings, 7, 10, 64), Seqs{});
  EXPECT_EQ(postings.size(), 0U);
}

}  // namespace
}  // namespace samizdat::corpus
