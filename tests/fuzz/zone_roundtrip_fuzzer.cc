// libFuzzer target: load → save → load on a zone's files packed into one input; the saved
// zone must load, equal to the one saved (see CheckRoundTrip in fuzz_checks.h).
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace fuzz = chainmap::fuzz;
  fuzz::CheckRoundTrip(fuzz::SplitZoneInput({reinterpret_cast<const char*>(data), size}));
  return 0;
}
