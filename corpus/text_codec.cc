#include "corpus/text_codec.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <zdict.h>
#include <zstd.h>

#include "corpus/error.h"

namespace samizdat::corpus {

namespace {

// ZDICT needs enough material to find repeated content; below this it fails
// or produces a dictionary that does not pay for itself.
constexpr std::size_t kMinSamples = 8;
constexpr std::size_t kMinSampleBytes = 8 * 1024;
// Inputs are at most 256 MiB; a corrupt frame header claiming more must not
// make us allocate it.
constexpr unsigned long long kMaxContentSize = 1ULL << 30;

std::size_t check_zstd(std::size_t code, std::string_view what) {
  if (ZSTD_isError(code) != 0) {
    throw CodecError(std::string(what) + ": " + ZSTD_getErrorName(code));
  }
  return code;
}

}  // namespace

std::string train_dictionary(const std::vector<std::string>& samples,
                             std::size_t dictionary_size) {
  std::string joined;
  std::vector<std::size_t> sizes;
  sizes.reserve(samples.size());
  for (const std::string& sample : samples) {
    if (sample.empty()) continue;
    joined += sample;
    sizes.push_back(sample.size());
  }
  if (sizes.size() < kMinSamples || joined.size() < kMinSampleBytes) return "";
  std::string dictionary(dictionary_size, '\0');
  const std::size_t size =
      ZDICT_trainFromBuffer(dictionary.data(), dictionary.size(), joined.data(), sizes.data(),
                            static_cast<unsigned>(sizes.size()));
  // Training failure (too little variety) is not an error: text is then
  // compressed without a dictionary, as the contract says.
  if (ZDICT_isError(size) != 0) return "";
  dictionary.resize(size);
  return dictionary;
}

TextCompressor::TextCompressor(std::string_view dictionary, int level)
    : cctx_(ZSTD_createCCtx()) {
  if (!cctx_) throw CodecError("cannot create zstd compression context");
  check_zstd(ZSTD_CCtx_setParameter(cctx_.get(), ZSTD_c_compressionLevel, level),
             "cannot set zstd compression level");
  if (dictionary.empty()) return;
  cdict_.reset(ZSTD_createCDict(dictionary.data(), dictionary.size(), level));
  if (!cdict_) throw CodecError("cannot load zstd dictionary for compression");
}

std::string TextCompressor::compress(std::string_view text) {
  std::string out(ZSTD_compressBound(text.size()), '\0');
  const std::size_t size =
      cdict_ ? ZSTD_compress_usingCDict(cctx_.get(), out.data(), out.size(), text.data(),
                                        text.size(), cdict_.get())
             : ZSTD_compress2(cctx_.get(), out.data(), out.size(), text.data(), text.size());
  out.resize(check_zstd(size, "zstd compression failed"));
  return out;
}

TextDecompressor::TextDecompressor(DictionarySource source)
    : dctx_(ZSTD_createDCtx()), source_(std::move(source)) {
  if (!dctx_) throw CodecError("cannot create zstd decompression context");
}

void TextDecompressor::add_dictionary(std::uint32_t id, std::string_view dictionary) {
  if (id == 0) throw CodecError("zstd dictionary id 0 is reserved for no dictionary");
  ZstdDDictPtr ddict(ZSTD_createDDict(dictionary.data(), dictionary.size()));
  if (!ddict) throw CodecError("cannot load zstd dictionary " + std::to_string(id));
  ddicts_[id] = std::move(ddict);
}

const ZSTD_DDict* TextDecompressor::dictionary(std::uint32_t id) {
  if (id == 0) return nullptr;
  auto found = ddicts_.find(id);
  if (found == ddicts_.end() && source_) {
    const std::string bytes = source_(id);
    if (!bytes.empty()) {
      add_dictionary(id, bytes);
      found = ddicts_.find(id);
    }
  }
  if (found == ddicts_.end()) throw CodecError("unknown zstd dictionary " + std::to_string(id));
  return found->second.get();
}

std::string TextDecompressor::decompress(std::string_view compressed,
                                         std::uint32_t dictionary_id) {
  const ZSTD_DDict* ddict = dictionary(dictionary_id);
  const unsigned long long content_size =
      ZSTD_getFrameContentSize(compressed.data(), compressed.size());
  if (content_size == ZSTD_CONTENTSIZE_ERROR) {
    throw CodecError("zstd decompression failed: not a zstd frame");
  }
  if (content_size == ZSTD_CONTENTSIZE_UNKNOWN) {
    throw CodecError("zstd decompression failed: frame has no content size");
  }
  if (content_size > kMaxContentSize) {
    throw CodecError("zstd decompression failed: frame claims " + std::to_string(content_size) +
                     " bytes");
  }
  std::string out(static_cast<std::size_t>(content_size), '\0');
  const std::size_t size = ZSTD_decompress_usingDDict(dctx_.get(), out.data(), out.size(),
                                                      compressed.data(), compressed.size(), ddict);
  out.resize(check_zstd(size, "zstd decompression failed"));
  return out;
}

}  // namespace samizdat::corpus
