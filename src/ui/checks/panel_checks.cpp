// panel_checks.cpp — the "Kiểm tra" view: what the plan checks (validate.h)
// found, grouped by severity (Lỗi, Cảnh báo, Ghi chú), each naming its place in
// office words ("Công việc: STT 4").  Clicking a finding (or Enter on it) opens
// the view that edits that thing and selects it: tasks, agenda slots and sites
// through ctx.selection, document fields through document_focus().
//
// The findings are computed once per plan revision and language and shared
// with checks_badge() (the navigation badge and the status line).
#include <imgui.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "core/datetime.h"
#include "core/validate.h"
#include "platform/platform.h"
#include "ui/checks/finding_text.h"
#include "ui/document/panel_document.h"
#include "ui/sites/panel_sites_internal.h"   // select_site
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui {

namespace {

struct Cache {
    const Editor* editor = nullptr;
    std::uint64_t revision = ~0ull;
    std::vector<Finding> findings;
    int counts[3] = {0, 0, 0};
    // The findings worded in `lang` (finding_text.h), one per finding: worded
    // once per revision and language, not every frame.
    Lang lang = Lang::Vi;
    std::vector<std::string> texts;
    // Each text's wrapped height at `height_width`: measured once, so a long
    // list (a plan of 2,000 sites can have hundreds of findings) costs only its
    // visible rows each frame.
    float height_width = -1, height_font = -1;
    std::vector<float> heights;
};
Cache g_cache;

const Cache& findings_of(const Editor& ed) {
    if (g_cache.editor != &ed || g_cache.revision != ed.revision()) {
        g_cache.editor = &ed;
        g_cache.revision = ed.revision();
        g_cache.findings = validate(ed.plan());
        g_cache.counts[0] = g_cache.counts[1] = g_cache.counts[2] = 0;
        for (const Finding& f : g_cache.findings) ++g_cache.counts[f.severity];
        g_cache.texts.clear();
    }
    if (g_cache.texts.size() != g_cache.findings.size() || g_cache.lang != language()) {
        g_cache.lang = language();
        g_cache.texts.clear();
        for (const Finding& f : g_cache.findings) g_cache.texts.push_back(finding_text(f, g_cache.lang));
        g_cache.heights.clear();
    }
    return g_cache;
}

// The number after `prefix` at the start of `place` ("tasks[4].lead", "tasks[") → 4; -1 if absent.
int index_after(const std::string& place, const char* prefix) {
    const std::string p = prefix;
    if (place.compare(0, p.size(), p) != 0) return -1;
    return std::atoi(place.c_str() + p.size());
}

std::string shorten(const std::string& s, std::size_t max_bytes = 60) {
    if (s.size() <= max_bytes) return s;
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    return s.substr(0, cut) + "\xE2\x80\xA6";
}

const char* sep() { return ": "; }   // "Văn bản: Cơ quan ban hành" (› is not in the font subset)

// "Công việc: STT 4 · Gửi giấy mời…" — where a finding is, in office words.
}  // namespace

std::string describe_place(const Plan& p, const std::string& place) {
    int i;
    if ((i = index_after(place, "tasks[")) >= 0) {
        std::string s = std::string(tr(K::nav_tasks)) + sep() + fmt(K::checks_place_task, i + 1);
        if (i < static_cast<int>(p.tasks.size()) && !p.tasks[i].content.empty()) s += " \xC2\xB7 " + shorten(p.tasks[i].content);
        return s;
    }
    if ((i = index_after(place, "agenda[")) >= 0) {
        std::string s = std::string(tr(K::nav_agenda)) + sep();
        if (i < static_cast<int>(p.agenda.size())) {
            const Slot& sl = p.agenda[i];
            s += format_time_range(sl.start, sl.end);
            if (!sl.items.empty() && !sl.items[0].content.empty()) s += " \xC2\xB7 " + shorten(sl.items[0].content);
        } else {
            s += fmt(K::checks_place_item, i + 1);
        }
        return s;
    }
    if ((i = index_after(place, "sites[")) >= 0) {
        std::string s = std::string(tr(K::nav_sites)) + sep();
        if (i < static_cast<int>(p.sites.size()) && !p.sites[i].name.empty()) s += shorten(p.sites[i].name);
        else s += fmt(K::checks_place_site, i + 1);
        return s;
    }
    std::string s = std::string(tr(K::nav_document)) + sep();
    auto field = [&](const char* name, K key) { return place.compare(0, std::string(name).size(), name) == 0 ? tr(key) : nullptr; };
    struct Map { const char* prefix; K key; };
    static const Map kMap[] = {
        {"header.number", K::checks_f_number},        {"header.code", K::checks_f_code},
        {"header.issuing_body", K::checks_f_issuing}, {"header.parent_body", K::checks_f_parent},
        {"header.place", K::checks_f_place},          {"header.date", K::checks_f_date},
        {"header.title", K::checks_f_title},          {"header.addressees", K::checks_f_addressees},
        {"header.legal_basis", K::checks_f_basis},    {"header.intro", K::checks_f_intro},
        {"header.closing", K::checks_f_closing},      {"header.version_label", K::checks_f_version},
        {"header", K::checks_f_header},               {"signer", K::checks_f_signer},
        {"event.days", K::checks_f_days},             {"event.tech_sessions", K::checks_f_tech},
        {"event", K::checks_f_event},                 {"body", K::checks_f_body},
        {"site_groups", K::checks_f_groups},          {"duties", K::checks_f_duties},
        {"budget", K::checks_f_budget},               {"contacts", K::checks_f_contacts},
        {"recipients", K::checks_f_recipients},       {"archive", K::checks_f_recipients},
    };
    for (const Map& m : kMap) {
        if (const char* t = field(m.prefix, m.key)) {
            s += t;
            // "[2]" right after the prefix: the line number
            const std::size_t n = std::string(m.prefix).size();
            if (place.size() > n && place[n] == '[') s += " " + fmt(K::checks_place_line, std::atoi(place.c_str() + n + 1) + 1);
            return s;
        }
    }
    return s + place;
}

// Opens the view that edits the place and selects the thing.
void go_to_place(UiContext& ctx, const std::string& place) {
    const Plan& p = ctx.editor->plan();
    int i;
    if ((i = index_after(place, "tasks[")) >= 0) {
        if (i < static_cast<int>(p.tasks.size())) ctx.selection.task_id = p.tasks[i].id;
        ctx.go_to(Section::Tasks);
    } else if ((i = index_after(place, "agenda[")) >= 0) {
        if (i < static_cast<int>(p.agenda.size())) ctx.selection.slot_id = p.agenda[i].id;
        ctx.go_to(Section::Agenda);
    } else if ((i = index_after(place, "sites[")) >= 0) {
        if (i < static_cast<int>(p.sites.size())) sites::select_site(ctx, p.sites[i].id, true);
        ctx.go_to(Section::Sites);
    } else {
        document_focus(ctx, place);
    }
}

namespace {

const char* severity_title(int s) {
    return s == Finding::Error ? tr(K::checks_errors) : s == Finding::Warning ? tr(K::checks_warnings) : tr(K::checks_notes);
}
ImU32 severity_color(int s) {
    return s == Finding::Error ? colors::kBadge : s == Finding::Warning ? colors::kWarn : colors::kBadgeInfo;
}
const char* severity_icon(int s) {
    return s == Finding::Error ? icons::kCross : s == Finding::Warning ? icons::kWarning : icons::kDot;
}

}  // namespace

void draw_checks_panel(UiContext& ctx) {
    const Cache& c = findings_of(*ctx.editor);
    const Plan& plan = ctx.editor->plan();

    ImGui::PushFont(fonts().heading);
    ImGui::TextUnformatted(tr(K::checks_heading));
    ImGui::PopFont();

    if (c.findings.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kOk));
        ImGui::TextUnformatted((std::string(icons::kCheck) + " " + tr(K::checks_clean_summary)).c_str());
        ImGui::PopStyleColor();
        widgets::register_last_item("checks.clean");
        draw_empty_state(tr(K::checks_clean_heading), tr(K::checks_clean_text), tr(K::checks_clean_hint));
        return;
    }

    // Summary: "2 lỗi · 3 cảnh báo · 1 ghi chú — bấm vào một dòng để đến chỗ cần sửa."
    {
        std::string sum;
        const K keys[3] = {K::checks_count_errors, K::checks_count_warnings, K::checks_count_notes};
        for (int s = 0; s < 3; ++s) {
            if (!c.counts[s]) continue;
            if (!sum.empty()) sum += "  \xC2\xB7  ";
            sum += fmt(keys[s], c.counts[s]);
        }
        ImGui::TextUnformatted(sum.c_str());
        widgets::register_last_item("checks.summary");
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
        ImGui::TextUnformatted(tr(K::checks_click_hint));
        ImGui::PopStyleColor();
    }

    ImGui::BeginChild("##checks-list", ImVec2(0, 0), false);
    const float text_w = ImGui::GetContentRegionAvail().x - 44;
    if (g_cache.heights.size() != c.findings.size() || g_cache.height_width != text_w ||
        g_cache.height_font != ImGui::GetFontSize()) {
        g_cache.heights.clear();
        for (const std::string& msg : c.texts) g_cache.heights.push_back(ImGui::CalcTextSize(msg.c_str(), nullptr, false, text_w).y);
        g_cache.height_width = text_w;
        g_cache.height_font = ImGui::GetFontSize();
    }
    for (int s = 0; s < 3; ++s) {
        if (!c.counts[s]) continue;
        const std::string gid = std::string("checks.group.") + (s == 0 ? "error" : s == 1 ? "warning" : "note");
        const std::string title = std::string(severity_title(s)) + "  (" +
                                  std::to_string(c.counts[s]) + ")###" + gid;
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(severity_color(s)));
        ImGui::PushFont(fonts().bold);
        const bool open = ImGui::CollapsingHeader(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen);
        ImGui::PopFont();
        ImGui::PopStyleColor();
        widgets::register_last_item(gid.c_str());
        if (!open) continue;
        // Rows out of sight are skipped as one run of blank space: with
        // thousands of findings (a 2,000-site plan) naming each hidden row every
        // frame cost more than drawing the visible ones.  A short list still
        // names every row, so a finding can be found by its place.
        const bool name_hidden = c.findings.size() <= 300;
        const float spacing = ImGui::GetStyle().ItemSpacing.y;
        float skipped = 0;   // height of the hidden rows not yet laid out
        auto flush = [&] {
            if (skipped > 0) ImGui::Dummy(ImVec2(1, skipped - spacing));
            skipped = 0;
        };
        for (std::size_t k = 0; k < c.findings.size(); ++k) {
            const Finding& f = c.findings[k];
            if (f.severity != s) continue;
            const std::string& msg = c.texts[k];
            const float w = ImGui::GetContentRegionAvail().x;
            const ImVec2 ms(text_w, g_cache.heights[k]);
            const float small = ImGui::GetFontSize() * 0.88f;
            const float h = ms.y + small + 14;
            const ImVec2 at = ImGui::GetCursorScreenPos();
            if (!ImGui::IsRectVisible(ImVec2(at.x, at.y + skipped), ImVec2(at.x + w, at.y + skipped + h))) {
                if (!name_hidden) {   // scrolled out of sight: laid out later, in one run
                    skipped += h + spacing;
                    continue;
                }
                ImGui::Dummy(ImVec2(w, h));   // the same height a Selectable of (w, h) takes
                widgets::register_last_item(("checks.place." + f.place).c_str());
                widgets::register_last_item(("checks.item." + std::to_string(k)).c_str());
                continue;
            }
            flush();
            const std::string id = "checks.place." + f.place;
            ImGui::PushID(static_cast<int>(k));
            const std::string where = describe_place(plan, f.place);
            const ImVec2 p = ImGui::GetCursorScreenPos();
            if (ImGui::Selectable("##finding", false, 0, ImVec2(w, h))) go_to_place(ctx, f.place);
            widgets::register_last_item(id.c_str());
            widgets::register_last_item(("checks.item." + std::to_string(k)).c_str());
            if (ImGui::IsItemHovered()) {
                ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                ImGui::SetTooltip("%s", tr(K::checks_go_tip));
            }
            ImDrawList* dl = ImGui::GetWindowDrawList();
            dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + 12, p.y + 5), severity_color(s),
                        severity_icon(s));
            dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + 36, p.y + 5),
                        ImGui::GetColorU32(ImGuiCol_Text), msg.c_str(), nullptr, text_w);
            dl->AddText(ImGui::GetFont(), small, ImVec2(p.x + 36, p.y + 7 + ms.y), colors::kAccent,
                        (where + "  " + icons::kArrowR).c_str());
            dl->AddLine(ImVec2(p.x, p.y + h + 1), ImVec2(p.x + w, p.y + h + 1), colors::kBorder);
            ImGui::PopID();
        }
        flush();
    }
    ImGui::EndChild();
}

int checks_badge(const UiContext& ctx) {
    if (!ctx.editor) return 0;
    // The checks' code comes with the second part of the web program: until it
    // is there (a moment after the first frame) the count is not known yet.
    if (!platform::later_code_ready()) return -1;
    const Cache& c = findings_of(*ctx.editor);
    return c.counts[Finding::Error] + c.counts[Finding::Warning];
}

}  // namespace dc::ui
