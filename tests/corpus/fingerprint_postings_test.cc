#include "corpus/fingerprint_postings.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
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

TEST(FingerprintPostingsTest, KeepsASeqPostedTwiceOnce) {
  FingerprintPostings postings;
  postings.insert(7, 1);
  postings.insert(7, 2);
  postings.insert(7, 3);
  postings.insert(7, 2);
  postings.insert(8, 1);
  postings.insert(8, 1);
  EXPECT_EQ(latest(postings, 7, 10, 64), (Seqs{1, 2, 3}));
  EXPECT_EQ(latest(postings, 8, 10, 64), Seqs{1});
  EXPECT_EQ(postings.size(), 2U);
}

TEST(FingerprintPostingsTest, RejectsASeqOf2To32NamingIt) {
  FingerprintPostings postings;
  try {
    postings.insert(1, std::uint64_t{1} << 32);
    FAIL() << "expected std::length_error";
  } catch (const std::length_error& error) {
    EXPECT_EQ(std::string(error.what()), "FingerprintPostings: seq 4294967296 is not below 2^32");
  }
  EXPECT_EQ(postings.size(), 0U);
}

TEST(FingerprintPostingsTest, KeepsTheGreatestSeqBelow2To32AndBoundsAbove) {
  constexpr std::uint64_t kTop = (std::uint64_t{1} << 32) - 1;
  FingerprintPostings postings;
  postings.insert(5, kTop);
  EXPECT_EQ(latest(postings, 5, kTop + 1, 4), Seqs{kTop});
  postings.insert(5, 0);
  EXPECT_EQ(latest(postings, 5, ~std::uint64_t{0}, 4), (Seqs{0, kTop}));
  EXPECT_EQ(latest(postings, 5, kTop, 4), Seqs{0});
}

TEST(FingerprintPostingsTest, TellsApartFingerprintsThatDifferOnlyInTheirTopOrBottomBits) {
  FingerprintPostings postings;
  for (std::uint64_t bit = 0; bit < 64; ++bit) postings.insert(std::uint64_t{1} << bit, bit);
  postings.insert(0, 64);
  EXPECT_EQ(postings.size(), 65U);
  for (std::uint64_t bit = 0; bit < 64; ++bit) {
    EXPECT_EQ(latest(postings, std::uint64_t{1} << bit, 100, 4), Seqs{bit}) << bit;
  }
  EXPECT_EQ(latest(postings, 0, 100, 4), Seqs{64});
}

TEST(FingerprintPostingsTest, ListsTheLatestOfThousandsOfPostingsInsertedOutOfOrder) {
  Seqs seqs(5000);
  for (std::size_t i = 0; i < seqs.size(); ++i) seqs[i] = 3 * i;
  std::shuffle(seqs.begin(), seqs.end(), std::mt19937_64(7));
  FingerprintPostings postings;
  for (const std::uint64_t seq : seqs) postings.insert(99, seq);
  EXPECT_EQ(latest(postings, 99, 10, 100), (Seqs{0, 3, 6, 9}));
  EXPECT_EQ(latest(postings, 99, 14992, 3), (Seqs{14985, 14988, 14991}));
  EXPECT_EQ(latest(postings, 99, 1000000, 100000).size(), 5000U);
  EXPECT_EQ(postings.size(), 1U);
}

// Random inserts over a few thousand fingerprints, checked against std::map:
// grows the tables and the blocks, reusing the blocks left behind.
TEST(FingerprintPostingsTest, AgreesWithAMapUnderRandomInserts) {
  std::mt19937_64 random(2026);
  std::map<std::uint64_t, std::set<std::uint64_t>> expected;
  FingerprintPostings postings;
  for (int step = 0; step < 300000; ++step) {
    const std::uint64_t fingerprint = random() % 4000 * 0x9E3779B97F4A7C15ULL;
    const std::uint64_t seq = random() % (step % 3 == 0 ? 400 : 2);
    postings.insert(fingerprint, seq);
    expected[fingerprint].insert(seq);
  }
  EXPECT_EQ(postings.size(), expected.size());
  for (std::uint64_t key = 0; key < 4000; ++key) {
    const std::uint64_t fingerprint = key * 0x9E3779B97F4A7C15ULL;
    const auto at = expected.find(fingerprint);
    const Seqs want = at == expected.end() ? Seqs{} : Seqs(at->second.begin(), at->second.end());
    ASSERT_EQ(latest(postings, fingerprint, 1000, 1000), want) << key;
  }
}

TEST(FingerprintPostingsTest, KeepsAMillionPostingsInAtMostSixteenBytesEach) {
  FingerprintPostings postings;
  std::uint64_t seq = 0;
  for (std::uint64_t fingerprint = 0; fingerprint < 600000; ++fingerprint) {
    postings.insert(fingerprint, seq++);
  }
  for (std::uint64_t fingerprint = 1000000; fingerprint < 1050000; ++fingerprint) {
    for (int copy = 0; copy < 8; ++copy) postings.insert(fingerprint, seq++);
  }
  ASSERT_EQ(seq, 1000000U);
  EXPECT_EQ(postings.size(), 650000U);
  EXPECT_LE(postings.memory_bytes(), 16 * seq);
  EXPECT_GE(postings.memory_bytes(), 12 * 650000 + 4 * 400000);  // what the slots and seqs need
}

TEST(FingerprintPostingsTest, CopiesAndMovesLeaveUsablePostings) {
  FingerprintPostings postings;
  postings.insert(1, 2);
  postings.insert(1, 3);
  FingerprintPostings copy = postings;
  copy.insert(1, 4);
  FingerprintPostings moved = std::move(postings);
  EXPECT_EQ(latest(moved, 1, 10, 10), (Seqs{2, 3}));
  EXPECT_EQ(latest(copy, 1, 10, 10), (Seqs{2, 3, 4}));
  EXPECT_EQ(postings.size(), 0U);  // NOLINT(bugprone-use-after-move): moved-from is empty
  postings.insert(8, 1);
  EXPECT_EQ(latest(postings, 8, 10, 10), Seqs{1});
}

}  // namespace
}  // namespace samizdat::corpus
