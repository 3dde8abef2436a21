# Runs `steward screen comments` and `steward check posts` on a few dev lines twice: from the
# repository root with --lexicons data/lexicons, and as a copy of the binary outside the build tree
# run from an empty working directory with no options (so from the built-in lexicons). The outputs
# must be identical. Also: a missing --lexicons folder is refused with exit code 1.
# Invoked by CTest with -DSTEWARD=<steward> -DSOURCE=<repo root> -DWORK=<scratch folder>.
unset(ENV{STEWARD_LEXICONS})
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/bin ${WORK}/cwd)
file(COPY ${STEWARD} DESTINATION ${WORK}/bin)
get_filename_component(exe_name ${STEWARD} NAME)
set(moved ${WORK}/bin/${exe_name})
set(dev ${SOURCE}/testdata/dev)
execute_process(COMMAND head -n 40 ${dev}/comments.jsonl OUTPUT_FILE ${WORK}/comments.jsonl)
execute_process(COMMAND head -n 60 ${dev}/posts.jsonl OUTPUT_FILE ${WORK}/posts.jsonl)

set(screen_args screen comments --roster ${dev}/roster.csv --school ${dev}/school.json
    ${WORK}/comments.jsonl)
set(screen_found "profanity")  # the sample holds swearing and offensive posts: the lexicons
set(posts_found "OFFENSIVE")   # must really have been used, not just equally missing
set(posts_args check posts --roster ${dev}/roster.csv --consent ${dev}/consent.csv
    --school ${dev}/school.json ${WORK}/posts.jsonl)

foreach(kind IN ITEMS screen posts)
  execute_process(COMMAND ${STEWARD} ${${kind}_args} --lexicons data/lexicons
                  WORKING_DIRECTORY ${SOURCE}
                  OUTPUT_VARIABLE expected RESULT_VARIABLE status_expected)
  execute_process(COMMAND ${moved} ${${kind}_args}
                  WORKING_DIRECTORY ${WORK}/cwd
                  OUTPUT_VARIABLE actual ERROR_VARIABLE errors RESULT_VARIABLE status_actual)
  if(NOT status_expected EQUAL 0 OR NOT status_actual EQUAL 0)
    message(FATAL_ERROR "${kind}: exit codes ${status_expected} (repo root) and "
                        "${status_actual} (elsewhere): ${errors}")
  endif()
  if(expected STREQUAL "")
    message(FATAL_ERROR "${kind}: no output from the repository root")
  endif()
  if(NOT actual MATCHES "${${kind}_found}")
    message(FATAL_ERROR "${kind}: no ${${kind}_found} found with the built-in lexicons:\n${actual}")
  endif()
  if(NOT actual STREQUAL expected)
    message(FATAL_ERROR "${kind}: output differs away from the repository.\n"
                        "From the root:\n${expected}\nElsewhere:\n${actual}")
  endif()
endforeach()

execute_process(COMMAND ${moved} ${screen_args} --lexicons ${WORK}/no-such-folder
                WORKING_DIRECTORY ${WORK}/cwd ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT status EQUAL 1 OR NOT errors MATCHES "--lexicons folder does not exist")
  message(FATAL_ERROR "a missing --lexicons folder gave exit ${status}: ${errors}")
endif()
file(REMOVE_RECURSE ${WORK})
