// @brief A parallel map with ordered, bounded output: workers produce
// results for tasks 0..n-1 while the calling thread consumes them in order.
#ifndef SAMIZDAT_INDEXER_ORDERED_PIPELINE_H_
#define SAMIZDAT_INDEXER_ORDERED_PIPELINE_H_

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <variant>
#include <vector>

namespace samizdat::indexer {

// Runs produce(task, worker) for every task in [0, count) on `workers`
// threads (worker is 0..workers-1, for per-thread state) and
// consume(result) on the calling thread in task order, so the output is
// deterministic whatever the scheduling. At most `window` tasks are in
// flight or waiting, which bounds memory.
// An exception from produce is rethrown from run() when its turn to be
// consumed comes; an exception from consume stops the workers and
// propagates. Either way every thread is joined before run() returns.
// REQUIRES: workers >= 1, window >= 1.
template <typename Result>
class OrderedPipeline {
 public:
  using Producer = std::function<Result(std::size_t task, unsigned worker)>;
  using Consumer = std::function<void(Result&& result)>;

  OrderedPipeline(std::size_t count, unsigned workers, std::size_t window)
      : count_(count), workers_(workers), window_(window) {}
  OrderedPipeline(const OrderedPipeline&) = delete;
  OrderedPipeline& operator=(const OrderedPipeline&) = delete;

  void run(const Producer& produce, const Consumer& consume) {
    std::vector<std::jthread> threads;
    const StopOnExit stop{*this};
    for (unsigned worker = 0; worker < workers_; ++worker) {
      threads.emplace_back([this, &produce, worker] { work(produce, worker); });
    }
    for (std::size_t task = 0; task < count_; ++task) consume(take(task));
  }

 private:
  using Slot = std::variant<Result, std::exception_ptr>;

  // Declared after the threads: stops them before they are joined.
  struct StopOnExit {
    OrderedPipeline& pipeline;
    ~StopOnExit() {
      {
        const std::lock_guard lock(pipeline.mutex_);
        pipeline.stopped_ = true;
      }
      pipeline.changed_.notify_all();
    }
  };

  void work(const Producer& produce, unsigned worker) {
    for (;;) {
      std::size_t task = 0;
      {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [this] {
          return stopped_ || next_task_ >= count_ || next_task_ < next_consumed_ + window_;
        });
        if (stopped_ || next_task_ >= count_) return;
        task = next_task_++;
      }
      Slot slot = produce_slot(produce, task, worker);
      {
        const std::lock_guard lock(mutex_);
        ready_.emplace(task, std::move(slot));
      }
      changed_.notify_all();
    }
  }

  static Slot produce_slot(const Producer& produce, std::size_t task, unsigned worker) {
    try {
      return Slot(std::in_place_index<0>, produce(task, worker));
    } catch (...) {
      return Slot(std::in_place_index<1>, std::current_exception());
    }
  }

  Result take(std::size_t task) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this, task] { return ready_.contains(task); });
    auto node = ready_.extract(task);
    next_consumed_ = task + 1;
    lock.unlock();
    changed_.notify_all();
    if (node.mapped().index() == 1) std::rethrow_exception(std::get<1>(node.mapped()));
    return std::move(std::get<0>(node.mapped()));
  }

  const std::size_t count_;
  const unsigned workers_;
  const std::size_t window_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::map<std::size_t, Slot> ready_;
  std::size_t next_task_ = 0;
  std::size_t next_consumed_ = 0;
  bool stopped_ = false;
};

}  // namespace samizdat::indexer

#endif  // SAMIZDAT_INDEXER_ORDERED_PIPELINE_H_
