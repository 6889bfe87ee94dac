#include "corpus/named_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "corpus/error.h"

namespace samizdat::corpus {

std::string read_named_file(std::string_view role, const std::filesystem::path& file) {
  const auto fail = [&](const std::string& reason) {
    return InputError(std::string(role) + " '" + file.string() + "': " + reason);
  };
  std::ifstream stream(file, std::ios::binary);
  if (!stream) throw fail(std::strerror(errno));
  std::ostringstream text;
  text << stream.rdbuf();
  if (stream.bad()) throw fail("read failed");
  return text.str();
}

}  // namespace samizdat::corpus
