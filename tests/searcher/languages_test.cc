// Searching an archive in several languages and two scripts: detection,
// stemming per language, accent folding and Russian names in Latin letters.
#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "corpus/error.h"
#include "searcher/searcher.h"
#include "tests/searcher/archive_fixture.h"

namespace samizdat::searcher {
namespace {

using testing::FixtureRecord;
using Ids = std::set<std::string>;

FixtureRecord record(std::string id, std::string title, std::string text, std::string language) {
  FixtureRecord result;
  result.id = std::move(id);
  result.title = std::move(title);
  result.text = std::move(text);
  result.date = "1917";
  result.language = std::move(language);
  return result;
}

// Languages left empty are for the indexer to detect.
std::vector<FixtureRecord> records() {
  return {
      record("en", "The congress",
             "The party of the workers met in congress. The delegates of the party discussed "
             "the revolution and the strike.",
             ""),
      record("fr", "La Révolution russe",
             "Les ouvriers et les paysans de la Russie ont fait la révolution. Les révolutions "
             "sont les locomotives de l'histoire et le peuple est dans la rue.",
             ""),
      record("de", "Die Straße gehört uns",
             "Die Arbeiter sind auf der Straße und der Streik ist allgemein. Wir wollen nicht "
             "mehr für die Fabrik arbeiten, sagen sie.",
             ""),
      record("es", "La huelga general",
             "Los trabajadores de la ciudad están en la calle y la huelga es general para todos "
             "los obreros del país.",
             ""),
      record("it", "Lo sciopero",
             "I lavoratori della città sono nella strada e lo sciopero è generale per tutti gli "
             "operai della fabbrica.",
             ""),
      record("pl", "Strajk", "Robotnicy z Łódź strajkują przeciw fabrykantom.", "pl"),
      record("en-work", "The working day", "The working day was long and the work in the mill was hard.", "en"),
      record("ru", "Троцкий и Керенский",
             "Троцкий выступил против Керенский в Петрограде. "
             "Революция победила, и рабочие "
             "взяли власть в городе. Каждый рабочий знал это.",
             ""),
  };
}

class LanguagesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    directory_ = std::make_unique<testing::TempDir>();
    archive_ = testing::build_archive(*directory_, "archive", records()).string();
  }
  static void TearDownTestSuite() { directory_.reset(); }

  [[nodiscard]] Ids ids(const std::string& query, const std::string& language = "") {
    SearchRequest request;
    request.query = query;
    request.language = language;
    request.limit = 100;
    Ids found;
    for (const auto& hit : searcher_.search(request).results) found.insert(hit.id);
    return found;
  }

  static inline std::unique_ptr<testing::TempDir> directory_;
  static inline std::string archive_;
  Searcher searcher_{{archive_}};
};

TEST_F(LanguagesTest, DetectsTheLanguageOfDocumentsThatGiveNone) {
  SearchRequest request;
  request.limit = 100;
  std::map<std::string, std::string> languages;
  for (const auto& hit : searcher_.search(request).results) languages[hit.id] = hit.language;
  for (const std::string code : {"en", "fr", "de", "es", "it", "pl", "ru"}) {
    EXPECT_EQ(languages[code], code);
  }
}

TEST_F(LanguagesTest, StemsEachDocumentInItsLanguage) {
  EXPECT_EQ(ids("révolution", "fr"), (Ids{"fr"}));  // finds the plural révolutions too
  EXPECT_EQ(ids("revolutions", "fr"), (Ids{"fr"}));
  EXPECT_EQ(ids("trabajador", "es"), (Ids{"es"}));
  EXPECT_EQ(ids("революции", "ru"), (Ids{"ru"}));
}

TEST_F(LanguagesTest, WithoutALanguageAWordMatchesInEveryLanguage) {
  EXPECT_EQ(ids("révolution"), (Ids{"en", "fr"}));  // accents are ignored
  EXPECT_EQ(ids("revolution"), (Ids{"en", "fr"}));
  EXPECT_EQ(ids("Révolution"), (Ids{"fr"}));  // a capitalised word is exact: the accent counts
  EXPECT_EQ(ids("révolutions"), (Ids{"en", "fr"}));
  EXPECT_EQ(ids("trabajador"), (Ids{"es"}));
  EXPECT_EQ(ids("strike"), (Ids{"en"}));
}

TEST_F(LanguagesTest, AnotherLanguagesStemOnlyFindsDocumentsInThatLanguage) {
  // German stems "workers" to "work", as English stems "working" and "work":
  // that stem finds German documents only.
  EXPECT_EQ(ids("workers"), (Ids{"en"}));
  EXPECT_EQ(ids("workers", "de"), (Ids{"en-work"}));  // an explicit language stems everywhere
  EXPECT_EQ(ids("working"), (Ids{"en-work"}));
  // Polish has no stemmer: its words were indexed folded only, and are found
  // as written though English would stem "robotnicy" to "robotnici".
  EXPECT_EQ(ids("robotnicy"), (Ids{"pl"}));
  EXPECT_EQ(ids("strajkuja"), (Ids{"pl"}));
}

TEST_F(LanguagesTest, AWordFoundInAnotherLanguageIsNotCorrected) {
  // English leaves "рабочие" as it is, a stem of no document, and the
  // archive has a word that is one letter off; Russian stems it as the
  // Russian text was.
  SearchRequest request;
  request.query = "рабочие";
  const auto response = searcher_.search(request);
  EXPECT_EQ(response.total, 1U);
  EXPECT_FALSE(response.corrected) << *response.corrected;
  request.query = "рабочиe власть";  // a Latin "e": in no document, in any language
  EXPECT_TRUE(searcher_.search(request).corrected);
}

TEST_F(LanguagesTest, IgnoresAccentsAndSpecialLetters) {
  EXPECT_EQ(ids("revolution", "fr"), (Ids{"fr"}));
  EXPECT_EQ(ids("lodz"), (Ids{"pl"}));
  EXPECT_EQ(ids("Lodz"), (Ids{"pl"}));
  EXPECT_EQ(ids("strasse"), (Ids{"de"}));
  EXPECT_EQ(ids("Strasse"), (Ids{"de"}));
  EXPECT_EQ(ids("\"revolution russe\""), (Ids{"fr"}));
}

TEST_F(LanguagesTest, FindsAWordWrittenAfterAnElision) {
  EXPECT_EQ(ids("histoire"), (Ids{"fr"}));  // written "l'histoire"
  EXPECT_EQ(ids("\"locomotives de l'histoire\""), (Ids{"fr"}));
}

TEST_F(LanguagesTest, FindsRussianNamesSpeltInLatinLetters) {
  for (const std::string query : {"Trotsky", "Trotzki", "trotskii", "trotsky", "Троцкий"}) {
    EXPECT_EQ(ids(query), (Ids{"ru"})) << query;
  }
  for (const std::string query : {"Kerensky", "Kerenskii", "kerensky"}) {
    EXPECT_EQ(ids(query), (Ids{"ru"})) << query;
  }
  EXPECT_EQ(ids("Trotsky", "en"), (Ids{"ru"}));
}

TEST_F(LanguagesTest, StopwordPhraseStillMatchesAsAPhrase) {
  EXPECT_EQ(ids("\"the party\""), (Ids{"en"}));
  EXPECT_EQ(ids("\"party the\""), Ids{});
}

TEST_F(LanguagesTest, UnknownQueryLanguageIsAnInputError) {
  try {
    (void)ids("bread", "xx");
    FAIL() << "accepted language xx";
  } catch (const InputError& error) {
    EXPECT_STREQ(error.what(), "unknown query language 'xx' (use an ISO code such as en, de, ru)");
  }
}

}  // namespace
}  // namespace samizdat::searcher
