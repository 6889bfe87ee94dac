#include "corpus/quotation_cluster.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "corpus/error.h"
#include "tests/corpus/quotation_fixture.h"

namespace samizdat::corpus {
namespace {

struct PairScores {
  double precision = 0.0;
  double recall = 0.0;
};

// Pairwise precision and recall of `clusters` against `truth` (doc id →
// passage): a pair of quotations is "predicted" when one cluster holds both
// and "true" when they quote the same passage.
PairScores score_pairs(const std::vector<Cluster>& clusters,
                       const std::map<std::string, std::string>& truth) {
  std::map<std::string, std::string> predicted;
  for (const Cluster& cluster : clusters) {
    for (const std::string& member : cluster.members) predicted[member] = cluster.id;
  }
  double both = 0, predicted_pairs = 0, true_pairs = 0;
  for (auto a = truth.begin(); a != truth.end(); ++a) {
    for (auto b = std::next(a); b != truth.end(); ++b) {
      const bool same_cluster = predicted.at(a->first) == predicted.at(b->first);
      const bool same_passage = a->second == b->second;
      predicted_pairs += same_cluster;
      true_pairs += same_passage;
      both += same_cluster && same_passage;
    }
  }
  return {predicted_pairs == 0 ? 1.0 : both / predicted_pairs,
          true_pairs == 0 ? 1.0 : both / true_pairs};
}

QuotationRecord record(std::string doc_id, std::string text, std::string citation = "",
                       int year = 0) {
  return {std::move(doc_id), std::move(text), std::move(citation), year};
}

constexpr const char* kChains =
    "The proletarians have nothing to lose but their chains. They have a world to win. Working "
    "Men of All Countries, Unite!";
constexpr const char* kDisdain =
    "The Communists disdain to conceal their views and aims. They openly declare that their ends "
    "can be attained only by the forcible overthrow of all existing social conditions.";

TEST(QuotationClusterTest, ClustersTheFixtureWithHighPairwisePrecisionAndRecall) {
  QuotationClusterer clusterer;
  std::map<std::string, std::string> truth;
  for (const testing::FixtureQuotation& q : testing::kFixtureQuotations) {
    clusterer.add({std::string(q.doc_id), std::string(q.text), std::string(q.citation), q.year});
    truth[std::string(q.doc_id)] = std::string(q.passage);
  }
  const std::vector<Cluster> clusters = clusterer.clusters();
  const PairScores scores = score_pairs(clusters, truth);
  std::printf("fixture: %zu quotations, %zu clusters, pairwise precision %.3f recall %.3f\n",
              truth.size(), clusters.size(), scores.precision, scores.recall);
  EXPECT_GE(scores.precision, 0.95);
  EXPECT_GE(scores.recall, 0.95);
}

TEST(QuotationClusterTest, DescribesAClusterByItsFullestMember) {
  QuotationClusterer clusterer;
  clusterer.add(record("b#q1",
                       "“The proletarians have nothing to lose but their chains. They "
                       "have a world to win …”",
                       "MECW 6:519", 1969));
  clusterer.add(record("a#q1", kChains, "Marx-Engels Collected Works, vol. 6, p. 519", 1917));
  clusterer.add(record("c#q1", "nothing to lose but their chains. They have a world to win",
                       "Communist Manifesto", 2017));
  const std::vector<Cluster> clusters = clusterer.clusters();
  ASSERT_EQ(clusters.size(), 1U);
  EXPECT_EQ(clusters[0].canonical_text, kChains);
  EXPECT_EQ(clusters[0].members, (std::vector<std::string>{"a#q1", "b#q1", "c#q1"}));
  EXPECT_EQ(clusters[0].first_year, 1917);
  EXPECT_EQ(clusters[0].last_year, 2017);
  EXPECT_EQ(clusters[0].sources,
            (std::vector<std::string>{"Marx Engels Collected Works 6", "communist manifesto"}));
}

TEST(QuotationClusterTest, PrefersAFullMemberWithoutEllipsisWhateverTheOrder) {
  const char* with_ellipsis =
      "The proletarians have nothing to lose but their chains. They have a world to win … Unite!";
  const char* shorter = "nothing to lose but their chains. They have a world to win.";
  for (const bool reversed : {false, true}) {
    QuotationClusterer clusterer;
    clusterer.add(record(reversed ? "b" : "a", with_ellipsis));
    clusterer.add(record(reversed ? "a" : "b", shorter));
    ASSERT_EQ(clusterer.clusters().size(), 1U);
    EXPECT_EQ(clusterer.clusters()[0].canonical_text, shorter);
  }
}

TEST(QuotationClusterTest, KeepsNeighbouringPassagesApart) {
  QuotationClusterer clusterer;
  clusterer.add(record("a", kChains));
  clusterer.add(record("b", kDisdain));
  clusterer.add(record("c",
                       "Workers of the world, unite! The emancipation of the working class "
                       "must be the act of the working class itself."));
  EXPECT_EQ(clusterer.clusters().size(), 3U);
}

TEST(QuotationClusterTest, KeepsIdsWhenUnrelatedOrMatchingQuotationsArrive) {
  QuotationClusterer clusterer;
  clusterer.add(record("a", kChains));
  const std::string id = clusterer.cluster_of("a").value();
  EXPECT_EQ(id.size(), 13U);
  EXPECT_EQ(id[0], 'q');
  clusterer.add(record("b", kDisdain));
  clusterer.add(record("c", "nothing to lose but their chains. They have a world to win."));
  EXPECT_EQ(clusterer.cluster_of("a"), id);
  EXPECT_EQ(clusterer.cluster_of("c"), id);
  EXPECT_NE(clusterer.cluster_of("b"), id);
  EXPECT_EQ(clusterer.cluster_of("missing"), std::nullopt);
}

TEST(QuotationClusterTest, MergesUnderTheLargerClustersId) {
  QuotationClusterer clusterer;
  clusterer.add(record("a1", "The proletarians have nothing to lose but their chains."));
  clusterer.add(record("a2", "the proletarians have nothing to lose but their chains"));
  clusterer.add(record("b1", "They have a world to win. Working Men of All Countries, Unite!"));
  const std::string larger = clusterer.cluster_of("a1").value();
  ASSERT_NE(clusterer.cluster_of("b1"), larger);
  clusterer.add(record("bridge", kChains));
  EXPECT_EQ(clusterer.clusters().size(), 1U);
  EXPECT_EQ(clusterer.cluster_of("b1"), larger);
}

TEST(QuotationClusterTest, SplitsAClusterWhoseBridgeIsRemoved) {
  QuotationClusterer clusterer;
  clusterer.add(record("bridge", kChains));
  clusterer.add(record("first", "The proletarians have nothing to lose but their chains."));
  clusterer.add(record("second", "They have a world to win. Working Men of All Countries, Unite!"));
  const std::string id = clusterer.cluster_of("bridge").value();
  ASSERT_EQ(clusterer.clusters().size(), 1U);
  clusterer.remove("bridge");
  EXPECT_EQ(clusterer.clusters().size(), 2U);
  EXPECT_EQ(clusterer.cluster_of("first"), id);  // the part with the earliest member
  EXPECT_NE(clusterer.cluster_of("second"), id);
  EXPECT_EQ(clusterer.size(), 2U);
}

TEST(QuotationClusterTest, DropsAClusterWhoseMembersAllLeft) {
  QuotationClusterer clusterer;
  clusterer.add(record("a", kChains));
  clusterer.add(record("b", kChains));
  clusterer.add(record("c", kDisdain));
  clusterer.remove(std::vector<std::string>{"a", "b", "unknown"});
  ASSERT_EQ(clusterer.clusters().size(), 1U);
  EXPECT_EQ(clusterer.clusters()[0].members, std::vector<std::string>{"c"});
}

TEST(QuotationClusterTest, ReplacesAQuotationAddedAgain) {
  QuotationClusterer clusterer;
  clusterer.add(record("a", kChains));
  clusterer.add(record("b", kDisdain));
  clusterer.add(record("a", kDisdain));
  EXPECT_EQ(clusterer.size(), 2U);
  ASSERT_EQ(clusterer.clusters().size(), 1U);
  EXPECT_EQ(clusterer.cluster_of("a"), clusterer.cluster_of("b"));
}

// The state of `clusterer`, `per_chunk` quotations per chunk.
std::vector<std::string> state_of(const QuotationClusterer& clusterer, std::size_t per_chunk) {
  std::vector<std::string> chunks;
  clusterer.serialise(per_chunk, [&chunks](std::string chunk) { chunks.push_back(std::move(chunk)); });
  return chunks;
}

void add_fixture(QuotationClusterer& clusterer) {
  for (const testing::FixtureQuotation& q : testing::kFixtureQuotations) {
    clusterer.add({std::string(q.doc_id), std::string(q.text), std::string(q.citation), q.year});
  }
}

TEST(QuotationClusterTest, RestoresItsStateAndCarriesOnWithTheSameIds) {
  const auto texts = std::make_shared<HeldQuotationTexts>();
  QuotationClusterer first_run(texts);
  add_fixture(first_run);
  const std::vector<std::string> state = state_of(first_run, 7);
  ASSERT_GT(state.size(), 2U);
  QuotationClusterer next_run(texts);
  for (const std::string& chunk : state) next_run.restore(chunk);
  EXPECT_EQ(state_of(next_run, 7), state);
  const std::vector<Cluster> before = first_run.clusters();
  const std::vector<Cluster> after = next_run.clusters();
  ASSERT_EQ(after.size(), before.size());
  for (std::size_t i = 0; i < before.size(); ++i) {
    EXPECT_EQ(after[i].id, before[i].id);
    EXPECT_EQ(after[i].members, before[i].members);
    EXPECT_EQ(after[i].canonical_text, before[i].canonical_text);
    EXPECT_EQ(after[i].sources, before[i].sources);
  }
  const std::string chains_id = next_run.cluster_of("1917/m#q1").value();
  next_run.remove("1917/m#q1");
  next_run.add(record("2024/new#q1", "They have a world to win. Workers of the world, unite!"));
  EXPECT_EQ(next_run.cluster_of("2024/new#q1"), chains_id);
  EXPECT_EQ(next_run.cluster_of("1969/n#q2"), chains_id);
}

TEST(QuotationClusterTest, RestoresAVersionOneStateWithItsTexts) {
  QuotationClusterer clusterer;
  clusterer.restore(
      R"({"version": 1, "quotations": [)"
      R"({"doc": "a", "text": "the proletarians have nothing to lose but their chains",)"
      R"( "citation": "Marx-Engels Collected Works, vol. 6, p. 519", "year": 1917,)"
      R"( "publication": "P", "cluster": "qold"}]})");
  clusterer.add(record("b", kChains, "", 1969));
  EXPECT_EQ(clusterer.cluster_of("b"), "qold");
  const std::vector<Cluster> clusters = clusterer.clusters();
  ASSERT_EQ(clusters.size(), 1U);
  EXPECT_EQ(clusters[0].canonical_text, kChains);
  EXPECT_EQ(clusters[0].sources, std::vector<std::string>{"Marx Engels Collected Works 6"});
  EXPECT_EQ(clusters[0].first_year, 1917);
}

// A store that counts what the clusterer asks of it.
class CountingTexts final : public QuotationTexts {
 public:
  void keep(std::string_view doc_id, std::string_view text) override {
    ++kept;
    held.keep(doc_id, text);
  }
  void forget(std::string_view doc_id) override { held.forget(doc_id); }
  [[nodiscard]] std::optional<std::string> text(std::string_view doc_id) const override {
    ++read;
    return held.text(doc_id);
  }
  HeldQuotationTexts held;
  int kept = 0;
  mutable int read = 0;
};

TEST(QuotationClusterTest, ReadsTextsBackFromItsStore) {
  const auto texts = std::make_shared<CountingTexts>();
  QuotationClusterer clusterer(texts);
  clusterer.add(record("a", kChains));
  clusterer.add(record("b", "nothing to lose but their chains. They have a world to win."));
  EXPECT_EQ(texts->kept, 2);
  EXPECT_EQ(texts->read, 0);  // the words of "a" were still cached
  texts->held.keep("a", std::string(kChains) + " (as the store now has it)");
  EXPECT_EQ(clusterer.clusters().at(0).canonical_text,
            std::string(kChains) + " (as the store now has it)");
  EXPECT_EQ(texts->read, 1);
  clusterer.remove("a");
  EXPECT_EQ(texts->held.text("a"), std::nullopt);
}

TEST(QuotationClusterTest, ReportsWhatChangedSinceItsRestore) {
  const auto texts = std::make_shared<HeldQuotationTexts>();
  QuotationClusterer first_run(texts);
  first_run.add(record("a1", "The proletarians have nothing to lose but their chains."));
  first_run.add(record("a2", "the proletarians have nothing to lose but their chains"));
  first_run.add(record("b1", "They have a world to win. Working Men of All Countries, Unite!"));
  first_run.add(record("c1", kDisdain));
  QuotationClusterer next_run(texts);
  for (const std::string& chunk : state_of(first_run, 2)) next_run.restore(chunk);
  const std::string a = next_run.cluster_of("a1").value();
  const std::string b = next_run.cluster_of("b1").value();
  const std::string c = next_run.cluster_of("c1").value();
  std::vector<std::string> changed;
  const auto collect = [&changed](const Cluster& cluster) { changed.push_back(cluster.id); };
  next_run.for_each_changed_cluster(collect);
  EXPECT_TRUE(changed.empty());

  next_run.add(record("bridge", kChains));
  next_run.remove("c1");
  next_run.for_each_changed_cluster(collect);
  EXPECT_EQ(changed, std::vector<std::string>{a});
  std::vector<std::string> vanished{b, c};
  std::sort(vanished.begin(), vanished.end());
  EXPECT_EQ(next_run.vanished_clusters(), vanished);
  std::vector<std::pair<std::string, std::string>> moved;
  next_run.for_each_moved([&moved](const std::string& doc_id, const std::string& cluster) {
    moved.emplace_back(doc_id, cluster);
  });
  EXPECT_EQ(moved, (std::vector<std::pair<std::string, std::string>>{{"b1", a}}));
}

TEST(QuotationClusterTest, HoldsARestoredQuotationWhoseTextIsGoneUntilRemoved) {
  QuotationClusterer clusterer;
  clusterer.restore(R"({"version": 2, "quotations": [)"
                    R"({"doc": "gone", "year": 0, "source": "", "cluster": "qx"}]})");
  EXPECT_TRUE(clusterer.holds("gone"));
  try {
    static_cast<void>(clusterer.clusters());
    ADD_FAILURE() << "no exception";
  } catch (const ArchiveError& error) {
    EXPECT_STREQ(error.what(), "no text for quotation 'gone'");
  }
  clusterer.remove("gone");
  EXPECT_TRUE(clusterer.clusters().empty());
  EXPECT_EQ(clusterer.vanished_clusters(), std::vector<std::string>{"qx"});
}

struct BadState {
  const char* state;
  const char* message;
};

TEST(QuotationClusterTest, RefusesAStateItDidNotWrite) {
  const BadState cases[] = {
      {"not json", "cannot read quotation clusters: not a JSON object"},
      {"[1]", "cannot read quotation clusters: not a JSON object"},
      {R"({"version": 7, "quotations": []})",
       "cannot read quotation clusters: version 7, expected 1 or 2"},
      {R"({"version": 2, "quotations": [{"doc": "a"}]})",
       "cannot read quotation clusters: [json.exception.out_of_range.403] key 'year' not found"},
      {R"({"version": 1, "quotations": [)"
       R"({"doc": "a", "text": "t", "citation": "", "year": 0, "cluster": "x"},)"
       R"({"doc": "a", "text": "t", "citation": "", "year": 0, "cluster": "x"}]})",
       "cannot read quotation clusters: quotation 'a' appears twice"},
  };
  for (const BadState& c : cases) {
    SCOPED_TRACE(c.state);
    try {
      QuotationClusterer clusterer;
      clusterer.restore(c.state);
      ADD_FAILURE() << "no exception";
    } catch (const ArchiveError& error) {
      EXPECT_STREQ(error.what(), c.message);
    }
  }
}

// A generated corpus: random passages over a vocabulary with frequent
// function words, each quoted in full once and then trimmed, with an
// ellipsis or with one word changed.
std::vector<std::pair<QuotationRecord, std::string>> generate(std::size_t passages,
                                                              std::size_t quotes_per_passage) {
  std::mt19937 random(20240601);
  const std::vector<std::string> common = {"the", "of", "and", "to", "a", "in", "that", "is"};
  const auto word = [&] {
    if (random() % 10 < 4) return common[random() % common.size()];
    return std::string("w").append(std::to_string(random() % 20000));
  };
  std::vector<std::pair<QuotationRecord, std::string>> result;
  for (std::size_t p = 0; p < passages; ++p) {
    std::vector<std::string> words(20 + random() % 40);
    for (std::string& w : words) w = word();
    for (std::size_t v = 0; v < quotes_per_passage; ++v) {
      std::size_t begin = 0, end = words.size();
      if (v > 0) {
        const std::size_t length = std::max<std::size_t>(12, end / 2 + random() % (end / 2));
        begin = random() % (end - length + 1);
        end = begin + length;
      }
      std::string text;
      const std::size_t changed = v % 3 == 1 ? begin + (end - begin) / 2 : end;
      const std::size_t cut = v % 3 == 2 && end - begin >= 24 ? begin + 8 : end;
      for (std::size_t i = begin; i < end; ++i) {
        if (i == cut) {
          text += "… ";
          i += 4;
        }
        text += (i == changed ? std::string("changed") : words[i]) + (i % 7 == 6 ? ", " : " ");
      }
      const std::string id = std::to_string(p).append("#q").append(std::to_string(v));
      result.push_back(
          {record(id, text, std::string("CW ").append(std::to_string(p % 45))), std::to_string(p)});
    }
  }
  std::shuffle(result.begin() + 1, result.end(), random);
  return result;
}

TEST(QuotationClusterTest, ClustersTwentyThousandGeneratedQuotationsCorrectly) {
  const auto quotations = generate(2000, 10);
  QuotationClusterer clusterer;
  std::map<std::string, std::string> truth;
  for (const auto& [quotation, passage] : quotations) {
    clusterer.add(quotation);
    truth[quotation.doc_id] = passage;
  }
  const std::vector<Cluster> clusters = clusterer.clusters();
  std::map<std::string, std::string> predicted;
  for (const Cluster& cluster : clusters) {
    for (const std::string& member : cluster.members) predicted[member] = cluster.id;
  }
  // Count pairs per cluster and per passage instead of all pairs.
  std::map<std::pair<std::string, std::string>, double> cells;
  std::map<std::string, double> per_cluster, per_passage;
  for (const auto& [doc, passage] : truth) {
    ++cells[{predicted.at(doc), passage}];
    ++per_cluster[predicted.at(doc)];
    ++per_passage[passage];
  }
  const auto pairs = [](double n) { return n * (n - 1) / 2; };
  double both = 0, predicted_pairs = 0, true_pairs = 0;
  for (const auto& [cell, n] : cells) both += pairs(n);
  for (const auto& [cluster, n] : per_cluster) predicted_pairs += pairs(n);
  for (const auto& [passage, n] : per_passage) true_pairs += pairs(n);
  std::printf("generated: %zu quotations, %zu clusters, pairwise precision %.4f recall %.4f\n",
              truth.size(), clusters.size(), both / predicted_pairs, both / true_pairs);
  EXPECT_GE(both / predicted_pairs, 0.99);
  EXPECT_GE(both / true_pairs, 0.99);
}

}  // namespace
}  // namespace samizdat::corpus
