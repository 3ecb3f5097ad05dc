// libFuzzer target: JsonDocument::Parse on any bytes (see fuzz_checks.h).
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  chainmap::fuzz::CheckJsonDocument({reinterpret_cast<const char*>(data), size});
  return 0;
}
