// @brief The connection threads of samizdat-serve: a cpp-httplib task queue
// that starts a thread whenever every thread is busy, up to a bound.
#ifndef SAMIZDAT_SEARCHER_HTTP_THREAD_POOL_H_
#define SAMIZDAT_SEARCHER_HTTP_THREAD_POOL_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include <httplib.h>

namespace samizdat::searcher {

// cpp-httplib gives each connection to one task, which holds its thread while
// the client is idle or slow (up to the keep-alive and read timeouts). With a
// fixed pool, a few hundred idle connections queue every other client behind
// them; this pool instead starts a thread for a task that finds every thread
// busy, up to `max_threads`, after which tasks wait their turn. Threads stay
// until shutdown (an idle one costs its stack's touched pages only).
// Thread-safe.
class ElasticThreadPool : public httplib::TaskQueue {
 public:
  // @exception std::invalid_argument when max_threads is 0.
  explicit ElasticThreadPool(std::size_t max_threads);
  ~ElasticThreadPool() override;
  ElasticThreadPool(const ElasticThreadPool&) = delete;
  ElasticThreadPool& operator=(const ElasticThreadPool&) = delete;

  // Runs `task` on an idle thread, a new one, or the first one free.
  // @exception std::system_error when a thread cannot be started.
  void enqueue(std::function<void()> task) override;

  // Runs the tasks already queued, then joins every thread. Idempotent.
  void shutdown() override;

  // Threads started and not yet joined by shutdown().
  [[nodiscard]] std::size_t thread_count();

 private:
  void work();

  const std::size_t max_threads_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> tasks_;  // guarded by mutex_
  std::vector<std::thread> threads_;          // guarded by mutex_
  std::size_t idle_ = 0;                      // guarded by mutex_
  bool stopping_ = false;                     // guarded by mutex_
};

}  // namespace samizdat::searcher

#endif  // SAMIZDAT_SEARCHER_HTTP_THREAD_POOL_H_
