#include "corpus/walker.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "corpus/ascii.h"
#include "corpus/document.h"
#include "corpus/error.h"
#include "corpus/fortune_reader.h"

namespace samizdat::corpus {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kConfigName = "samizdat.ini";

// A real folder, whatever path reached it.
using FolderKey = std::pair<dev_t, ino_t>;

std::string join_relative(const std::string& prefix, const std::string& name) {
  return prefix.empty() ? name : prefix + "/" + name;
}

bool is_skipped_name(const std::string& name) {
  return name.starts_with('.') || name == kConfigName;
}

// ".pdf" for "Scan.PDF"; "" for none.
std::string lower_extension(const fs::path& path) { return lower_ascii(path.extension().string()); }

// The first `bytes` bytes of a file ("" when it cannot be read: the loader
// reports that, if the file is listed at all).
std::string head_of(const fs::path& path, std::size_t bytes) {
  std::ifstream stream(path, std::ios::binary);
  std::string head(bytes, '\0');
  stream.read(head.data(), static_cast<std::streamsize>(bytes));
  head.resize(static_cast<std::size_t>(std::max<std::streamsize>(stream.gcount(), 0)));
  return head;
}

std::int64_t mtime_ns(const struct stat& info) {
  return static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
}

// Walks one corpus: remembers the folders visited (to follow symlinks
// without looping) and the folders on the current path (to tell a loop from
// a second link to a folder seen elsewhere).
class Walker {
 public:
  Walker(const WalkProblem& on_problem, const FormatFilter& reads, const std::vector<fs::path>& skip)
      : on_problem_(on_problem), reads_(reads) {
    for (const fs::path& file : skip) {
      struct stat info {};
      if (::stat(file.c_str(), &info) == 0) skipped_.insert({info.st_dev, info.st_ino});
    }
  }

  CorpusListing walk(const fs::path& root) {
    struct stat info {};
    if (::stat(root.c_str(), &info) != 0) {
      throw InputError("cannot read corpus folder '" + root.string() + "': " + std::strerror(errno));
    }
    if (!S_ISDIR(info.st_mode)) {
      throw InputError("corpus '" + root.string() + "' is not a folder");
    }
    std::error_code error;
    fs::directory_iterator probe(root, error);
    if (error) {
      throw InputError("cannot read corpus folder '" + root.string() + "': " + error.message());
    }
    visit_folder(root, "", info);
    std::sort(files_.begin(), files_.end(),
              [](const FileEntry& a, const FileEntry& b) { return a.relative < b.relative; });
    drop_shared_ids();
    return {std::move(files_), std::move(other_files_)};
  }

 private:
  void report(const fs::path& path, const std::string& reason) const {
    if (on_problem_) on_problem_(path.string(), reason);
  }

  void visit_folder(const fs::path& folder, const std::string& relative, const struct stat& info) {
    const FolderKey key{info.st_dev, info.st_ino};
    if (ancestors_.contains(key)) return report(folder, "symlink loop");
    if (!visited_.insert(key).second) return report(folder, "folder already visited by another path");
    ancestors_.insert(key);
    for (const fs::path& child : list_folder(folder)) {
      visit_entry(child, join_relative(relative, child.filename().string()));
    }
    ancestors_.erase(key);
  }

  std::vector<fs::path> list_folder(const fs::path& folder) const {
    std::vector<fs::path> children;
    std::error_code error;
    fs::directory_iterator it(folder, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
      if (!is_skipped_name(it->path().filename().string())) children.push_back(it->path());
    }
    if (error) report(folder, error.message());
    // Sorted so that which of two links to one folder is followed does not
    // depend on the file system's listing order.
    std::sort(children.begin(), children.end());
    return children;
  }

  void visit_entry(const fs::path& path, const std::string& relative) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return report(path, std::strerror(errno));
    if (S_ISDIR(info.st_mode)) return visit_folder(path, relative, info);
    if (skipped_.contains({info.st_dev, info.st_ino})) return;
    std::string format = format_of(path);
    // A file without an extension may be a fortune file: its content tells.
    if (format.empty() && S_ISREG(info.st_mode) && lower_extension(path).empty()) {
      format = format_of(path, head_of(path, kFortuneSniffBytes));
    }
    if (format.empty() || (reads_ && !reads_(format))) {
      if (S_ISREG(info.st_mode)) ++other_files_[lower_extension(path)];
      return;
    }
    if (!S_ISREG(info.st_mode)) return report(path, "not a regular file");
    files_.push_back(
        {path.string(), relative, static_cast<std::uint64_t>(info.st_size), mtime_ns(info)});
  }

  static constexpr std::size_t kFirst = std::numeric_limits<std::size_t>::max();

  // For each file, kFirst, or the position of the earlier file with its
  // document id. Sorting (hash of id, position) pairs finds them without a
  // map of every id: a million files cost 16 MB here, not 190.
  [[nodiscard]] std::vector<std::size_t> earlier_with_same_id() const {
    std::vector<std::pair<std::size_t, std::size_t>> keyed(files_.size());
    for (std::size_t i = 0; i < files_.size(); ++i) {
      keyed[i] = {std::hash<std::string>{}(make_document_id(files_[i].relative)), i};
    }
    std::sort(keyed.begin(), keyed.end());
    std::vector<std::size_t> earlier(files_.size(), kFirst);
    for (auto run = keyed.begin(); run != keyed.end();) {
      const auto end =
          std::find_if(run, keyed.end(), [&](const auto& k) { return k.first != run->first; });
      for (auto a = run; a != end; ++a) {
        if (earlier[a->second] != kFirst) continue;
        const std::string id = make_document_id(files_[a->second].relative);
        for (auto b = std::next(a); b != end; ++b) {
          if (earlier[b->second] == kFirst && make_document_id(files_[b->second].relative) == id) {
            earlier[b->second] = a->second;
          }
        }
      }
      run = end;
    }
    return earlier;
  }

  // Files with one document id ("a.txt" and "a.md") would replace each other
  // in the archive: the first in path order is kept, the others reported.
  void drop_shared_ids() {
    const std::vector<std::size_t> earlier = earlier_with_same_id();
    for (std::size_t i = 0; i < files_.size(); ++i) {
      if (earlier[i] == kFirst) continue;
      const std::string& first = files_[earlier[i]].relative;
      report(files_[i].path, "same document id '" + make_document_id(first) + "' as '" + first + "'");
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < files_.size(); ++i) {
      if (earlier[i] != kFirst) continue;
      if (kept != i) files_[kept] = std::move(files_[i]);
      ++kept;
    }
    files_.resize(kept);
  }

  const WalkProblem& on_problem_;
  const FormatFilter& reads_;
  std::set<std::pair<dev_t, ino_t>> skipped_;
  std::set<FolderKey> visited_;
  std::set<FolderKey> ancestors_;
  std::vector<FileEntry> files_;
  std::map<std::string, std::uint64_t> other_files_;
};

}  // namespace

CorpusListing walk_corpus(const fs::path& root, const WalkProblem& on_problem, const FormatFilter& reads,
                          const std::vector<fs::path>& skip) {
  return Walker(on_problem, reads, skip).walk(root);
}

std::string format_of(const fs::path& path) {
  const std::string extension = lower_extension(path);
  if (extension == ".txt" || extension == ".text") return "txt";
  if (extension == ".md" || extension == ".markdown") return "md";
  if (extension == ".html" || extension == ".htm") return "html";
  if (extension == ".json") return "json";
  if (extension == ".jsonl" || extension == ".ndjson") return "jsonl";
  return "";
}

std::string format_of(const fs::path& path, std::string_view content) {
  std::string format = format_of(path);
  if (format.empty() && lower_extension(path).empty() && looks_like_fortune(content)) format = "fortune";
  return format;
}

}  // namespace samizdat::corpus
