// @brief The seeded corpus generator behind samizdat-generate: streams N
// articles to disk in the formats the corpus readers understand.
#ifndef SAMIZDAT_TOOLS_CORPUS_GENERATOR_H_
#define SAMIZDAT_TOOLS_CORPUS_GENERATOR_H_

#include <array>
#include <cstdint>
#include <filesystem>
#include <string_view>
#include <vector>

#include "tools/document_renderer.h"

namespace samizdat::tools {

struct GeneratorOptions {
  std::filesystem::path out;       // must not exist, or be an empty folder
  std::uint64_t documents = 0;     // how many articles (one per file)
  std::uint64_t seed = 1;          // same seed, same bytes
  std::filesystem::path source;    // text file or folder to resample; empty: synthetic
  // Formats in turn: document i is written as formats[i % size].
  std::vector<OutputFormat> formats = {OutputFormat::kTxt, OutputFormat::kMd,
                                       OutputFormat::kHtml, OutputFormat::kJson};
};

struct GeneratorSummary {
  std::uint64_t files = 0;
  std::uint64_t bytes = 0;
  std::array<std::uint64_t, 4> files_per_format{};  // indexed by OutputFormat
};

// Parses a comma-separated list of formats ("txt,md,html,json").
// @exception InputError "--formats 'LIST': unknown format 'X' (expected txt,
//            md, html or json)" or "--formats is empty".
[[nodiscard]] std::vector<OutputFormat> parse_format_list(std::string_view whole);

// Writes options.documents files below options.out, laid out as
// YEAR/NNN/slug-INDEX.EXT with at most 1000 files per NNN folder. Memory use
// does not grow with the number of documents: each is written as soon as it
// is made. Document i depends only on the seed and i.
// @exception InputError when out is a non-empty folder or a file, when a
//            file cannot be written (naming it and the reason), or as
//            SentenceSource::from_files for a bad source.
[[nodiscard]] GeneratorSummary generate_corpus(const GeneratorOptions& options);

}  // namespace samizdat::tools

#endif  // SAMIZDAT_TOOLS_CORPUS_GENERATOR_H_
