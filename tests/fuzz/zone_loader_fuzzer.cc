// libFuzzer target: LoadZone on a zone's files packed into one input (see SplitZoneInput
// in fuzz_checks.h).
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace fuzz = chainmap::fuzz;
  fuzz::CheckZoneLoad(fuzz::SplitZoneInput({reinterpret_cast<const char*>(data), size}));
  return 0;
}
