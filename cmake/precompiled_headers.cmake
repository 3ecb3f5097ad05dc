# Precompiled headers: the heavy library headers that most files include (nlohmann/json,
# the Boost Graph Library, Catch2 in the tests, the common standard headers) parsed once
# per target instead of once per file. Two of every three files include nlohmann/json and
# half include the graph library; parsing them was about 3 CPU-seconds each per file with
# g++ 12, the largest part of a build from scratch (docs/reliability.md, "CI time").
#
# Off by default where ccache is the compiler launcher: ccache does not cache a compile that
# uses a precompiled header (unless told to be sloppy about it), and its cache saves more.
# A build with them off still checks that each file includes what it uses.
if(CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
  set(chainmap_pch_default OFF)
else()
  set(chainmap_pch_default ON)
endif()
option(CHAINMAP_PCH "Precompile the heavy library headers (default: on unless ccache is used)"
       ${chainmap_pch_default})

set(CHAINMAP_PCH_HEADERS <algorithm> <filesystem> <functional> <map> <memory> <optional>
    <set> <sstream> <string> <string_view> <vector> <boost/graph/adjacency_list.hpp>
    <nlohmann/json.hpp>)

# chainmap_precompile_headers(TARGET [HEADER...]): TARGET's files start from the common
# headers above and the extra ones given, precompiled once.
#
# g++ 12 forgets that code from a precompiled header came from a system header, so the
# warnings it gives after inlining (array bounds, string overflow) are no longer silenced
# in libstdc++'s own string code, and its known false positives there (GCC bugs 105329,
# 105651) fail the build under -Werror. Those three stay on in builds without precompiled
# headers (the usual ones with ccache), where they see the same code.
function(chainmap_precompile_headers target)
  if(CHAINMAP_PCH)
    target_precompile_headers(${target} PRIVATE ${CHAINMAP_PCH_HEADERS} ${ARGN})
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
      target_compile_options(${target} PRIVATE -Wno-array-bounds -Wno-stringop-overflow
                             -Wno-stringop-overread)
    endif()
  endif()
endfunction()
