#include "indexer/dictionary.h"

#include <charconv>

#include "corpus/error.h"
#include "corpus/file_loader.h"
#include "corpus/schema.h"
#include "corpus/text_codec.h"

namespace samizdat::indexer {
namespace {

namespace schema = corpus::schema;

// Adds the texts of one file to `samples`; false once the sample is full.
bool add_samples(const FileJob& job, const corpus::CorpusConfig& config,
                 std::vector<std::string>& samples, std::size_t& bytes) {
  try {
    auto loaded = corpus::load_file(job.entry.path, job.entry.relative, config);
    for (auto& document : loaded.documents) {
      if (samples.size() >= kSampleDocuments || bytes >= kSampleBytes) return false;
      if (document.text.empty()) continue;
      bytes += document.text.size();
      samples.push_back(std::move(document.text));
    }
  } catch (const InputError&) {
    // Reported when the file is indexed.
  }
  return samples.size() < kSampleDocuments && bytes < kSampleBytes;
}

}  // namespace

Dictionary read_current_dictionary(const ArchiveWriter& archive) {
  const std::string current = archive.metadata(schema::kMetaDictionaryCurrent);
  if (current.empty()) return {};
  Dictionary dictionary;
  const auto [end, error] =
      std::from_chars(current.data(), current.data() + current.size(), dictionary.id);
  if (error != std::errc() || end != current.data() + current.size() || dictionary.id == 0) {
    throw ArchiveError("cannot read archive '" + archive.path().string() +
                       "': bad current dictionary id '" + current + "'");
  }
  dictionary.bytes = archive.metadata(schema::dictionary_key(dictionary.id));
  if (dictionary.bytes.empty()) {
    throw ArchiveError("cannot read archive '" + archive.path().string() + "': dictionary " +
                       current + " is missing");
  }
  return dictionary;
}

Dictionary train_on_files(const std::vector<FileJob>& jobs, const corpus::CorpusConfig& config) {
  std::vector<std::string> samples;
  std::size_t bytes = 0;
  for (const auto& job : jobs) {
    if (!add_samples(job, config, samples, bytes)) break;
  }
  std::string trained = corpus::train_dictionary(samples);
  if (trained.empty()) return {};
  return {1, std::move(trained)};
}

void store_dictionary(ArchiveWriter& archive, const Dictionary& dictionary) {
  archive.set_metadata(schema::dictionary_key(dictionary.id), dictionary.bytes);
  archive.set_metadata(schema::kMetaDictionaryCurrent, std::to_string(dictionary.id));
}

}  // namespace samizdat::indexer
