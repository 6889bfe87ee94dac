// @brief The worker side of indexing: one file read, hashed, parsed,
// compressed and turned into Xapian documents, ready for the writer.
#ifndef SAMIZDAT_INDEXER_FILE_PROCESSOR_H_
#define SAMIZDAT_INDEXER_FILE_PROCESSOR_H_

#include <xapian.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "corpus/corpus_config.h"
#include "corpus/document.h"
#include "corpus/text_codec.h"
#include "indexer/dictionary.h"
#include "indexer/document_builder.h"
#include "indexer/incremental.h"

namespace samizdat::indexer {

// Files larger than this are skipped rather than read into memory.
inline constexpr std::uint64_t kMaxFileBytes = std::uint64_t{256} * 1024 * 1024;

// One document ready to add.
struct BuiltDocument {
  std::string id;
  corpus::DocType type = corpus::DocType::kArticle;
  std::uint64_t text_bytes = 0;
  Xapian::Document document;
};

// What became of one file.
struct ProcessedFile {
  enum class Outcome { kIndexed, kUnchanged, kSkipped };
  Outcome outcome = Outcome::kSkipped;
  std::string path;                      // as opened, for messages
  std::string relative;                  // relative to the corpus root
  std::string reason;                    // kSkipped: why
  std::string signature;                 // kIndexed and kUnchanged: the file's new signature
  std::vector<std::string> warnings;     // repairs that did not stop the file
  std::vector<BuiltDocument> documents;  // kIndexed: articles, then their children
  std::uint64_t bytes_read = 0;
  bool in_archive = false;  // the archive holds older documents of the file
};

// Turns files into documents. Every failure that concerns the file alone
// (unreadable, too large, binary, malformed, an id too long) makes a
// kSkipped result; only std::bad_alloc escapes.
// Not thread-safe: use one processor per thread. `config` must outlive it.
class FileProcessor {
 public:
  FileProcessor(const corpus::CorpusConfig& config, const Dictionary& dictionary);
  FileProcessor(const FileProcessor&) = delete;
  FileProcessor& operator=(const FileProcessor&) = delete;

  [[nodiscard]] ProcessedFile process(const FileJob& job);

 private:
  void build_documents(const std::string& content, ProcessedFile& result);

  const corpus::CorpusConfig& config_;
  std::uint32_t dictionary_id_;
  corpus::TextCompressor compressor_;
  DocumentBuilder builder_;
};

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_FILE_PROCESSOR_H_
