// @brief The archive the samizdat-serve tests search: the searcher tests'
// corpus plus a hostile document whose every field tries to inject HTML.
#ifndef SAMIZDAT_TESTS_SEARCHER_SERVE_FIXTURE_H_
#define SAMIZDAT_TESTS_SEARCHER_SERVE_FIXTURE_H_

#include <filesystem>
#include <string>

#include "tests/searcher/archive_fixture.h"
#include "tests/temp_dir.h"

namespace samizdat::testing {

// Id, title and text of the hostile document (found by the word "hostile").
inline constexpr const char* kHostileId = "1920/hostile";
inline constexpr const char* kHostileTitle = "<script>alert('title')</script> \"Quoted\"";
inline constexpr const char* kHostileText = "A hostile <img src=x onerror=alert(1)> text & bread.";

// Builds the archive into `directory` and returns its path.
std::filesystem::path build_serve_archive(const TempDir& directory);

}  // namespace samizdat::testing

#endif  // SAMIZDAT_TESTS_SEARCHER_SERVE_FIXTURE_H_
