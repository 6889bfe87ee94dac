// @brief The exception hierarchy of Samizdat: every failure a library raises.
#ifndef SAMIZDAT_CORPUS_ERROR_H_
#define SAMIZDAT_CORPUS_ERROR_H_

#include <stdexcept>
#include <string>

namespace samizdat {

// Base of every error Samizdat throws; what() is one line naming the thing
// (file, flag, parameter, query) and the reason.
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// Thrown for bad input from the user: an unreadable or malformed file, a bad
// flag or config value, a query the parser rejects.
class InputError : public Error {
 public:
  explicit InputError(const std::string& message) : Error(message) {}
};

// Thrown when an archive cannot be opened or written, is corrupt, or has a
// schema version this binary does not understand.
class ArchiveError : public Error {
 public:
  explicit ArchiveError(const std::string& message) : Error(message) {}
};

// Thrown when zstd reports an error compressing or decompressing stored text.
class CodecError : public Error {
 public:
  explicit CodecError(const std::string& message) : Error(message) {}
};

}  // namespace samizdat

#endif  // SAMIZDAT_CORPUS_ERROR_H_
