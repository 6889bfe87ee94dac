#include "indexer/quotation_clusters.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "corpus/error.h"
#include "corpus/schema.h"
#include "indexer/indexer.h"
#include "tests/temp_dir.h"

namespace samizdat::indexer {
namespace {

namespace schema = corpus::schema;
using testing::TempDir;

// An article file quoting `quote` with citation `source`, dated `year`.
std::string article(std::string_view title, int year, std::string_view quote,
                    std::string_view source) {
  return nlohmann::json{{"title", title},
                        {"date", std::to_string(year) + "-03-01"},
                        {"publication", "Iskra"},
                        {"text",
                         {"An opening paragraph about the question of the day.",
                          "As was written long ago, " + std::string(quote) + " (" +
                              std::string(source) + ")."}}}
      .dump();
}

constexpr std::string_view kStraight =
    "\"the state is a special organisation of force: it is an organisation of violence for "
    "the suppression of some class\"";
constexpr std::string_view kCurly =
    "“the state is a special organisation of force: it is an organisation of violence for "
    "the suppression of some class”";
constexpr std::string_view kEllipsis =
    "“the state is a special organisation of force … an organisation of violence for the "
    "suppression of some class”";
constexpr std::string_view kOther =
    "“the history of all hitherto existing society is the history of class struggles between "
    "freeman and slave”";

class QuotationClustersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    corpus_.write("a.json", article("First", 1917, kStraight, "CW 27 p.135"));
    corpus_.write("b.json", article("Second", 1920, kCurly, "Collected Works, vol. 27, p. 135"));
    corpus_.write("c.json", article("Third", 1932, kEllipsis, "Lenin, CW 27, p. 135"));
    corpus_.write("d.json", article("Fourth", 1925, kOther, "Communist Manifesto"));
  }

  void index() const {
    IndexOptions options;
    options.archive = archive();
    options.corpus = corpus_.path();
    options.threads = 2;
    index_corpus(options, {});
  }

  [[nodiscard]] std::filesystem::path archive() const { return scratch_.path() / "archive"; }

  // Writes `name` again, with a later modification time for the next run.
  void rewrite(const std::string& name, const std::string& content) const {
    const std::filesystem::path path = corpus_.path() / name;
    const auto before = std::filesystem::last_write_time(path);
    corpus_.write(name, content);
    std::filesystem::last_write_time(path, before + std::chrono::seconds(5));
  }

  // The kSlotCluster value of a document.
  [[nodiscard]] std::string cluster_of(const std::string& doc_id) const {
    const Xapian::Database database(archive().string());
    const std::string id_term = std::string(schema::kPrefixId) + doc_id;
    return database.get_document(*database.postlist_begin(id_term)).get_value(schema::kSlotCluster);
  }

  [[nodiscard]] nlohmann::json metadata(const std::string& cluster) const {
    const Xapian::Database database(archive().string());
    const auto text = database.get_metadata(std::string(schema::kMetaClusterPrefix) + cluster);
    return text.empty() ? nlohmann::json() : nlohmann::json::parse(text);
  }

  TempDir corpus_;
  TempDir scratch_;
};

TEST_F(QuotationClustersTest, ThreeQuotationsOfOnePassageShareACluster) {
  index();
  const std::string cluster = cluster_of("a#q1");
  EXPECT_FALSE(cluster.empty());
  EXPECT_EQ(cluster_of("b#q1"), cluster);
  EXPECT_EQ(cluster_of("c#q1"), cluster);
  EXPECT_NE(cluster_of("d#q1"), cluster);
  const auto json = metadata(cluster);
  EXPECT_EQ(json["id"], cluster);
  EXPECT_EQ(json["quoted_in"], 3);
  EXPECT_EQ(json["first_year"], 1917);
  EXPECT_EQ(json["last_year"], 1932);
  EXPECT_EQ(json["sources"], nlohmann::json::array({"Collected Works 27"}));
  EXPECT_FALSE(json["canonical_text"].get<std::string>().empty());
}

TEST_F(QuotationClustersTest, QuotationsLeftUnclusteredByAKilledRunAreClusteredByTheNext) {
  index();
  const std::string cluster = cluster_of("c#q1");
  {  // what a run killed after its last batch but before clustering leaves
    Xapian::WritableDatabase database(archive().string(), Xapian::DB_OPEN);
    const std::string id_term = std::string(schema::kPrefixId) + "c#q1";
    auto document = database.get_document(*database.postlist_begin(id_term));
    document.remove_value(schema::kSlotCluster);
    database.replace_document(id_term, document);
    database.commit();
  }
  EXPECT_EQ(files_with_unclustered_quotations(Xapian::Database(archive().string())),
            std::set<std::string>{"c.json"});
  index();
  EXPECT_EQ(cluster_of("c#q1"), cluster);
  EXPECT_EQ(cluster_of("a#q1"), cluster);
  EXPECT_TRUE(files_with_unclustered_quotations(Xapian::Database(archive().string())).empty());
}

TEST_F(QuotationClustersTest, ARunKilledWhileTaggingIsFinishedFromTheSavedStateByTheNext) {
  index();
  const std::string cluster = cluster_of("a#q1");
  {  // what a run killed after saving its state, halfway through tagging, leaves
    Xapian::WritableDatabase database(archive().string(), Xapian::DB_OPEN);
    const std::string id_term = std::string(schema::kPrefixId) + "b#q1";
    auto document = database.get_document(*database.postlist_begin(id_term));
    document.add_value(schema::kSlotCluster, "qstale");
    database.replace_document(id_term, document);
    database.set_metadata(std::string(schema::kMetaQuotationTagsPending), "1");
    database.commit();
  }
  index();
  EXPECT_EQ(cluster_of("b#q1"), cluster);
  EXPECT_EQ(cluster_of("c#q1"), cluster);
  EXPECT_TRUE(Xapian::Database(archive().string())
                  .get_metadata(std::string(schema::kMetaQuotationTagsPending))
                  .empty());
}

TEST_F(QuotationClustersTest, TagsCommittedOneDocumentPerBatchGiveTheSameClusters) {
  IndexOptions options;
  options.archive = archive();
  options.corpus = corpus_.path();
  options.threads = 2;
  options.batch_documents = 1;
  index_corpus(options, {});
  const std::string cluster = cluster_of("a#q1");
  EXPECT_EQ(cluster_of("b#q1"), cluster);
  EXPECT_EQ(cluster_of("c#q1"), cluster);
  EXPECT_NE(cluster_of("d#q1"), cluster);
}

TEST_F(QuotationClustersTest, AnArticleQuotingThePassageTwiceCountsOnce) {
  corpus_.write("e.json", nlohmann::json{{"title", "Fifth"},
                                         {"date", "1921-05-01"},
                                         {"text",
                                          {"Once: " + std::string(kStraight) + " (CW 27).",
                                           "Twice: " + std::string(kCurly) + " (CW 27)."}}}
                              .dump());
  index();
  const std::string cluster = cluster_of("a#q1");
  ASSERT_EQ(cluster_of("e#q1"), cluster);
  ASSERT_EQ(cluster_of("e#q2"), cluster);
  EXPECT_EQ(metadata(cluster)["quoted_in"], 4);  // a, b, c and e
}

TEST_F(QuotationClustersTest, DeletedFileLeavesItsClusterWithTheSameId) {
  index();
  const std::string cluster = cluster_of("a#q1");
  std::filesystem::remove(corpus_.path() / "c.json");
  index();
  EXPECT_EQ(cluster_of("a#q1"), cluster);
  EXPECT_EQ(cluster_of("b#q1"), cluster);
  const auto json = metadata(cluster);
  EXPECT_EQ(json["quoted_in"], 2);
  EXPECT_EQ(json["last_year"], 1920);
}

TEST_F(QuotationClustersTest, VanishedClusterLosesItsMetadata) {
  index();
  const std::string cluster = cluster_of("d#q1");
  ASSERT_FALSE(metadata(cluster).is_null());
  std::filesystem::remove(corpus_.path() / "d.json");
  index();
  EXPECT_TRUE(metadata(cluster).is_null());
}

TEST_F(QuotationClustersTest, ReindexedFileKeepsItsClusterTerm) {
  index();
  const std::string cluster = cluster_of("b#q1");
  rewrite("b.json", article("Second, revised", 1920, kCurly, "CW 27 p.135"));
  index();
  EXPECT_EQ(cluster_of("b#q1"), cluster);
  EXPECT_EQ(metadata(cluster)["quoted_in"], 3);
}

TEST_F(QuotationClustersTest, ReindexedFileQuotingAnotherPassageMovesToItsCluster) {
  index();
  const std::string state = cluster_of("a#q1");
  const std::string history = cluster_of("d#q1");
  rewrite("b.json", article("Second, revised", 1920, kOther, "Communist Manifesto"));
  index();
  EXPECT_EQ(cluster_of("a#q1"), state);
  EXPECT_EQ(cluster_of("c#q1"), state);
  EXPECT_EQ(cluster_of("b#q1"), history);
  EXPECT_EQ(metadata(state)["quoted_in"], 2);
  EXPECT_EQ(metadata(history)["quoted_in"], 2);
}

// An archive written before the state came in chunks holds it whole, with
// the texts, under kMetaQuotationClusters.
TEST_F(QuotationClustersTest, AnArchiveWithAWholeVersionOneStateKeepsItsClusters) {
  index();
  {
    Xapian::WritableDatabase database(archive().string(), Xapian::DB_OPEN);
    nlohmann::json quotations = nlohmann::json::array();
    for (const auto& [doc, text] : {std::pair{"a#q1", kStraight}, {"b#q1", kCurly},
                                    {"c#q1", kEllipsis}}) {
      quotations.push_back({{"doc", doc}, {"text", text}, {"citation", "CW 27"}, {"year", 1917},
                            {"publication", "Iskra"}, {"cluster", "qold"}});
    }
    quotations.push_back({{"doc", "d#q1"}, {"text", kOther}, {"citation", ""}, {"year", 1925},
                          {"publication", "Iskra"}, {"cluster", "qother"}});
    database.set_metadata(std::string(schema::kMetaQuotationClusters),
                          nlohmann::json{{"version", 1}, {"quotations", quotations}}.dump());
    database.set_metadata(std::string(schema::kMetaQuotationClusters) + ".0", "");
    database.commit();
  }
  corpus_.write("e.json", article("Fifth", 1940, kCurly, "CW 27"));
  index();
  EXPECT_EQ(cluster_of("e#q1"), "qold");
  EXPECT_EQ(metadata("qold")["quoted_in"], 4);
  const Xapian::Database database(archive().string());
  EXPECT_EQ(database.get_metadata(std::string(schema::kMetaQuotationClusters)), "1");
  const auto chunk = nlohmann::json::parse(
      database.get_metadata(std::string(schema::kMetaQuotationClusters) + ".0"));
  EXPECT_EQ(chunk["version"], 2);
  EXPECT_EQ(chunk["quotations"].size(), 5U);
}

TEST_F(QuotationClustersTest, AStateThatIsNeitherChunkedNorWholeIsRefusedAndTheArchiveKept) {
  index();
  const std::string cluster = cluster_of("a#q1");
  {
    Xapian::WritableDatabase database(archive().string(), Xapian::DB_OPEN);
    database.set_metadata(std::string(schema::kMetaQuotationClusters), "many");
    database.commit();
  }
  corpus_.write("e.json", article("Fifth", 1940, kCurly, "CW 27"));
  try {
    index();
    ADD_FAILURE() << "no exception";
  } catch (const ArchiveError& error) {
    EXPECT_STREQ(error.what(), "cannot read quotation clusters: 'many' is not a chunk count");
  }
  EXPECT_EQ(cluster_of("a#q1"), cluster);
}

TEST(ClusterMetadataJsonTest, WritesTheSixFields) {
  const corpus::Cluster cluster{"q1", "text", {"a#q1", "b#q1"}, 1917, 1920, {"Collected Works 27"}};
  EXPECT_EQ(nlohmann::json::parse(cluster_metadata_json(cluster)),
            nlohmann::json::parse(R"({"id":"q1","canonical_text":"text","quoted_in":2,)"
                                  R"("first_year":1917,"last_year":1920,)"
                                  R"("sources":["Collected Works 27"]})"));
}

TEST(ClusterMetadataJsonTest, CountsQuotingArticlesNotQuotations) {
  const corpus::Cluster cluster{"q1", "text", {"a#q1", "a#q2", "b#q1"}, 1917, 1920, {}};
  EXPECT_EQ(nlohmann::json::parse(cluster_metadata_json(cluster))["quoted_in"], 2);
}

}  // namespace
}  // namespace samizdat::indexer
