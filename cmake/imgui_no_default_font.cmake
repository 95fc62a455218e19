# imgui_no_default_font.cmake — writes the web app's copy of Dear ImGui's
# imgui_draw.cpp without ImGui's built-in font (ProggyClean: 12 KB of base85
# text that would otherwise be in the first download, never drawn).
#
#   cmake -DIN=imgui_draw.cpp -DOUT=imgui_draw_app.cpp -P imgui_no_default_font.cmake
#
# One change, to ImGui 1.86's text exactly as Debian ships it: the only reader
# of the font, GetDefaultCompressedFontDataTTFBase85(), stops the program
# instead of returning it, so the array is unreferenced and not linked.  It is
# reached only through ImFontAtlas::AddFontDefault(), which the app calls when
# its fonts could not be read (src/ui/shell/theme.cpp); in the web build they are
# fetched before main() starts (web/glue.js), so the page never gets there.
# If ImGui's text is not exactly as expected (another ImGui version), the build
# stops here rather than guess.
set(from "static const char* GetDefaultCompressedFontDataTTFBase85()
{
    return proggy_clean_ttf_compressed_data_base85;
}")
set(to "// Điểm Cầu's web build (cmake/imgui_no_default_font.cmake): no built-in font.
static const char* GetDefaultCompressedFontDataTTFBase85()
{
    __builtin_trap();
}")
file(READ "${IN}" src)
string(FIND "${src}" "${from}" first)
string(FIND "${src}" "${from}" last REVERSE)
if(first EQUAL -1 OR NOT first EQUAL last)
  message(FATAL_ERROR "imgui_no_default_font: ${IN} does not hold GetDefaultCompressedFontDataTTFBase85() "
                      "exactly once as ImGui 1.86 writes it")
endif()
string(REPLACE "${from}" "${to}" src "${src}")
file(WRITE "${OUT}.tmp" "${src}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
