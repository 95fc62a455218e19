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
# One function for both targets: the code under test is compiled again with
# the sanitizers (the dccore library is not instrumented, and must not be: the
# app and tests link it too), and a ctest fuzzes for a short while from the
# corpus directories, which are only read (new inputs go to a scratch folder).
# A file that the code under test comes to need must be added to its list.
function(dc_fuzz_target name smoke seconds sources corpora)
  add_executable(${name} ${CMAKE_SOURCE_DIR}/tests/fuzz/${name}.cpp ${sources})
  target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/src)
  target_link_libraries(${name} PRIVATE nlohmann_json::nlohmann_json)
  target_compile_options(${name} PRIVATE ${DC_FUZZ_FLAGS})
  target_link_options(${name} PRIVATE ${DC_FUZZ_FLAGS})
  add_test(NAME ${smoke}
    COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1
            $<TARGET_FILE:${name}> -max_total_time=${seconds} -timeout=10 -rss_limit_mb=2048
            -max_len=65536 -print_final_stats=1
            ${CMAKE_BINARY_DIR}/${name}_scratch ${corpora})
  file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/${name}_scratch)
  set_tests_properties(${smoke} PROPERTIES TIMEOUT 300 LABELS fuzz)
endfunction()

if(DC_FUZZ AND CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  set(DC_FUZZ_FLAGS -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1)
  set(core ${CMAKE_SOURCE_DIR}/src/core)
  # The plan file reader, from the bad-file corpus, the inputs that once
  # crashed it (tests/fuzz/regressions) and the templates.
  dc_fuzz_target(fuzz_plan_file fuzz_smoke ${DC_FUZZ_SMOKE_SECONDS}
    "${core}/plan_file.cpp;${core}/text.cpp;${core}/datetime.cpp"
    "${CMAKE_SOURCE_DIR}/tests/fuzz/corpus;${CMAKE_SOURCE_DIR}/tests/fuzz/regressions;${CMAKE_SOURCE_DIR}/assets/templates")
  # The paste parsers (task, site and programme tables, clipboard HTML), their
  # previews and apply steps, and the document import, text and .docx (seeded
  # with tests/fixtures/import).  Inputs stay under 64 KB
  # (-max_len); the target also parses each with tiny limits, so the
  # refusals (too large, too many rows, too many columns) run too.
  dc_fuzz_target(fuzz_paste fuzz_paste_smoke ${DC_FUZZ_PASTE_SMOKE_SECONDS}
    "${core}/paste.cpp;${core}/paste_programme.cpp;${core}/html_table.cpp;${core}/import_text.cpp;${core}/import_docx.cpp;${core}/unzip.cpp;${core}/zip.cpp;${core}/tasks_ops.cpp;${core}/deadline.cpp;${core}/editor.cpp;${core}/text.cpp;${core}/datetime.cpp"
    "${CMAKE_SOURCE_DIR}/tests/fuzz/corpus_paste;${CMAKE_SOURCE_DIR}/tests/fixtures/import")
  target_link_libraries(fuzz_paste PRIVATE ZLIB::ZLIB tinyxml2::tinyxml2)   # the .docx import (not instrumented)
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
