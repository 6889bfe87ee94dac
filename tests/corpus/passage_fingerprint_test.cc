#include "corpus/passage_fingerprint.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <vector>

namespace samizdat::corpus {
namespace {

std::vector<std::uint64_t> common(const std::vector<std::uint64_t>& a,
                                  const std::vector<std::uint64_t>& b) {
  std::vector<std::uint64_t> shared;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
  return shared;
}

TEST(PassageFingerprintTest, IgnoresCasePunctuationAndQuoteMarks) {
  EXPECT_EQ(passage_words("“The point is to change it.”"),
            passage_words("the point -- is to CHANGE it"));
  EXPECT_EQ(passage_words("don’t stop"), passage_words("dont stop"));
  EXPECT_EQ(passage_words("A … B"), passage_words("a b"));
  EXPECT_EQ(passage_words("ДИКТАТУРА Пролетариата"), passage_words("диктатура пролетариата"));
}

TEST(PassageFingerprintTest, SplitsWordsAndKeepsTheirOrder) {
  const std::vector<std::uint64_t> words = passage_words("one two, three... one");
  ASSERT_EQ(words.size(), 4U);
  EXPECT_EQ(words[0], words[3]);
  EXPECT_NE(words[0], words[1]);
  EXPECT_NE(hash_words(passage_words("one two")), hash_words(passage_words("two one")));
  EXPECT_TRUE(passage_words(" \xFF ... ").empty());
}

TEST(PassageFingerprintTest, SharesAFingerprintForEveryRunOfFiveWords) {
  const auto long_one = passage_fingerprints(
      passage_words("alpha beta gamma delta the five words run here epsilon zeta eta theta iota"));
  const auto short_one =
      passage_fingerprints(passage_words("kappa lambda the five words run here mu nu"));
  EXPECT_FALSE(common(long_one, short_one).empty());
  const auto unrelated = passage_fingerprints(passage_words("kappa lambda mu nu xi omicron pi"));
  EXPECT_TRUE(common(long_one, unrelated).empty());
}

TEST(PassageFingerprintTest, FingerprintsShortAndEmptyPassages) {
  EXPECT_TRUE(passage_fingerprints({}).empty());
  EXPECT_EQ(passage_fingerprints(passage_words("two words")).size(), 1U);
  EXPECT_EQ(passage_fingerprints(passage_words("four words in all")).size(), 2U);
  const auto fingerprints = passage_fingerprints(passage_words("a b c d e f g h i j k l"));
  EXPECT_TRUE(std::is_sorted(fingerprints.begin(), fingerprints.end()));
  EXPECT_LT(fingerprints.size(), 10U);  // winnowing keeps fewer than the 10 shingles
}

}  // namespace
}  // namespace samizdat::corpus
