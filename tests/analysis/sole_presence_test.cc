#include "src/analysis/sole_presence.h"

#include <catch2/catch.hpp>

#include <random>

#include "tests/analysis/zone_builder.h"

namespace chainmap {
namespace {

constexpr std::ptrdiff_t kNone = SolePresence::kNone;
constexpr std::ptrdiff_t kSeveral = SolePresence::kSeveral;

// The label by brute force: every link that reaches v (or that v reaches), by a search
// from each link.
std::vector<std::ptrdiff_t> BruteForce(
    std::size_t n, const std::vector<std::pair<std::size_t, std::size_t>>& edges,
    const std::vector<bool>& present, bool downstream) {
  std::vector<std::vector<std::size_t>> next(n);
  for (auto [a, b] : edges) next[downstream ? b : a].push_back(downstream ? a : b);
  std::vector<std::ptrdiff_t> out(n, kNone);
  for (std::size_t u = 0; u < n; ++u) {
    if (!present[u]) continue;
    std::vector<bool> seen(n, false);
    std::vector<std::size_t> stack{u};
    while (!stack.empty()) {
      const std::size_t x = stack.back();
      stack.pop_back();
      for (std::size_t y : next[x])
        if (!seen[y]) {
          seen[y] = true;
          stack.push_back(y);
        }
    }
    for (std::size_t v = 0; v < n; ++v)
      if (seen[v] && v != u) out[v] = out[v] == kNone ? std::ptrdiff_t(u) : kSeveral;
  }
  return out;
}

TEST_CASE("Sole presence by hand: a line, a fork and a cycle") {
  // 0 → 1 → 2 → 3, 1 → 4; present: 1 and 3.
  const auto line = testing::MakeGraph(5, {{0, 1}, {1, 2}, {2, 3}, {1, 4}});
  const SolePresence s = FindSolePresence(line, {false, true, false, true, false});
  CHECK(s.up == std::vector<std::ptrdiff_t>{kNone, kNone, 1, 1, 1});
  CHECK(s.down == std::vector<std::ptrdiff_t>{kSeveral, 3, 3, kNone, kNone});
  // A cycle 0 → 1 → 2 → 0 feeding 3; present 0 and 1: each is the other's one link both
  // ways, and 3 has both upstream.
  const auto cycle = testing::MakeGraph(4, {{0, 1}, {1, 2}, {2, 0}, {2, 3}});
  const SolePresence c = FindSolePresence(cycle, {true, true, false, false});
  CHECK(c.up == std::vector<std::ptrdiff_t>{1, 0, kSeveral, kSeveral});
  CHECK(c.down == std::vector<std::ptrdiff_t>{1, 0, kSeveral, kNone});
}

TEST_CASE("Sole presence equals a search from every link, on random graphs with cycles") {
  std::mt19937 random(20261202);
  for (int round = 0; round < 300; ++round) {
    const std::size_t n = 1 + random() % 14;
    std::vector<std::pair<std::size_t, std::size_t>> edges;
    const std::size_t m = random() % (2 * n + 1);
    for (std::size_t i = 0; i < m; ++i) {
      const std::size_t a = random() % n, b = random() % n;
      if (a != b) edges.emplace_back(a, b);
    }
    std::vector<bool> present(n);
    for (std::size_t v = 0; v < n; ++v) present[v] = random() % 3 == 0;
    const SolePresence s = FindSolePresence(testing::MakeGraph(n, edges), present);
    INFO("round " << round);
    CHECK(s.up == BruteForce(n, edges, present, false));
    CHECK(s.down == BruteForce(n, edges, present, true));
  }
}

}  // namespace
}  // namespace chainmap
