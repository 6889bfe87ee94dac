#include "searcher/http_thread_pool.h"

#include <stdexcept>
#include <utility>

namespace samizdat::searcher {

ElasticThreadPool::ElasticThreadPool(std::size_t max_threads) : max_threads_(max_threads) {
  if (max_threads == 0) throw std::invalid_argument("a thread pool needs at least one thread");
}

ElasticThreadPool::~ElasticThreadPool() { shutdown(); }

void ElasticThreadPool::enqueue(std::function<void()> task) {
  const std::lock_guard lock(mutex_);
  tasks_.push_back(std::move(task));
  // Each queued task is owed one idle thread; start one when none is left.
  if (idle_ < tasks_.size() && threads_.size() < max_threads_) {
    threads_.emplace_back([this] { work(); });
  }
  ready_.notify_one();
}

void ElasticThreadPool::shutdown() {
  std::vector<std::thread> threads;
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
    threads.swap(threads_);
  }
  ready_.notify_all();
  for (auto& thread : threads) thread.join();
}

std::size_t ElasticThreadPool::thread_count() {
  const std::lock_guard lock(mutex_);
  return threads_.size();
}

void ElasticThreadPool::work() {
  std::unique_lock lock(mutex_);
  while (true) {
    ++idle_;
    ready_.wait(lock, [this] { return stopping_ || !tasks_.empty(); });
    --idle_;
    if (tasks_.empty()) return;  // stopping, nothing left to run
    auto task = std::move(tasks_.front());
    tasks_.pop_front();
    lock.unlock();
    task();
    lock.lock();
  }
}

}  // namespace samizdat::searcher
