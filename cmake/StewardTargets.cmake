# The only helpers a CMakeLists.txt under src/, tests/, bench/ or fuzz/ may call, so that every
# target gets the same language level, warnings and sanitizers (STYLE.md section 4).
#
#   steward_library(<name> SOURCES … [PUBLIC_DEPS …] [PRIVATE_DEPS …])  -> steward_<name>, steward::<name>
#   steward_tests(<name> SOURCES … [DEPS …] [LABELS …])                  -> steward_<name>_tests
#   steward_executable(<name> SOURCES … [DEPS …])
#   steward_bench(<area> SOURCES … [DEPS …])                            -> steward_bench_<area>
#   steward_fuzz(<parser> SOURCES … [DEPS …])                           -> steward_fuzz_<parser>
#       and always a test that replays fuzz/corpus/<parser>/ through the same entry point.

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)

function(steward_apply_options target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor
                                           -Wimplicit-fallthrough -Wno-missing-field-initializers)
  # GCC 12 at -O2 warns that Boost.Asio's coroutine frames (allocated by asio's aligned_new, freed
  # by the frame's own operator delete) mismatch: a false positive inside Boost's headers, which
  # broke RelWithDebInfo + STEWARD_WERROR builds (api/handlers/subject_access.cpp). A real
  # new/delete mismatch is still caught at run time by ASan's alloc-dealloc-mismatch check.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -Wno-mismatched-new-delete)
  endif()
  if(STEWARD_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(STEWARD_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                             -fno-sanitize-recover=undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()

function(steward_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(steward_${name} STATIC ${ARG_SOURCES})
  add_library(steward::${name} ALIAS steward_${name})
  target_include_directories(steward_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(steward_${name} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  steward_apply_options(steward_${name})
endfunction()

function(steward_tests name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;LABELS" ${ARGN})
  add_executable(steward_${name}_tests ${ARG_SOURCES})
  target_link_libraries(steward_${name}_tests PRIVATE ${ARG_DEPS} GTest::gmock GTest::gtest_main)
  target_include_directories(steward_${name}_tests PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_compile_definitions(steward_${name}_tests PRIVATE
      STEWARD_SOURCE_DIR="${PROJECT_SOURCE_DIR}" STEWARD_BINARY_DIR="${PROJECT_BINARY_DIR}")
  steward_apply_options(steward_${name}_tests)
  set(labels ${name})
  if(ARG_LABELS)
    list(APPEND labels ${ARG_LABELS})
  endif()
  gtest_discover_tests(steward_${name}_tests DISCOVERY_MODE PRE_TEST
                       WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                       PROPERTIES LABELS "${labels}")
endfunction()

function(steward_executable name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/src)
  steward_apply_options(${name})
endfunction()

function(steward_bench area)
  if(NOT STEWARD_BENCH)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(steward_bench_${area} ${ARG_SOURCES})
  target_link_libraries(steward_bench_${area} PRIVATE ${ARG_DEPS} benchmark::benchmark)
  target_include_directories(steward_bench_${area} PRIVATE ${PROJECT_SOURCE_DIR}/src)
  target_compile_definitions(steward_bench_${area} PRIVATE
      STEWARD_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  steward_apply_options(steward_bench_${area})
endfunction()

# A fuzz target defines LLVMFuzzerTestOneInput. With STEWARD_FUZZ (clang) it becomes a libFuzzer
# binary; in every build it is also linked with fuzz/replay_main.cpp and run over its corpus as a test.
function(steward_fuzz parser)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  set(corpus ${PROJECT_SOURCE_DIR}/fuzz/corpus/${parser})
  add_executable(steward_fuzz_${parser}_replay ${ARG_SOURCES} ${PROJECT_SOURCE_DIR}/fuzz/replay_main.cpp)
  target_link_libraries(steward_fuzz_${parser}_replay PRIVATE ${ARG_DEPS})
  target_include_directories(steward_fuzz_${parser}_replay PRIVATE ${PROJECT_SOURCE_DIR}/src)
  steward_apply_options(steward_fuzz_${parser}_replay)
  add_test(NAME fuzz_corpus.${parser} COMMAND steward_fuzz_${parser}_replay ${corpus})
  set_tests_properties(fuzz_corpus.${parser} PROPERTIES LABELS "fuzz")
  if(STEWARD_FUZZ)
    add_executable(steward_fuzz_${parser} ${ARG_SOURCES})
    target_link_libraries(steward_fuzz_${parser} PRIVATE ${ARG_DEPS})
    target_include_directories(steward_fuzz_${parser} PRIVATE ${PROJECT_SOURCE_DIR}/src)
    target_compile_options(steward_fuzz_${parser} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_options(steward_fuzz_${parser} PRIVATE -fsanitize=fuzzer,address,undefined)
  endif()
endfunction()
