# webapp.cmake — the planner compiled to WebAssembly (included by CMakeLists.txt
# under emcmake).  build-wasm.sh passes the paths; the defaults match its layout.
#
# Pieces:
#  - imgui: Dear ImGui 1.86 from Debian's source package (the binary package has
#    no .cpp files), with the SDL2 and OpenGL3 backends; OpenGL ES 3 = WebGL2.
#  - SDL2: built once for wasm by `build-wasm.sh setup` into .deps/sdl2-wasm
#    (Emscripten's -sUSE_SDL=2 port cannot be downloaded here).
#  - diemcau_web: src/main.cpp + src/ui/<area>/*.cpp + the web platform layer → link/diemcau.{js,wasm}.
#    Output is .js (Debian's emcc crashes at -O1+ when asked for .html); web/index.html is our shell.
#  - the site, one build graph ([SECTION] the site): fonts, the English texts,
#    the split, the offline files and the one-file app are assembled in
#    stage/, and dist/ is replaced by it in one rename when every step has
#    succeeded — a failed step leaves the previous dist/ as it was.

set(DC_DEPS_DIR "${CMAKE_SOURCE_DIR}/.deps" CACHE PATH "cache of Debian sources and the wasm SDL2 build")
set(DC_OPT "-Os" CACHE STRING "optimisation flag of the web build")
# Link-time optimisation of the app and Dear ImGui (SDL2 is built with it by
# `build-wasm.sh setup`): 1.5 % smaller wasm (gzip), ≈10 s more per link.
# -DDC_LTO=OFF for quick development builds.
option(DC_LTO "link-time optimisation of the web build" ON)
set(DC_LTO_FLAG "")
if(DC_LTO)
  set(DC_LTO_FLAG -flto)
endif()
set(DC_DIST_DIR "${CMAKE_SOURCE_DIR}/dist" CACHE PATH "where the static site is written")
# The WebAssembly in two parts: what the first screen runs, and the rest fetched
# after the first frame.  The link leaves diemcau.wasm.orig + an instrumented
# diemcau.wasm; tools/split_wasm.mjs (a step below) records what runs at
# start-up and splits.  -DDC_SPLIT=OFF: one diemcau.wasm, as linked.
option(DC_SPLIT "split the WebAssembly: first screen + deferred part" ON)
set(DC_SPLIT_FLAGS "")
if(DC_SPLIT)
  # --profiling-funcs: function names in the .orig, for the split's symbol maps
  # (tools/split_wasm.mjs strips them from what ships)
  set(DC_SPLIT_FLAGS -sSPLIT_MODULE --profiling-funcs)
endif()
set(DC_IMGUI_DIR "${DC_DEPS_DIR}/src/imgui-1.86")
set(DC_SDL_WASM "${DC_DEPS_DIR}/sdl2-wasm")
# zlib and tinyxml2, built for wasm by `build-wasm.sh setup` from Debian's source
# packages of the versions the native build links (the .docx import: core/unzip.cpp,
# core/import_docx.cpp).  Only what the import calls is linked, and since the first
# screen never imports, the split leaves it in the second part.
set(DC_DOCX_WASM "${DC_DEPS_DIR}/docx-wasm")
if(NOT EXISTS "${DC_IMGUI_DIR}/imgui.cpp" OR NOT EXISTS "${DC_SDL_WASM}/libSDL2.a"
   OR NOT EXISTS "${DC_DOCX_WASM}/libz.a" OR NOT EXISTS "${DC_DOCX_WASM}/libtinyxml2.a")
  message(FATAL_ERROR "Dear ImGui sources or the wasm SDL2, zlib or tinyxml2 are missing: run `bash build-wasm.sh setup` first")
endif()
# Only the two readers include their headers (the rest of the core is not recompiled for them).
set_source_files_properties(${CMAKE_SOURCE_DIR}/src/core/unzip.cpp ${CMAKE_SOURCE_DIR}/src/core/import_docx.cpp
                            PROPERTIES INCLUDE_DIRECTORIES ${DC_DOCX_WASM}/include)
target_link_libraries(dccore PUBLIC ${DC_DOCX_WASM}/libz.a ${DC_DOCX_WASM}/libtinyxml2.a)

# Error policy: no exceptions in anything the web build links.  Emscripten's
# default build cannot catch (a throw aborts the page), so the program is
# written not to throw (checked preconditions, status returns: see editor.h),
# and -fno-exceptions makes any `throw`, `try` or `catch` in our code a
# compile error here instead of an abort at run time.  (nlohmann::json then
# aborts where it would throw; every call we make is of its non-throwing kind:
# sax_parse, find, is_*, dump with error_handler_t::replace.)
set(DC_NO_EXCEPTIONS -fno-exceptions)
target_compile_options(dccore PRIVATE ${DC_OPT} ${DC_LTO_FLAG} ${DC_NO_EXCEPTIONS})

# [SECTION] Dear ImGui
# `imgui` is Dear ImGui as Debian ships it (bench/baseline/ links it too);
# `imgui_app`, the app's, is the same objects but for imgui_draw.cpp, compiled
# without ImGui's built-in font (see below).
set(DC_IMGUI_DEFS
  IMGUI_IMPL_OPENGL_ES3            # WebGL2; the backend is initialised with "#version 300 es"
  IMGUI_DISABLE_OBSOLETE_FUNCTIONS
  IMGUI_DISABLE_DEMO_WINDOWS)
set(DC_IMGUI_INCLUDES ${DC_IMGUI_DIR} ${DC_IMGUI_DIR}/backends ${DC_IMGUI_DIR}/misc/cpp ${DC_SDL_WASM}/include/SDL2)
add_library(imgui_common OBJECT
  ${DC_IMGUI_DIR}/imgui.cpp
  ${DC_IMGUI_DIR}/imgui_tables.cpp
  ${DC_IMGUI_DIR}/imgui_widgets.cpp
  ${DC_IMGUI_DIR}/backends/imgui_impl_sdl.cpp
  ${DC_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp
  ${DC_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)       # ImGui::InputText on std::string
add_library(imgui STATIC $<TARGET_OBJECTS:imgui_common> ${DC_IMGUI_DIR}/imgui_draw.cpp)
# ImGui's built-in font (ProggyClean, 12 KB of base85 text) is compiled in
# because ImFontAtlas::AddFontDefault() can be called; the app never calls it
# (theme.cpp adds Noto Sans from the fetched fonts, and the atlas is never
# built empty).  cmake/imgui_no_default_font.cmake writes a copy of
# imgui_draw.cpp whose GetDefaultCompressedFontDataTTFBase85() stops the
# program instead of returning the font: one exact replacement of ImGui's
# text, checked (the build fails if ImGui's source is not as expected).
set(DC_IMGUI_DRAW_APP ${CMAKE_BINARY_DIR}/generated/imgui_draw_app.cpp)
add_custom_command(
  OUTPUT ${DC_IMGUI_DRAW_APP}
  COMMAND ${CMAKE_COMMAND} -DIN=${DC_IMGUI_DIR}/imgui_draw.cpp -DOUT=${DC_IMGUI_DRAW_APP}
          -P ${CMAKE_SOURCE_DIR}/cmake/imgui_no_default_font.cmake
  DEPENDS ${DC_IMGUI_DIR}/imgui_draw.cpp ${CMAKE_SOURCE_DIR}/cmake/imgui_no_default_font.cmake
  COMMENT "imgui_draw.cpp without ImGui's built-in font"
  VERBATIM)
add_library(imgui_app STATIC $<TARGET_OBJECTS:imgui_common> ${DC_IMGUI_DRAW_APP})
foreach(t imgui_common imgui imgui_app)
  target_include_directories(${t} SYSTEM PUBLIC ${DC_IMGUI_INCLUDES})
  target_compile_definitions(${t} PUBLIC ${DC_IMGUI_DEFS})
  target_compile_options(${t} PRIVATE ${DC_OPT} ${DC_LTO_FLAG} -w)
endforeach()

# [SECTION] the app
file(GLOB DC_UI_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/ui/*/*.cpp)
file(GLOB DC_PLATFORM_WEB_SOURCES CONFIGURE_DEPENDS
  ${CMAKE_SOURCE_DIR}/src/platform/*web*.cpp
  ${CMAKE_SOURCE_DIR}/src/platform/input_queue.cpp)
set(DC_WEB_EXTRA_SOURCES "" CACHE STRING "extra sources for local experiments (normally empty)")
add_executable(diemcau_web ${CMAKE_SOURCE_DIR}/src/main.cpp ${DC_UI_SOURCES} ${DC_PLATFORM_WEB_SOURCES} ${DC_WEB_EXTRA_SOURCES})
target_include_directories(diemcau_web PRIVATE ${CMAKE_SOURCE_DIR}/src)
target_link_libraries(diemcau_web PRIVATE dccore imgui_app ${DC_SDL_WASM}/libSDL2.a)
# English comes as a file (src/ui/shell/english_file.h): not compiled into the app.
target_compile_definitions(diemcau_web PRIVATE DC_EN_FROM_FILE)
target_compile_options(diemcau_web PRIVATE ${DC_OPT} ${DC_LTO_FLAG} ${DC_NO_EXCEPTIONS} -Wall -Wextra -Wno-unused-parameter)
set(DC_WEB_JS "${CMAKE_SOURCE_DIR}/web/glue.js")
set(DC_STORE_JS "${CMAKE_SOURCE_DIR}/web/store.js")   # the plan library's storage (IndexedDB)
target_link_options(diemcau_web PRIVATE
  ${DC_OPT} ${DC_LTO_FLAG}
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sFILESYSTEM=0                   # no file is ever opened (files come and go through web/glue.js): 13 KB less JS (gzip)
  # Emscripten enables every WebGL extension when it creates the context; Dear
  # ImGui's WebGL2 renderer needs none, and on software GL the first frames came
  # ≈0.3 s sooner without them (bench: main() to the first interactive frame).
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0
  -sALLOW_MEMORY_GROWTH=1
  -sENVIRONMENT=web
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8
  ${DC_SPLIT_FLAGS}
  "SHELL:--pre-js ${DC_WEB_JS}" "SHELL:--pre-js ${DC_STORE_JS}")   # SHELL: cmake would merge the two --pre-js
set(DC_LINK_DIR ${CMAKE_BINARY_DIR}/link)   # the link's output, as it is (the split reads it)
set_target_properties(diemcau_web PROPERTIES
  OUTPUT_NAME diemcau
  SUFFIX ".js"
  RUNTIME_OUTPUT_DIRECTORY ${DC_LINK_DIR}
  LINK_DEPENDS "${DC_WEB_JS};${DC_STORE_JS}")

include(${CMAKE_SOURCE_DIR}/cmake/site.cmake)
