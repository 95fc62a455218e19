// example_banner.cpp — "Đây là kế hoạch mẫu": the line over the example plan.
//
// A first visit opens the example (a real Sở's plan of 2021) so there is
// something to look at; this line says it is an example, and offers the
// guided start of the user's own plan.  The shell shows it instead of the
// overdue-tasks banner while the example is untouched (autosave.h).
#include <imgui.h>

#include <string>

#include "ui/files/files_ui.h"
#include "ui/shell/app.h"
#include "ui/shell/autosave.h"
#include "ui/shell/theme.h"
#include "ui/shell/widgets.h"

namespace dc::ui {

void draw_example_banner(UiContext& ctx) {
    (void)ctx;
    const float avail = ImGui::GetContentRegionAvail().x;
    const ImGuiStyle& st = ImGui::GetStyle();
    const char* label = tr(K::example_banner_new);
    const float bw = ImGui::CalcTextSize(label).x + st.FramePadding.x * 2 + 6;
    const float bh = ImGui::GetFrameHeight();
    const float text_w = avail - bw - 44;
    const char* line = tr(K::example_banner_line);
    const ImVec2 ts = ImGui::CalcTextSize(line, nullptr, false, text_w);
    const float box_h = (ts.y > bh ? ts.y : bh) + 16;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(p, ImVec2(p.x + avail, p.y + box_h), IM_COL32(255, 246, 214, 255), 6.0f);
    dl->AddRectFilled(p, ImVec2(p.x + 4, p.y + box_h), IM_COL32(196, 140, 0, 255), 2.0f);
    widgets::register_rect("example.banner", p.x, p.y, avail, box_h);
    ImGui::SetCursorScreenPos(ImVec2(p.x + 16, p.y + (box_h - ts.y) * 0.5f));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + text_w);
    ImGui::TextUnformatted(line);
    ImGui::PopTextWrapPos();
    ImGui::SetCursorScreenPos(ImVec2(p.x + avail - bw - 12, p.y + (box_h - bh) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    if (ImGui::Button((std::string(label) + "##example.new").c_str(), ImVec2(bw, bh))) new_plan_dialog_request();
    ImGui::PopStyleColor(2);
    widgets::register_last_item("example.new");
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + box_h + 10));
}

}  // namespace dc::ui
