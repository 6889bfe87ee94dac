#include "indexer/synonym_table.h"

#include <xapian.h>

#include <cstdint>
#include <string>
#include <vector>

#include "corpus/content_hash.h"
#include "corpus/folding_stemmer.h"
#include "corpus/language_info.h"
#include "corpus/schema.h"
#include "corpus/text_folding.h"

namespace samizdat::indexer {
namespace {

namespace schema = corpus::schema;

using Entries = std::set<std::pair<std::string, std::string>>;

// The stemmers of the languages the query side parses with: English and
// every stemmable language of the archive (searcher/query_builder.cc).
std::vector<Xapian::Stem> stemmers_for(const std::vector<std::string>& languages) {
  std::vector<Xapian::Stem> stemmers;
  for (const auto& language : languages) stemmers.push_back(corpus::make_folding_stemmer(language));
  return stemmers;
}

void add_pair(Entries& entries, const std::string& from, const std::string& to,
              const std::vector<Xapian::Stem>& stemmers) {
  const std::string folded_to = corpus::fold_for_search(to);
  std::set<std::string> synonyms{folded_to};
  for (const auto& stem : stemmers) synonyms.insert("Z" + stem(folded_to));
  const std::string lower_from = Xapian::Unicode::tolower(from);
  for (const auto& key : {lower_from, corpus::fold_for_search(from)}) {
    for (const auto& synonym : synonyms) {
      if (synonym != key) entries.emplace(key, synonym);
    }
  }
  for (const auto& stem : stemmers) {
    const std::string key = "Z" + stem(lower_from);
    const std::string synonym = "Z" + stem(folded_to);
    if (synonym != key) entries.emplace(key, synonym);
  }
}

// English, then the archive's other stemmable languages, as in the searcher.
std::vector<std::string> archive_languages(const Xapian::Database& database) {
  std::vector<std::string> languages{"en"};
  const std::string prefix(schema::kPrefixLanguage);
  for (auto term = database.allterms_begin(prefix); term != database.allterms_end(prefix); ++term) {
    const std::string language = (*term).substr(prefix.size());
    if (language != "en" && corpus::has_stemmer(language)) languages.push_back(language);
  }
  return languages;
}

}  // namespace

Entries synonym_entries(const corpus::SynonymFile& file,
                        const std::vector<std::string>& languages) {
  const auto stemmers = stemmers_for(languages);
  Entries entries;
  for (const auto& group : file.groups) {
    for (const auto& from : group.words) {
      for (const auto& to : group.words) {
        if (&from != &to) add_pair(entries, from, to, stemmers);
      }
    }
  }
  return entries;
}

void update_synonym_table(ArchiveWriter& writer, const std::optional<corpus::SynonymFile>& file) {
  const auto languages = archive_languages(writer.database());
  std::string source;
  if (file) {
    source = file->content;
    for (const auto& language : languages) source += "\n" + language;
  }
  const std::string hash = file ? corpus::hex16(corpus::content_hash(source)) : "";
  if (writer.metadata(schema::kMetaSynonyms) == hash) return;
  writer.replace_synonyms(file ? synonym_entries(*file, languages) : Entries{});
  writer.set_metadata(schema::kMetaSynonyms, hash);
}

}  // namespace samizdat::indexer
