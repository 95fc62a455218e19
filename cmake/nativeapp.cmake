# nativeapp.cmake — the planner as a desktop program, for developers
# (included by CMakeLists.txt in the native build; README.md, "Native build
# for developers"):
#  - imgui_native: Dear ImGui 1.86 from Debian's source package (.deps/, see
#    build-wasm.sh setup) with the SDL2 and OpenGL3 backends for desktop GL
#    (3.2 core; the backend's own loader, imgui_impl_opengl3_loader.h);
#  - diemcau-app: src/main.cpp + src/ui/<area>/*.cpp (all but web_exports.cpp, the
#    JavaScript entry points) + the native platform layer, against Debian's
#    SDL2 (libsdl2-dev);
#  - platform_layering (ctest): src/platform never includes src/ui;
#  - native_app_smoke (ctest): starts it under a virtual display (xvfb-run)
#    with the example plan of a first visit, draws 120 frames and checks them
#    (main.cpp, smoke_report).
# Without the ImGui sources, SDL2 or xvfb-run the app is not built and the
# smoke test fails saying why (a test that cannot run must not pass).

# Layers only point down: nothing in src/platform includes src/ui (the JavaScript
# entry points that need the interface are src/ui/shell/web_exports.cpp).  Checked
# here so that a new include fails the test command instead of creeping back.
add_test(NAME platform_layering
  COMMAND sh -c "if grep -rnE '#include +[<\"]ui/' src/platform; then echo 'src/platform includes src/ui (above)'; exit 1; fi; echo 'src/platform includes nothing from src/ui'"
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})

option(DC_NATIVE_APP "Build the native app (diemcau-app) and its smoke test" ON)
if(NOT DC_NATIVE_APP)
  return()
endif()

set(DC_DEPS_DIR "${CMAKE_SOURCE_DIR}/.deps" CACHE PATH "cache of Debian sources (build-wasm.sh setup)")
set(DC_IMGUI_DIR "${DC_DEPS_DIR}/src/imgui-1.86")
find_package(SDL2 QUIET)
find_package(OpenGL QUIET)
find_program(DC_XVFB_RUN xvfb-run)

set(DC_NATIVE_APP_MISSING "")
if(NOT EXISTS "${DC_IMGUI_DIR}/imgui.cpp")
  string(APPEND DC_NATIVE_APP_MISSING " Dear ImGui sources (${DC_IMGUI_DIR}: run `bash build-wasm.sh setup`)")
endif()
if(NOT TARGET SDL2::SDL2)
  string(APPEND DC_NATIVE_APP_MISSING " SDL2 (libsdl2-dev)")
endif()
if(NOT TARGET OpenGL::GL)
  string(APPEND DC_NATIVE_APP_MISSING " OpenGL (libgl-dev)")
endif()

if(DC_NATIVE_APP_MISSING)
  message(WARNING "diemcau-app is not built: missing${DC_NATIVE_APP_MISSING}")
  add_test(NAME native_app_smoke COMMAND sh -c "echo 'diemcau-app was not built: missing${DC_NATIVE_APP_MISSING}'; exit 1")
  return()
endif()

# [SECTION] Dear ImGui for desktop OpenGL
add_library(imgui_native STATIC
  ${DC_IMGUI_DIR}/imgui.cpp
  ${DC_IMGUI_DIR}/imgui_draw.cpp
  ${DC_IMGUI_DIR}/imgui_tables.cpp
  ${DC_IMGUI_DIR}/imgui_widgets.cpp
  ${DC_IMGUI_DIR}/backends/imgui_impl_sdl.cpp
  ${DC_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp
  ${DC_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
target_include_directories(imgui_native SYSTEM PUBLIC
  ${DC_IMGUI_DIR} ${DC_IMGUI_DIR}/backends ${DC_IMGUI_DIR}/misc/cpp)
target_compile_definitions(imgui_native PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS)
target_compile_options(imgui_native PRIVATE -w)
target_link_libraries(imgui_native PUBLIC SDL2::SDL2 OpenGL::GL ${CMAKE_DL_LIBS})

# [SECTION] the app
file(GLOB DC_NATIVE_UI_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/ui/*/*.cpp)
list(REMOVE_ITEM DC_NATIVE_UI_SOURCES ${CMAKE_SOURCE_DIR}/src/ui/shell/web_exports.cpp)
file(GLOB DC_PLATFORM_NATIVE_SOURCES CONFIGURE_DEPENDS
  ${CMAKE_SOURCE_DIR}/src/platform/*native*.cpp
  ${CMAKE_SOURCE_DIR}/src/platform/input_queue.cpp)
add_executable(diemcau-app ${CMAKE_SOURCE_DIR}/src/main.cpp ${DC_NATIVE_UI_SOURCES} ${DC_PLATFORM_NATIVE_SOURCES})
target_include_directories(diemcau-app PRIVATE ${CMAKE_SOURCE_DIR}/src)
target_link_libraries(diemcau-app PRIVATE dccore imgui_native)
target_compile_options(diemcau-app PRIVATE -Wall -Wextra -Wno-unused-parameter)
# The fonts: dist/fonts of this source tree unless --fonts says otherwise (platform_native.cpp).
set_source_files_properties(${CMAKE_SOURCE_DIR}/src/platform/platform_native.cpp PROPERTIES
  COMPILE_DEFINITIONS "DC_SOURCE_DIR=\"${CMAKE_SOURCE_DIR}\"")

# [SECTION] smoke test under a virtual display
if(DC_XVFB_RUN)
  # -a: the first free display number (several runs at once); 1280x760 as the window.
  # LIBGL_ALWAYS_SOFTWARE: Mesa's llvmpipe, so the result does not depend on a GPU.
  add_test(NAME native_app_smoke
    COMMAND ${CMAKE_COMMAND} -E env LIBGL_ALWAYS_SOFTWARE=1
      ${DC_XVFB_RUN} -a -s "-screen 0 1280x800x24"
      $<TARGET_FILE:diemcau-app> --memory --out ${CMAKE_BINARY_DIR}/native-smoke-out
        --smoke 120 --screenshot ${CMAKE_BINARY_DIR}/native-smoke.bmp)
  set_tests_properties(native_app_smoke PROPERTIES TIMEOUT 120)
else()
  add_test(NAME native_app_smoke COMMAND sh -c "echo 'xvfb-run not found (Debian package xvfb)'; exit 1")
  message(WARNING "xvfb-run not found (Debian package xvfb): the native_app_smoke test will fail")
endif()
