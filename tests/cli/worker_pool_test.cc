#include "src/cli/worker_pool.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <set>

#include "src/io/output_file.h"
#include "tests/cli/run_chainmap.h"

using namespace chainmap;

TEST_CASE("every job runs once, in forked workers or in this process", "[cli][workers]") {
  for (std::size_t workers : {1, 2, 3, 10}) {
    const auto dir = testing::MakeTempDir("workers");
    const auto failures = RunInWorkers(
        7, workers, [&](std::size_t job) { std::ofstream(dir / std::to_string(job)) << job; });
    CHECK(failures.empty());
    std::set<std::string> done;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
      done.insert(entry.path().filename().string());
    CHECK(done == std::set<std::string>{"0", "1", "2", "3", "4", "5", "6"});
    std::filesystem::remove_all(dir);
  }
}

TEST_CASE("failures come back with their job and kind, in job order", "[cli][workers]") {
  for (std::size_t workers : {1, 2}) {
    const auto failures = RunInWorkers(5, workers, [](std::size_t job) {
      if (job == 1 || job == 4) throw std::runtime_error("bad\nmap " + std::to_string(job));
      if (job == 2) throw WriteError("out/maps/x.svg: cannot write: No space left on device");
    });
    CHECK(failures == std::vector<JobFailure>{
                          {"job 1: bad map 1", false},
                          {"job 2: out/maps/x.svg: cannot write: No space left on device", true},
                          {"job 4: bad map 4", false}});
  }
}
