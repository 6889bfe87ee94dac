#include "corpus/alignment.h"

#include <gtest/gtest.h>

#include "corpus/passage_fingerprint.h"

namespace samizdat::corpus {
namespace {

double coverage(const char* a, const char* b) {
  return align_words(passage_words(a), passage_words(b)).coverage();
}

double score(const char* a, const char* b) {
  return align_words(passage_words(a), passage_words(b)).score;
}

constexpr const char* kBrumaire =
    "Men make their own history, but they do not make it as they please; they do not make it "
    "under self-selected circumstances, but under circumstances existing already, given and "
    "transmitted from the past.";

TEST(AlignmentTest, CoversAVerbatimOrTrimmedQuoteFully) {
  EXPECT_DOUBLE_EQ(coverage(kBrumaire, kBrumaire), 1.0);
  EXPECT_DOUBLE_EQ(coverage("they do not make it as they please", kBrumaire), 1.0);
  EXPECT_DOUBLE_EQ(coverage(kBrumaire, "they do not make it as they please"), 1.0);
}

TEST(AlignmentTest, ToleratesAnEllipsisAndAFewChangedWords) {
  EXPECT_GE(coverage("Men make their own history, but they do not make it as they please … "
                     "given and transmitted from the past.",
                     kBrumaire),
            0.8);
  EXPECT_GE(coverage("Men make their own history, but they do not make it just as they please; "
                     "they do not make it under self-chosen circumstances",
                     kBrumaire),
            0.8);
}

TEST(AlignmentTest, GivesLittleToScatteredCommonWords) {
  EXPECT_LT(coverage("the history of all hitherto existing society is the history of class "
                     "struggles",
                     kBrumaire),
            0.3);
  EXPECT_LT(coverage("they have a world to win and nothing to lose but the past", kBrumaire), 0.5);
}

TEST(AlignmentTest, ScoresAboutTheNumberOfWordsAligned) {
  EXPECT_DOUBLE_EQ(score("they do not make it as they please", kBrumaire), 8.0);
  EXPECT_DOUBLE_EQ(score("we do not make it", "they do not make it"), 4.0);
  EXPECT_DOUBLE_EQ(score("do not make", "do not make it"), 3.0);
  EXPECT_EQ(align_words(passage_words("a b c"), passage_words("a b c d e")).shorter_words, 3U);
}

TEST(AlignmentTest, ScoresEmptyPassagesZero) {
  EXPECT_DOUBLE_EQ(coverage("", kBrumaire), 0.0);
  EXPECT_DOUBLE_EQ(coverage("", ""), 0.0);
}

}  // namespace
}  // namespace samizdat::corpus
