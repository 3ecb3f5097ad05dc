#include "src/analysis/parallel_parts.h"

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace chainmap {
namespace {

TEST_CASE("a chosen part count follows the machine, capped, and keeps small work whole") {
  const std::size_t hardware = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t most = std::min(hardware, kMaxAnalysisThreads);
  CHECK(PartCount(0, 1000000, 10000) == most);
  // 15,000 items at 10,000 a part at least: one part.
  CHECK(PartCount(0, 15000, 10000) == 1);
  CHECK(PartCount(0, 25000, 10000) == std::min<std::size_t>(2, most));
  CHECK(PartCount(0, 0, 10000) == 1);
  // Given: taken as it is, but never more parts than items, never none.
  CHECK(PartCount(3, 15000, 10000) == 3);
  CHECK(PartCount(8, 5, 10000) == 5);
  CHECK(PartCount(2, 0, 10000) == 1);
  CHECK(PartCount(1, 1000000, 10000) == 1);
}

TEST_CASE("parts cover the items in order, the first ones one item larger") {
  // 10 items in 3 parts: 4, 3, 3.
  CHECK(RangeOfPart(10, 3, 0).begin == 0);
  CHECK(RangeOfPart(10, 3, 0).end == 4);
  CHECK(RangeOfPart(10, 3, 1).begin == 4);
  CHECK(RangeOfPart(10, 3, 1).end == 7);
  CHECK(RangeOfPart(10, 3, 2).begin == 7);
  CHECK(RangeOfPart(10, 3, 2).end == 10);
  // 2 items in 3 parts: the last one empty.
  CHECK(RangeOfPart(2, 3, 1).end == 2);
  CHECK(RangeOfPart(2, 3, 2).begin == 2);
  CHECK(RangeOfPart(2, 3, 2).end == 2);
  CHECK(RangeOfPart(7, 1, 0).end == 7);
}

TEST_CASE("every part runs once, each on a thread of its own but the first") {
  std::vector<std::thread::id> ran(3);
  RunParts(3, [&](std::size_t part) { ran[part] = std::this_thread::get_id(); });
  CHECK(ran[0] == std::this_thread::get_id());
  CHECK(ran[1] != std::this_thread::get_id());
  CHECK(ran[2] != std::this_thread::get_id());
  CHECK(ran[1] != ran[2]);
  std::size_t calls = 0;
  RunParts(1, [&](std::size_t part) { calls += part + 1; });
  CHECK(calls == 1);
  RunParts(0, [&](std::size_t) { ++calls; });
  CHECK(calls == 1);
}

TEST_CASE("a part's exception reaches the caller after every part has finished") {
  std::atomic<int> finished = 0;
  auto run = [&](std::size_t part) {
    if (part == 2) throw std::runtime_error("part 2");
    if (part == 3) throw std::runtime_error("part 3");
    std::this_thread::sleep_for(std::chrono::milliseconds(part == 1 ? 20 : 0));
    ++finished;
  };
  // The lowest failing part's exception, once parts 0 and 1 are done.
  CHECK_THROWS_WITH(RunParts(4, run), "part 2");
  CHECK(finished == 2);
  CHECK_THROWS_WITH(RunParts(1, [](std::size_t) { throw std::logic_error("alone"); }), "alone");
}

}  // namespace
}  // namespace chainmap
