#include "indexer/document_builder.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <set>
#include <string>

#include "corpus/error.h"
#include "corpus/schema.h"
#include "corpus/stored_document.h"

namespace samizdat::indexer {
namespace {

namespace schema = corpus::schema;

corpus::Document sample_document() {
  corpus::Document document;
  document.id = "1917/april-theses#c2";
  document.type = corpus::DocType::kComment;
  document.title = "The Tasks of the Proletariat";
  document.authors = {"V. I. Lenin", "Nadezhda Krupskaya"};
  document.date = corpus::Date{1917, 4, 7};
  document.publication = "Pravda";
  document.language = "en";
  document.tags = {"Revolution", "Soviets"};
  document.text = "Workers were running to the meetings.\n\nAll power to the soviets!";
  document.parent_id = "1917/april-theses";
  document.source = "Collected Works, vol. 24";
  document.path = "1917/April Theses.txt";
  document.extra = {{"party", "Bolsheviks"}, {"ignored", "x"}};
  return document;
}

std::set<std::string> terms_of(const Xapian::Document& document) {
  return {document.termlist_begin(), document.termlist_end()};
}

TEST(DocumentBuilderTest, AddsTheBooleanTermsOfTheSchema) {
  DocumentBuilder builder({"party"});
  const auto terms = terms_of(builder.build(sample_document(), "zzz", 1));
  for (const char* term :
       {"Q1917/april-theses#c2", "XTYPEcomment", "XPUBpravda", "XAUTHORv. i. lenin",
        "XAUTHORnadezhda krupskaya", "Krevolution", "Ksoviets", "Len", "Y1917", "M191704",
        "D19170407", "XDECADE1910s", "XPARENT1917/april-theses", "XFILE1917/April Theses.txt",
        "XSOURCEcollected works 24", "XFPARTY:bolsheviks"}) {
    EXPECT_TRUE(terms.contains(term)) << term;
  }
}

TEST(DocumentBuilderTest, IndexesFreeTextWithPrefixesAndStems) {
  DocumentBuilder builder({});
  const auto xapian_document = builder.build(sample_document(), "", 0);
  const auto terms = terms_of(xapian_document);
  for (const char* term : {"Stasks", "ZStask", "tasks", "Ztask", "Alenin", "Akrupskaya",
                           "XScollected", "running", "Zrun", "soviets", "Zsoviet"}) {
    EXPECT_TRUE(terms.contains(term)) << term;
  }
  // Body words have positions, for phrase search.
  auto term = xapian_document.termlist_begin();
  term.skip_to("meetings");
  ASSERT_EQ(*term, "meetings");
  EXPECT_GT(term.positionlist_count(), 0U);
}

TEST(DocumentBuilderTest, WeighsTitleWordsAboveBodyWords) {
  DocumentBuilder builder({});
  const auto xapian_document = builder.build(sample_document(), "", 0);
  auto term = xapian_document.termlist_begin();
  term.skip_to("proletariat");
  ASSERT_EQ(*term, "proletariat");
  EXPECT_EQ(term.get_wdf(), schema::kTitleWeight);
  term.skip_to("workers");
  ASSERT_EQ(*term, "workers");
  EXPECT_EQ(term.get_wdf(), 1U);
}

TEST(DocumentBuilderTest, FillsTheValueSlots) {
  DocumentBuilder builder({"ignored-not", "party"});
  const auto xapian_document = builder.build(sample_document(), "0123456789", 0);
  const std::string separator(1, schema::kMultiValueSeparator);
  EXPECT_EQ(xapian_document.get_value(schema::kSlotDateFirst), "19170407");
  EXPECT_EQ(xapian_document.get_value(schema::kSlotDateLast), "19170407");
  EXPECT_EQ(xapian_document.get_value(schema::kSlotYear), "1917");
  EXPECT_EQ(xapian_document.get_value(schema::kSlotDecade), "1910s");
  EXPECT_EQ(xapian_document.get_value(schema::kSlotType), "comment");
  EXPECT_EQ(xapian_document.get_value(schema::kSlotPublication), "Pravda");
  EXPECT_EQ(xapian_document.get_value(schema::kSlotAuthor),
            "V. I. Lenin" + separator + "Nadezhda Krupskaya");
  EXPECT_EQ(xapian_document.get_value(schema::kSlotLanguage), "en");
  EXPECT_EQ(xapian_document.get_value(schema::kSlotSource), "Collected Works 24");
  EXPECT_EQ(xapian_document.get_value(schema::kSlotTag), "Revolution" + separator + "Soviets");
  EXPECT_EQ(xapian_document.get_value(schema::kSlotFirstExtraFacet), "");
  EXPECT_EQ(xapian_document.get_value(schema::kSlotFirstExtraFacet + 1), "Bolsheviks");
  EXPECT_EQ(xapian_document.get_value(schema::kSlotFileSignature), "");
  // The text's 64 bytes, stored in 10.
  EXPECT_EQ(xapian_document.get_value(schema::kSlotTextSizes), "64:10");
}

TEST(DocumentBuilderTest, YearOnlyDateCoversTheYear) {
  auto document = sample_document();
  document.date = corpus::Date{1917, 0, 0};
  DocumentBuilder builder({});
  const auto xapian_document = builder.build(document, "", 0);
  const auto terms = terms_of(xapian_document);
  EXPECT_TRUE(terms.contains("Y1917"));
  for (const auto& term : terms) {
    EXPECT_FALSE(term.starts_with("M1") || term.starts_with("D1")) << term;
  }
  EXPECT_EQ(xapian_document.get_value(schema::kSlotDateFirst), "19170101");
  EXPECT_EQ(xapian_document.get_value(schema::kSlotDateLast), "19171231");
}

TEST(DocumentBuilderTest, StoresFieldsAndCompressedTextInTheData) {
  DocumentBuilder builder({});
  const auto document = sample_document();
  const auto stored =
      corpus::decode_stored_document(builder.build(document, "compressed bytes", 7).get_data());
  EXPECT_EQ(stored.compressed_text, "compressed bytes");
  EXPECT_EQ(stored.dictionary_id, 7U);
  EXPECT_EQ(stored.text_size, document.text.size());
  EXPECT_EQ(stored.document.id, document.id);
  EXPECT_EQ(stored.document.title, document.title);
  EXPECT_EQ(stored.document.authors, document.authors);
  EXPECT_EQ(stored.document.date, document.date);
  EXPECT_EQ(stored.document.parent_id, document.parent_id);
  EXPECT_EQ(stored.document.source, document.source);
  EXPECT_EQ(stored.document.path, document.path);
  EXPECT_EQ(stored.document.text, "");
}

TEST(DocumentBuilderTest, StemsInTheDocumentsLanguage) {
  struct Case {
    const char* language;
    const char* text;
    const char* stem;
  };
  const Case cases[] = {
      {"fr", "les révolutions", "Zrevolu"},
      {"ru", "революционеры", "Zреволюционер"},
      {"", "revolutions", "Zrevolut"},
  };
  DocumentBuilder builder({});
  for (const auto& test : cases) {
    auto document = sample_document();
    document.language = test.language;
    document.text = test.text;
    EXPECT_TRUE(terms_of(builder.build(document, "", 0)).contains(test.stem)) << test.language;
  }
}

TEST(DocumentBuilderTest, LanguageWithoutStemmerIndexesWordsAsWritten) {
  auto document = sample_document();
  document.language = "xx";
  document.title = "";
  document.text = "revolutions";
  DocumentBuilder builder({});
  const auto terms = terms_of(builder.build(document, "", 0));
  EXPECT_TRUE(terms.contains("revolutions"));
  EXPECT_FALSE(terms.contains("Zrevolut"));
}

TEST(DocumentBuilderTest, DetectsTheLanguageOnlyWhenTheDocumentHasNone) {
  DocumentBuilder builder({});
  auto document = sample_document();
  document.language = "";
  document.title = "La grève";
  document.text = "Les ouvriers de la ville sont dans la rue et la grève est générale.";
  const auto detected = builder.build(document, "", 0);
  EXPECT_EQ(detected.get_value(schema::kSlotLanguage), "fr");
  EXPECT_TRUE(terms_of(detected).contains(std::string(schema::kPrefixLanguage) + "fr"));
  EXPECT_EQ(corpus::decode_stored_document(detected.get_data()).document.language, "fr");
  EXPECT_TRUE(terms_of(detected).contains("Zouvri"));  // French stemming
  document.language = "de";
  EXPECT_EQ(builder.build(document, "", 0).get_value(schema::kSlotLanguage), "de");
}

TEST(DocumentBuilderTest, AccentedWordsAlsoGetTheirFoldedForm) {
  DocumentBuilder builder({});
  auto document = sample_document();
  document.language = "fr";
  document.text = "Vive la Révolution russe!";
  const auto terms = terms_of(builder.build(document, "", 0));
  EXPECT_TRUE(terms.contains("révolution"));
  EXPECT_TRUE(terms.contains("revolution"));
}

TEST(DocumentBuilderTest, RefusesAnIdTooLongForAXapianTerm) {
  auto document = sample_document();
  document.id = std::string(300, 'a');
  DocumentBuilder builder({});
  try {
    (void)builder.build(document, "", 0);
    FAIL() << "no error";
  } catch (const InputError& error) {
    EXPECT_EQ(std::string(error.what()),
              "document id longer than 244 bytes: '" + std::string(40, 'a') + "...'");
  }
}

}  // namespace
}  // namespace samizdat::indexer
