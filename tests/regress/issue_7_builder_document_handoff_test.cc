// Regression test for a data race ThreadSanitizer found in the indexer: the
// DocumentBuilder's TermGenerator kept a handle on the last document it
// built, so a worker building the next document released the previous one
// (a non-atomic Xapian reference count) while the writer thread was adding
// and releasing that same document. Under make test-tsan this fails with a
// race report if the builder keeps any handle on what it returns.
#include <gtest/gtest.h>
#include <xapian.h>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <queue>
#include <string>
#include <thread>

#include "corpus/document.h"
#include "indexer/document_builder.h"

namespace samizdat::indexer {
namespace {

constexpr int kDocuments = 200;

// One worker thread's documents, handed to the consumer one at a time.
class Handoff {
 public:
  void put(Xapian::Document document) {
    const std::lock_guard lock(mutex_);
    queue_.push(std::move(document));
    ready_.notify_one();
  }
  [[nodiscard]] Xapian::Document take() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [this] { return !queue_.empty(); });
    auto document = std::move(queue_.front());
    queue_.pop();
    return document;
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_;
  std::queue<Xapian::Document> queue_;
};

corpus::Document article(int i) {
  corpus::Document document;
  document.id = "bulletin/" + std::to_string(i);
  document.title = "Bulletin " + std::to_string(i);
  document.language = "en";
  document.text = "The strike committee met and wrote about wages and bread.";
  return document;
}

TEST(BuilderDocumentHandoffTest, DocumentsBuiltOnAWorkerAreAddedAndDroppedOnAnother) {
  Handoff handoff;
  std::jthread worker([&handoff] {
    DocumentBuilder builder({});
    for (int i = 0; i < kDocuments; ++i) handoff.put(builder.build(article(i), "", 0));
  });
  Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (int i = 0; i < kDocuments; ++i) database.add_document(handoff.take());
  worker.join();
  ASSERT_EQ(database.get_doccount(), static_cast<Xapian::doccount>(kDocuments));
  for (int i = 0; i < kDocuments; ++i) {
    EXPECT_TRUE(database.term_exists("Qbulletin/" + std::to_string(i))) << i;
  }
}

}  // namespace
}  // namespace samizdat::indexer
