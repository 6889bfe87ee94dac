#include "indexer/writer_pool.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>
#include <utility>

namespace samizdat::indexer {
namespace {

// Files queued per part: enough to ride over a commit, few enough to bound memory.
constexpr std::size_t kQueuedFiles = 8;

}  // namespace

struct WriterPool::Part {
  explicit Part(const std::filesystem::path& path) : writer(path, true) {}

  ArchiveWriter writer;
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<ProcessedFile> queue;
  bool closed = false;
  std::exception_ptr error;
  std::jthread thread;  // last: joined before the rest is destroyed
};

std::filesystem::path part_path(const std::filesystem::path& archive, unsigned k) {
  std::filesystem::path path = archive;
  path += ".part-" + std::to_string(k);
  return path;
}

void remove_parts(const std::filesystem::path& archive) {
  for (unsigned k = 1; k < kMaxWriters; ++k) {
    std::error_code ignored;
    std::filesystem::remove_all(part_path(archive, k), ignored);
  }
}

WriterPool::WriterPool(const std::filesystem::path& archive, unsigned parts,
                       std::size_t batch_documents)
    : batch_documents_(batch_documents) {
  for (unsigned k = 1; k <= parts; ++k) {
    auto part = std::make_unique<Part>(part_path(archive, k));
    part->writer.begin_batch();
    part->thread = std::jthread([this, raw = part.get()] { run(*raw); });
    parts_.push_back(std::move(part));
  }
}

WriterPool::~WriterPool() {
  for (auto& part : parts_) stop(*part);
}

void WriterPool::stop(Part& part) {
  {
    const std::lock_guard lock(part.mutex);
    part.closed = true;
  }
  part.changed.notify_all();
  if (part.thread.joinable()) part.thread.join();
}

void WriterPool::run(Part& part) const {
  std::size_t in_batch = 0;
  for (;;) {
    ProcessedFile file;
    {
      std::unique_lock lock(part.mutex);
      part.changed.wait(lock, [&part] { return part.closed || !part.queue.empty(); });
      if (part.queue.empty()) return;
      file = std::move(part.queue.front());
      part.queue.pop_front();
    }
    part.changed.notify_all();
    try {
      for (const auto& built : file.documents) part.writer.add(built.id, built.document);
      in_batch += file.documents.size();
      if (in_batch >= batch_documents_) {
        part.writer.commit_batch(ArchiveWriter::Spelling::kDefer);
        part.writer.begin_batch();
        in_batch = 0;
      }
    } catch (...) {
      const std::lock_guard lock(part.mutex);
      part.error = std::current_exception();
      part.queue.clear();
      part.closed = true;
      part.changed.notify_all();
      return;
    }
  }
}

void WriterPool::submit(unsigned k, ProcessedFile&& file) {
  Part& part = *parts_.at(k - 1);
  {
    std::unique_lock lock(part.mutex);
    part.changed.wait(lock, [&part] { return part.closed || part.queue.size() < kQueuedFiles; });
    if (part.error) std::rethrow_exception(part.error);
    part.queue.push_back(std::move(file));
  }
  part.changed.notify_all();
}

void WriterPool::finish() {
  for (auto& part : parts_) stop(*part);
  for (auto& part : parts_) {
    if (part->error) std::rethrow_exception(part->error);
  }
}

std::vector<ArchiveWriter*> WriterPool::writers() {
  std::vector<ArchiveWriter*> result;
  for (auto& part : parts_) result.push_back(&part->writer);
  return result;
}

void WriterPool::commit() {
  for (auto& part : parts_) part->writer.commit_batch();
}

std::vector<std::filesystem::path> WriterPool::paths() const {
  std::vector<std::filesystem::path> result;
  for (const auto& part : parts_) result.push_back(part->writer.path());
  return result;
}

}  // namespace samizdat::indexer
