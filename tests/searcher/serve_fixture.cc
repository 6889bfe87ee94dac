#include "tests/searcher/serve_fixture.h"

namespace samizdat::testing {

std::filesystem::path build_serve_archive(const TempDir& directory) {
  auto records = fixture_records();
  records.push_back({kHostileId, kHostileTitle, kHostileText, "1920-05-01",
                     {"<b>Evil</b> Author"}, "Pub <i>x</i>", "en", {"<u>tag</u>"}, "",
                     {"<script>alert('comment')</script> hostile comment"}});
  return build_archive(directory, "archive", records);
}

}  // namespace samizdat::testing
