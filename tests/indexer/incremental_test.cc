#include "indexer/incremental.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/content_hash.h"

namespace samizdat::indexer {
namespace {

TEST(IncrementalTest, SignatureRoundTripsThroughText) {
  const FileSignature signature{1234, 1700000000123456789, 0xdeadbeef0badf00dULL};
  EXPECT_EQ(signature.to_string(), "1234:1700000000123456789:deadbeef0badf00d");
  const auto parsed = FileSignature::parse(signature.to_string());
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->size, signature.size);
  EXPECT_EQ(parsed->mtime_ns, signature.mtime_ns);
  EXPECT_EQ(parsed->hash, signature.hash);
}

TEST(IncrementalTest, SignatureParseRefusesOtherText) {
  for (const char* text : {"", "1:2", "1:2:", "a:2:3", "1:2:xyz", "1:2:3:4", "-:2:3", "1::3"}) {
    EXPECT_FALSE(FileSignature::parse(text).has_value()) << text;
  }
}

TEST(IncrementalTest, ContentHashIsFnv1a64) {
  EXPECT_EQ(corpus::content_hash(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(corpus::content_hash("a"), 0xaf63dc4c8601ec8cULL);
  EXPECT_EQ(corpus::content_hash("foobar"), 0x85944171f73967e8ULL);
}

corpus::FileEntry entry(const std::string& relative, std::uint64_t size, std::int64_t mtime) {
  return {"/corpus/" + relative, relative, size, mtime};
}

TEST(IncrementalTest, PlanKeepsMatchingFilesReadsOthersAndRemovesTheMissing) {
  const std::vector<corpus::FileEntry> files = {entry("a.txt", 10, 100), entry("b.txt", 20, 200),
                                                entry("c.txt", 30, 300), entry("d.txt", 40, 400)};
  const std::map<std::string, std::string> archived = {
      {"a.txt", "10:100:1"},      // unchanged
      {"b.txt", "20:999:2"},      // touched: read, with the previous signature
      {"c.txt", ""},              // no signature: read
      {"gone.txt", "5:5:5"},      // removed
      {"locked/x.txt", "1:1:1"},  // below an unreadable folder: kept
  };
  const auto plan = plan_update(files, archived, {"locked"}, true);
  EXPECT_EQ(plan.unchanged, 1U);
  ASSERT_EQ(plan.jobs.size(), 3U);
  EXPECT_EQ(plan.jobs[0].entry.relative, "b.txt");
  ASSERT_TRUE(plan.jobs[0].previous.has_value());
  EXPECT_EQ(plan.jobs[0].previous->hash, 2U);
  EXPECT_TRUE(plan.jobs[0].in_archive);
  EXPECT_EQ(plan.jobs[1].entry.relative, "c.txt");
  EXPECT_FALSE(plan.jobs[1].previous.has_value());
  EXPECT_TRUE(plan.jobs[1].in_archive);
  EXPECT_EQ(plan.jobs[2].entry.relative, "d.txt");
  EXPECT_FALSE(plan.jobs[2].in_archive);
  EXPECT_EQ(plan.removed, std::vector<std::string>{"gone.txt"});
}

TEST(IncrementalTest, PlanReadsEveryFileWhenSignaturesAreNotTrusted) {
  const auto plan = plan_update({entry("a.txt", 10, 100)}, {{"a.txt", "10:100:1"}}, {}, false);
  EXPECT_EQ(plan.unchanged, 0U);
  ASSERT_EQ(plan.jobs.size(), 1U);
  EXPECT_FALSE(plan.jobs[0].previous.has_value());
}

TEST(IncrementalTest, UnreadableFolderProtectsOnlyPathsBelowIt) {
  const auto plan = plan_update(
      {}, {{"lock", "1:1:1"}, {"locked.txt", "1:1:1"}, {"lock/a", "1:1:1"}}, {"lock"}, true);
  EXPECT_EQ(plan.removed, std::vector<std::string>{"locked.txt"});
}

}  // namespace
}  // namespace samizdat::indexer
