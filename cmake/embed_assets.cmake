# Writes OUTPUT: a C++ file defining kReportScript (SCRIPT, then SCRIPT2 if given) and
# kReportStyle (STYLE),
# as raw string literals. Run by the build (add_custom_command) whenever either changes.
file(READ ${SCRIPT} script)
if(DEFINED SCRIPT2)
  file(READ ${SCRIPT2} script2)
  string(APPEND script "${script2}")
endif()
file(READ ${STYLE} style)
set(delimiter "chainmap_asset")
string(FIND "${script}${style}" ")${delimiter}" found)
if(NOT found EQUAL -1)
  message(FATAL_ERROR "an embedded asset contains the raw-string delimiter")
endif()
file(WRITE ${OUTPUT}.tmp
  "// Generated from src/report/report_page.js, report_tables.js and report_page.css by cmake/embed_assets.cmake.\n"
  "#include \"src/report/report_assets.h\"\n\nnamespace chainmap {\n\n"
  "const std::string_view kReportScript = R\"${delimiter}(${script})${delimiter}\";\n\n"
  "const std::string_view kReportStyle = R\"${delimiter}(${style})${delimiter}\";\n\n"
  "}  // namespace chainmap\n")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different ${OUTPUT}.tmp ${OUTPUT})
file(REMOVE ${OUTPUT}.tmp)
