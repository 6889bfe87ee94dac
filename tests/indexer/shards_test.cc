#include "indexer/shards.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "indexer/indexer.h"
#include "searcher/searcher.h"
#include "tests/temp_dir.h"

namespace samizdat::indexer {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

// Twelve articles with comments, in a few publications and years.
void write_corpus(const TempDir& corpus) {
  const std::string publications[] = {"Iskra", "Pravda", "Vorwärts"};
  for (int i = 0; i < 12; ++i) {
    corpus.write("f" + std::to_string(i) + ".json",
                 R"({"title": "Article )" + std::to_string(i) + R"(", "date": ")" +
                     std::to_string(1900 + i % 4) + R"(", "publication": ")" + publications[i % 3] +
                     R"(", "language": "en", "text": "The workers strike for bread number )" +
                     std::to_string(i) + (i % 2 == 0 ? " and land" : "") +
                     R"(.", "comments": ["Solidarity with strike )" + std::to_string(i) +
                     R"(."]})");
  }
  // Three articles quoting one passage, with different citations.
  const std::string citations[] = {"CW 27 p.135", "Collected Works, vol. 27, p. 135", "Lenin, CW 27, p. 135"};
  for (int i = 0; i < 3; ++i) {
    corpus.write("q" + std::to_string(i) + ".json",
                 R"({"title": "Quoting )" + std::to_string(i) + R"(", "date": ")" + std::to_string(1917 + i) +
                     R"(", "language": "en", "text": "An opening paragraph.\n\nAs was written, \u201cthe state )"
                     R"(is a special organisation of force: it is an organisation of violence for the )"
                     R"(suppression of some class\u201d ()" + citations[i] + R"()."})");
  }
}

// (id, quoted in, first year, last year) of each cluster of a hit.
std::set<std::tuple<std::string, std::uint64_t, int, int>> clusters_of(const searcher::SearchResponse& response) {
  std::set<std::tuple<std::string, std::uint64_t, int, int>> clusters;
  for (const auto& hit : response.results) {
    if (hit.cluster) clusters.emplace(hit.cluster->id, hit.cluster->quoted_in, hit.cluster->first_year,
                                      hit.cluster->last_year);
  }
  return clusters;
}

std::set<std::string> ids_of(const searcher::SearchResponse& response) {
  std::set<std::string> ids;
  for (const auto& hit : response.results) ids.insert(hit.id);
  return ids;
}

// Per shard: each document's id term -> its data and values, and the
// shard's spelling words with their frequencies.
struct ShardContent {
  std::map<std::string, std::string> documents;
  std::map<std::string, Xapian::termcount> spellings;
  bool operator==(const ShardContent&) const = default;
};

std::vector<ShardContent> contents(const fs::path& folder, unsigned shards) {
  std::vector<ShardContent> all;
  for (unsigned k = 0; k < shards; ++k) {
    const Xapian::Database shard(shard_path(folder, k).string());
    ShardContent content;
    for (auto id = shard.postlist_begin(""); id != shard.postlist_end(""); ++id) {
      const auto document = shard.get_document(*id);
      std::string summary = document.get_data();
      for (auto value = document.values_begin(); value != document.values_end(); ++value) {
        summary += '|';
        summary += std::to_string(value.get_valueno());
        summary += '=';
        summary += *value;
      }
      auto term = document.termlist_begin();
      term.skip_to("Q");
      content.documents[*term] = summary;
    }
    for (auto word = shard.spellings_begin(); word != shard.spellings_end(); ++word) {
      content.spellings[*word] = word.get_termfreq();
    }
    all.push_back(std::move(content));
  }
  return all;
}

class ShardsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    write_corpus(corpus_);
    index(false);
    const ShardSync sync = write_shards(single(), sharded(), 3);
    EXPECT_TRUE(sync.rewritten);
    EXPECT_EQ(sync.copied, Xapian::Database(single().string()).get_doccount());
  }
  void index(bool full) const {
    IndexOptions options;
    options.corpus = corpus_.path();
    options.archive = single();
    options.full = full;
    (void)index_corpus(options, {}, {}, {});
  }
  // Changes one article, removes one and adds one (each with a comment).
  void change_corpus() const {
    corpus_.write("f3.json", R"({"title": "Article 3", "date": "1903", "language": "en", )"
                             R"("text": "The dockers strike anew.", "comments": ["Rebuttal."]})");
    fs::remove(corpus_.path() / "f5.json");
    corpus_.write("f20.json", R"({"title": "Article 20", "date": "1920", "language": "en", )"
                              R"("text": "Zimmerwald manifesto.", "comments": ["Agreed."]})");
  }
  [[nodiscard]] fs::path single() const { return scratch_.path() / "single"; }
  [[nodiscard]] fs::path sharded() const { return scratch_.path() / "sharded"; }
  [[nodiscard]] fs::path fresh() const { return scratch_.path() / "fresh"; }

  TempDir corpus_;
  TempDir scratch_;
};

TEST_F(ShardsTest, EveryDocumentLandsInExactlyOneShardWithItsArticle) {
  Xapian::doccount total = 0;
  for (unsigned k = 0; k < 3; ++k) {
    const Xapian::Database shard(shard_path(sharded(), k).string());
    total += shard.get_doccount();
    EXPECT_GT(shard.get_doccount(), 0U) << k;
    for (int i = 0; i < 12; ++i) {
      const std::string article = "f" + std::to_string(i);
      EXPECT_EQ(shard.get_termfreq("Q" + article), shard.get_termfreq("Q" + article + "#c1"));
    }
  }
  EXPECT_EQ(total, Xapian::Database(single().string()).get_doccount());
}

TEST_F(ShardsTest, SearchingTheStubEqualsSearchingTheSingleArchive) {
  searcher::Searcher one({single().string()});
  searcher::Searcher many({stub_path(sharded()).string()});
  for (const std::string query : {"strike", "land", "", "bread AND NOT land", "solidarity"}) {
    searcher::SearchRequest request;
    request.query = query;
    request.limit = 100;
    request.facets = {"all"};
    const auto expected = one.search(request);
    const auto actual = many.search(request);
    EXPECT_EQ(actual.total, expected.total) << query;
    EXPECT_EQ(ids_of(actual), ids_of(expected)) << query;
    EXPECT_EQ(actual.facets, expected.facets) << query;
  }
}

TEST_F(ShardsTest, QuotationClustersReadTheSameThroughTheStub) {
  searcher::Searcher one({single().string()});
  searcher::Searcher many({stub_path(sharded()).string()});
  searcher::SearchRequest request;
  request.query = "suppression";
  request.filters = {{"type", "quotation"}};
  const auto expected = one.search(request);
  const auto actual = many.search(request);
  EXPECT_EQ(actual.total, 3U);
  EXPECT_EQ(clusters_of(actual), clusters_of(expected));
  ASSERT_EQ(clusters_of(actual).size(), 1U);
  EXPECT_EQ(std::get<1>(*clusters_of(actual).begin()), 3U);
}

TEST_F(ShardsTest, AnotherRunCopiesOnlyTheDocumentsItChangedAndRemovesTheDeleted) {
  change_corpus();
  index(false);
  const ShardSync sync = write_shards(single(), sharded(), 3);
  EXPECT_FALSE(sync.rewritten);
  EXPECT_EQ(sync.copied, 4U);   // f3 and f20, each with its comment
  EXPECT_EQ(sync.removed, 2U);  // f5 and its comment
  EXPECT_TRUE(write_shards(single(), fresh(), 3).rewritten);
  EXPECT_EQ(contents(sharded(), 3), contents(fresh(), 3));
  searcher::Searcher many({stub_path(sharded()).string()});
  searcher::SearchRequest request;
  request.query = "zimmerwald OR dockers";
  EXPECT_EQ(many.search(request).total, 2U);
}

// ... and writes nothing: archive and shards keep their revisions.
TEST_F(ShardsTest, ARunThatChangesNothingCopiesNothing) {
  const auto before = contents(sharded(), 3);
  const auto revisions = [&] {
    std::vector<Xapian::rev> all{Xapian::Database(single().string()).get_revision()};
    for (unsigned k = 0; k < 3; ++k) all.push_back(Xapian::Database(shard_path(sharded(), k).string()).get_revision());
    return all;
  };
  const auto revisions_before = revisions();
  index(false);
  const ShardSync sync = write_shards(single(), sharded(), 3);
  EXPECT_FALSE(sync.rewritten);
  EXPECT_EQ(sync.copied, 0U);
  EXPECT_EQ(sync.removed, 0U);
  EXPECT_EQ(contents(sharded(), 3), before);
  EXPECT_EQ(revisions(), revisions_before);
}

TEST_F(ShardsTest, ARebuiltArchiveRewritesTheShards) {
  index(true);
  const ShardSync sync = write_shards(single(), sharded(), 3);
  EXPECT_TRUE(sync.rewritten);
  EXPECT_TRUE(write_shards(single(), fresh(), 3).rewritten);
  EXPECT_EQ(contents(sharded(), 3), contents(fresh(), 3));
}

// A shard whose commit was lost (the call interrupted) still carries the
// older mark: the next call copies again everything since then.
TEST_F(ShardsTest, AnInterruptedUpdateIsCompletedByTheNextCall) {
  std::string old_mark;
  {
    old_mark = Xapian::Database(shard_path(sharded(), 1).string()).get_metadata("samizdat.shards-synced");
  }
  change_corpus();
  index(false);
  (void)write_shards(single(), sharded(), 3);
  {
    Xapian::WritableDatabase shard(shard_path(sharded(), 1).string());
    shard.set_metadata("samizdat.shards-synced", old_mark);
    for (const std::string id : {"Qf3", "Qf3#c1", "Qf20", "Qf20#c1"}) {
      if (shard.term_exists(id)) shard.delete_document(id);
    }
  }
  const ShardSync sync = write_shards(single(), sharded(), 3);
  EXPECT_FALSE(sync.rewritten);
  EXPECT_EQ(sync.copied, 4U);
  (void)write_shards(single(), fresh(), 3);
  EXPECT_EQ(contents(sharded(), 3), contents(fresh(), 3));
}

TEST_F(ShardsTest, RewritingShardsReplacesTheirContent) {
  EXPECT_TRUE(write_shards(single(), sharded(), 2).rewritten);
  EXPECT_EQ(Xapian::Database(stub_path(sharded()).string()).get_doccount(),
            Xapian::Database(single().string()).get_doccount());
  std::ifstream stub(stub_path(sharded()));
  const std::string text((std::istreambuf_iterator<char>(stub)), std::istreambuf_iterator<char>());
  EXPECT_EQ(text, "auto shard-0\nauto shard-1\n");
  EXPECT_FALSE(fs::exists(shard_path(sharded(), 2)));
}

}  // namespace
}  // namespace samizdat::indexer
