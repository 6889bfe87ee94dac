#include "corpus/citation.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace samizdat::corpus {
namespace {

struct CitationCase {
  std::string_view raw;
  std::string_view author;
  std::string_view work;
  std::string_view volume;
  std::string_view page;
  std::string_view key;
};

TEST(CitationTest, TakesCitationsApartInManyStyles) {
  const CitationCase cases[] = {
      // Lenin's Collected Works, volume 27, in every style met in the wild.
      {"CW 27 p.135", "", "Collected Works", "27", "135", "Collected Works 27"},
      {"Collected Works Volume 27 p. 135", "", "Collected Works", "27", "135",
       "Collected Works 27"},
      {"Lenin, Collected Works, vol. 27, p. 135", "Lenin", "Collected Works", "27", "135",
       "Collected Works 27"},
      {"LCW vol 27, page 135", "Lenin", "Collected Works", "27", "135", "Collected Works 27"},
      {"V. I. Lenin, Collected Works, Vol. XXVII, pp. 135-136", "Lenin", "Collected Works", "27",
       "135-136", "Collected Works 27"},
      {"Lenin CW 27:135", "Lenin", "Collected Works", "27", "135", "Collected Works 27"},
      {"(Lenin\xE2\x80\x99s Collected Works, Progress Publishers, Moscow, 1965, Volume 27, "
       "pp. 135\xE2\x80\x93"
       "6)",
       "Lenin", "Collected Works", "27", "135-6", "Collected Works 27"},
      {"collected works, v. 27", "", "Collected Works", "27", "", "Collected Works 27"},
      {"Lenin, \xE2\x80\x9CThe State and Revolution\xE2\x80\x9D, Collected Works, Vol. 25, "
       "p. 400",
       "Lenin", "Collected Works", "25", "400", "Collected Works 25"},
      {"Lenin, Polnoe Sobranie Sochinenii, t. 36, s. 7", "Lenin", "Polnoe Sobranie Sochinenii",
       "36", "7", "Polnoe Sobranie Sochinenii 36"},
      {"PSS 36:7", "Lenin", "Polnoe Sobranie Sochinenii", "36", "7",
       "Polnoe Sobranie Sochinenii 36"},
      {"Lenin, Selected Works, vol. 2", "Lenin", "Selected Works", "2", "", "Selected Works 2"},
      // Marx and Engels.
      {"MECW 6:506", "Marx and Engels", "Marx Engels Collected Works", "6", "506",
       "Marx Engels Collected Works 6"},
      {"Marx-Engels Collected Works, Volume 6, p. 506", "Marx and Engels",
       "Marx Engels Collected Works", "6", "506", "Marx Engels Collected Works 6"},
      {"Marx and Engels, Collected Works, vol. 6", "Marx and Engels", "Marx Engels Collected Works",
       "6", "", "Marx Engels Collected Works 6"},
      {"Karl Marx, Collected Works vol 6 p 506", "Marx", "Marx Engels Collected Works", "6", "506",
       "Marx Engels Collected Works 6"},
      {"MESW, vol. 1, p. 13", "Marx and Engels", "Marx Engels Selected Works", "1", "13",
       "Marx Engels Selected Works 1"},
      {"Marx/Engels, Werke, Bd. 4, S. 493", "Marx and Engels", "Marx Engels Werke", "4", "493",
       "Marx Engels Werke 4"},
      {"MEW 4, 493", "Marx and Engels", "Marx Engels Werke", "4", "493", "Marx Engels Werke 4"},
      // Other authors' editions keep their name.
      {"Mao, Selected Works, vol. 2, p. 224", "Mao", "Mao Selected Works", "2", "224",
       "Mao Selected Works 2"},
      {"Rosa Luxemburg, Gesammelte Werke, Bd. 4, S. 362", "Luxemburg", "Luxemburg Gesammelte Werke",
       "4", "362", "Luxemburg Gesammelte Werke 4"},
      // Books by title: a stable folded key.
      {"R, Stites Revolutionary Dreams", "", "R Stites Revolutionary Dreams", "", "",
       "r stites revolutionary dreams"},
      {"R,  Stites  REVOLUTIONARY DREAMS.", "", "R Stites REVOLUTIONARY DREAMS", "", "",
       "r stites revolutionary dreams"},
      {"Rosa Luxemburg, The Russian Revolution", "Luxemburg", "The Russian Revolution", "", "",
       "luxemburg the russian revolution"},
      {"Luxemburg, \xE2\x80\x98The Russian Revolution\xE2\x80\x99 (1918), p. 69", "Luxemburg",
       "The Russian Revolution", "", "69", "luxemburg the russian revolution"},
      {"Marx, Capital, Vol. I, p. 915", "Marx", "Capital", "1", "915", "marx capital 1"},
      {"Capital volume 1, page 915", "", "Capital", "1", "915", "capital 1"},
      {"Peter Kropotkin, The Conquest of Bread", "Kropotkin", "The Conquest of Bread", "", "",
       "kropotkin the conquest of bread"},
      {"Thomas Paine, Common Sense", "Paine", "Common Sense", "", "", "paine common sense"},
      {"by Frederick Douglass, What to the Slave is the Fourth of July?", "Douglass",
       "What to the Slave is the Fourth of July", "", "",
       "douglass what to the slave is the fourth of july"},
      {"Trotsky, History of the Russian Revolution, vol. 3", "Trotsky",
       "History of the Russian Revolution", "3", "", "trotsky history of the russian revolution 3"},
      {"Pravda, 7 November 1917", "", "Pravda 7 November", "", "", "pravda 7 november"},
      {"", "", "", "", "", ""},
  };
  for (const CitationCase& c : cases) {
    SCOPED_TRACE(std::string(c.raw));
    const NormalisedCitation citation = normalise_citation(c.raw);
    EXPECT_EQ(citation.raw, c.raw);
    EXPECT_EQ(citation.author, c.author);
    EXPECT_EQ(citation.work, c.work);
    EXPECT_EQ(citation.volume, c.volume);
    EXPECT_EQ(citation.page, c.page);
    EXPECT_EQ(citation.key(), c.key);
  }
}

TEST(CitationTest, MarksOnlyKnownEditions) {
  EXPECT_TRUE(normalise_citation("CW 27").edition);
  EXPECT_TRUE(normalise_citation("Marx Engels Werke 4").edition);
  EXPECT_FALSE(normalise_citation("Revolutionary Dreams").edition);
}

TEST(CitationTest, KeepsTheVolumeWhenItLooksLikeAnInitial) {
  const NormalisedCitation citation = normalise_citation("Collected Works, vol. V, Lenin");
  EXPECT_EQ(citation.volume, "5");
  EXPECT_EQ(citation.author, "Lenin");
  EXPECT_EQ(citation.key(), "Collected Works 5");
}

TEST(CitationTest, FoldsNonAsciiTitles) {
  EXPECT_EQ(normalise_citation("Ленин, ГОСУДАРСТВО И РЕВОЛЮЦИЯ").key(),
            "ленин государство и революция");
}

}  // namespace
}  // namespace samizdat::corpus
