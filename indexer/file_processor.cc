#include "indexer/file_processor.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <new>

#include "corpus/content_hash.h"
#include "corpus/error.h"
#include "corpus/file_loader.h"
#include "corpus/schema.h"
#include "corpus/walker.h"

namespace samizdat::indexer {
namespace {

// Closes a file descriptor.
class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  [[nodiscard]] int get() const { return fd_; }

 private:
  int fd_;
};

std::string too_large(std::uint64_t size) {
  return "file too large (" + std::to_string(size) + " bytes; the limit is " +
         std::to_string(kMaxFileBytes) + ")";
}

// The whole file. The size from the walk is only a hint: the file may have
// changed since.
std::string read_content(const corpus::FileEntry& entry) {
  if (entry.size > kMaxFileBytes) throw InputError(too_large(entry.size));
  const FileDescriptor file(::open(entry.path.c_str(), O_RDONLY | O_CLOEXEC));
  if (file.get() < 0) throw InputError(std::string("cannot open: ") + std::strerror(errno));
  std::string content(static_cast<std::size_t>(entry.size) + 1, '\0');
  std::size_t used = 0;
  for (;;) {
    if (used == content.size()) content.resize(content.size() * 2);
    const ssize_t got = ::read(file.get(), content.data() + used, content.size() - used);
    if (got == 0) break;
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw InputError(std::string("cannot read: ") + std::strerror(errno));
    used += static_cast<std::size_t>(got);
    if (used > kMaxFileBytes) throw InputError(too_large(used));
  }
  content.resize(used);
  return content;
}

}  // namespace

FileProcessor::FileProcessor(const corpus::CorpusConfig& config, const Dictionary& dictionary)
    : config_(config),
      dictionary_id_(dictionary.id),
      compressor_(dictionary.bytes),
      builder_(config.facets) {}

ProcessedFile FileProcessor::process(const FileJob& job) {
  ProcessedFile result;
  result.path = job.entry.path;
  result.relative = job.entry.relative;
  result.in_archive = job.in_archive;
  try {
    const std::string content = read_content(job.entry);
    result.bytes_read = content.size();
    const FileSignature signature{job.entry.size, job.entry.mtime_ns, corpus::content_hash(content)};
    result.signature = signature.to_string();
    if (job.previous && job.previous->size == content.size() &&
        job.previous->hash == signature.hash) {
      result.outcome = ProcessedFile::Outcome::kUnchanged;
      return result;
    }
    build_documents(content, result);
    result.outcome = ProcessedFile::Outcome::kIndexed;
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception& error) {
    // Any failure a reader or the codec reports about this file alone.
    result.documents.clear();
    result.reason = error.what();
  } catch (const Xapian::Error& error) {
    result.documents.clear();
    result.reason = error.get_description();
  }
  return result;
}

void FileProcessor::build_documents(const std::string& content, ProcessedFile& result) {
  auto loaded =
      corpus::load_content(content, corpus::format_of(result.relative, content), result.relative, config_);
  result.warnings = std::move(loaded.warnings);
  result.documents.reserve(loaded.documents.size());
  for (auto& document : loaded.documents) {
    document.path = result.relative;  // XFILE must match the walk's path exactly
    const std::string compressed = compressor_.compress(document.text);
    BuiltDocument built{document.id, document.type, document.text.size(),
                        builder_.build(document, compressed, dictionary_id_)};
    if (document.type == corpus::DocType::kArticle) {
      built.document.add_value(corpus::schema::kSlotFileSignature, result.signature);
    }
    result.documents.push_back(std::move(built));
  }
}

}  // namespace samizdat::indexer
