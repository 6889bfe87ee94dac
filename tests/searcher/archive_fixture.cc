#include "tests/searcher/archive_fixture.h"

#include <stdexcept>

#include <nlohmann/json.hpp>

#include "indexer/indexer.h"

namespace samizdat::testing {
namespace {

[[nodiscard]] std::string to_json(const FixtureRecord& record) {
  nlohmann::json json{{"title", record.title},   {"text", record.text},
                      {"date", record.date},     {"authors", record.authors},
                      {"language", record.language}, {"tags", record.tags},
                      {"comments", record.comments}};
  if (!record.publication.empty()) json["publication"] = record.publication;
  if (!record.party.empty()) json["party"] = record.party;
  return json.dump();
}

}  // namespace

const std::vector<FixtureRecord>& fixture_records() {
  static const std::vector<FixtureRecord> records = {
      {"1917/april-theses", "The April Theses",
       "All power to the soviets. The workers and peasants demand peace, bread and land.", "1917-04-07",
       {"Vladimir Lenin"}, "Pravda", "en", {"revolution", "soviets"}, "Bolshevik",
       {"A fine program for the workers.", "Peace now, and bread for everyone!"}},
      {"1917/october", "The October Revolution",
       "The Petrograd soviet took power in the revolution of October. A constitution of the new republic "
       "followed.",
       "1917-10", {"Leon Trotsky", "John Reed"}, "The Militant", "en", {"revolution", "history"}, "Bolshevik", {}},
      {"1917/february", "February Days", "Bread riots in Petrograd opened the revolution of February.", "1917",
       {"John Reed"}, "The Masses", "en", {"history"}, "Menshevik", {}},
      {"1921/kronstadt", "Kronstadt",
       "The sailors of Kronstadt rose against the Bolshevik government demanding free soviets.", "1921-03-01",
       {"Emma Goldman"}, "Mother Earth", "en", {"anarchism", "soviets"}, "Anarchist", {}},
      {"1936/spain", "Revolution in Spain",
       "Workers collectivised the factories of Barcelona & Catalonia.\n\nAs Durruti told the reporter, \"We are not in the "
       "least afraid of ruins, we are going to inherit the earth\" (Toronto Star, 1936).",
       "1936-07-19", {"George Orwell"}, "The Militant", "en", {"revolution"}, "", {}},
      {"1787/constitution", "The Constitution",
       "We the people of the united states, in order to form a more perfect union, establish this constitution.",
       "1787-09-17", {"James Madison"}, "Federalist", "en", {"law"}, "Federalist", {}},
      {"1848/manifest", "Manifest der Kommunistischen Partei", "Ein Gespenst geht um in Europa.", "1848-02",
       {"Karl Marx", "Friedrich Engels"}, "", "de", {"communism"}, "", {}},
      {"1919/spartacus", "Order Reigns in Berlin",
       "The revolution will raise itself up again clashing, and to your horror it will proclaim: I was, I am, "
       "I shall be.",
       "1919-01-14", {"Rosa Luxemburg"}, "Die Rote Fahne", "en", {"revolution", "germany"}, "Spartacist",
       {"She was murdered the next day."}},
  };
  return records;
}

std::filesystem::path build_archive(const TempDir& directory, const std::string& name,
                                    const std::vector<FixtureRecord>& records) {
  const std::string corpus = name + ".corpus";
  directory.write(corpus + "/samizdat.ini", "facet = party\n");
  for (const auto& record : records) directory.write(corpus + "/" + record.id + ".json", to_json(record));
  indexer::IndexOptions options;
  options.archive = directory.path() / name;
  options.corpus = directory.path() / corpus;
  options.threads = 1;
  const auto skipped = [](const std::string& path, const std::string& reason) {
    throw std::runtime_error("indexer skipped " + path + ": " + reason);
  };
  static_cast<void>(indexer::index_corpus(options, skipped));
  return options.archive;
}

void SplitArchivesTest::SetUpTestSuite() {
  directory_ = std::make_unique<TempDir>();
  const auto& records = fixture_records();
  const auto middle = records.begin() + static_cast<std::ptrdiff_t>(records.size() / 2);
  whole_ = build_archive(*directory_, "whole", records).string();
  first_ = build_archive(*directory_, "first", {records.begin(), middle}).string();
  second_ = build_archive(*directory_, "second", {middle, records.end()}).string();
}

}  // namespace samizdat::testing
