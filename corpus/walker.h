// @brief The folder walker: every readable file below a corpus root, in a
// deterministic order, surviving symlink loops and unreadable folders.
#ifndef SAMIZDAT_CORPUS_WALKER_H_
#define SAMIZDAT_CORPUS_WALKER_H_

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace samizdat::corpus {

// A file found below the corpus root.
struct FileEntry {
  // As opened (root / relative). Text rather than a std::filesystem::path,
  // which also keeps every component: a corpus of a million files is walked
  // into one list.
  std::string path;
  std::string relative;        // relative to the root, '/'-separated
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;   // modification time, nanoseconds since epoch
};

// Called for every file or folder the walker had to pass over: the path and
// a one-line reason ("symlink loop", "Permission denied").
using WalkProblem = std::function<void(const std::string& path, const std::string& reason)>;

// Whether to list the files of a format (a format_of() name).
using FormatFilter = std::function<bool(std::string_view format)>;

// What walk_corpus() found below a corpus root.
struct CorpusListing {
  std::vector<FileEntry> files;  // of a format listed, sorted by relative path
  // How many files of other formats, by lower-case extension ("" for none).
  std::map<std::string, std::uint64_t> other_files;
};

// Lists regular files below `root` whose format is known (see format_of; a
// file without an extension has its first kFortuneSniffBytes read)
// and, given `reads`, one it accepts, sorted by relative path, and counts
// the others (before ids are compared: a file left out never hides one of
// the same id). Follows symlinks to files and folders but visits each real
// folder once. Hidden entries (".git", ".DS_Store"), the corpus config and
// the files in `skip` (the config's synonyms and metadata table: the same
// files, by device and inode, however they are reached) are skipped
// silently. Of files sharing a document id (make_document_id: "a.txt" and
// "a.md"), only the first is listed; each other goes to `on_problem` ("same
// document id 'a' as 'a.md'").
// @exception InputError when root itself cannot be read.
[[nodiscard]] CorpusListing walk_corpus(const std::filesystem::path& root, const WalkProblem& on_problem,
                                        const FormatFilter& reads = {},
                                        const std::vector<std::filesystem::path>& skip = {});

// "txt", "md", "html", "json" or "jsonl" for a path's extension
// (case-insensitive; .markdown is md, .htm is html); "" when unknown.
[[nodiscard]] std::string format_of(const std::filesystem::path& path);

// format_of(path), or "fortune" for a file without an extension whose
// `content` (its first kFortuneSniffBytes decide) reads as a fortune data
// file (looks_like_fortune); "" when unknown.
[[nodiscard]] std::string format_of(const std::filesystem::path& path, std::string_view content);

}  // namespace samizdat::corpus

#endif  // SAMIZDAT_CORPUS_WALKER_H_
