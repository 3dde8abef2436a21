# Runs `steward check posts` on the fixture in check_posts/ and compares its stdout, line by
# line, with check_posts/expected.jsonl. Invoked by CTest with -DSTEWARD=<path to steward>.
set(dir ${CMAKE_CURRENT_LIST_DIR}/check_posts)
execute_process(
  COMMAND ${STEWARD} check posts --roster ${dir}/roster.csv --consent ${dir}/consent.csv
          --school ${dir}/school.json --lexicons ${CMAKE_CURRENT_LIST_DIR}/../../data/lexicons
          ${dir}/posts.jsonl
  OUTPUT_VARIABLE actual
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "steward check posts exited with ${status}")
endif()
string(REPLACE "${dir}/" "" actual "${actual}")
file(READ ${dir}/expected.jsonl expected)
if(NOT actual STREQUAL expected)
  message(FATAL_ERROR "check posts output differs.\nExpected:\n${expected}\nActual:\n${actual}")
endif()
