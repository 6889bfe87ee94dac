// @brief Test helpers for crash-safety tests: samizdat-index as a child
// process, xapian-check, samizdat-search, and what an archive holds.
#ifndef SAMIZDAT_TESTS_CLI_INDEX_PROCESS_H_
#define SAMIZDAT_TESTS_CLI_INDEX_PROCESS_H_

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "corpus/schema.h"
#include "tests/indexer/archive_probe.h"
#include "tests/temp_dir.h"

extern char** environ;

namespace samizdat::testing {

inline const std::string kIndexBinary = SAMIZDAT_BINARY_DIR "/indexer/samizdat-index";
inline const std::string kSearchBinary = SAMIZDAT_BINARY_DIR "/searcher/samizdat-search";

// Starts `arguments` (argv[0] a path) with stdout and stderr sent to the
// given files; -1 when it cannot be started.
inline pid_t spawn_process(const std::vector<std::string>& arguments,
                           const std::filesystem::path& out, const std::filesystem::path& err) {
  std::vector<char*> argv;
  for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = -1;
  const int error = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return error == 0 ? pid : -1;
}

// How a child ended: exit status (-1 when killed by a signal) and its output.
struct ProcessResult {
  int status = -1;
  bool signalled = false;
  std::string out;
  std::string err;
};

inline ProcessResult wait_process(pid_t pid, const std::filesystem::path& out,
                                  const std::filesystem::path& err) {
  int raw = 0;
  if (pid <= 0 || ::waitpid(pid, &raw, 0) != pid) return {};
  return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, WIFSIGNALED(raw), read_file(out),
          read_file(err)};
}

// Runs `arguments` to completion; its output goes through files in `scratch`.
inline ProcessResult run_process(const std::vector<std::string>& arguments,
                                 const std::filesystem::path& scratch) {
  const auto out = scratch / "process.out";
  const auto err = scratch / "process.err";
  return wait_process(spawn_process(arguments, out, err), out, err);
}

// True when xapian-check (xapian-tools) is on the PATH.
inline bool have_xapian_check() {
  return std::system("command -v xapian-check >/dev/null 2>&1") == 0;
}

// The exit status of `xapian-check ARCHIVE`, with its report for messages.
inline ProcessResult xapian_check(const std::filesystem::path& archive,
                                  const std::filesystem::path& scratch) {
  return run_process({"/bin/sh", "-c", "exec xapian-check \"$0\"", archive.string()}, scratch);
}

// What an archive holds, compared between builds: each document's stored
// text hash by id, and its quotations grouped by cluster (cluster ids left
// out: they depend on the order quotations were first seen).
struct ArchiveContent {
  std::map<std::string, std::size_t> text_hashes;
  std::set<std::set<std::string>> clusters;
  std::vector<std::string> unclustered;  // quotations without a cluster value

  bool operator==(const ArchiveContent&) const = default;
};

inline void read_clusters(const std::filesystem::path& archive, ArchiveContent& content) {
  namespace schema = corpus::schema;
  const Xapian::Database database(archive.string());
  const std::string type_term = std::string(schema::kPrefixType) + "quotation";
  std::map<std::string, std::set<std::string>> members;
  for (auto it = database.postlist_begin(type_term); it != database.postlist_end(type_term); ++it) {
    const auto document = database.get_document(*it);
    const auto id = corpus::decode_stored_document(document.get_data()).document.id;
    const std::string cluster = document.get_value(schema::kSlotCluster);
    if (cluster.empty()) {
      content.unclustered.push_back(id);
    } else {
      members[cluster].insert(id);
    }
  }
  for (auto& [cluster, ids] : members) content.clusters.insert(std::move(ids));
}

inline ArchiveContent archive_content(const std::filesystem::path& archive) {
  ArchiveContent content;
  for (const auto& [id, text] : archive_texts(archive)) {
    content.text_hashes[id] = std::hash<std::string>{}(text);
  }
  read_clusters(archive, content);
  return content;
}

}  // namespace samizdat::testing

#endif  // SAMIZDAT_TESTS_CLI_INDEX_PROCESS_H_
