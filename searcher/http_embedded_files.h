// @brief The files compiled into samizdat-serve: the page templates and the
// stylesheet from searcher/templates/, embedded at build time.
#ifndef SAMIZDAT_SEARCHER_HTTP_EMBEDDED_FILES_H_
#define SAMIZDAT_SEARCHER_HTTP_EMBEDDED_FILES_H_

#include <span>
#include <string_view>

namespace samizdat::searcher {

// One embedded file: its name in searcher/templates/ and its bytes.
struct EmbeddedFile {
  std::string_view name;
  std::string_view content;
};

// Every embedded file; the storage is static and lives as long as the program.
// Thread-safe.
[[nodiscard]] std::span<const EmbeddedFile> embedded_files();

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_HTTP_EMBEDDED_FILES_H_
