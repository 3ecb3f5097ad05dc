// libFuzzer target: CheckZoneAnalysis on a zone's files packed into one input (see
// analysis_checks.h and SplitZoneInput in fuzz_checks.h).
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/analysis_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace fuzz = chainmap::fuzz;
  fuzz::CheckZoneAnalysis(fuzz::SplitZoneInput({reinterpret_cast<const char*>(data), size}));
  return 0;
}
