// @brief Reading a whole small file that a config names (the config itself,
// the synonyms, the metadata table), with errors that say which it is.
#ifndef SAMIZDAT_CORPUS_NAMED_FILE_H_
#define SAMIZDAT_CORPUS_NAMED_FILE_H_

#include <filesystem>
#include <string>
#include <string_view>

namespace samizdat::corpus {

// The bytes of `file`.
// @exception InputError "ROLE 'FILE': REASON" (as "synonyms 'x.txt': No such
//            file or directory").
[[nodiscard]] std::string read_named_file(std::string_view role, const std::filesystem::path& file);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_NAMED_FILE_H_
