// @brief Test fixtures on disk: a temporary folder removed with its contents.
#ifndef SAMIZDAT_TESTS_TEMP_DIR_H_
#define SAMIZDAT_TESTS_TEMP_DIR_H_

#include <filesystem>
#include <string>
#include <string_view>

namespace samizdat::testing {

// Creates a fresh folder under the system temp folder; removes it, with
// everything in it, on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  // Writes `content` to `relative` (creating folders) and returns its path.
  std::filesystem::path write(std::string_view relative, std::string_view content) const;

 private:
  std::filesystem::path path_;
};

// The whole content of a file.
[[nodiscard]] std::string read_file(const std::filesystem::path& path);

}  // namespace samizdat::testing

#endif  // SAMIZDAT_TESTS_TEMP_DIR_H_
