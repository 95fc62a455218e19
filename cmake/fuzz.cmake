# fuzz.cmake — native-only checks of the plan file format and the CLI:
#  - fuzz_plan_file: libFuzzer target for the importer (clang only), with
#    AddressSanitizer and UndefinedBehaviorSanitizer, and a short ctest run
#    over the committed corpus (`fuzz_smoke`);
#  - fuzz_paste: libFuzzer target for the paste parsers (src/core/paste.h:
#    parse_tsv, the column guesses, the task and site previews and applying
#    them), same sanitizers, with a short ctest run over
#    tests/fuzz/corpus_paste (`fuzz_paste_smoke`);
#  - plan_schema: validates the templates and fixtures against
#    docs/plan.schema.json with python3-jsonschema;
#  - diemcau_cli: exit codes and messages of the command-line tool.
#
# The fuzz target needs clang's fuzzer runtime (Debian: clang-14,
# libclang-rt-14-dev), so it is built in its own build directory:
#   CC=clang-14 CXX=clang++-14 cmake -S . -B build/fuzz && cmake --build build/fuzz --target fuzz_plan_file
#   ctest --test-dir build/fuzz -R fuzz_smoke
# (the same for fuzz_paste / fuzz_paste_smoke).
# A gcc build skips it (or set -DDC_FUZZ=OFF to skip it under clang too).

option(DC_FUZZ "Build the libFuzzer targets for the plan file reader and the paste parsers (clang only)" ON)
set(DC_FUZZ_SMOKE_SECONDS 20 CACHE STRING "How long the fuzz_smoke test fuzzes")
set(DC_FUZZ_PASTE_SMOKE_SECONDS 15 CACHE STRING "How long the fuzz_paste_smoke test fuzzes")

# [SECTION] fuzz target
if(DC_FUZZ AND CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  set(DC_FUZZ_FLAGS -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1)
  # The reader and its dependencies are compiled again with the sanitizers
  # (the dccore library is not instrumented, and must not be: the app and
  # tests link it too).
  add_executable(fuzz_plan_file
    ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_plan_file.cpp
    ${CMAKE_SOURCE_DIR}/src/core/plan_file.cpp
    ${CMAKE_SOURCE_DIR}/src/core/text.cpp
    ${CMAKE_SOURCE_DIR}/src/core/datetime.cpp)
  target_include_directories(fuzz_plan_file PRIVATE ${CMAKE_SOURCE_DIR}/src)
  target_link_libraries(fuzz_plan_file PRIVATE nlohmann_json::nlohmann_json)
  target_compile_options(fuzz_plan_file PRIVATE ${DC_FUZZ_FLAGS})
  target_link_options(fuzz_plan_file PRIVATE ${DC_FUZZ_FLAGS})

  # Fuzz for a short while starting from the bad-file corpus and the templates.
  # The corpus directories are only read: new inputs go to a scratch folder.
  add_test(NAME fuzz_smoke
    COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1
            $<TARGET_FILE:fuzz_plan_file> -max_total_time=${DC_FUZZ_SMOKE_SECONDS} -timeout=10 -rss_limit_mb=2048
            -max_len=65536 -print_final_stats=1
            ${CMAKE_BINARY_DIR}/fuzz_scratch ${CMAKE_SOURCE_DIR}/tests/fuzz/corpus ${CMAKE_SOURCE_DIR}/assets/templates)
  file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz_scratch)
  set_tests_properties(fuzz_smoke PROPERTIES TIMEOUT 300 LABELS fuzz)

  # The paste parsers, previews and apply steps.  Inputs stay under 64 KB
  # (-max_len); the target also parses each with tiny limits, so the
  # refusals (too large, too many rows, too many columns) run too.
  add_executable(fuzz_paste
    ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_paste.cpp
    ${CMAKE_SOURCE_DIR}/src/core/paste.cpp
    ${CMAKE_SOURCE_DIR}/src/core/tasks_ops.cpp
    ${CMAKE_SOURCE_DIR}/src/core/editor.cpp
    ${CMAKE_SOURCE_DIR}/src/core/text.cpp
    ${CMAKE_SOURCE_DIR}/src/core/datetime.cpp)
  target_include_directories(fuzz_paste PRIVATE ${CMAKE_SOURCE_DIR}/src)
  target_link_libraries(fuzz_paste PRIVATE nlohmann_json::nlohmann_json)
  target_compile_options(fuzz_paste PRIVATE ${DC_FUZZ_FLAGS})
  target_link_options(fuzz_paste PRIVATE ${DC_FUZZ_FLAGS})
  add_test(NAME fuzz_paste_smoke
    COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1
            $<TARGET_FILE:fuzz_paste> -max_total_time=${DC_FUZZ_PASTE_SMOKE_SECONDS} -timeout=10 -rss_limit_mb=2048
            -max_len=65536 -print_final_stats=1
            ${CMAKE_BINARY_DIR}/fuzz_paste_scratch ${CMAKE_SOURCE_DIR}/tests/fuzz/corpus_paste)
  file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz_paste_scratch)
  set_tests_properties(fuzz_paste_smoke PROPERTIES TIMEOUT 300 LABELS fuzz)
endif()

# [SECTION] schema test
find_program(DC_DEBIAN_PYTHON NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(DC_DEBIAN_PYTHON)
  add_test(NAME plan_schema COMMAND ${DC_DEBIAN_PYTHON} ${CMAKE_SOURCE_DIR}/tests/schema/check_schema.py)
  set_tests_properties(plan_schema PROPERTIES PASS_REGULAR_EXPRESSION " 0 failed")
endif()

# [SECTION] command-line tool: exit codes and messages
if(TARGET diemcau)
  add_test(NAME diemcau_cli COMMAND sh ${CMAKE_SOURCE_DIR}/tests/cli/diemcau_exit_codes.sh $<TARGET_FILE:diemcau>)
  set_tests_properties(diemcau_cli PROPERTIES PASS_REGULAR_EXPRESSION " 0 failed")
endif()
