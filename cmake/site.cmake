# site.cmake — the web build's site, one build graph (included by webapp.cmake).
#
# `cmake --build build/wasm` runs every step, each when its inputs changed:
#
#   fonts (pyftsubset) ─┐
#   data/en.strings ────┼─> split (tools/split_wasm.mjs: runs the page, splits) ─┐
#   index.html, glue-later.js ┘  ▲ the link (diemcau_web, link/)                │
#                                                                               v
#   offline files (tools/stamp_offline.py) + one-file app (tools/make_onefile.py)
#                                                                               v
#   publish: stage/ copied whole to dist/ (cmake/publish_site.cmake)
#
# Everything is assembled in ${CMAKE_BINARY_DIR}/stage; dist/ is only written
# by the last step, which copies the finished stage beside it and swaps it in
# with renames.  A step that fails stops the build before that: dist/ stays as
# the last complete build left it, never half-finished.

set(DC_STAGE_DIR ${CMAKE_BINARY_DIR}/stage)
find_program(DC_NODE node REQUIRED)
find_program(DC_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH)   # Debian's: it has fonttools
if(NOT DC_PYTHON)
  find_program(DC_PYTHON python3 REQUIRED)
endif()

# [SECTION] fonts — subsets of Debian's Noto fonts
set(DC_NOTO_DIR /usr/share/fonts/truetype/noto CACHE PATH "Debian's Noto fonts (fonts-noto-core)")
# Which characters each subset holds: src/ui/shell/glyph_ranges.inc, the list
# theme.cpp gives ImGui as well (one place: the two cannot disagree).
set(DC_GLYPH_LIST ${CMAKE_SOURCE_DIR}/src/ui/shell/glyph_ranges.inc)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${DC_GLYPH_LIST})
file(STRINGS ${DC_GLYPH_LIST} dc_glyph_lines REGEX "^DC_GLYPHS\\(")
foreach(font Text Symbols2 Math)
  set(DC_UNICODES_${font} "")
endforeach()
foreach(line ${dc_glyph_lines})
  if(NOT line MATCHES "^DC_GLYPHS\\(([A-Za-z0-9]+), *0x([0-9A-Fa-f]+), *0x([0-9A-Fa-f]+)\\)")
    message(FATAL_ERROR "glyph_ranges.inc: cannot read: ${line}")
  endif()
  if(CMAKE_MATCH_2 STREQUAL CMAKE_MATCH_3)
    list(APPEND DC_UNICODES_${CMAKE_MATCH_1} "U+${CMAKE_MATCH_2}")
  else()
    list(APPEND DC_UNICODES_${CMAKE_MATCH_1} "U+${CMAKE_MATCH_2}-${CMAKE_MATCH_3}")
  endif()
endforeach()
list(JOIN DC_UNICODES_Text "," DC_TEXT_UNICODES)
list(JOIN DC_UNICODES_Symbols2 "," DC_ICON_SYM2_UNICODES)
list(JOIN DC_UNICODES_Math "," DC_ICON_MATH_UNICODES)
set(DC_SITE_FONTS "")
function(dc_font src dst unicodes)
  set(out ${DC_STAGE_DIR}/fonts/${dst})
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${DC_STAGE_DIR}/fonts
    COMMAND ${DC_PYTHON} -m fontTools.subset ${DC_NOTO_DIR}/${src} --unicodes=${unicodes}
            --output-file=${out} --no-hinting --desubroutinize --name-IDs=*
    DEPENDS ${DC_NOTO_DIR}/${src} ${CMAKE_SOURCE_DIR}/cmake/site.cmake ${DC_GLYPH_LIST}
    COMMENT "font subset ${dst}"
    VERBATIM)
  set(DC_SITE_FONTS ${DC_SITE_FONTS} ${out} PARENT_SCOPE)
endfunction()
dc_font(NotoSans-Regular.ttf NotoSans-Regular.ttf "${DC_TEXT_UNICODES}")
dc_font(NotoSans-Bold.ttf NotoSans-Bold.ttf "${DC_TEXT_UNICODES}")
dc_font(NotoSansSymbols2-Regular.ttf NotoSansSymbols2.ttf "${DC_ICON_SYM2_UNICODES}")
dc_font(NotoSansMath-Regular.ttf NotoSansMath.ttf "${DC_ICON_MATH_UNICODES}")

# [SECTION] data — the English texts (src/ui/shell/english_file.h)
# The generator is the same i18n.cpp with English compiled in, built with emcc
# for node (the only compiler this build has) and run at build time.
add_executable(gen_english ${CMAKE_SOURCE_DIR}/tools/gen_english.cpp
  ${CMAKE_SOURCE_DIR}/src/ui/shell/i18n.cpp ${CMAKE_SOURCE_DIR}/src/ui/shell/english_file.cpp)
target_include_directories(gen_english PRIVATE ${CMAKE_SOURCE_DIR}/src)
target_compile_options(gen_english PRIVATE -O1)
# WASM_ASYNC_COMPILATION=0: read the .wasm from disk (emcc 3.1.6 would try
# fetch() on a file path under a node that has fetch).
target_link_options(gen_english PRIVATE -O1 -sENVIRONMENT=node -sNODERAWFS=1 -sWASM_ASYNC_COMPILATION=0)
set_target_properties(gen_english PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tools)
# The repository's package.json says "type": "module"; emcc's output is CommonJS.
file(WRITE ${CMAKE_BINARY_DIR}/tools/package.json "{ \"type\": \"commonjs\" }\n")
set(DC_SITE_EN ${DC_STAGE_DIR}/data/en.strings)
add_custom_command(
  OUTPUT ${DC_SITE_EN}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${DC_STAGE_DIR}/data
  COMMAND ${DC_NODE} $<TARGET_FILE:gen_english> ${DC_SITE_EN}
  DEPENDS gen_english
  COMMENT "data/en.strings (the English texts)"
  VERBATIM)

# [SECTION] the page and the program (the split runs the page, so it comes after the rest)
add_custom_command(
  OUTPUT ${DC_STAGE_DIR}/index.html ${DC_STAGE_DIR}/glue-later.js
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/web/index.html ${DC_STAGE_DIR}/index.html
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/web/glue-later.js ${DC_STAGE_DIR}/glue-later.js
  DEPENDS ${CMAKE_SOURCE_DIR}/web/index.html ${CMAKE_SOURCE_DIR}/web/glue-later.js
  VERBATIM)
set(DC_SPLIT_STAMP ${CMAKE_BINARY_DIR}/split/done)
add_custom_command(
  OUTPUT ${DC_SPLIT_STAMP}
  # one diemcau.wasm (+ diemcau.deferred.wasm when split) and diemcau.js in stage/
  COMMAND ${DC_NODE} ${CMAKE_SOURCE_DIR}/tools/split_wasm.mjs ${DC_LINK_DIR} ${DC_STAGE_DIR} ${CMAKE_BINARY_DIR}/split
  COMMAND ${CMAKE_COMMAND} -E touch ${DC_SPLIT_STAMP}
  DEPENDS diemcau_web $<TARGET_FILE:diemcau_web> ${CMAKE_SOURCE_DIR}/tools/split_wasm.mjs
          ${DC_STAGE_DIR}/index.html ${DC_STAGE_DIR}/glue-later.js ${DC_SITE_FONTS} ${DC_SITE_EN}
  COMMENT "split: the first screen's part and the rest (tools/split_wasm.mjs)"
  VERBATIM)

# [SECTION] offline files, the one-file app, publish
file(GLOB DC_WEB_ICONS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/web/icons/*)
set(DC_SITE_DONE ${DC_DIST_DIR}/build-id.txt)
add_custom_command(
  OUTPUT ${DC_SITE_DONE}
  COMMAND ${DC_PYTHON} ${CMAKE_SOURCE_DIR}/tools/stamp_offline.py ${DC_STAGE_DIR}
  COMMAND ${DC_PYTHON} ${CMAKE_SOURCE_DIR}/tools/make_onefile.py ${DC_STAGE_DIR}
  COMMAND ${CMAKE_COMMAND} -DSTAGE=${DC_STAGE_DIR} -DDIST=${DC_DIST_DIR}
          -P ${CMAKE_SOURCE_DIR}/cmake/publish_site.cmake
  DEPENDS ${DC_SPLIT_STAMP} ${DC_STAGE_DIR}/index.html ${DC_STAGE_DIR}/glue-later.js ${DC_SITE_FONTS} ${DC_SITE_EN}
          ${CMAKE_SOURCE_DIR}/tools/stamp_offline.py ${CMAKE_SOURCE_DIR}/tools/make_onefile.py
          ${CMAKE_SOURCE_DIR}/cmake/publish_site.cmake
          ${CMAKE_SOURCE_DIR}/web/sw.js ${CMAKE_SOURCE_DIR}/web/sw-register.js
          ${CMAKE_SOURCE_DIR}/web/manifest.webmanifest ${DC_WEB_ICONS}
  COMMENT "dist/: offline files, the one-file app, published"
  VERBATIM)
add_custom_target(site ALL DEPENDS ${DC_SITE_DONE})
