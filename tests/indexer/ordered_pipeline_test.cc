#include "indexer/ordered_pipeline.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace samizdat::indexer {
namespace {

TEST(OrderedPipelineTest, ConsumesEveryResultInTaskOrder) {
  constexpr std::size_t kTasks = 500;
  OrderedPipeline<std::size_t> pipeline(kTasks, 4, 3);
  std::vector<std::size_t> consumed;
  pipeline.run(
      [](std::size_t task, unsigned) {
        // Later tasks often finish first.
        std::this_thread::sleep_for(std::chrono::microseconds((kTasks - task) % 7 * 50));
        return task * task;
      },
      [&](std::size_t&& result) { consumed.push_back(result); });
  ASSERT_EQ(consumed.size(), kTasks);
  for (std::size_t task = 0; task < kTasks; ++task) EXPECT_EQ(consumed[task], task * task);
}

TEST(OrderedPipelineTest, KeepsAtMostTheWindowInFlight) {
  constexpr std::size_t kWindow = 5;
  OrderedPipeline<int> pipeline(200, 8, kWindow);
  std::atomic<std::size_t> produced{0};
  std::size_t consumed = 0;
  std::size_t most_ahead = 0;
  pipeline.run(
      [&](std::size_t, unsigned) {
        ++produced;
        return 0;
      },
      [&](int&&) {
        ++consumed;
        most_ahead = std::max(most_ahead, produced.load() - consumed);
        std::this_thread::sleep_for(std::chrono::microseconds(100));
      });
  EXPECT_EQ(consumed, 200U);
  EXPECT_LE(most_ahead, kWindow);
}

TEST(OrderedPipelineTest, GivesEachWorkerItsOwnIndex) {
  OrderedPipeline<unsigned> pipeline(100, 3, 6);
  pipeline.run([](std::size_t, unsigned worker) { return worker; },
               [](unsigned&& worker) { EXPECT_LT(worker, 3U); });
}

TEST(OrderedPipelineTest, RethrowsAProducerErrorInItsTurn) {
  OrderedPipeline<int> pipeline(50, 2, 4);
  std::vector<int> consumed;
  try {
    pipeline.run(
        [](std::size_t task, unsigned) {
          if (task == 10) throw std::runtime_error("task 10 failed");
          return static_cast<int>(task);
        },
        [&](int&& result) { consumed.push_back(result); });
    FAIL() << "no exception";
  } catch (const std::runtime_error& error) {
    EXPECT_EQ(std::string(error.what()), "task 10 failed");
  }
  EXPECT_EQ(consumed.size(), 10U);
}

TEST(OrderedPipelineTest, StopsWorkersWhenTheConsumerThrows) {
  OrderedPipeline<int> pipeline(100000, 2, 4);
  std::atomic<int> produced{0};
  EXPECT_THROW(pipeline.run([&](std::size_t, unsigned) { return ++produced; },
                            [](int&& result) {
                              if (result > 0) throw std::logic_error("writer failed");
                            }),
               std::logic_error);
  EXPECT_LT(produced.load(), 100);
}

TEST(OrderedPipelineTest, RunsNothingForNoTasks) {
  OrderedPipeline<int> pipeline(0, 2, 4);
  int calls = 0;
  pipeline.run([&](std::size_t, unsigned) { return ++calls; }, [&](int&&) { ++calls; });
  EXPECT_EQ(calls, 0);
}

}  // namespace
}  // namespace samizdat::indexer
