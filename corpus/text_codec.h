// @brief The stored-text codec: zstd with a dictionary trained on the corpus.
// The indexer trains and compresses; the searcher decompresses.
#ifndef SAMIZDAT_CORPUS_TEXT_CODEC_H_
#define SAMIZDAT_CORPUS_TEXT_CODEC_H_

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/zstd_handles.h"

namespace samizdat::corpus {

// Trains a zstd dictionary (ZDICT) on `samples`. Returns "" when the samples
// are too few or too small to train on, in which case text is compressed
// without a dictionary.
[[nodiscard]] std::string train_dictionary(const std::vector<std::string>& samples,
                                           std::size_t dictionary_size = 112 * 1024);

// Compresses text with one dictionary (or none when the dictionary is "").
// Not thread-safe: use one per thread.
class TextCompressor {
 public:
  explicit TextCompressor(std::string_view dictionary, int level = 6);
  TextCompressor(const TextCompressor&) = delete;
  TextCompressor& operator=(const TextCompressor&) = delete;

  // @exception CodecError with zstd's reason.
  [[nodiscard]] std::string compress(std::string_view text);

 private:
  ZstdCCtxPtr cctx_;
  ZstdCDictPtr cdict_;  // null without a dictionary
};

// Decompresses text written by TextCompressor with any of the archive's
// dictionaries: the ones added, and the ones `source` gives on first use (a
// search decompresses a page of texts, often with one or two of them). Not
// thread-safe: use one per thread.
class TextDecompressor {
 public:
  // The bytes of dictionary `id`, "" when there is none.
  using DictionarySource = std::function<std::string(std::uint32_t id)>;

  explicit TextDecompressor(DictionarySource source = {});
  TextDecompressor(const TextDecompressor&) = delete;
  TextDecompressor& operator=(const TextDecompressor&) = delete;

  // Registers dictionary `id` (ids are > 0; 0 means no dictionary).
  void add_dictionary(std::uint32_t id, std::string_view dictionary);

  // @exception CodecError for corrupt data or an unknown dictionary id; what
  // the source throws.
  [[nodiscard]] std::string decompress(std::string_view compressed, std::uint32_t dictionary_id);

 private:
  [[nodiscard]] const ZSTD_DDict* dictionary(std::uint32_t id);

  ZstdDCtxPtr dctx_;
  DictionarySource source_;
  std::map<std::uint32_t, ZstdDDictPtr> ddicts_;
};

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_TEXT_CODEC_H_
