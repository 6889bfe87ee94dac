// Synonyms end to end: a corpus config naming a synonyms file, indexed with
// the real indexer, searched with the real searcher; a changed file takes
// effect on the next indexing run.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

#include "corpus/error.h"
#include "indexer/indexer.h"
#include "searcher/searcher.h"
#include "tests/temp_dir.h"

namespace samizdat::searcher {
namespace {

using Ids = std::set<std::string>;

class SynonymsTest : public ::testing::Test {
 protected:
  SynonymsTest() {
    directory_.write("corpus/samizdat.ini", "language = en\nsynonyms = synonyms.txt\n");
    directory_.write("corpus/bolsheviks.txt", "The Split\n\nThe Bolsheviks won the vote.\n");
    directory_.write("corpus/trotsky.txt", "Exile\n\nTrotsky left for Mexico.\n");
    directory_.write("corpus/other.txt", "Weather\n\nIt rained all day.\n");
  }

  void index(const std::string& synonyms) {
    directory_.write("corpus/synonyms.txt", synonyms);
    run_indexer();
  }

  void run_indexer() {
    indexer::IndexOptions options;
    options.corpus = directory_.path() / "corpus";
    options.archive = directory_.path() / "archive";
    options.threads = 1;
    static_cast<void>(
        indexer::index_corpus(options, [](const std::string& path, const std::string& reason) {
          ADD_FAILURE() << path << ": " << reason;
        }));
  }

  [[nodiscard]] Ids ids(const std::string& query) const {
    Searcher searcher({(directory_.path() / "archive").string()});
    SearchRequest request;
    request.query = query;
    request.limit = 10;
    Ids found;
    for (const auto& hit : searcher.search(request).results) found.insert(hit.id);
    return found;
  }

  testing::TempDir directory_;
};

TEST_F(SynonymsTest, AWordFindsDocumentsThatSayItsSynonyms) {
  index("# spellings\nbolsheviki = bolsheviks\ntrotsky = trotzki, троцкий\n");
  EXPECT_EQ(ids("bolsheviki"), (Ids{"bolsheviks"}));
  EXPECT_EQ(ids("Bolsheviki"), (Ids{"bolsheviks"}));  // capitalised: unstemmed key
  EXPECT_EQ(ids("bolshevik"), (Ids{"bolsheviks"}));   // plain stemming still works
  EXPECT_EQ(ids("trotzki"), (Ids{"trotsky"}));
  EXPECT_EQ(ids("Троцкий"), (Ids{"trotsky"}));
  EXPECT_EQ(ids("rained"), (Ids{"other"}));
}

TEST_F(SynonymsTest, ExplicitTildeAsksForSynonyms) {
  index("bolsheviki = bolsheviks\n");
  EXPECT_EQ(ids("~bolsheviki"), (Ids{"bolsheviks"}));
}

TEST_F(SynonymsTest, AChangedFileTakesEffectOnTheNextRun) {
  index("bolsheviki = bolsheviks\n");
  EXPECT_EQ(ids("bolsheviki"), (Ids{"bolsheviks"}));
  EXPECT_EQ(ids("drizzle"), Ids{});
  index("drizzle = rained\n");
  EXPECT_EQ(ids("bolsheviki"), Ids{});
  EXPECT_EQ(ids("drizzle"), (Ids{"other"}));
}

TEST_F(SynonymsTest, AConfigThatNoLongerNamesTheFileEmptiesTheTable) {
  index("bolsheviki = bolsheviks\n");
  directory_.write("corpus/samizdat.ini", "language = en\n");
  std::filesystem::remove(directory_.path() / "corpus/synonyms.txt");
  run_indexer();
  EXPECT_EQ(ids("bolsheviki"), Ids{});
  EXPECT_EQ(ids("bolsheviks"), (Ids{"bolsheviks"}));
}

TEST_F(SynonymsTest, ABadFileStopsTheIndexerNamingFileAndLine) {
  try {
    index("bolsheviki = bolsheviks\nno equals\n");
    FAIL() << "no exception";
  } catch (const InputError& error) {
    EXPECT_EQ(error.what(), (directory_.path() / "corpus/synonyms.txt").string() +
                                ":2: expected 'word = synonym ...'");
  }
}

}  // namespace
}  // namespace samizdat::searcher
