// panel_agenda_timeline.cpp — the timeline of one conference day: a vertical
// time axis (hours and quarter hours), the technical sessions of that day in a
// narrow column beside it, and each slot as a block sized by its duration.
//
// One invisible button covers the whole canvas and the blocks are hit-tested
// by hand: with a thousand slots a widget per block would cost more than the
// drawing, and only blocks inside the visible rectangle are drawn.
//
// Dragging: mouse down on a block remembers the slot as it was; after 3 px the
// drag starts and each frame computes the preview from that remembered slot
// with agenda_ops' pure functions (moved_slot / resized_start / resized_end),
// so the times shown live are exactly what the release will apply, as ONE
// undo step.  Snap 5 minutes; Shift or Alt held: 1 minute.
//
// [SECTION] geometry and colours
// [SECTION] drawing a block
// [SECTION] timeline
// [SECTION] context menu
#include <imgui.h>
#include <imgui_internal.h>   // ImRect

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/agenda_ops.h"
#include "core/datetime.h"
#include "platform/platform.h"
#include "ui/agenda/panel_agenda_internal.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui::agenda {
namespace {

//-----------------------------------------------------------------------------
// [SECTION] geometry and colours
//-----------------------------------------------------------------------------
struct KindLook { ImU32 fill, accent; };
KindLook look_of(SlotKind k) {
    switch (k) {
    case SlotKind::Normal: return {IM_COL32(231, 240, 252, 255), IM_COL32(52, 112, 196, 255)};
    case SlotKind::Break: return {IM_COL32(241, 242, 244, 255), IM_COL32(150, 156, 166, 255)};
    case SlotKind::Registration: return {IM_COL32(226, 244, 238, 255), IM_COL32(38, 140, 104, 255)};
    case SlotKind::Discussion: return {IM_COL32(253, 241, 222, 255), IM_COL32(204, 128, 20, 255)};
    case SlotKind::Ceremony: return {IM_COL32(240, 233, 250, 255), IM_COL32(128, 84, 184, 255)};
    }
    return {IM_COL32(231, 240, 252, 255), IM_COL32(52, 112, 196, 255)};
}

ImU32 tech_colour(TechKind k) {
    switch (k) {
    case TechKind::Connection: return IM_COL32(214, 236, 240, 255);
    case TechKind::ConnectionTest: return IM_COL32(224, 240, 232, 255);
    case TechKind::Rehearsal: return IM_COL32(236, 230, 246, 255);
    }
    return IM_COL32(230, 234, 240, 255);
}

struct Geo {
    ImVec2 origin;        // screen position of the canvas' top-left (moves with scrolling)
    float top_pad = 12;
    float ppm = 2;        // pixels per minute
    int axis_start = 0;
    float x0 = 0, x1 = 0; // the blocks' column
    float point_h = 26;   // height of a point-in-time label
    float y(int minute) const { return origin.y + top_pad + static_cast<float>(minute - axis_start) * ppm; }
    int minute_at(float sy) const {
        return axis_start + static_cast<int>(std::lround((sy - origin.y - top_pad) / ppm));
    }
};

ImRect block_rect(const Geo& g, const Slot& s, const SlotLane& l) {
    const float lw = (g.x1 - g.x0) / static_cast<float>(std::max(1, l.lanes));
    const float bx0 = g.x0 + lw * static_cast<float>(l.lane) + (l.lane > 0 ? 2.0f : 0.0f);
    const float bx1 = g.x0 + lw * static_cast<float>(l.lane + 1) - 1.0f;
    const float y0 = g.y(s.start);
    float y1 = is_point(s) ? y0 + g.point_h : g.y(s.end);
    if (y1 - y0 < 6) y1 = y0 + 6;
    return ImRect(bx0, y0, bx1, y1);
}

//-----------------------------------------------------------------------------
// [SECTION] drawing a block
//-----------------------------------------------------------------------------
void draw_stripes(ImDrawList* dl, const ImRect& r, ImU32 col) {
    dl->PushClipRect(r.Min, r.Max, true);
    const float step = 10.0f, h = r.GetHeight();
    for (float x = r.Min.x - h; x < r.Max.x; x += step)
        dl->AddLine(ImVec2(x, r.Max.y), ImVec2(x + h, r.Min.y), col, 1.0f);
    dl->PopClipRect();
}

void draw_block(ImDrawList* dl, const Slot& s, const ImRect& r, bool selected, int severity, bool dragging) {
    const KindLook lk = look_of(s.kind);
    const bool point = is_point(s);
    const float round = 4.0f;
    if (point) {
        // A moment ("11h30 Bế mạc"): a line across at its time and a label.
        dl->AddLine(ImVec2(r.Min.x - 4, r.Min.y), ImVec2(r.Max.x, r.Min.y), lk.accent, 2.0f);
        dl->AddCircleFilled(ImVec2(r.Min.x - 4, r.Min.y), 4.0f, lk.accent);
        dl->AddRectFilled(ImVec2(r.Min.x, r.Min.y + 1), r.Max, IM_COL32(255, 255, 255, 235), round);
    } else {
        dl->AddRectFilled(r.Min, r.Max, lk.fill, round);
        if (s.kind == SlotKind::Break) draw_stripes(dl, r, IM_COL32(214, 217, 222, 255));
        dl->AddRectFilled(r.Min, ImVec2(r.Min.x + 4, r.Max.y), lk.accent, round, ImDrawFlags_RoundCornersLeft);
    }
    ImU32 border = point ? IM_COL32(0, 0, 0, 0) : IM_COL32(200, 208, 220, 255);
    float thick = 1.0f;
    if (severity == Finding::Error) { border = colors::kBadge; thick = 2.0f; }
    else if (severity >= 0) { border = colors::kWarn; thick = 2.0f; }
    if (selected || dragging) { border = colors::kAccent; thick = 2.0f; }
    if ((border >> IM_COL32_A_SHIFT) != 0) dl->AddRect(r.Min, r.Max, border, round, 0, thick);

    ImFont* body = fonts().body;
    ImFont* bold = fonts().bold;
    ImFont* small = fonts().small;
    const float scale = ImGui::GetIO().FontGlobalScale;
    const float fs = body->FontSize * scale, sfs = small->FontSize * scale;
    if (!point && r.GetHeight() < fs + 4) {
        // A short slot (5 minutes is 10 px at the default zoom): its time and
        // title on a label centred on the block, a little taller than it, so
        // they stay readable; the tooltip has the rest.
        const std::string line = format_time_range(s.start, s.end) + "  " + slot_title(s);
        const float lh = sfs + 4, cy = (r.Min.y + r.Max.y) * 0.5f;
        const float lx0 = r.Min.x + 8, lx1 = r.Max.x - 4 - (severity >= 0 ? 18.0f : 0.0f);
        const std::string shown = elide_to(line, lx1 - lx0 - 8, small, sfs);
        const float tw = small->CalcTextSizeA(sfs, 1e9f, 0, shown.c_str()).x;
        const ImVec2 a(lx0, cy - lh * 0.5f), b(std::min(lx1, lx0 + tw + 8), cy + lh * 0.5f);
        dl->AddRectFilled(a, b, IM_COL32(255, 255, 255, 240), 3.0f);
        dl->AddRect(a, b, (selected || dragging) ? colors::kAccent : lk.accent, 3.0f, 0, 1.0f);
        dl->AddText(small, sfs, ImVec2(a.x + 4, a.y + 2), dragging ? colors::kAccent : ImGui::GetColorU32(ImGuiCol_Text),
                    shown.c_str());
        if (severity >= 0)
            dl->AddText(small, sfs, ImVec2(r.Max.x - 18, a.y + 2), severity == Finding::Error ? colors::kBadge : colors::kWarn,
                        icons::kWarning);
        return;
    }
    // Text, clipped to the block.
    dl->PushClipRect(ImVec2(r.Min.x + 1, r.Min.y + 1), ImVec2(r.Max.x - 1, r.Max.y - 1), true);
    const float pad_x = point ? 8.0f : 10.0f;
    float x = r.Min.x + pad_x, y = r.Min.y + (r.GetHeight() < fs + 8 ? std::max(0.0f, (r.GetHeight() - fs) * 0.5f - 1) : 3.0f);
    const float right = r.Max.x - 6 - (severity >= 0 ? 18.0f : 0.0f);
    const std::string range = format_time_range(s.start, s.end);
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 muted = colors::kTextMuted;
    dl->AddText(bold, fs, ImVec2(x, y), dragging ? colors::kAccent : text, range.c_str());
    const float range_w = bold->CalcTextSizeA(fs, 1e9f, 0, range.c_str()).x;
    const bool one_line = r.GetHeight() < fs * 2 + 10;
    if (one_line) {
        // Time and the first content on one line.
        const float tx = x + range_w + 10;
        const std::string t = elide_to(slot_title(s), right - tx, body, fs);
        dl->AddText(body, fs, ImVec2(tx, y), text, t.c_str());
    } else {
        if (s.kind != SlotKind::Normal) {
            const float kx = x + range_w + 10;
            const std::string k = elide_to(kind_label(s.kind), right - kx, small, sfs);
            dl->AddText(small, sfs, ImVec2(kx, y + (fs - sfs) * 0.6f), muted, k.c_str());
        }
        y += fs + 3;
        const float w = right - x;
        for (std::size_t k = 0; k < s.items.size() && y + fs <= r.Max.y - 2; ++k) {
            const AgendaItem& it = s.items[k];
            const std::string c = elide_to(it.content.empty() ? std::string(tr(K::agenda_no_content)) : it.content,
                                           w - (s.items.size() > 1 ? 12 : 0), body, fs);
            if (s.items.size() > 1) dl->AddText(body, fs, ImVec2(x, y), muted, "\xE2\x80\xA2");
            dl->AddText(body, fs, ImVec2(x + (s.items.size() > 1 ? 12 : 0), y), it.content.empty() ? muted : text, c.c_str());
            y += fs + 1;
            if (!it.performer.empty() && y + sfs <= r.Max.y - 2) {
                const std::string p = elide_to(it.performer, w - 12, small, sfs);
                dl->AddText(small, sfs, ImVec2(x + 12, y), muted, p.c_str());
                y += sfs + 4;
            }
        }
        if (!s.turns.empty() && y + sfs <= r.Max.y - 2) {
            const std::string tt = fmt(K::agenda_block_turns, static_cast<int>(s.turns.size()));
            dl->AddText(small, sfs, ImVec2(x, y), muted, elide_to(tt, w, small, sfs).c_str());
        }
    }
    if (severity >= 0)
        dl->AddText(body, fs, ImVec2(r.Max.x - 20, r.Min.y + 3), severity == Finding::Error ? colors::kBadge : colors::kWarn,
                    icons::kWarning);
    dl->PopClipRect();
}

void block_tooltip(const Slot& s, int severity) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(format_time_range(s.start, s.end).c_str());
    ImGui::PopFont();
    if (s.kind != SlotKind::Normal) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", kind_label(s.kind));
    }
    if (!is_point(s)) {
        ImGui::SameLine();
        ImGui::TextDisabled("(%s)", duration_text(slot_length(s)).c_str());
    }
    for (const AgendaItem& it : s.items) {
        ImGui::Bullet();
        ImGui::TextUnformatted(it.content.empty() ? tr(K::agenda_no_content) : it.content.c_str());
        if (!it.performer.empty()) {
            ImGui::Indent();
            ImGui::TextDisabled("%s", it.performer.c_str());
            ImGui::Unindent();
        }
    }
    if (severity >= 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(severity == Finding::Error ? colors::kBadge
                                                                                                       : colors::kWarn));
        ImGui::Text("%s %s", icons::kWarning, tr(K::agenda_block_has_findings));
        ImGui::PopStyleColor();
    }
    ImGui::Separator();
    ImGui::TextDisabled("%s", tr(K::agenda_block_hint));
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

//-----------------------------------------------------------------------------
// [SECTION] context menu
//-----------------------------------------------------------------------------
void draw_context_menu(UiContext& ctx) {
    State& st = state();
    if (st.ctx_open_request) {
        ImGui::OpenPopup("##agenda.ctx");
        st.ctx_open_request = false;
    }
    if (!ImGui::BeginPopup("##agenda.ctx")) return;
    const int i = index_of(ctx.editor->plan(), st.ctx_slot_id);
    if (i >= 0) {
        const Slot& s = ctx.editor->plan().agenda[static_cast<std::size_t>(i)];
        ImGui::TextDisabled("%s", format_time_range(s.start, s.end).c_str());
        if (ImGui::MenuItem(tr(K::agenda_menu_edit), "Enter")) open_editor(ctx, s.id, ImVec2(-1, -1), true);
        widgets::register_last_item("agenda.ctx.edit");
        if (ImGui::MenuItem(tr(K::agenda_menu_add_item))) {
            Slot c = s;
            c.items.push_back({});
            const std::string id = c.id;
            ctx.editor->set_slot(static_cast<std::size_t>(i), std::move(c), tr(K::agenda_undo_add_item));
            open_editor(ctx, id, ImVec2(-1, -1), false);
        }
        widgets::register_last_item("agenda.ctx.add-item");
        if (ImGui::MenuItem(tr(K::agenda_duplicate))) duplicate_slot_at(ctx, i);
        widgets::register_last_item("agenda.ctx.duplicate");
        if (ImGui::MenuItem(tr(K::agenda_shift))) st.shift_open_request = true;
        widgets::register_last_item("agenda.ctx.shift");
        if (ImGui::MenuItem(tr(K::agenda_delete), "Delete")) delete_slot(ctx, i);
        widgets::register_last_item("agenda.ctx.delete");
        ImGui::Separator();
    }
    const std::string add = fmt(K::agenda_menu_add_at, format_time(snap_minutes(st.ctx_time, 5)).c_str());
    if (ImGui::MenuItem(add.c_str())) {
        const int j = add_slot_near(ctx, st.day, st.ctx_time, false);
        open_editor(ctx, ctx.editor->plan().agenda[static_cast<std::size_t>(j)].id, ImVec2(-1, -1), true);
    }
    widgets::register_last_item("agenda.ctx.add");
    ImGui::EndPopup();
}

//-----------------------------------------------------------------------------
// [SECTION] timeline parts
//-----------------------------------------------------------------------------
// One frame of the timeline is drawn by the parts below, in this order (the
// order is ImGui's: widgets submitted earlier get the clicks first).

// Which block the pointer is over (topmost = last drawn), and where on it.
struct Hit {
    int lane_idx = -1;
    Drag zone = Drag::None;
};

// What the parts of one frame share: the canvas' window and geometry, the
// pointer, and what it is over.
struct Frame {
    Frame(UiContext& c, State& s, const Plan& p) : ctx(c), st(s), plan(p) {}
    UiContext& ctx;
    State& st;
    const Plan& plan;
    Geo g;
    ImVec2 win_min, win_max;
    float visible_h = 0, content_w = 0, total_h = 0;
    int span = 60;
    ImDrawList* dl = nullptr;
    ImFont* small = nullptr;
    float sfs = 0;       // the small font's size on screen
    float label_w = 0;   // the hour labels' column
    std::vector<std::size_t> tech;   // technical sessions of the day
    float tech_x0 = 0, tech_w = 0;   // their column
    bool canvas_hovered = false;
    ImVec2 m;            // the pointer
    Hit hit;
    bool double_click = false;
};

// Hint line above the axis, with the zoom buttons at its right.  Returns the
// height it took.
float draw_hint_and_zoom(State& st, ImVec2 size) {
    ImGui::BeginGroup();
    ImGui::PushFont(fonts().small);
    const float bw = ImGui::GetFrameHeight();
    const float hint_w = size.x - bw * 2 - 12;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const std::string hint = elide_to(tr(K::agenda_timeline_hint), hint_w, fonts().small, ImGui::GetFontSize());
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + 3));
    ImGui::TextUnformatted(hint.c_str());
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::agenda_timeline_hint));
    ImGui::SetCursorScreenPos(ImVec2(p.x + size.x - bw * 2 - 4, p.y));
    if (ImGui::Button("-##agenda.zoom-out", ImVec2(bw, 0))) st.zoom = std::max(0.5f, st.zoom / 1.25f);
    widgets::register_last_item("agenda.zoom-out");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::agenda_zoom_out));
    ImGui::SameLine(0, 4);
    if (ImGui::Button("+##agenda.zoom-in", ImVec2(bw, 0))) st.zoom = std::min(4.0f, st.zoom * 1.25f);
    widgets::register_last_item("agenda.zoom-in");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::agenda_zoom_in));
    ImGui::PopFont();
    ImGui::EndGroup();
    return ImGui::GetItemRectSize().y + ImGui::GetStyle().ItemSpacing.y;
}

// Scale (pixels per minute: the zoom, and at least 1.4 so that a 15-minute
// slot still holds a line of text), the columns, and the lanes of the day's
// blocks, recomputed when the plan, the day or the point height changed.
void lay_out(Frame& f) {
    State& st = f.st;
    f.span = std::max(60, st.axis.end - st.axis.start);
    f.g.axis_start = st.axis.start;
    const float fit = (f.visible_h - 2 * f.g.top_pad) / static_cast<float>(f.span);
    f.g.ppm = std::max(1.4f, fit) * st.zoom;
    f.g.ppm = std::max(0.6f, std::min(16.0f, f.g.ppm));
    f.g.point_h = ImGui::GetFontSize() + 10;
    const int point_minutes = std::max(1, static_cast<int>(std::ceil(f.g.point_h / f.g.ppm)));
    static int lanes_point_minutes = -1;
    static std::uint64_t lanes_rev = ~0ull;
    static int lanes_day = -1;
    if (lanes_point_minutes != point_minutes || lanes_rev != f.ctx.editor->revision() || lanes_day != st.day) {
        st.lanes = agenda_lanes(f.plan, st.day, point_minutes);
        lanes_point_minutes = point_minutes;
        lanes_rev = f.ctx.editor->revision();
        lanes_day = st.day;
    }

    f.content_w = ImGui::GetContentRegionAvail().x;
    f.total_h = f.g.top_pad * 2 + static_cast<float>(f.span) * f.g.ppm;
    f.g.origin = ImGui::GetCursorScreenPos();
    f.tech = tech_sessions_on_day(f.plan, st.day);
    f.small = fonts().small;
    f.sfs = f.small->FontSize * ImGui::GetIO().FontGlobalScale;
    f.label_w = f.small->CalcTextSizeA(f.sfs, 1e9f, 0, "00h00").x + 14;
    f.tech_w = f.tech.empty() ? 0.0f : 92.0f;
    f.tech_x0 = f.g.origin.x + f.label_w;
    f.g.x0 = f.g.origin.x + f.label_w + f.tech_w + 10;
    f.g.x1 = f.g.origin.x + f.content_w - 8;
    f.dl = ImGui::GetWindowDrawList();
}

// The event's hours as a faint band behind the blocks, then the hour and
// quarter marks.
void draw_axis(const Frame& f) {
    const Geo& g = f.g;
    ImDrawList* dl = f.dl;
    if (f.st.day < static_cast<int>(f.plan.event.days.size())) {
        const EventDay& d = f.plan.event.days[static_cast<std::size_t>(f.st.day)];
        if (d.start != kNoTime) {
            const int e = d.end != kNoTime && d.end > d.start ? d.end : f.st.axis.end;
            dl->AddRectFilled(ImVec2(g.x0 - 6, g.y(d.start)), ImVec2(g.x1 + 4, g.y(e)), IM_COL32(246, 249, 253, 255));
        }
    }
    for (int m = f.st.axis.start; m <= f.st.axis.start + f.span; m += 15) {
        const float y = g.y(m);
        if (y < f.win_min.y - 20 || y > f.win_max.y + 20) continue;
        if (m % 60 == 0) {
            dl->AddLine(ImVec2(g.origin.x + f.label_w - 4, y), ImVec2(g.x1 + 4, y), IM_COL32(214, 219, 226, 255));
            const std::string t = format_time(m);
            dl->AddText(f.small, f.sfs, ImVec2(g.origin.x + 6, y - f.sfs * 0.5f), colors::kTextMuted, t.c_str());
        } else {
            dl->AddLine(ImVec2(g.x0 - 6, y), ImVec2(g.x1 + 4, y), IM_COL32(238, 240, 243, 255));
            if (g.ppm * 15 >= f.sfs + 2) {
                char q[8];
                std::snprintf(q, sizeof q, "%02d", m % 60);
                const float qw = f.small->CalcTextSizeA(f.sfs, 1e9f, 0, q).x;
                dl->AddText(f.small, f.sfs, ImVec2(g.origin.x + f.label_w - 10 - qw, y - f.sfs * 0.5f),
                            IM_COL32(170, 176, 186, 255), q);
            }
        }
    }
}

// The day's technical sessions, in their own column left of the blocks.
void draw_tech_sessions(const Frame& f) {
    const Geo& g = f.g;
    ImDrawList* dl = f.dl;
    for (std::size_t k : f.tech) {
        const TechSession& t = f.plan.event.tech_sessions[k];
        const bool open = t.end == kNoTime || t.end <= t.start;
        const ImRect r(ImVec2(f.tech_x0 + 2, g.y(t.start)),
                       ImVec2(f.tech_x0 + f.tech_w - 2, g.y(open ? t.start + 30 : t.end)));
        dl->AddRectFilled(r.Min, r.Max, tech_colour(t.kind), 4.0f);
        if (open) dl->AddLine(ImVec2(r.Min.x, r.Min.y), ImVec2(r.Max.x, r.Min.y), IM_COL32(128, 84, 184, 255), 2.0f);
        dl->PushClipRect(r.Min, r.Max, true);
        const std::string label = t.label.empty() ? std::string(tr(K::agenda_tech_session)) : t.label;
        const std::string when = open ? format_time(t.start) : format_time_range(t.start, t.end);
        dl->AddText(f.small, f.sfs, ImVec2(r.Min.x + 4, r.Min.y + 2), colors::kTextMuted, when.c_str());
        dl->AddText(f.small, f.sfs, ImVec2(r.Min.x + 4, r.Min.y + 2 + f.sfs + 1), ImGui::GetColorU32(ImGuiCol_Text),
                    label.c_str(), nullptr, r.GetWidth() - 8);
        dl->PopClipRect();
        const std::string tid = "agenda.tech." + t.id;
        widgets::register_rect(tid.c_str(), r.Min.x, r.Min.y, r.GetWidth(), r.GetHeight());
        if (ImGui::IsMouseHoveringRect(r.Min, r.Max) && ImGui::IsWindowHovered())
            ImGui::SetTooltip("%s\n%s", label.c_str(), when.c_str());
    }
}

// Empty day: say what to do, with a button (submitted before the canvas so
// that it gets the clicks).
void draw_empty_day(Frame& f) {
    const Geo& g = f.g;
    const float bw = std::min(f.content_w - 40, 380.0f);
    const float cx = g.x0 + (g.x1 - g.x0 - bw) * 0.5f;
    const float cy = f.win_min.y + 40;
    const ImVec2 ts = ImGui::CalcTextSize(tr(K::agenda_empty_timeline), nullptr, false, bw - 24);
    const ImRect box(ImVec2(cx, cy), ImVec2(cx + bw, cy + ts.y + 24 + ImGui::GetFrameHeight() + 12));
    f.dl->AddRectFilled(box.Min, box.Max, IM_COL32(255, 255, 255, 240), 6.0f);
    f.dl->AddRect(box.Min, box.Max, colors::kBorder, 6.0f);
    f.dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(box.Min.x + 12, box.Min.y + 10),
                  ImGui::GetColorU32(ImGuiCol_Text), tr(K::agenda_empty_timeline), nullptr, bw - 24);
    ImGui::SetCursorScreenPos(ImVec2(box.Min.x + 12, box.Min.y + 14 + ts.y));
    const std::string add = std::string("+ ") + tr(K::agenda_empty_add);
    if (ImGui::Button(add.c_str())) {
        const std::vector<EventDay>& days = f.plan.event.days;
        int t0 = 8 * 60;
        if (f.st.day < static_cast<int>(days.size()) && days[static_cast<std::size_t>(f.st.day)].start != kNoTime)
            t0 = days[static_cast<std::size_t>(f.st.day)].start;
        add_slot_near(f.ctx, f.st.day, t0, true);
    }
    widgets::register_last_item("agenda.empty.add");
    ImGui::SetCursorScreenPos(g.origin);
}

// The block under the pointer (topmost = last drawn) and which part of it:
// the top or bottom edge resizes, the rest moves.
Hit hit_test(const Frame& f) {
    Hit hit;
    if (!f.canvas_hovered || f.st.drag != Drag::None) return hit;
    for (int k = static_cast<int>(f.st.lanes.size()) - 1; k >= 0; --k) {
        const SlotLane& l = f.st.lanes[static_cast<std::size_t>(k)];
        const Slot& s = f.plan.agenda[l.index];
        ImRect r = block_rect(f.g, s, l);
        // A short block is grabbed over at least 14 px (its label's height).
        if (r.GetHeight() < 14) r.Expand(ImVec2(0, (14 - r.GetHeight()) * 0.5f));
        if (!r.Contains(f.m)) continue;
        hit.lane_idx = k;
        hit.zone = Drag::Move;
        if (!is_point(s) && r.GetHeight() >= 18) {
            const float edge = std::min(6.0f, r.GetHeight() * 0.25f);
            if (f.m.y < r.Min.y + edge) hit.zone = Drag::Top;
            else if (f.m.y > r.Max.y - edge) hit.zone = Drag::Bottom;
        }
        break;
    }
    return hit;
}

// Double-click, measured here rather than with ImGui's 0.30 s: the input
// queue hands ImGui one press or release per frame, so on a slow machine
// (software WebGL) the second press of a quick double-click is seen later
// than 0.30 s.  Half a second is the usual desktop setting.
// When frames are slow, a press seen two frames after the previous one
// (press, release, press: nothing in between) also counts, up to 2 s.
bool double_clicked(const Frame& f) {
    static double last_press = -10.0;
    static int last_press_frame = -100;
    static ImVec2 last_press_pos;
    if (!f.canvas_hovered || !ImGui::IsMouseClicked(0)) return false;
    const double now = ImGui::GetTime();
    const int frame = ImGui::GetFrameCount();
    const float dx = f.m.x - last_press_pos.x, dy = f.m.y - last_press_pos.y;
    const bool soon = now - last_press < 0.5 || (frame - last_press_frame <= 2 && now - last_press < 2.0);
    const bool twice = soon && dx * dx + dy * dy < 36.0f;
    last_press = twice ? -10.0 : now;
    last_press_frame = twice ? -100 : frame;
    last_press_pos = f.m;
    return twice;
}

// Mouse down selects a block and remembers it for a possible drag; while the
// button is held the block's preview follows the pointer (5-minute steps,
// 1 with Shift or Alt), and the release applies it as one undo step.
void press_and_drag(Frame& f) {
    State& st = f.st;
    const ImGuiIO& io = ImGui::GetIO();
    if (f.canvas_hovered && ImGui::IsMouseClicked(0)) {
        if (f.hit.lane_idx >= 0) {
            const Slot& s = f.plan.agenda[st.lanes[static_cast<std::size_t>(f.hit.lane_idx)].index];
            select_slot(f.ctx, s.id);
            st.drag = f.hit.zone;
            st.drag_started = false;
            st.drag_id = s.id;
            st.drag_orig = s;
            st.drag_preview = s;
            st.drag_y0 = f.m.y;
        } else {
            select_slot(f.ctx, "");
        }
    }
    if (st.drag == Drag::None) {
        if (f.canvas_hovered && f.hit.lane_idx >= 0)
            ImGui::SetMouseCursor(f.hit.zone == Drag::Move ? ImGuiMouseCursor_Hand : ImGuiMouseCursor_ResizeNS);
        return;
    }
    const float dy = f.m.y - st.drag_y0;
    if (!st.drag_started && std::fabs(dy) >= 3.0f) st.drag_started = true;
    const int step = (io.KeyShift || io.KeyAlt) ? 1 : 5;
    const int delta = static_cast<int>(std::lround(dy / f.g.ppm));
    const Slot& o = st.drag_orig;
    if (st.drag_started) {
        if (st.drag == Drag::Move) st.drag_preview = moved_slot(o, delta, step);
        else if (st.drag == Drag::Top) st.drag_preview = resized_start(o, o.start + delta, step);
        else st.drag_preview = resized_end(o, o.end + delta, step);
        ImGui::SetMouseCursor(st.drag == Drag::Move ? ImGuiMouseCursor_ResizeAll : ImGuiMouseCursor_ResizeNS);
        // Scroll when dragging past the visible edge.
        if (f.m.y < f.win_min.y + 16) { ImGui::SetScrollY(std::max(0.0f, ImGui::GetScrollY() - 6)); platform::request_redraw(2); }
        else if (f.m.y > f.win_max.y - 16) { ImGui::SetScrollY(ImGui::GetScrollY() + 6); platform::request_redraw(2); }
    }
    if (!io.MouseDown[0]) {
        // Release: apply once (one undo step), unless nothing changed.
        const int i = index_of(f.plan, st.drag_id);
        const Slot& p = st.drag_preview;
        if (st.drag_started && i >= 0 && (p.start != o.start || p.end != o.end)) {
            const std::size_t ii = static_cast<std::size_t>(i);
            if (st.drag == Drag::Move) move_slot_by(*f.ctx.editor, ii, delta, step);
            else if (st.drag == Drag::Top) resize_slot_start(*f.ctx.editor, ii, o.start + delta, step);
            else resize_slot_end(*f.ctx.editor, ii, o.end + delta, step);
            select_slot(f.ctx, st.drag_id);
        }
        st.drag = Drag::None;
        st.drag_started = false;
    }
}

// Scroll a selection made elsewhere (the list, a finding) into view.
void scroll_selection_into_view(Frame& f) {
    State& st = f.st;
    if (!st.scroll_to_selected) return;
    const int sel = selected_index(f.ctx);
    if (sel >= 0 && f.plan.agenda[static_cast<std::size_t>(sel)].day == st.day &&
        f.plan.agenda[static_cast<std::size_t>(sel)].start != kNoTime) {
        const Slot& s = f.plan.agenda[static_cast<std::size_t>(sel)];
        const Geo& g = f.g;
        const float y_top = g.top_pad + static_cast<float>(s.start - st.axis.start) * g.ppm;
        const float y_bot = is_point(s) ? y_top + g.point_h : g.top_pad + static_cast<float>(s.end - st.axis.start) * g.ppm;
        const float sy = ImGui::GetScrollY();
        if (y_top < sy + 8 || y_bot > sy + f.visible_h - 8) {
            ImGui::SetScrollY(std::max(0.0f, y_top - f.visible_h * 0.25f));
            platform::request_redraw(2);
        }
    }
    st.scroll_to_selected = false;
}

// The visible blocks (a dragged one as a ghost where it was), then the
// dragged block on top with its live times beside the pointer.
void draw_blocks(Frame& f) {
    State& st = f.st;
    st.sel_block_min = st.sel_block_max = ImVec2(0, 0);
    const int hovered_lane = f.canvas_hovered ? f.hit.lane_idx : -1;
    const int dragged = st.drag_started ? index_of(f.plan, st.drag_id) : -1;
    for (std::size_t k = 0; k < st.lanes.size(); ++k) {
        const SlotLane& l = st.lanes[k];
        const bool is_dragged = static_cast<int>(l.index) == dragged;
        const Slot& s = is_dragged ? st.drag_preview : f.plan.agenda[l.index];
        if (is_dragged) {
            const ImRect o = block_rect(f.g, f.plan.agenda[l.index], l);
            f.dl->AddRect(o.Min, o.Max, IM_COL32(160, 170, 186, 255), 4.0f, 0, 1.0f);
        }
        const ImRect r = block_rect(f.g, s, l);
        if (r.Max.y < f.win_min.y || r.Min.y > f.win_max.y) continue;
        const bool selected = f.plan.agenda[l.index].id == f.ctx.selection.slot_id;
        const int sev = l.index < st.slot_severity.size() ? st.slot_severity[l.index] : -1;
        if (!is_dragged) draw_block(f.dl, s, r, selected, sev, false);
        if (selected) { st.sel_block_min = r.Min; st.sel_block_max = r.Max; }
        const std::string id = "agenda.slot." + s.id;
        widgets::register_rect(id.c_str(), r.Min.x, r.Min.y, r.GetWidth(), r.GetHeight());
        if (static_cast<int>(k) == hovered_lane && !st.drag_started && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId))
            block_tooltip(s, sev);
    }
    if (dragged < 0) return;
    for (const SlotLane& l : st.lanes) {
        if (static_cast<int>(l.index) != dragged) continue;
        const ImRect r = block_rect(f.g, st.drag_preview, l);
        draw_block(f.dl, st.drag_preview, r, true, -1, true);
        const std::string live = format_time_range(st.drag_preview.start, st.drag_preview.end) +
                                 (is_point(st.drag_preview) ? std::string()
                                                            : "  (" + duration_text(slot_length(st.drag_preview)) + ")");
        ImGui::SetTooltip("%s", live.c_str());
        widgets::register_rect("agenda.drag.live", r.Min.x, r.Min.y, r.GetWidth(), r.GetHeight());
    }
}

// Double-click edits the block in place, or adds a slot at that time; a
// right click asks for the context menu (opened after the canvas).
void double_and_right_click(Frame& f) {
    State& st = f.st;
    if (f.double_click) {
        st.drag = Drag::None;   // the second press is not the start of a drag
        st.drag_started = false;
        if (f.hit.lane_idx >= 0) {
            const SlotLane& l = st.lanes[static_cast<std::size_t>(f.hit.lane_idx)];
            const Slot& s = f.plan.agenda[l.index];
            const ImRect r = block_rect(f.g, s, l);
            open_editor(f.ctx, s.id, ImVec2(r.Min.x, r.Max.y + 2), true);
        } else {
            const int t = f.g.minute_at(f.m.y);
            const int j = add_slot_near(f.ctx, st.day, std::max(0, std::min(kDayMinutes - 5, t)), false);
            open_editor(f.ctx, f.ctx.editor->plan().agenda[static_cast<std::size_t>(j)].id, ImVec2(f.g.x0, f.m.y), true);
        }
    } else if (f.canvas_hovered && ImGui::IsMouseClicked(1)) {
        st.ctx_time = std::max(0, std::min(kDayMinutes - 5, f.g.minute_at(f.m.y)));
        st.ctx_slot_id =
            f.hit.lane_idx >= 0 ? f.plan.agenda[st.lanes[static_cast<std::size_t>(f.hit.lane_idx)].index].id : "";
        if (!st.ctx_slot_id.empty()) select_slot(f.ctx, st.ctx_slot_id);
        st.ctx_open_request = true;
    }
}

// Hover line with the time under the pointer on the empty axis.
void draw_hover_time(const Frame& f) {
    if (!f.canvas_hovered || f.hit.lane_idx >= 0 || f.st.drag != Drag::None) return;
    const int t = snap_minutes(f.g.minute_at(f.m.y), 5);
    const float y = f.g.y(t);
    f.dl->AddLine(ImVec2(f.g.x0 - 6, y), ImVec2(f.g.x1, y), IM_COL32(24, 95, 170, 90), 1.0f);
    const std::string tt = format_time(t);
    f.dl->AddText(f.small, f.sfs,
                  ImVec2(f.g.x1 - f.small->CalcTextSizeA(f.sfs, 1e9f, 0, tt.c_str()).x - 2, y - f.sfs - 1),
                  colors::kAccent, tt.c_str());
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] timeline
//-----------------------------------------------------------------------------
void draw_timeline(UiContext& ctx, ImVec2 size) {
    State& st = state();
    size.y -= draw_hint_and_zoom(st, size);

    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1, 1, 1, 1));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild("##agenda.timeline", size, true);
    ImGui::PopStyleVar();
    Frame f{ctx, st, ctx.editor->plan()};
    f.win_min = ImGui::GetWindowPos();
    f.win_max = ImVec2(f.win_min.x + ImGui::GetWindowWidth(), f.win_min.y + ImGui::GetWindowHeight());
    widgets::register_rect("agenda.timeline", f.win_min.x, f.win_min.y, f.win_max.x - f.win_min.x,
                              f.win_max.y - f.win_min.y);
    st.timeline_min = f.win_min;
    st.timeline_max = f.win_max;
    f.visible_h = size.y - 2;
    lay_out(f);

    draw_axis(f);
    draw_tech_sessions(f);
    if (st.lanes.empty()) draw_empty_day(f);

    // The canvas: one button for every click, drag and double-click.
    ImGui::InvisibleButton("##agenda.canvas", ImVec2(std::max(1.0f, f.content_w), f.total_h),
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
    f.canvas_hovered = ImGui::IsItemHovered();
    f.m = ImGui::GetIO().MousePos;
    f.hit = hit_test(f);
    f.double_click = double_clicked(f);

    press_and_drag(f);
    scroll_selection_into_view(f);
    draw_blocks(f);
    double_and_right_click(f);
    draw_hover_time(f);

    ImGui::EndChild();
    ImGui::PopStyleColor();
    draw_context_menu(ctx);
}

}  // namespace dc::ui::agenda
