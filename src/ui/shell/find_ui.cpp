// find_ui.cpp — see find_ui.h.
//
// Test ids: find.dialog, find.query, find.count, find.hit.<k> (k from 0, in
// plan order), find.close.
#include "ui/shell/find_ui.h"
#include "core/apart.h"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "core/find.h"
#include "core/text.h"
#include "ui/shell/app.h"
#include "ui/shell/panels.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui {
namespace {

constexpr std::size_t kShown = 200;   // hits listed; the count says how many more

struct State {
    bool open_request = false;
    bool focus_query = false;
    std::string query;
    int chosen = 0;
    bool scroll_to_chosen = false;
    // Results of (query, plan revision).
    std::string cached_query;
    std::uint64_t cached_rev = ~0ull;
    const Editor* cached_editor = nullptr;
    FindResult result;
};
State& S() { static State s; return s; }

const FindResult& results(const UiContext& ctx) {
    State& s = S();
    if (s.cached_query != s.query || s.cached_rev != ctx.editor->revision() || s.cached_editor != ctx.editor) {
        s.result = find_in_plan(ctx.editor->plan(), s.query, kShown);
        if (s.cached_query != s.query) s.chosen = 0;
        s.cached_query = s.query;
        s.cached_rev = ctx.editor->revision();
        s.cached_editor = ctx.editor;
        s.chosen = std::min(s.chosen, std::max(0, static_cast<int>(s.result.hits.size()) - 1));
    }
    return s.result;
}

// Cuts `s` to at most `max` bytes on a code point boundary.
std::size_t cut_at(const std::string& s, std::size_t max) {
    if (max >= s.size()) return s.size();
    while (max > 0 && (static_cast<unsigned char>(s[max]) & 0xC0) == 0x80) --max;
    return max;
}

// One line of text around the match: "…before MATCH after…", the match in
// the accent colour on a light mark, elided to `width` pixels.
void draw_snippet(ImDrawList* dl, ImVec2 at, float width, const FindHit& h) {
    std::string before = h.text.substr(0, h.begin), match = h.text.substr(h.begin, h.end - h.begin);
    std::string after = h.text.substr(h.end);
    for (std::string* p : {&before, &match, &after}) std::replace(p->begin(), p->end(), '\n', ' ');
    const char* ellipsis = "\xE2\x80\xA6";
    // Keep at most ~40 characters before the match so that it is in sight.
    if (before.size() > 120) {
        std::size_t from = before.size() - 120;
        while (from < before.size() && (static_cast<unsigned char>(before[from]) & 0xC0) == 0x80) ++from;
        before = ellipsis + before.substr(from);
    }
    while (!before.empty() && ImGui::CalcTextSize(before.c_str()).x > width * 0.4f) {
        std::size_t n = 1;   // drop one code point after the leading ellipsis
        const std::size_t start = before.rfind(ellipsis, 0) == 0 ? 3 : 0;
        while (start + n < before.size() && (static_cast<unsigned char>(before[start + n]) & 0xC0) == 0x80) ++n;
        before = ellipsis + before.substr(start + n);
    }
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    float x = at.x;
    dl->AddText(ImVec2(x, at.y), text, before.c_str());
    x += ImGui::CalcTextSize(before.c_str()).x;
    const ImVec2 ms = ImGui::CalcTextSize(match.c_str());
    dl->AddRectFilled(ImVec2(x - 1, at.y), ImVec2(x + ms.x + 1, at.y + ms.y), IM_COL32(255, 226, 140, 255), 2.0f);
    dl->AddText(ImVec2(x, at.y), text, match.c_str());
    x += ms.x;
    const float room = at.x + width - x;
    if (room > 8 && !after.empty()) {
        std::size_t n = cut_at(after, 400);
        std::string a = after.substr(0, n);
        if (ImGui::CalcTextSize(a.c_str()).x > room) {
            while (!a.empty() && ImGui::CalcTextSize((a + ellipsis).c_str()).x > room) a.resize(cut_at(a, a.size() - 1));
            a += ellipsis;
        }
        dl->AddText(ImVec2(x, at.y), text, a.c_str());
    }
}

void go(UiContext& ctx, const FindHit& h) {
    go_to_place(ctx, h.place);
    ImGui::CloseCurrentPopup();
}

}  // namespace

void open_find() {
    S().open_request = true;
}

static void find_dialog_open(UiContext& ctx);   // the open dialog's code (core/apart.h)

void draw_find_dialog(UiContext& ctx) {
    State& s = S();
    if (s.open_request) {
        ImGui::OpenPopup("##find");
        s.open_request = false;
        s.focus_query = true;
        s.scroll_to_chosen = true;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float w = std::min(760.0f, vp->Size.x - 40.0f);
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + (vp->Size.x - w) * 0.5f, vp->Pos.y + kTopBarHeight + 8), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(w, std::min(560.0f, vp->Size.y - kTopBarHeight - 40)), ImGuiCond_Always);
    if (!ImGui::BeginPopupModal("##find", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                                      ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove))
        return;
    call_apart(find_dialog_open, ctx);
}

static void find_dialog_open(UiContext& ctx) {
    State& s = S();
    widgets::register_rect("find.dialog", ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowSize().x,
                              ImGui::GetWindowSize().y);
    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(tr(K::find_title));
    ImGui::PopFont();

    // The query.  Enter goes to the chosen result; ↑/↓ choose while typing.
    if (s.focus_query) { ImGui::SetKeyboardFocusHere(); s.focus_query = false; }
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool enter = ImGui::InputTextWithHint("##find.query", tr(K::find_hint), &s.query,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    widgets::register_last_item("find.query");
    if (ImGui::IsItemActive()) widgets::set_active_widget("find.query");

    const FindResult& r = results(ctx);
    const int n = static_cast<int>(r.hits.size());
    if (n > 0) {
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) { s.chosen = std::min(n - 1, s.chosen + 1); s.scroll_to_chosen = true; }
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) { s.chosen = std::max(0, s.chosen - 1); s.scroll_to_chosen = true; }
    }

    // How many, or what to do.
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
    std::string count;
    if (s.query.find_first_not_of(" \t") == std::string::npos) count = tr(K::find_empty);
    else if (r.total == 0) count = fmt(K::find_none, s.query.c_str());
    else if (r.total > r.hits.size()) count = fmt(K::find_count_more, static_cast<int>(r.total), n);
    else count = fmt(K::find_count, static_cast<int>(r.total));
    ImGui::TextUnformatted(count.c_str());
    widgets::register_last_item("find.count");
    ImGui::PopStyleColor();

    const float buttons_h = ImGui::GetFrameHeightWithSpacing() + 6;
    ImGui::BeginChild("##find.list", ImVec2(0, -buttons_h), true);
    const Plan& plan = ctx.editor->plan();
    const float line = ImGui::GetTextLineHeight();
    const float row_h = line * 2 + 12;
    ImGuiListClipper clip;
    clip.Begin(n, row_h);
    if (s.scroll_to_chosen && n > 0) clip.ForceDisplayRangeByIndices(s.chosen, s.chosen + 1);
    int go_to = -1;
    while (clip.Step()) {
        for (int k = clip.DisplayStart; k < clip.DisplayEnd; ++k) {
            const FindHit& h = r.hits[static_cast<std::size_t>(k)];
            ImGui::PushID(k);
            const ImVec2 p = ImGui::GetCursorScreenPos();
            const float rw = ImGui::GetContentRegionAvail().x;
            if (ImGui::Selectable("##hit", k == s.chosen, 0, ImVec2(rw, row_h - 4))) go_to = k;
            const std::string id = "find.hit." + std::to_string(k);
            widgets::register_last_item(id.c_str());
            if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            if (k == s.chosen && s.scroll_to_chosen) { ImGui::SetScrollHereY(0.5f); s.scroll_to_chosen = false; }
            ImDrawList* dl = ImGui::GetWindowDrawList();
            ImGui::PushFont(fonts().small);
            dl->AddText(ImVec2(p.x + 8, p.y + 3), colors::kAccent, describe_place(plan, h.place).c_str());
            ImGui::PopFont();
            draw_snippet(dl, ImVec2(p.x + 8, p.y + 5 + line), rw - 16, h);
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
    if (enter && n > 0) go_to = s.chosen;

    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(K::find_keys));
    ImGui::PopStyleColor();
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - 110);
    const bool close = ImGui::Button(tr(K::btn_close), ImVec2(110, 0)) ||
                       ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    widgets::register_last_item("find.close");
    if (go_to >= 0) go(ctx, r.hits[static_cast<std::size_t>(go_to)]);
    else if (close) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace dc::ui
