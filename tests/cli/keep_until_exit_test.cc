#include "src/cli/keep_until_exit.h"

#include <catch2/catch.hpp>

using namespace chainmap;

namespace {

struct Counted {
  int* destroyed;
  int value = 7;
  ~Counted() { ++*destroyed; }
};

}  // namespace

TEST_CASE("an object kept until exit is handed back whole and never destroyed", "[cli][exit]") {
  int destroyed = 0;
  {
    Counted& kept = KeepUntilExit(std::make_unique<Counted>(Counted{&destroyed}));
    CHECK(kept.value == 7);
    kept.value = 8;
    CHECK(kept.value == 8);
  }
  // The temporary Counted{…} moved into make_unique was destroyed once; the kept one not.
  CHECK(destroyed == 1);
}
