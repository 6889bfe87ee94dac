// @brief Owning handles for zstd's context and dictionary types.
#ifndef SAMIZDAT_CORPUS_ZSTD_HANDLES_H_
#define SAMIZDAT_CORPUS_ZSTD_HANDLES_H_

#include <memory>

#include <zstd.h>

namespace samizdat::corpus {

struct ZstdCCtxDeleter { void operator()(ZSTD_CCtx* p) const { ZSTD_freeCCtx(p); } };
struct ZstdDCtxDeleter { void operator()(ZSTD_DCtx* p) const { ZSTD_freeDCtx(p); } };
struct ZstdCDictDeleter { void operator()(ZSTD_CDict* p) const { ZSTD_freeCDict(p); } };
struct ZstdDDictDeleter { void operator()(ZSTD_DDict* p) const { ZSTD_freeDDict(p); } };

using ZstdCCtxPtr = std::unique_ptr<ZSTD_CCtx, ZstdCCtxDeleter>;
using ZstdDCtxPtr = std::unique_ptr<ZSTD_DCtx, ZstdDCtxDeleter>;
using ZstdCDictPtr = std::unique_ptr<ZSTD_CDict, ZstdCDictDeleter>;
using ZstdDDictPtr = std::unique_ptr<ZSTD_DDict, ZstdDDictDeleter>;

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_ZSTD_HANDLES_H_
