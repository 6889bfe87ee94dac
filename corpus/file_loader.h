// @brief From one file's bytes to its documents: picks the reader for the
// format, repairs encoding, applies the corpus config, extracts quotations
// and gives every child its id.
#ifndef SAMIZDAT_CORPUS_FILE_LOADER_H_
#define SAMIZDAT_CORPUS_FILE_LOADER_H_

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/corpus_config.h"
#include "corpus/document.h"

namespace samizdat::corpus {

// What a file yielded: articles first, each followed by its comments and
// quotations. `warnings` holds one-line notes that did not stop the file
// ("invalid UTF-8 repaired at byte 120").
struct LoadedFile {
  std::vector<Document> documents;
  std::vector<std::string> warnings;
};

// Reads `content` (the file's bytes) as `format` ("txt", "md", "html",
// "json", "jsonl", "fortune"). `relative` is the path relative to the corpus
// root, used for ids and Document::path. Text in a legacy charset is read as that
// charset (an HTML page's declared one, else ICU's guess), damaged UTF-8 is
// repaired (U+FFFD), and either is reported in warnings; a byte-order mark is
// dropped.
// @exception InputError when the file cannot be used at all: binary content,
//            empty, JSON that does not parse. The message names the reason;
//            the caller adds the path.
[[nodiscard]] LoadedFile load_content(std::string_view content, std::string_view format,
                                      std::string_view relative, const CorpusConfig& config);

// Reads the file at `path` and calls load_content.
// @exception InputError naming the file: unreadable, too large, or as above.
[[nodiscard]] LoadedFile load_file(const std::filesystem::path& path, std::string_view relative,
                                   const CorpusConfig& config);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_FILE_LOADER_H_
