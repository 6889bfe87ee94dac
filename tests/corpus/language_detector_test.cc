#include "corpus/language_detector.h"

#include <string>

#include <gtest/gtest.h>

namespace samizdat::corpus {
namespace {

struct Sample {
  std::string language;
  std::string text;
};

// One sentence of each language, as an archive's headline or comment would be.
const Sample kSentences[] = {
    {"en", "The workers of Petrograd went on strike in February and the army joined them."},
    {"fr", "Les ouvriers de Petrograd se sont mis en grève et l'armée les a rejoints."},
    {"de", "Die Arbeiter von Petrograd streikten im Februar, und die Armee schloss sich ihnen an."},
    {"es", "Los obreros de Petrogrado fueron a la huelga y el ejército se unió a ellos."},
    {"it", "Gli operai di Pietrogrado hanno scioperato a febbraio e l'esercito si è unito a loro."},
    {"pt", "Os operários de Petrogrado entraram em greve e o exército juntou-se a eles."},
    {"nl", "De arbeiders van Petrograd gingen in februari in staking en het leger sloot zich aan."},
    {"sv", "Arbetarna i Petrograd strejkade i februari och armén anslöt sig till dem."},
    {"ru", "Рабочие Петрограда забастовали в феврале, и армия перешла на их сторону."},
    {"uk", "Робітники Петрограда страйкували в лютому, і армія перейшла на їхній бік."},
};

// A paragraph of each language, the kind of body an article has.
const Sample kParagraphs[] = {
    {"en", "In the history of the revolution the most indubitable feature is the direct "
           "interference of the masses in historical events. In ordinary times the state, be "
           "it monarchical or democratic, elevates itself above the nation, and history is "
           "made by specialists in that line of business: kings, ministers, bureaucrats."},
    {"fr", "Le trait le plus incontestable de la révolution, c'est l'intervention directe des "
           "masses dans les événements historiques. D'ordinaire, l'État, monarchique ou "
           "démocratique, domine la nation; l'histoire est faite par des spécialistes du "
           "métier: monarques, ministres, bureaucrates, parlementaires, journalistes."},
    {"de", "Der unbestreitbarste Charakterzug der Revolution ist die direkte Einmischung der "
           "Massen in die historischen Ereignisse. In gewöhnlichen Zeiten erhebt sich der "
           "Staat, der monarchische wie der demokratische, über die Nation; die Geschichte "
           "wird von Fachleuten dieses Handwerks gemacht: Monarchen, Ministern, Bürokraten."},
    {"es", "El rasgo característico más indiscutible de las revoluciones es la intervención "
           "directa de las masas en los acontecimientos históricos. En tiempos normales, el "
           "Estado, sea monárquico o democrático, está por encima de la nación; la historia "
           "la hacen los especialistas de este oficio: los monarcas, los ministros."},
    {"it", "Il tratto più incontestabile della rivoluzione è l'intervento diretto delle masse "
           "negli avvenimenti storici. In tempi normali lo Stato, monarchico o democratico, "
           "domina la nazione; la storia è fatta dagli specialisti del mestiere: monarchi, "
           "ministri, burocrati, parlamentari, giornalisti. Ma nei momenti decisivi."},
    {"pt", "O traço mais indiscutível de uma revolução é a intervenção direta das massas nos "
           "acontecimentos históricos. Em tempos normais, o Estado, seja monárquico ou "
           "democrático, eleva-se acima da nação, e a história é feita pelos especialistas "
           "do ofício: monarcas, ministros, burocratas, parlamentares, jornalistas."},
    {"nl", "Het meest onbetwistbare kenmerk van een revolutie is het directe ingrijpen van de "
           "massa in de historische gebeurtenissen. In gewone tijden staat de staat, of hij "
           "nu monarchaal of democratisch is, boven de natie, en de geschiedenis wordt "
           "gemaakt door de specialisten van het vak: koningen, ministers, bureaucraten."},
    {"sv", "Det mest obestridliga kännetecknet för en revolution är massornas direkta ingripande "
           "i de historiska händelserna. I vanliga tider står staten, vare sig den är "
           "monarkisk eller demokratisk, över nationen, och historien görs av fackmän på "
           "området: kungar, ministrar, byråkrater, parlamentariker och journalister."},
    {"ru", "Наиболее бесспорной чертой революции является прямое вмешательство масс в "
           "исторические события. В обычное время государство, монархическое, как и "
           "демократическое, возвышается над нацией; историю делают специалисты этого дела: "
           "монархи, министры, бюрократы, парламентарии, журналисты."},
    {"uk", "Найбезперечнішою рисою революції є безпосереднє втручання мас в історичні події. "
           "У звичайні часи держава, монархічна чи демократична, підноситься над нацією, а "
           "історію творять фахівці цієї справи: монархи, міністри, бюрократи, журналісти."},
};

TEST(LanguageDetectorTest, RecognisesOneSentenceInEachLanguage) {
  for (const Sample& sample : kSentences) {
    EXPECT_EQ(detect_language(sample.text), sample.language) << sample.text;
  }
}

TEST(LanguageDetectorTest, RecognisesAParagraphInEachLanguage) {
  for (const Sample& sample : kParagraphs) {
    EXPECT_EQ(detect_language(sample.text), sample.language) << sample.text;
  }
}

TEST(LanguageDetectorTest, RecognisesUpperCaseText) {
  EXPECT_EQ(detect_language("LA RÉVOLUTION EST EN MARCHE DANS TOUTE LA RUSSIE"), "fr");
  EXPECT_EQ(detect_language("ВСЯ ВЛАСТЬ СОВЕТАМ! ДОЛОЙ ВОЙНУ!"), "ru");
}

TEST(LanguageDetectorTest, IsUnsureWithoutEnoughText) {
  const std::string cases[] = {
      "",
      "Petrograd",
      "the",          // a function word, but too few letters
      "Да!",          // too few Cyrillic letters
      "1917-10-25 1921 12345 3.14",
      "... --- !!! ???",
      "Lenin Trotsky Stalin Bukharin Zinoviev Kamenev",  // names only
  };
  for (const std::string& text : cases) EXPECT_EQ(detect_language(text), "") << text;
}

TEST(LanguageDetectorTest, IsUnsureWhenTwoLanguagesAreMixedEvenly) {
  EXPECT_EQ(detect_language("the revolution and the peace / die Revolution und der Frieden"), "");
}

TEST(LanguageDetectorTest, ReadsOnlyTheBeginningOfALongText) {
  std::string text;
  while (text.size() < kLanguageSampleBytes) text += kParagraphs[2].text + "\n\n";
  for (int i = 0; i < 20; ++i) text += kParagraphs[0].text + "\n\n";
  EXPECT_EQ(detect_language(text), "de");
}

TEST(LanguageDetectorTest, CyrillicQuotedInLatinTextDoesNotWin) {
  EXPECT_EQ(detect_language("The slogan of the day was «Вся власть Советам» and it was "
                            "repeated in every factory of the city."),
            "en");
}

}  // namespace
}  // namespace samizdat::corpus
