// libFuzzer target: CheckEnterpriseCsvImport on any bytes (see import_render_checks.h).
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/import_render_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  chainmap::fuzz::CheckEnterpriseCsvImport({reinterpret_cast<const char*>(data), size});
  return 0;
}
