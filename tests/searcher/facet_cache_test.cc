#include "searcher/facet_cache.h"
#include "searcher/archive_caches.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "corpus/schema.h"
#include "searcher/searcher.h"
#include "searcher/shard_count.h"
#include "searcher/split_count.h"
#include "tests/searcher/archive_fixture.h"
#include "tests/searcher/tcp_server.h"

namespace samizdat::searcher {
namespace {

using testing::fixture_records;
using testing::FixtureRecord;

namespace schema = corpus::schema;

[[nodiscard]] SearchRequest facet_request(const std::string& query) {
  SearchRequest request;
  request.query = query;
  request.facets = {"all"};
  request.timeline = true;
  return request;
}

// Facets, timeline and totals of `a` and `b` are the same.
void expect_same_counts(const SearchResponse& a, const SearchResponse& b, const std::string& query) {
  EXPECT_EQ(a.total, b.total) << query;
  EXPECT_EQ(a.facets, b.facets) << query;
  EXPECT_EQ(a.timeline, b.timeline) << query;
  EXPECT_EQ(a.facets_exact, b.facets_exact) << query;
}

// The facet fields of the fixture's archives (its config names "party"),
// and their slots. Not movable: `counted` points into `table`.
struct FixtureFields {
  FixtureFields() {
    for (const auto& field : table.fields()) {
      counted.push_back(&field);
      slots.push_back(field.slot);
    }
  }
  FixtureFields(const FixtureFields&) = delete;
  FixtureFields& operator=(const FixtureFields&) = delete;

  const FieldTable table{{"party"}};
  std::vector<const Field*> counted;
  std::vector<Xapian::valueno> slots;
};

// Without the facet tables samizdat-index saved: a Searcher without caches
// counts from the value streams, as these tests compare with.
class FacetCacheTest : public testing::SplitArchivesTest {
 protected:
  static void SetUpTestSuite() {
    SplitArchivesTest::SetUpTestSuite();
    for (const auto& archive : {whole_, first_, second_}) remove_saved_facets(archive);
  }

  static void remove_saved_facets(const std::string& archive) {
    ASSERT_TRUE(std::filesystem::remove(std::filesystem::path(archive) / schema::kFacetTableFile)) << archive;
  }

  const std::vector<std::string> queries_{"", "revolution", "soviets OR constitution", "\"working class\"",
                                          "type:comment", "year:1900..1930"};
};

TEST_F(FacetCacheTest, CountsLikeTheValueStreams) {
  ArchiveCaches caches;
  Searcher cached({whole_}, &caches);
  Searcher streamed({whole_});
  for (const auto& query : queries_) {
    const auto expected = streamed.search(facet_request(query));
    const auto got = cached.search(facet_request(query));
    expect_same_counts(got, expected, query);
  }
}

// However the slices fall to the two threads (the helper may take none, or
// there may be no helper), the counts are those of one pass.
TEST_F(FacetCacheTest, CountsInSlicesOnTwoThreadsLikeOnePass) {
  const Xapian::Database database(whole_);
  const Xapian::Database helper(whole_);
  const FixtureFields fields;
  const auto& counted = fields.counted;
  const FacetCache cache(database, fields.slots);
  const std::vector<std::string> phrase{"the", "revolution"};
  for (const auto& query : {Xapian::Query::MatchAll, Xapian::Query("Zrevolut"),
                            Xapian::Query(Xapian::Query::OP_OR, Xapian::Query("Zsoviet"), Xapian::Query("Zconstitut")),
                            Xapian::Query(Xapian::Query::OP_PHRASE, phrase.begin(), phrase.end())}) {
    Xapian::Enquire enquire(database);
    enquire.set_query(query);
    const FacetCounter one_pass(enquire, counted, &cache);
    const auto matches = enquire.get_mset(0, 0, 1000);
    ASSERT_GT(matches.get_matches_lower_bound(), 0U) << query.get_description();
    for (const unsigned slices : {1U, 3U, 8U}) {
      for (const bool with_helper : {true, false}) {
        for (const bool with_facets : {true, false}) {
          const std::string what = query.get_description() + " in " + std::to_string(slices) + " slices" +
                                   (with_helper ? "" : " without a helper") + (with_facets ? "" : " without facets");
          const std::vector<const Field*> none;
          SplitCount split(database, [&] { return with_helper ? &helper : nullptr; }, query,
                           with_facets ? counted : none, with_facets ? &cache : nullptr, 1000, slices);
          split.finish();
          EXPECT_EQ(split.lower_bound(), matches.get_matches_lower_bound()) << what;
          EXPECT_EQ(split.upper_bound(), matches.get_matches_upper_bound()) << what;
          if (!with_facets) {
            EXPECT_EQ(split.documents_seen(), 0U) << what;
            continue;
          }
          EXPECT_EQ(split.counter().counts(), one_pass.counts()) << what;
          EXPECT_EQ(split.counter().documents_seen(), one_pass.documents_seen()) << what;
        }
      }
    }
  }
}

// As Xapian's check_at_least: the count is exact when there are fewer
// matches, else a lower bound of at least that many. Two threads may each
// begin a slice with the same budget left and so count past it; alone, the
// calling thread stops where the budget does.
TEST_F(FacetCacheTest, CountsExactlyUpToCheckAtLeastInAll) {
  const Xapian::Database database(whole_);
  const Xapian::Database helper(whole_);
  const auto all = database.get_doccount();
  ASSERT_GT(all, 8U);
  for (const bool with_helper : {false, true}) {
    for (const Xapian::doccount check_at_least : {1U, 4U, all - 1, all + 1, all + 10}) {
      SplitCount split(database, [&] { return with_helper ? &helper : nullptr; }, Xapian::Query::MatchAll, {},
                       nullptr, check_at_least, 8);
      split.finish();
      const std::string what =
          "check_at_least " + std::to_string(check_at_least) + (with_helper ? " with a helper" : " alone");
      EXPECT_GE(split.lower_bound(), std::min(all, check_at_least)) << what;
      EXPECT_LE(split.lower_bound(), all) << what;
      EXPECT_GE(split.upper_bound(), all) << what;
      if (check_at_least > all) {
        EXPECT_EQ(split.lower_bound(), split.upper_bound()) << what;
      } else if (!with_helper) {
        EXPECT_LT(split.lower_bound(), split.upper_bound()) << what;
      }
    }
  }
}

// The bound comes from the terms' frequencies: an AND's least part, an
// OR's sum, and the whole archive for what has no frequency.
TEST_F(FacetCacheTest, BoundsMatchesFromTermFrequencies) {
  const Xapian::Database database(whole_);
  const auto all = database.get_doccount();
  const Xapian::Query revolution("Zrevolut");
  const Xapian::Query soviets("Zsoviet");
  const auto r = database.get_termfreq("Zrevolut");
  const auto s = database.get_termfreq("Zsoviet");
  ASSERT_GT(r, 0U);
  ASSERT_GT(s, 0U);
  ASSERT_NE(r, s);
  const std::vector<std::string> phrase{"the", "revolution"};
  EXPECT_EQ(matches_at_most(revolution, database), r);
  EXPECT_EQ(matches_at_most(Xapian::Query(Xapian::Query::OP_AND, revolution, soviets), database), std::min(r, s));
  EXPECT_EQ(matches_at_most(Xapian::Query(Xapian::Query::OP_OR, revolution, soviets), database), r + s);
  EXPECT_EQ(matches_at_most(Xapian::Query(Xapian::Query::OP_AND_NOT, revolution, soviets), database), r);
  EXPECT_EQ(matches_at_most(Xapian::Query(Xapian::Query::OP_PHRASE, phrase.begin(), phrase.end()), database),
            std::min(database.get_termfreq("the"), database.get_termfreq("revolution")));
  EXPECT_EQ(matches_at_most(Xapian::Query(Xapian::Query::OP_OR, Xapian::Query::MatchAll, revolution), database), all);
  EXPECT_EQ(matches_at_most(Xapian::Query(Xapian::Query::OP_WILDCARD, "revol"), database), all);
  EXPECT_EQ(matches_at_most(Xapian::Query::MatchNothing, database), 0U);
}

// A helper that fails costs only time: the calling thread counts its slices.
TEST_F(FacetCacheTest, CountsWhatAFailedHelperTook) {
  const Xapian::Database database(whole_);
  Xapian::Enquire enquire(database);
  enquire.set_query(Xapian::Query("Zrevolut"));
  const auto matches = enquire.get_mset(0, 0, 1000);
  ASSERT_GT(matches.get_matches_lower_bound(), 0U);
  Xapian::Database closed(whole_);
  closed.close();  // its searches fail with DatabaseClosedError, after it took a slice
  const std::vector<SplitCount::HelperOpener> failing{
      []() -> const Xapian::Database* { throw Xapian::DatabaseOpeningError("no second handle"); },
      [&] { return &closed; }};
  for (const auto& open_helper : failing) {
    SplitCount split(database, open_helper, Xapian::Query("Zrevolut"), {}, nullptr, 1000, 4);
    // As if ranking: the helper takes its slice and fails meanwhile. (The
    // counts are right without this; it makes the recount happen.)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    split.finish();
    EXPECT_EQ(split.lower_bound(), matches.get_matches_lower_bound());
    EXPECT_EQ(split.upper_bound(), matches.get_matches_upper_bound());
  }
}

// Any other error on the helper thread reaches the caller of finish().
TEST_F(FacetCacheTest, PassesOnTheHelpersOtherErrors) {
  const Xapian::Database database(whole_);
  SplitCount split(database, []() -> const Xapian::Database* { throw std::runtime_error("broken"); },
                   Xapian::Query("Zrevolut"), {}, nullptr, 1000, 4);
  EXPECT_THROW(split.finish(), std::runtime_error);
}

// Facets need the cache: the helper's counts are added through it.
TEST_F(FacetCacheTest, RefusesFacetsWithoutACache) {
  const Xapian::Database database(whole_);
  const FixtureFields fields;
  EXPECT_THROW(SplitCount(database, [] { return nullptr; }, Xapian::Query("Zrevolut"), fields.counted, nullptr, 10, 2),
               std::invalid_argument);
}

// A stub of local shards is searched as its shards: each has its own cache,
// and their counts add up to the single archive's.
TEST_F(FacetCacheTest, CachesEachLocalShardOfAStub) {
  const auto stub = directory_->write("both.stub", "auto " + first_ + "\nauto " + second_ + "\n").string();
  const auto now = std::chrono::steady_clock::time_point{};
  ArchiveCaches caches([&] { return now; });
  const std::vector<Xapian::valueno> slots{schema::kSlotYear};
  EXPECT_EQ(caches.facets(ArchiveSet({stub}), slots), nullptr);  // not one database
  EXPECT_EQ(caches.facets(ArchiveSet({first_, second_}), slots), nullptr);
  Searcher sharded({stub}, &caches);
  Searcher single({whole_});
  for (int round = 0; round < 2; ++round) {  // the first builds the shards' caches, the second uses them
    for (const auto& query : queries_) {
      expect_same_counts(sharded.search(facet_request(query)), single.search(facet_request(query)), query);
    }
  }
  // Each shard's cache was built at `now`: another state of it must wait.
  for (const auto& shard : {first_, second_}) {
    EXPECT_EQ(caches.facets(shard, Xapian::Database(shard), slots), nullptr) << shard;
  }
}

// Counted on one thread or on two (with second handles), with the shards'
// caches or without, the shards' counts add up to the single archive's.
TEST_F(FacetCacheTest, CountsShardsOnTwoThreadsAsOnOne) {
  const Xapian::Database first(first_);
  const Xapian::Database second(second_);
  const std::vector<const Xapian::Database*> shards{&first, &second};
  const std::vector<Xapian::Database> helpers{Xapian::Database(first_), Xapian::Database(second_)};
  const Xapian::Database whole(whole_);
  const FixtureFields fields;
  const auto& counted = fields.counted;
  const auto& slots = fields.slots;
  const std::vector<std::shared_ptr<const FacetCache>> caches{std::make_shared<const FacetCache>(first, slots),
                                                              std::make_shared<const FacetCache>(second, slots)};
  for (const auto& query : {Xapian::Query::MatchAll, Xapian::Query("Zrevolut"), Xapian::Query("Zsoviet")}) {
    Xapian::Enquire enquire(whole);
    enquire.set_query(query);
    const FacetCounter one_pass(enquire, counted, nullptr, &whole);
    const auto matches = enquire.get_mset(0, 0, 1000);
    for (const auto* two_threads : {static_cast<const std::vector<Xapian::Database>*>(nullptr), &helpers}) {
      for (const auto& shard_caches : {std::vector<std::shared_ptr<const FacetCache>>{}, caches}) {
        const ShardCount count(shards, shard_caches, query, counted, 1000, two_threads);
        const std::string what = query.get_description() + (two_threads ? " on two threads" : " on one") +
                                 (shard_caches.empty() ? "" : " with caches");
        EXPECT_GT(count.lower_bound(), 0U) << what;
        EXPECT_EQ(count.lower_bound(), matches.get_matches_lower_bound()) << what;
        EXPECT_EQ(count.upper_bound(), matches.get_matches_upper_bound()) << what;
        EXPECT_EQ(count.counts(), one_pass.counts()) << what;
        EXPECT_EQ(count.documents_seen(), one_pass.documents_seen()) << what;
      }
    }
  }
}

TEST_F(FacetCacheTest, KeepsOneCachePerShard) {
  ArchiveCaches caches;
  const std::vector<Xapian::valueno> slots{schema::kSlotYear};
  const Xapian::Database first(first_);
  const auto cache = caches.facets(first_, first, slots);
  ASSERT_NE(cache, nullptr);
  const auto other = caches.facets(second_, Xapian::Database(second_), slots);  // its own rebuild spacing
  ASSERT_NE(other, nullptr);
  EXPECT_NE(other, cache);
  EXPECT_EQ(caches.facets(first_, first, slots), cache);  // same state, same cache
}

TEST_F(FacetCacheTest, FollowsACommitAfterReopen) {
  testing::TempDir directory;
  const auto& records = fixture_records();
  const std::vector<FixtureRecord> fewer(records.begin(), records.end() - 1);
  const std::string archive = testing::build_archive(directory, "grown", fewer).string();
  ArchiveCaches caches;
  Searcher searcher({archive}, &caches);
  const auto before = searcher.search(facet_request(""));
  static_cast<void>(testing::build_archive(directory, "grown", records));
  searcher.reopen();
  const auto after = searcher.search(facet_request(""));
  EXPECT_GT(after.total, before.total);
  expect_same_counts(after, Searcher({whole_}).search(facet_request("")), "after the commit");
}

TEST_F(FacetCacheTest, BuildsNoNewCacheWhileCommitsFollowEachOther) {
  testing::TempDir directory;
  const auto& records = fixture_records();
  const std::string archive =
      testing::build_archive(directory, "grown", {records.begin(), records.end() - 1}).string();
  remove_saved_facets(archive);
  auto now = std::chrono::steady_clock::time_point{};
  ArchiveCaches caches([&] { return now; });
  ArchiveSet archives({archive});
  const std::vector<Xapian::valueno> slots{schema::kSlotYear};
  const auto first = caches.facets(archives, slots);
  ASSERT_NE(first, nullptr);
  static_cast<void>(testing::build_archive(directory, "grown", records));
  remove_saved_facets(archive);
  archives.reopen();
  now += std::chrono::milliseconds(500);
  EXPECT_EQ(caches.facets(archives, slots), nullptr);  // searches count from the value streams meanwhile
  now += std::chrono::seconds(3);
  const auto second = caches.facets(archives, slots);
  ASSERT_NE(second, nullptr);
  EXPECT_NE(second, first);
  EXPECT_EQ(caches.facets(archives, slots), second);
}

TEST_F(FacetCacheTest, GivesEveryDocumentItsValueCode) {
  const Xapian::Database database(whole_);
  const FacetCache cache(database, {schema::kSlotYear, schema::kSlotType});
  ASSERT_EQ(cache.index_of(schema::kSlotType), 1U);
  EXPECT_FALSE(cache.index_of(schema::kSlotCluster));
  for (Xapian::docid id = 1; id <= database.get_lastdocid(); ++id) {
    const auto document = database.get_document(id);
    EXPECT_EQ(cache.value(0, cache.code(0, id)), document.get_value(schema::kSlotYear)) << id;
    EXPECT_EQ(cache.value(1, cache.code(1, id)), document.get_value(schema::kSlotType)) << id;
  }
  EXPECT_EQ(cache.code(0, database.get_lastdocid() + 1), 0U);
}

TEST_F(FacetCacheTest, KeepsNoCacheForRemoteArchives) {
  const testing::TcpServer server(whole_);
  const auto stub = directory_->write("remote.stub", "remote " + server.address().substr(6) + "\n").string();
  const std::vector<Xapian::valueno> slots{schema::kSlotYear};
  ArchiveCaches caches;
  EXPECT_EQ(caches.facets(ArchiveSet({server.address()}), slots), nullptr);
  EXPECT_EQ(caches.facets(ArchiveSet({stub}), slots), nullptr);
  const ArchiveSet archives({whole_});
  const auto cache = caches.facets(archives, slots);
  ASSERT_NE(cache, nullptr);
  EXPECT_EQ(caches.facets(archives, slots), cache);  // same state, same cache
}

TEST_F(FacetCacheTest, ComputesStatisticsOncePerArchiveState) {
  testing::TempDir directory;
  const auto& records = fixture_records();
  const std::string archive =
      testing::build_archive(directory, "grown", {records.begin(), records.end() - 1}).string();
  ArchiveCaches caches;
  ArchiveSet archives({archive});
  int computed = 0;
  const auto compute = [&] {
    ArchiveStats stats;
    stats.documents = archives.database().get_doccount();
    ++computed;
    return stats;
  };
  const auto before = caches.stats(archives, compute).documents;
  EXPECT_EQ(caches.stats(archives, compute).documents, before);
  EXPECT_EQ(computed, 1);
  static_cast<void>(testing::build_archive(directory, "grown", records));
  remove_saved_facets(archive);
  archives.reopen();
  EXPECT_GT(caches.stats(archives, compute).documents, before);
  EXPECT_EQ(computed, 2);
  const ArchiveSet shards({first_, second_});
  static_cast<void>(caches.stats(shards, compute));
  static_cast<void>(caches.stats(shards, compute));
  EXPECT_EQ(computed, 4);  // several databases: no state to key on
}

// The facet tables samizdat-index saved beside the archives: a search
// without a server counts with them, and a server takes them instead of
// building its own.
class SavedFacetsTest : public testing::SplitArchivesTest {};

TEST_F(SavedFacetsTest, ASearchCountsWithTheSavedTablesAsWithTheValueStreams) {
  testing::TempDir directory;
  const std::string streamed = testing::build_archive(directory, "streamed", fixture_records()).string();
  std::filesystem::remove(std::filesystem::path(streamed) / schema::kFacetTableFile);
  const FixtureFields fields;
  for (const auto& archive : {whole_, first_, second_}) {
    EXPECT_NE(FacetCache::load(archive, Xapian::Database(archive), fields.slots), nullptr) << archive;
  }
  EXPECT_EQ(FacetCache::load(streamed, Xapian::Database(streamed), fields.slots), nullptr);
  const auto stub = directory.write("halves.stub", "auto " + first_ + "\nauto " + second_ + "\n").string();
  Searcher saved({whole_});
  Searcher shards({stub});
  Searcher read({streamed});
  for (const std::string query : {"", "revolution", "soviets OR constitution", "\"working class\"", "type:comment"}) {
    const auto expected = read.search(facet_request(query));
    expect_same_counts(saved.search(facet_request(query)), expected, query);
    expect_same_counts(shards.search(facet_request(query)), expected, query);
  }
}

TEST_F(SavedFacetsTest, AServerTakesTheSavedTableOfEachNewStateAtOnce) {
  testing::TempDir directory;
  const auto& records = fixture_records();
  const std::string archive =
      testing::build_archive(directory, "grown", {records.begin(), records.end() - 1}).string();
  std::filesystem::remove(std::filesystem::path(archive) / schema::kFacetTableFile);
  const auto now = std::chrono::steady_clock::time_point{};
  ArchiveCaches caches([&] { return now; });
  ArchiveSet archives({archive});
  const FixtureFields fields;
  const auto first = caches.facets(archives, fields.slots);  // built here
  ASSERT_NE(first, nullptr);
  static_cast<void>(testing::build_archive(directory, "grown", records));
  archives.reopen();
  // No time has passed: another cache built here would have to wait
  // (BuildsNoNewCacheWhileCommitsFollowEachOther); the saved one need not.
  const auto second = caches.facets(archives, fields.slots);
  ASSERT_NE(second, nullptr);
  EXPECT_NE(second, first);
  EXPECT_EQ(caches.facets(archives, fields.slots), second);
  const auto year = second->index_of(schema::kSlotYear);
  ASSERT_TRUE(year);
  const Xapian::Database database(archive);
  EXPECT_EQ(second->value(*year, second->code(*year, database.get_lastdocid())),
            database.get_document(database.get_lastdocid()).get_value(schema::kSlotYear));
}

}  // namespace
}  // namespace samizdat::searcher
