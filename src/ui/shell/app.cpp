// app.cpp — the app shell (see app.h).
//
// [SECTION] helpers       — eliding, dates, shortcuts text, text_field, empty state
// [SECTION] App: life     — init, frame, shortcuts
// [SECTION] top bar
// [SECTION] navigation
// [SECTION] main area and status line
// [SECTION] toast, message, text input position
// [SECTION] file actions  — open, save, print, share
#include "ui/shell/app.h"

#include <imgui.h>
#include <imgui_internal.h>   // GImGui->PlatformImePos / InputTextState: where the caret is
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <ctime>

#include "core/datetime.h"
#include "core/export_html.h"
#include "core/plan_file.h"
#include "core/templates.h"
#include "core/text.h"
#include "platform/platform.h"
#include "ui/shell/autosave.h"
#include "ui/shell/english_file.h"
#include "ui/files/files_ui.h"
#include "ui/shell/find_ui.h"
#include "ui/shell/keyfocus.h"
#include "ui/document/panel_document.h"   // the Print menu
#include "ui/replies/panel_replies.h"   // reply files dropped on its collect box
#include "ui/replies/site_view.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui {

namespace {

// The Undo/Redo tooltip's words for a step: the label its caller gave, or the
// editor's facts (what, which list, which position) in the current language.
std::string step_words(const Editor::StepLabel& s) {
    if (!s.text.empty()) return s.text;
    using T = Editor::StepTarget;
    K what = K::step_plan;
    switch (s.target) {
        case T::None: case T::Plan: what = K::step_plan; break;
        case T::Header: what = K::step_header; break;
        case T::Event: what = K::step_event; break;
        case T::Signer: what = K::step_signer; break;
        case T::Archive: what = K::step_archive; break;
        case T::PlanExtra: what = K::step_plan_extra; break;
        case T::Agenda: what = K::step_slot; break;
        case T::Tasks: what = K::step_task; break;
        case T::Sites: what = K::step_site; break;
        case T::SiteGroups: what = K::step_site_group; break;
        case T::Body: what = K::step_block; break;
        case T::Duties: what = K::step_duty; break;
        case T::Budget: what = K::step_budget_line; break;
        case T::Contacts: what = K::step_contact; break;
        case T::Recipients: what = K::step_recipient; break;
    }
    const int n = s.index == Editor::kNoIndex ? 0 : static_cast<int>(s.index) + 1;   // as the user counts
    switch (s.action) {
        case Editor::StepAction::Edit: return n ? fmt(K::step_edit_n, tr(what), n) : fmt(K::step_edit, tr(what));
        case Editor::StepAction::Add: return fmt(K::step_add, tr(what));
        case Editor::StepAction::Remove: return fmt(K::step_remove_n, tr(what), n);
        case Editor::StepAction::Move: return fmt(K::step_move_n, tr(what), n);
        case Editor::StepAction::OpenOther: return tr(K::step_open_other);
    }
    return tr(what);
}
constexpr double kToastMs = 4000.0;

//-----------------------------------------------------------------------------
// [SECTION] helpers
//-----------------------------------------------------------------------------

// Shortens `s` with "…" to fit `width` pixels, cutting on UTF-8 boundaries.
std::string elide(const std::string& s, float width) {
    if (ImGui::CalcTextSize(s.c_str()).x <= width) return s;
    const char* ell = "\xE2\x80\xA6";
    std::size_t lo = 0, hi = s.size();
    while (lo < hi) {   // longest prefix that fits with the ellipsis
        std::size_t mid = (lo + hi + 1) / 2;
        while (mid > 0 && (static_cast<unsigned char>(s[mid]) & 0xC0) == 0x80) --mid;
        if (mid <= lo) break;
        std::string t = s.substr(0, mid) + ell;
        if (ImGui::CalcTextSize(t.c_str()).x <= width) lo = mid; else hi = mid - 1;
    }
    while (lo > 0 && (static_cast<unsigned char>(s[lo]) & 0xC0) == 0x80) --lo;
    return s.substr(0, lo) + ell;
}

// "thứ Hai, 23/11/2026" / "Monday, 23/11/2026"
std::string long_date(const Date& d) {
    if (!d.complete()) return format_date(d);
    const std::string wd = language() == Lang::En ? weekday_en(d) : weekday_vi(d);
    return wd + ", " + format_date(d);
}

std::string clock_now() {
    std::time_t t = std::time(nullptr);
    std::tm* lt = std::localtime(&t);
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", lt ? lt->tm_hour : 0, lt ? lt->tm_min : 0);
    return buf;
}

// 1234567 → "1.234.567" (Vietnamese) / "1,234,567" (English).
std::string group_digits(std::size_t n) {
    std::string d = std::to_string(n), o;
    const char sep = language() == Lang::En ? ',' : '.';
    for (std::size_t i = 0; i < d.size(); ++i) {
        if (i > 0 && (d.size() - i) % 3 == 0) o += sep;
        o += d[i];
    }
    return o;
}

const char* mod_name() { return platform::is_mac() ? "Cmd" : "Ctrl"; }
std::string shortcut(const char* key, bool shift = false) {
    return std::string(mod_name()) + (shift ? "+Shift+" : "+") + key;
}

ImVec2 button_size(const char* label) {
    const ImGuiStyle& st = ImGui::GetStyle();
    const ImVec2 t = ImGui::CalcTextSize(label, nullptr, true);
    return ImVec2(t.x + st.FramePadding.x * 2.0f + 6.0f, t.y + st.FramePadding.y * 2.0f + 4.0f);
}

const char* section_key_name(Section s) {
    switch (s) {
    case Section::Document: return "document";
    case Section::Agenda: return "agenda";
    case Section::Tasks: return "tasks";
    case Section::Sites: return "sites";
    case Section::Checks: return "checks";
    case Section::Export: return "export";
    case Section::Library: return "library";
    }
    return "?";
}
K section_label(Section s) {
    switch (s) {
    case Section::Document: return K::nav_document;
    case Section::Agenda: return K::nav_agenda;
    case Section::Tasks: return K::nav_tasks;
    case Section::Sites: return K::nav_sites;
    case Section::Checks: return K::nav_checks;
    case Section::Export: return K::nav_export;
    case Section::Library: return K::offline_nav_library;
    }
    return K::nav_document;
}
}  // namespace

bool text_field(const char* test_id, const char* label, std::string* value, const char* hint, float width) {
    ImGui::SetNextItemWidth(width);
    const bool changed = ImGui::InputTextWithHint(label, hint ? hint : "", value);
    widgets::register_last_item(test_id);
    if (ImGui::IsItemActive()) widgets::set_active_widget(test_id);
    return changed;
}

void draw_empty_state(const char* heading, const char* explanation, const char* hint) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float w = avail < 560.0f ? avail : 560.0f;
    ImGui::Dummy(ImVec2(0, 24));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - w) * 0.5f);
    ImGui::BeginGroup();
    ImGui::PushFont(fonts().heading);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w);
    ImGui::TextUnformatted(heading);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::TextUnformatted(explanation);
    if (hint && *hint) {
        ImGui::Dummy(ImVec2(0, 6));
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
        ImGui::TextUnformatted(hint);
        ImGui::PopStyleColor();
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

//-----------------------------------------------------------------------------
// [SECTION] App: life
//-----------------------------------------------------------------------------
App::App() : editor_(std::make_unique<Editor>()) {}
App::~App() = default;

void App::init() {
    ctx_.editor = editor_.get();
    ctx_.toast = [this](const std::string& s) { toast(s); };
    ctx_.message = [this](const std::string& title, const std::string& body) {
        // Titles name a file or a plan: one line.  The body may list several
        // problems, each bounded by its writer; the whole stays under a screenful.
        message_title_ = clip_text(title, 120);
        message_body_ = clip_text(body, 2000);
        message_open_ = true;
        platform::request_redraw(2);
    };
    ctx_.go_to = [this](Section s) { ctx_.section = s; };
    // A site's request link: the site's answer form only.  The planner's plans,
    // autosave and preferences stay untouched (web/store.js keeps to memory).
    if (const std::string request = platform::start_request(); !request.empty()) {
        site_form_ = true;
        set_language(Lang::Vi);
        set_zoom_percent(110);   // a phone's text: larger than the planner's desk-sized 100 %
        site_view_open(request);
        return;
    }
    set_language(prefs().language == "en" ? Lang::En : Lang::Vi);
    first_run_line_ = !prefs().first_run_seen;
    editor_->load(load_template(kDefaultTemplate));
    // The plan the user left (browser storage), or the template above as the first plan.
    autosave_init(ctx_);

    widgets::set_plan_json_provider([this] { return write_plan(editor_->plan()); });
    // A change aimed at a row that is gone (what a stale index in a dialog would do):
    // refused with a message, nothing changes — it used to throw, and a throw aborts the page.
    widgets::set_action("edit-stale-row", [this] {
        editor_->erase_item<Task>(editor_->plan().tasks.size() + 3);
        editor_->set_slot(editor_->plan().agenda.size(), Slot{});
        editor_->move_item<Site>(0, editor_->plan().sites.size());
    });
    // Files picked or dropped, and "#plan=" links: checked, then the user chooses
    // how to open them (files_open.cpp); nothing is replaced silently.
    platform::set_file_handler([this](platform::FileData f) {
        if (replies_take_file(f.name, f.bytes)) return;   // a site's reply file dropped on "Hỏi các điểm cầu"
        files_received(ctx_, f.name, f.bytes);
    });
    files_init(ctx_);
}

void App::frame() {
    widgets::begin_frame(ui_zoom());   // the zoom this frame is laid out at (main.cpp applied it)
    keyfocus::begin_frame();
    widgets::set_active_widget("");
    ctx_.lang = language();
    ctx_.today = planner_today();   // the computer's date unless the user set one (tasks panel)

    if (site_form_) {
        // Called through a pointer the optimiser cannot see through, so the form
        // is never inlined here: the web build's split then leaves it out of
        // the planner's first download (it runs only for request links).
        static void (*volatile site_view)(UiContext&) = draw_site_view;
        site_view(ctx_);
        draw_message();
        draw_toast();
        update_text_input();
        keyfocus::end_frame();
        widgets::end_frame();
        return;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
    ImGui::Begin("##shell", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar(2);

    const float w = vp->Size.x, h = vp->Size.y;
    draw_top_bar(w);
    const float body_h = h - kTopBarHeight - kStatusHeight;
    ImGui::SetCursorPos(ImVec2(0, kTopBarHeight));
    draw_navigation(body_h);
    ImGui::SetCursorPos(ImVec2(kNavWidth, kTopBarHeight));
    draw_main(w - kNavWidth, body_h);
    ImGui::SetCursorPos(ImVec2(0, h - kStatusHeight));
    draw_status_line(w);
    ImGui::End();

    handle_shortcuts();
    draw_message();
    draw_print_menu(ctx_);      // the five printable documents (panel_document_print.cpp)
    draw_files_dialogs(ctx_);   // open as new / replace / compare; file errors; link too large
    draw_find_dialog(ctx_);     // Ctrl/Cmd+F: find in the plan (find_ui.cpp)
    // A change the editor refused (a row that is no longer there): say so; the plan is as it was.
    if (const std::string refused = editor_->take_refusal(); !refused.empty()) {
        std::fprintf(stderr, "edit refused: %s\n", refused.c_str());   // the console, for whoever debugs
        toast(tr(K::edit_refused));
    }
    draw_toast();
    draw_drop_hint();
    autosave_tick(ctx_);   // writes the plan to browser storage within a second of an edit
    if (const double aw = autosave_wake_at_ms(); aw > 0 && (wake_at_ms_ == 0 || aw < wake_at_ms_)) wake_at_ms_ = aw;
    if (std::size_t n = 0; platform::take_refused_paste(&n)) {   // too long to enter at once: say so, change nothing
        ctx_.message(tr(K::paste_too_long_title), fmt(K::paste_too_long_body, group_digits(n).c_str(),
                                                        group_digits(platform::kMaxTextInput).c_str()));
    }
    update_text_input();
    keyfocus::end_frame();   // Tab moves, Enter/Space press, the ring is drawn on top
    widgets::end_frame();
}

void App::handle_shortcuts() {
    const ImGuiIO& io = ImGui::GetIO();
    const bool mod = platform::is_mac() ? io.KeySuper : io.KeyCtrl;
    if (!mod || io.KeyAlt) return;
    // Ctrl/Cmd+S and +O work in text fields too.  The SDL backend indexes keys by
    // scancode and SDL_SCANCODE_A..Z are consecutive, so S and O are offsets from A.
    if (!io.KeyShift && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
        const int a = ImGui::GetKeyIndex(ImGuiKey_A);
        if (ImGui::IsKeyPressed(a + ('S' - 'A'), false)) { save_file(); return; }
        if (ImGui::IsKeyPressed(a + ('O' - 'A'), false)) { open_file(); return; }
        if (ImGui::IsKeyPressed(a + ('P' - 'A'), false)) { print_plan(); return; }
        if (ImGui::IsKeyPressed(a + ('F' - 'A'), false)) { open_find(); return; }
    }
    // In a text field, Ctrl+Z belongs to the field (its own undo).
    if (io.WantTextInput) return;
    const bool z = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z), false);
    const bool y = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y), false);
    if (z && !io.KeyShift) editor_->undo();
    else if ((z && io.KeyShift) || y) editor_->redo();
}

//-----------------------------------------------------------------------------
// [SECTION] top bar
//-----------------------------------------------------------------------------
void App::draw_top_bar(float width) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 o = ImGui::GetWindowPos();
    dl->AddRectFilled(o, ImVec2(o.x + width, o.y + kTopBarHeight), colors::kTopBar);
    dl->AddLine(ImVec2(o.x, o.y + kTopBarHeight - 1), ImVec2(o.x + width, o.y + kTopBarHeight - 1), colors::kBorder);

    // Right side: buttons, measured first so the title knows its room.
    struct Btn { const char* id; std::string label; bool enabled; std::string tip; };
    const Plan& plan = editor_->plan();
    const bool can_undo = editor_->can_undo(), can_redo = editor_->can_redo();
    Btn btns[] = {
        {"topbar.undo", std::string(icons::kUndo) + " " + tr(K::btn_undo), can_undo,
         can_undo ? fmt(K::tip_undo, step_words(editor_->undo_step()).c_str(), shortcut("Z").c_str())
                  : fmt(K::tip_undo_nothing, shortcut("Z").c_str())},
        {"topbar.redo", std::string(icons::kRedo) + " " + tr(K::btn_redo), can_redo,
         can_redo ? fmt(K::tip_redo, step_words(editor_->redo_step()).c_str(), shortcut("Z", true).c_str())
                  : fmt(K::tip_redo_nothing, shortcut("Z", true).c_str())},
        {"topbar.find", tr(K::btn_find), true, fmt(K::offline_tip_shortcut, tr(K::tip_find), shortcut("F").c_str())},
        {"topbar.open", tr(K::btn_open), true, fmt(K::offline_tip_shortcut, tr(K::tip_open), shortcut("O").c_str())},
        {"topbar.save", tr(K::btn_save), true, fmt(K::offline_tip_shortcut, tr(K::tip_save), shortcut("S").c_str())},
        {"topbar.print", tr(K::btn_print), true, fmt(K::offline_tip_shortcut, tr(K::tip_print), shortcut("P").c_str())},
        {"topbar.share", tr(K::btn_share), true, tr(K::tip_share)},
    };
    const float gap = 6.0f;
    float buttons_w = 0;
    for (const Btn& b : btns) buttons_w += button_size(b.label.c_str()).x + gap;
    buttons_w += 16.0f;   // the two group gaps below
    const float lang_w = button_size("VI").x * 2 + 2;
    const float right_x = width - 12.0f - lang_w - 14.0f - buttons_w;

    // Left: plan title (bold) over the event date and the save state.
    const float title_w = right_x - 16.0f - 16.0f;
    // A công văn's subject follows "V/v" and starts in lower case ("tổ chức …"); as a title it starts capitalised.
    std::string title = plan.header.title.empty() ? tr(K::plan_untitled) : plan.header.title;
    if (!plan.header.title.empty()) {
        std::size_t n = 1;
        while (n < title.size() && (static_cast<unsigned char>(title[n]) & 0xC0) == 0x80) ++n;
        title = upper_vi(title.substr(0, n)) + title.substr(n);
    }
    ImGui::SetCursorPos(ImVec2(16, 5));
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(elide(title, title_w).c_str());
    ImGui::PopFont();
    widgets::register_last_item("topbar.title");
    if (ImGui::IsItemHovered() && ImGui::CalcTextSize(title.c_str()).x > title_w) ImGui::SetTooltip("%s", title.c_str());

    std::string date_text = plan.event.days.empty() || plan.event.days[0].date.empty()
                                ? std::string(tr(K::plan_no_date))
                                : fmt(K::plan_event_on, long_date(plan.event.days[0].date).c_str());
    const std::string save_text = autosave_status_text();   // browser storage · file
    const std::string line2 = date_text + "  \xC2\xB7  " + save_text;
    ImGui::SetCursorPos(ImVec2(16, 26));
    ImGui::PushFont(fonts().small);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
    ImGui::TextUnformatted(elide(line2, title_w).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    widgets::register_last_item("topbar.status");

    // Buttons.
    float x = right_x;
    for (const Btn& b : btns) {
        const ImVec2 sz = button_size(b.label.c_str());
        ImGui::SetCursorPos(ImVec2(x, (kTopBarHeight - sz.y) * 0.5f));
        if (!b.enabled) ImGui::BeginDisabled();
        const bool pressed = ImGui::Button((b.label + "##" + b.id).c_str(), sz);
        if (!b.enabled) ImGui::EndDisabled();
        widgets::register_last_item(b.id);
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", b.tip.c_str());
        if (pressed) {
            const std::string id = b.id;
            if (id == "topbar.undo") editor_->undo();
            else if (id == "topbar.redo") editor_->redo();
            else if (id == "topbar.find") open_find();
            else if (id == "topbar.open") open_file();
            else if (id == "topbar.save") save_file();
            else if (id == "topbar.print") print_plan();
            else if (id == "topbar.share") share_plan();
        }
        x += sz.x + gap;
        if (b.id == std::string("topbar.redo") || b.id == std::string("topbar.find")) x += 8.0f;   // groups: undo/redo, find, files
    }

    // Language switch: VI | EN, the current one highlighted.
    x = width - 12.0f - lang_w;
    for (Lang l : {Lang::Vi, Lang::En}) {
        // English's texts come as a file in the web build (ui/shell/english_file.h):
        // chosen before they are here, the switch says so ("EN…") and the
        // interface stays Vietnamese meanwhile.
        const EnglishState en_state = english_state();
        const bool en_waiting = l == Lang::En && language() == Lang::En && en_state != EnglishState::Ready;
        std::string label = l == Lang::Vi ? tr(K::lang_vi) : tr(K::lang_en);
        if (en_waiting && en_state == EnglishState::Loading) label += "…";
        else if (en_waiting) label += "!";
        const ImVec2 sz = button_size("VI");
        ImGui::SetCursorPos(ImVec2(x, (kTopBarHeight - sz.y) * 0.5f));
        const bool current = language() == l;
        if (current) {
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
        }
        const std::string id = std::string("topbar.lang.") + language_code(l);
        if (ImGui::Button((label + "##" + id).c_str(), sz) && !current) {
            set_language(l);   // kept in the preferences by autosave_tick
        }
        if (current) ImGui::PopStyleColor(3);
        widgets::register_last_item(id.c_str());
        if (ImGui::IsItemHovered()) {
            if (en_waiting)
                ImGui::SetTooltip("%s\n%s", tr(K::tip_language),
                                  tr(en_state == EnglishState::Loading ? K::lang_en_loading : K::lang_en_failed));
            else
                ImGui::SetTooltip("%s", tr(K::tip_language));
        }
        x += sz.x + 2;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] navigation
//-----------------------------------------------------------------------------
void App::draw_navigation(float height) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 o = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(o, ImVec2(o.x + kNavWidth, o.y + height), colors::kNavBg);
    dl->AddLine(ImVec2(o.x + kNavWidth - 1, o.y), ImVec2(o.x + kNavWidth - 1, o.y + height), colors::kBorder);

    const float item_h = 36.0f;
    {   // "Kế hoạch của tôi": the plans kept in this browser, above the open plan's sections.
        const ImVec2 a(o.x + 8, o.y + 8), b(o.x + kNavWidth - 9, o.y + 8 + item_h);
        ImGui::SetCursorScreenPos(a);
        if (ImGui::InvisibleButton("nav.library", ImVec2(b.x - a.x, b.y - a.y))) ctx_.section = Section::Library;
        widgets::register_last_item("nav.library");
        const bool active = ctx_.section == Section::Library;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::offline_tip_nav_library));
        if (active || ImGui::IsItemHovered())
            dl->AddRectFilled(a, b, active ? colors::kNavActive : colors::kNavHover, 6.0f);
        if (active) dl->AddRectFilled(ImVec2(a.x, a.y + 8), ImVec2(a.x + 3, b.y - 8), colors::kAccent, 2.0f);
        const float fs = ImGui::GetFontSize();
        dl->AddText(active ? fonts().bold : fonts().body, fs, ImVec2(a.x + 14, a.y + (item_h - fs) * 0.5f - 1),
                    active ? colors::kAccent : ImGui::GetColorU32(ImGuiCol_Text), tr(K::offline_nav_library));
        dl->AddLine(ImVec2(o.x + 16, b.y + 8), ImVec2(o.x + kNavWidth - 17, b.y + 8), colors::kBorder);
    }
    const float sections_y = o.y + 54.0f;
    ImGui::SetCursorScreenPos(ImVec2(o.x + 16, sections_y + 14));
    ImGui::PushFont(fonts().small);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
    ImGui::TextUnformatted(tr(K::nav_heading));
    ImGui::PopStyleColor();
    ImGui::PopFont();

    float y = sections_y + 40.0f;
    for (int i = 0; i < kSectionCount; ++i) {
        const Section s = static_cast<Section>(i);
        const ImVec2 a(o.x + 8, y), b(o.x + kNavWidth - 9, y + item_h);
        ImGui::SetCursorScreenPos(a);
        const std::string id = std::string("nav.") + section_key_name(s);
        if (ImGui::InvisibleButton(id.c_str(), ImVec2(b.x - a.x, b.y - a.y))) ctx_.section = s;
        widgets::register_last_item(id.c_str());
        const bool active = ctx_.section == s, hovered = ImGui::IsItemHovered();
        if (active || hovered) dl->AddRectFilled(a, b, active ? colors::kNavActive : colors::kNavHover, 6.0f);
        if (active) dl->AddRectFilled(ImVec2(a.x, a.y + 8), ImVec2(a.x + 3, b.y - 8), colors::kAccent, 2.0f);
        ImFont* f = active ? fonts().bold : fonts().body;
        const float fs = ImGui::GetFontSize();
        dl->AddText(f, fs, ImVec2(a.x + 14, a.y + (item_h - fs) * 0.5f - 1),
                    active ? colors::kAccent : ImGui::GetColorU32(ImGuiCol_Text), tr(section_label(s)));

        int badge = 0;
        if (s == Section::Tasks) badge = showing_untouched_example(ctx_) ? 0 : tasks_badge(ctx_);
        else if (s == Section::Sites) badge = sites_badge(ctx_);
        else if (s == Section::Checks) badge = checks_badge(ctx_);
        if (badge > 0) {
            char num[16];
            std::snprintf(num, sizeof num, "%d", badge);
            ImFont* sf = fonts().small;
            const float sfs = sf->FontSize * ImGui::GetIO().FontGlobalScale;
            const ImVec2 ts = sf->CalcTextSizeA(sfs, 1e9f, 0, num);
            const float bw = ts.x + 12 < 22 ? 22 : ts.x + 12, bh = 20;
            const ImVec2 ba(b.x - 8 - bw, a.y + (item_h - bh) * 0.5f);
            dl->AddRectFilled(ba, ImVec2(ba.x + bw, ba.y + bh), colors::kBadge, bh * 0.5f);
            dl->AddText(sf, sfs, ImVec2(ba.x + (bw - ts.x) * 0.5f, ba.y + (bh - ts.y) * 0.5f), IM_COL32_WHITE, num);
        }
        y += item_h + 2;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] main area and status line
//-----------------------------------------------------------------------------
void App::draw_main(float width, float height) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24, 16));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImGui::GetStyle().ItemSpacing);
    ImGui::BeginChild("##main", ImVec2(width, height), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar(2);
    {   // tests: which panel is on show ("main.agenda"), and where
        const ImVec2 p = ImGui::GetWindowPos();
        widgets::register_rect((std::string("main.") + section_key_name(ctx_.section)).c_str(), p.x, p.y, width, height);
    }
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8, 8));

    if (first_run_line_) {
        // The one-time explanation of what the planner is, dismissible.
        const float avail = ImGui::GetContentRegionAvail().x;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const char* dismiss = tr(K::btn_dismiss);
        const ImVec2 bs = button_size(dismiss);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + avail - bs.x - 28);
        const ImVec2 ts = ImGui::CalcTextSize(tr(K::first_run_line), nullptr, false, avail - bs.x - 40);
        const float box_h = (ts.y > bs.y ? ts.y : bs.y) + 20;
        dl->AddRectFilled(p, ImVec2(p.x + avail, p.y + box_h), IM_COL32(232, 241, 252, 255), 6.0f);
        ImGui::SetCursorScreenPos(ImVec2(p.x + 12, p.y + 10));
        ImGui::TextUnformatted(tr(K::first_run_line));
        ImGui::PopTextWrapPos();
        ImGui::SetCursorScreenPos(ImVec2(p.x + avail - bs.x - 10, p.y + (box_h - bs.y) * 0.5f));
        if (ImGui::Button((std::string(dismiss) + "##first-run").c_str(), bs)) {
            first_run_line_ = false;
            change_prefs([](Preferences& p) { p.first_run_seen = true; });
        }
        widgets::register_last_item("main.first-run.dismiss");
        ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + box_h + 12));
    }
    // Storage full/unavailable, save-to-file reminder, new version ready.
    if (draw_autosave_banner(ctx_)) save_file();
    // The example a first visit opens is said to be one; its long-past deadlines are not the user's.
    if (showing_untouched_example(ctx_)) draw_example_banner(ctx_);
    else draw_tasks_banner(ctx_);   // "N việc quá hạn, M việc đến hạn hôm nay" after a plan opens

    // Through a table, not a switch: a panel called from one place would be
    // inlined into the shell by the optimiser (Binaryen inlines any function
    // with a single caller, whatever its size), and the web build's split
    // (tools/split_wasm.mjs) could then not leave the panels the first screen
    // does not show out of the first download.
    static void (*const kPanels[])(UiContext&) = {
        draw_document_panel, draw_agenda_panel, draw_tasks_panel, draw_sites_panel,
        draw_checks_panel, draw_export_panel, draw_library_panel};
    static_assert(sizeof(kPanels) / sizeof(kPanels[0]) == size_t(Section::Library) + 1, "one per Section");
    kPanels[size_t(ctx_.section)](ctx_);
    ImGui::PopStyleVar();
    ImGui::EndChild();
}

void App::draw_status_line(float width) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 o = ImGui::GetCursorScreenPos();
    dl->AddRectFilled(o, ImVec2(o.x + width, o.y + kStatusHeight), colors::kStatusBg);
    dl->AddLine(o, ImVec2(o.x + width, o.y), colors::kBorder);
    ImGui::PushFont(fonts().small);
    const float ty = o.y + (kStatusHeight - ImGui::GetFontSize()) * 0.5f;
    const std::string today = fmt(K::status_today, long_date(ctx_.today).c_str());
    dl->AddText(ImVec2(o.x + 16, ty), ImGui::GetColorU32(ImGuiCol_Text), today.c_str());
    widgets::register_rect("status.today", o.x + 16, ty, ImGui::CalcTextSize(today.c_str()).x, ImGui::GetFontSize());

    const int findings = checks_badge(ctx_);   // -1: not counted yet (the first moment after start-up)
    const std::string f = findings > 0 ? fmt(K::status_findings, findings) : tr(K::status_no_findings);
    const std::string mark = findings < 0 ? std::string(tr(K::status_checking))
                                          : std::string(findings > 0 ? icons::kWarning : icons::kCheck) + " " + f;
    const float fw = ImGui::CalcTextSize(mark.c_str()).x;
    dl->AddText(ImVec2(o.x + width - 16 - fw, ty),
                findings < 0 ? colors::kTextMuted : findings > 0 ? colors::kWarn : colors::kOk, mark.c_str());
    widgets::register_rect("status.findings", o.x + width - 16 - fw, ty, fw, ImGui::GetFontSize());
    draw_zoom_control(o.x + width - 16 - fw - 28, o.y + 3, kStatusHeight - 6);   // "– 100 % +" (autosave.h)
    ImGui::PopFont();
}

//-----------------------------------------------------------------------------
// [SECTION] toast, message, text input position
//-----------------------------------------------------------------------------
void App::toast(const std::string& text) {
    // A toast is a line or two: whatever a caller put in it, never a screenful.
    toast_text_ = clip_text(text, 300);
    toast_until_ms_ = platform::now_ms() + kToastMs;
    platform::request_redraw(2);
}

// Files dragged over the page: where to drop them, over everything.
void App::draw_drop_hint() {
    if (!platform::file_drag_over()) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    dl->AddRectFilled(vp->Pos, ImVec2(vp->Pos.x + vp->Size.x, vp->Pos.y + vp->Size.y), IM_COL32(24, 95, 170, 40));
    const ImVec2 a(vp->Pos.x + 24, vp->Pos.y + 24), b(vp->Pos.x + vp->Size.x - 24, vp->Pos.y + vp->Size.y - 24);
    dl->AddRect(a, b, colors::kAccent, 12.0f, 0, 3.0f);
    const float maxw = std::min(560.0f, vp->Size.x - 96);
    const char* title = tr(K::files_drop_title);
    const char* body = tr(K::files_drop_body);
    // Fonts are rasterised at the device-pixel ratio and drawn scaled back (theme.cpp):
    // the size to draw at is the font's size times the global scale, as ImGui's own.
    ImFont* heading = fonts().heading;
    const float heading_size = heading->FontSize * heading->Scale * ImGui::GetIO().FontGlobalScale;
    const ImVec2 ts = heading->CalcTextSizeA(heading_size, FLT_MAX, maxw, title);
    const ImVec2 bs = ImGui::CalcTextSize(body, nullptr, false, maxw);
    const float w = std::max(ts.x, bs.x) + 48, h = ts.y + bs.y + 48;
    const ImVec2 c(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f);
    const ImVec2 p(c.x - w * 0.5f, c.y - h * 0.5f);
    dl->AddRectFilled(p, ImVec2(p.x + w, p.y + h), IM_COL32_WHITE, 10.0f);
    dl->AddRect(p, ImVec2(p.x + w, p.y + h), colors::kAccent, 10.0f, 0, 1.5f);
    dl->AddText(heading, heading_size, ImVec2(c.x - ts.x * 0.5f, p.y + 20), colors::kAccent, title,
                nullptr, maxw);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(p.x + 24, p.y + 28 + ts.y),
                ImGui::GetColorU32(ImGuiCol_Text), body, nullptr, maxw);
    widgets::register_rect("drop.hint", p.x, p.y, w, h);
}

void App::draw_toast() {
    wake_at_ms_ = 0;
    if (toast_text_.empty()) return;
    const double now = platform::now_ms();
    if (now >= toast_until_ms_) { toast_text_.clear(); return; }
    wake_at_ms_ = toast_until_ms_;   // one more frame when it expires, to take it away
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const float maxw = vp->Size.x * 0.6f;
    const ImVec2 ts = ImGui::CalcTextSize(toast_text_.c_str(), nullptr, false, maxw);
    const ImVec2 a(vp->Pos.x + (vp->Size.x - ts.x) * 0.5f - 16, vp->Pos.y + vp->Size.y - kStatusHeight - ts.y - 40);
    const ImVec2 b(a.x + ts.x + 32, a.y + ts.y + 20);
    dl->AddRectFilled(a, b, IM_COL32(40, 46, 56, 240), 8.0f);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(a.x + 16, a.y + 10), IM_COL32_WHITE,
                toast_text_.c_str(), nullptr, maxw);
    widgets::register_rect("toast", a.x, a.y, b.x - a.x, b.y - a.y);
    widgets::set_shown_text("toast", toast_text_);
}

void App::draw_message() {
    if (message_open_) {
        ImGui::OpenPopup("##message");
        message_open_ = false;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.4f), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(360, 0), ImVec2(vp->Size.x * 0.8f, vp->Size.y * 0.8f));
    if (ImGui::BeginPopupModal("##message", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::PushFont(fonts().heading);
        ImGui::PushTextWrapPos(vp->Size.x * 0.7f);
        ImGui::TextUnformatted(message_title_.c_str());
        ImGui::PopFont();
        ImGui::Separator();
        ImGui::TextUnformatted(message_body_.c_str());
        ImGui::PopTextWrapPos();
        if (ImGui::Button(tr(K::btn_close), ImVec2(120, 0)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
            ImGui::CloseCurrentPopup();
        widgets::register_last_item("message.close");
        widgets::set_shown_text("message", message_title_ + "\n" + message_body_);
        ImGui::EndPopup();
    }
}

// Tell the text bridge where the caret is, so input-method windows and phone
// keyboards follow the field being edited.  Works for every InputText, not
// only text_field(): ImGui 1.86 records the caret in PlatformImePos.
void App::update_text_input() {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.WantTextInput) {
        platform::set_text_input(false, 0, 0, 0, 0, false);
        return;
    }
    ImGuiContext& g = *GImGui;
    // InputTextState.Flags is cleared at the end of every InputText call (1.86), so it
    // never says "multiline" here; the text-edit state's single_line flag does.
    const bool multiline = g.InputTextState.ID != 0 && !g.InputTextState.Stb.single_line;
    const float z = ui_zoom();   // logical → CSS pixels
    platform::set_text_input(true, g.PlatformImePos.x * z, g.PlatformImePos.y * z, 2.0f * z, (g.FontSize + 4.0f) * z, multiline);
}

//-----------------------------------------------------------------------------
// [SECTION] file actions
//-----------------------------------------------------------------------------
void App::open_file() { files_open(ctx_); }

void App::save_file() {
    files_save(ctx_);   // ASCII name from the plan; tells autosave; toast (files_share.cpp)
    saved_file_at_ = clock_now();
}

// Print: a menu of the five printable documents below the Print button.
void App::print_plan() {
    widgets::Rect r;
    if (widgets::widget_rect("topbar.print", &r)) open_print_menu(r.x + r.w, r.y + r.h + 4, true);
    else open_print_menu(ImGui::GetMainViewport()->Size.x - 16, kTopBarHeight, true);
}

// The "Xuất & chia sẻ" panel has every way to send the plan (readable copy,
// link, e-mail, the system's share sheet, the file).
void App::share_plan() { ctx_.section = Section::Export; }

}  // namespace dc::ui
