// site_view.cpp — the site's answer form, opened from its request link (see
// site_view.h).  One column at any width (a 390 px phone or a laptop), large
// touch targets, text typed through the app's text bridge like every other
// field.  The answer is kept in this browser per request, so the site can come
// back, change it and send again; a newer reply replaces the older one at the
// central office (core/site_reply.h's merge rules).
//
// [SECTION] state
// [SECTION] helpers
// [SECTION] the sheet
// [SECTION] the form
// [SECTION] sending
// [SECTION] the view
#include "ui/replies/site_view.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_internal.h>   // ClearActiveID: a finger that scrolls must not press the button it started on
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cstdlib>
#include <ctime>

#include "core/datetime.h"
#include "core/site_reply.h"
#include "core/text.h"
#include "platform/platform.h"
#include "ui/files/files_ui.h"   // percent_encode (mailto:)
#include "ui/shell/autosave.h"   // library_time_text
#include "ui/shell/theme.h"
#include "ui/shell/widgets.h"

namespace dc::ui {

namespace {
//-----------------------------------------------------------------------------
// [SECTION] state
//-----------------------------------------------------------------------------
struct SiteViewState {
    bool opened = false;
    TokenError error = TokenError::None;   // the link could not be read (Damaged when it holds no request)
    SiteRequest request;
    SiteAnswer answer;            // what the form shows
    std::int64_t sent_at = 0;     // when "Gửi lại" was last pressed for this request (this browser), 0 = never
    std::string message;          // the reply message last made
    std::string problems;         // why the last "Gửi lại" made nothing (field names)
    std::string kept;             // the stored text last written (written again only when it changes)
};
SiteViewState& V() {
    static SiteViewState s;
    return s;
}

std::string storage_key(const SiteRequest& r) { return r.plan_uid + "." + r.site_id + "." + r.site_key; }

// The answer in this browser's storage: "<sent_at>\n<DCR1 token>" (the reply
// format itself, so nothing new to read or to keep in step).
void keep_answer() {
    SiteViewState& v = V();
    SiteReply r{v.request.plan_uid, v.request.site_id, v.request.site_key, v.request.issued_at,
                v.sent_at > 0 ? v.sent_at : 1, v.request.site_name, v.answer};
    std::string text = std::to_string(v.sent_at) + "\n" + encode_reply(r);
    if (text == v.kept) return;
    v.kept = text;
    platform::save_site_answer(storage_key(v.request), text);
}

void restore_answer() {
    SiteViewState& v = V();
    const std::string text = platform::load_site_answer(storage_key(v.request));
    const std::size_t nl = text.find('\n');
    if (nl == std::string::npos) return;
    const DecodedReply d = decode_reply(std::string_view(text).substr(nl + 1));
    // Kept for another request of the same site (a key made again): start from the plan's copy.
    if (!d.reply || d.reply->plan_uid != v.request.plan_uid || d.reply->site_key != v.request.site_key) return;
    v.answer = d.reply->answer;
    v.sent_at = std::atoll(text.substr(0, nl).c_str());
    v.kept = text;
}

//-----------------------------------------------------------------------------
// [SECTION] helpers
//-----------------------------------------------------------------------------
constexpr float kMaxWidth = 620.0f;   // a laptop's window: the form stays a readable column

void muted(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

void section(const char* title) {
    ImGui::Dummy(ImVec2(0, 8));
    ImGui::PushFont(fonts().heading);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
    ImGui::TextWrapped("%s", title);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::Separator();
}

// A label over a full-width field (one column: nothing beside it on a phone).
bool field(const char* id, const char* label, std::string* value, const char* hint = "", bool multiline = false) {
    ImGui::TextWrapped("%s", label);
    bool changed;
    if (multiline) {
        changed = ImGui::InputTextMultiline((std::string("##") + id).c_str(), value,
                                            ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * 4 + 24));
    } else {
        ImGui::SetNextItemWidth(-FLT_MIN);
        changed = ImGui::InputTextWithHint((std::string("##") + id).c_str(), hint, value);
    }
    widgets::register_last_item(id);
    if (ImGui::IsItemActive()) widgets::set_active_widget(id);
    return changed;
}

bool wide_button(const char* id, const std::string& label, bool primary = false) {
    if (primary) {
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(IM_COL32(18, 80, 150, 255)));
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    }
    const bool pressed = ImGui::Button((label + "##" + id).c_str(), ImVec2(-FLT_MIN, 0));
    if (primary) ImGui::PopStyleColor(3);
    widgets::register_last_item(id);
    return pressed;
}

std::string time_range(int start, int end) {
    if (start == kNoTime) return {};
    return end == kNoTime || end == start ? format_time(start) : format_time_range(start, end);
}

std::string day_text(const Date& d) { return d.complete() ? weekday_vi(d) + ", " + format_date(d) : format_date(d); }

const char* status_word(TestStatus s) {
    switch (s) {
    case TestStatus::NotTested: return tr(K::site_form_test_not_yet);
    case TestStatus::Ok: return tr(K::site_form_test_ok);
    case TestStatus::NoPicture: return tr(K::site_form_test_no_picture);
    case TestStatus::NoSound: return tr(K::site_form_test_no_sound);
    case TestStatus::LostConnection: return tr(K::site_form_test_lost);
    }
    return "";
}

// A finger on the screen now (SDL's touch devices; the browser's touch events).
bool finger_down() {
    for (int d = 0; d < SDL_GetNumTouchDevices(); ++d)
        if (SDL_GetNumTouchFingers(SDL_GetTouchDevice(d)) > 0) return true;
    return false;
}

// A finger dragged over the form scrolls it (a browser page would; ImGui only
// scrolls with a wheel).  A drag that began on a button or a field takes the
// press away, so scrolling never presses what the finger started on.  Text
// being edited keeps a mouse's drag (selecting text), not a finger's: on a
// phone most of the form is fields, and a swipe starting on one must scroll.
void drag_to_scroll() {
    const ImGuiIO& io = ImGui::GetIO();
    if (!ImGui::IsMouseDragging(ImGuiMouseButton_Left, 10.0f)) return;
    if (io.WantTextInput && !finger_down()) return;
    if (!ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem | ImGuiHoveredFlags_ChildWindows)) return;
    ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
    if (ImGui::GetActiveID() != 0) ImGui::ClearActiveID();
}

//-----------------------------------------------------------------------------
// [SECTION] the sheet
//-----------------------------------------------------------------------------
void draw_sheet() {
    const SiteRequest& r = V().request;
    if (!r.from.empty()) muted(r.from);
    ImGui::PushFont(fonts().heading);
    ImGui::TextWrapped("%s", r.site_name.c_str());
    ImGui::PopFont();
    widgets::register_last_item("site.name");
    ImGui::PushFont(fonts().bold);
    ImGui::TextWrapped("%s", r.event_name.c_str());
    ImGui::PopFont();
    std::string days;
    for (const Date& d : r.days) days += (days.empty() ? "" : "; ") + day_text(d);
    if (!days.empty()) {
        if (r.event_start != kNoTime) days += fmt(K::site_form_from_time, format_time(r.event_start).c_str());
        ImGui::TextWrapped("%s %s", tr(K::site_form_when), days.c_str());
    }
    if (!r.platform.empty()) ImGui::TextWrapped("%s %s", tr(K::site_form_platform), r.platform.c_str());
    if (!r.test_date.empty() || r.test_start != kNoTime) {
        const std::string when = (r.test_date.empty() ? std::string() : day_text(r.test_date) + " ") +
                                 time_range(r.test_start, r.test_end);
        ImGui::TextWrapped("%s %s", tr(K::site_form_test_slot), when.c_str());
        widgets::register_last_item("site.test_slot");
    }
    if (!r.reply_by.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kWarn));
        ImGui::TextWrapped("%s %s", tr(K::site_form_reply_by), format_date(r.reply_by).c_str());
        ImGui::PopStyleColor();
    }
    if (r.programme.empty()) return;
    section(tr(K::site_form_programme));
    for (const RequestSlot& s : r.programme) {
        const std::string when = time_range(s.start, s.end);
        if (s.turn_minutes > 0) {
            ImGui::PushFont(fonts().bold);
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
        }
        ImGui::TextWrapped("%s%s%s", when.c_str(), when.empty() ? "" : "  ", s.text.c_str());
        if (s.turn_minutes > 0) {
            const std::string turn = fmt(K::site_form_your_turn, s.turn_minutes);
            ImGui::TextWrapped("    %s", turn.c_str());   // the bold font has no icons: indented instead
            widgets::set_shown_text("site.turn", turn);
            ImGui::PopStyleColor();
            ImGui::PopFont();
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] the form
//-----------------------------------------------------------------------------
void draw_attendees(SiteAnswer& a) {
    section(tr(K::site_form_attendees));
    int remove = -1;
    for (std::size_t i = 0; i < a.attendees.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const std::string n = std::to_string(i + 1);
        ImGui::PushFont(fonts().bold);
        ImGui::TextUnformatted(fmt(K::site_form_person_n, static_cast<int>(i + 1)).c_str());
        ImGui::PopFont();
        field(("site.att." + n + ".name").c_str(), tr(K::site_form_name), &a.attendees[i].name, "Nguyễn Văn A");
        field(("site.att." + n + ".position").c_str(), tr(K::site_form_position), &a.attendees[i].position,
              tr(K::site_form_position_hint));
        if (ImGui::Button((std::string(icons::kCross) + " " + tr(K::site_form_remove_person)).c_str()))
            remove = static_cast<int>(i);
        widgets::register_last_item(("site.att." + n + ".remove").c_str());
        ImGui::PopID();
    }
    if (remove >= 0) a.attendees.erase(a.attendees.begin() + remove);
    if (a.attendees.size() < kMaxAttendees && wide_button("site.att.add", std::string("+ ") + tr(K::site_form_add_person)))
        a.attendees.push_back(Attendee{});

    const int limit = V().request.headcount_limit;
    ImGui::TextWrapped("%s", limit > 0 ? fmt(K::site_form_headcount_limit, limit).c_str() : tr(K::site_form_headcount));
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputInt("##site.headcount", &a.headcount, 1, 5);
    widgets::register_last_item("site.headcount");
    if (ImGui::IsItemActive()) widgets::set_active_widget("site.headcount");
    a.headcount = std::clamp(a.headcount, 0, 1000000);
    if (limit > 0 && a.headcount > limit) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kBadge));
        ImGui::TextWrapped("%s", fmt(K::site_form_over_limit, a.headcount, limit).c_str());
        ImGui::PopStyleColor();
    }
}

void draw_form() {
    SiteViewState& v = V();
    SiteAnswer& a = v.answer;
    draw_attendees(a);

    section(tr(K::site_form_people));
    field("site.contact", tr(K::site_form_contact), &a.contact_name);
    field("site.contact_phone", tr(K::site_form_phone), &a.contact_phone, "0905 123 456");
    field("site.technician", tr(K::site_form_technician), &a.technician);
    field("site.technician_phone", tr(K::site_form_phone), &a.technician_phone, "0905 123 456");

    section(tr(K::site_form_readiness));
    ImGui::Checkbox(tr(K::site_form_equipment), &a.equipment_ready);
    widgets::register_last_item("site.equipment");
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::TextWrapped("%s", tr(K::site_form_test_result));
    static constexpr TestStatus kStatuses[] = {TestStatus::NotTested, TestStatus::Ok, TestStatus::NoPicture,
                                               TestStatus::NoSound, TestStatus::LostConnection};
    for (TestStatus s : kStatuses) {
        const bool on = a.test_status == s;
        const std::string id = "site.test." + std::to_string(static_cast<int>(s));
        if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(colors::kNavActive));
        const std::string label = std::string(on ? icons::kDot : icons::kCircle) + "  " + status_word(s);
        ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
        if (wide_button(id.c_str(), label)) a.test_status = s;
        ImGui::PopStyleVar();
        if (on) ImGui::PopStyleColor();
    }

    if (v.request.has_turn || !a.speaker.empty() || !a.talk_title.empty()) {
        section(tr(K::site_form_speech));
        field("site.speaker", tr(K::site_form_speaker), &a.speaker);
        field("site.talk_title", tr(K::site_form_talk_title), &a.talk_title);
    }
    section(tr(K::site_form_note));
    field("site.note", tr(K::site_form_note_label), &a.note, "", true);
}

//-----------------------------------------------------------------------------
// [SECTION] sending
//-----------------------------------------------------------------------------
std::string trim(const std::string& s) {
    const std::size_t a = s.find_first_not_of(" \t\r\n");
    return a == std::string::npos ? std::string() : s.substr(a, s.find_last_not_of(" \t\r\n") - a + 1);
}

std::size_t chars(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// Texts over the format's limits, by the form's own words (the central office
// would refuse the whole reply: better said here, where it can be fixed).
std::string over_limits(const SiteAnswer& a) {
    std::string out;
    auto check = [&](const std::string& text, std::size_t max, const std::string& what) {
        if (chars(text) <= max) return;
        out += "\n- " + fmt(K::site_form_too_long, what.c_str(), static_cast<int>(chars(text)), static_cast<int>(max));
    };
    for (std::size_t i = 0; i < a.attendees.size(); ++i) {
        const std::string who = fmt(K::site_form_person_n, static_cast<int>(i + 1));
        check(a.attendees[i].name, kMaxReplyText, who + " — " + tr(K::site_form_name));
        check(a.attendees[i].position, kMaxReplyText, who + " — " + tr(K::site_form_position));
    }
    check(a.contact_name, kMaxReplyText, tr(K::site_form_contact));
    check(a.contact_phone, kMaxReplyText, tr(K::site_form_contact_phone));
    check(a.technician, kMaxReplyText, tr(K::site_form_technician));
    check(a.technician_phone, kMaxReplyText, tr(K::site_form_technician_phone));
    check(a.speaker, kMaxReplyText, tr(K::site_form_speaker));
    check(a.talk_title, kMaxReplyText, tr(K::site_form_talk_title));
    check(a.note, kMaxReplyNote, tr(K::site_form_note_label));
    return out;
}

void send_reply(UiContext& ctx) {
    SiteViewState& v = V();
    // Rows left empty are not people; a headcount never below the names given.
    SiteAnswer a = v.answer;
    std::vector<Attendee> people;
    for (Attendee& p : a.attendees)
        if (!trim(p.name).empty() || !trim(p.position).empty()) people.push_back({trim(p.name), trim(p.position), {}});
    a.attendees = std::move(people);
    if (a.headcount < static_cast<int>(a.attendees.size())) a.headcount = static_cast<int>(a.attendees.size());
    v.problems = over_limits(a);
    if (!v.problems.empty()) {
        ctx.message(tr(K::site_form_cannot_send), std::string(tr(K::site_form_fix_these)) + v.problems);
        return;
    }
    v.answer = a;
    // Never the same second twice: a second send must replace the first at the central office.
    v.sent_at = std::max<std::int64_t>(static_cast<std::int64_t>(std::time(nullptr)), v.sent_at + 1);
    const SiteReply r{v.request.plan_uid, v.request.site_id, v.request.site_key, v.request.issued_at,
                      v.sent_at, v.request.site_name, v.answer};
    v.message = reply_message(r);
    keep_answer();
    platform::copy_to_clipboard(v.message);
    ctx.toast(tr(K::site_form_copied));
}

void draw_sent(UiContext& ctx) {
    SiteViewState& v = V();
    if (v.message.empty()) return;
    section(tr(K::site_form_message_title));
    muted(tr(K::site_form_message_how));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(IM_COL32(244, 246, 249, 255)));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10, 10));
    ImGui::BeginChild("##site.message", ImVec2(-FLT_MIN, 0), true,
                      ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PushFont(fonts().small);
    ImGui::TextWrapped("%s", v.message.c_str());
    ImGui::PopFont();
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    widgets::register_last_item("site.message");
    widgets::set_shown_text("site.message", v.message);
    if (wide_button("site.copy", tr(K::site_form_copy_again))) {
        platform::copy_to_clipboard(v.message);
        ctx.toast(tr(K::site_form_copied));
    }
    // The phone's own share sheet reaches Zalo, Messenger, mail; else mail and a file.
    if (platform::can_share() && wide_button("site.share", tr(K::site_form_share)))
        platform::share_text(fmt(K::site_form_mail_subject, v.request.site_name.c_str()), v.message);
    if (wide_button("site.mail", std::string(icons::kMail) + " " + tr(K::site_form_mail)))
        platform::open_url("mailto:?subject=" +
                           percent_encode(fmt(K::site_form_mail_subject, v.request.site_name.c_str())) +
                           "&body=" + percent_encode(v.message));
    if (wide_button("site.file", tr(K::site_form_file)))
        platform::save_file("tra-loi-" + slug_ascii(v.request.site_name, 40) + ".txt", "text/plain;charset=utf-8",
                            v.message);
}

//-----------------------------------------------------------------------------
// [SECTION] the view
//-----------------------------------------------------------------------------
void draw_error() {
    const SiteViewState& v = V();
    section(tr(K::site_form_bad_link_title));
    const char* why = v.error == TokenError::NewerVersion ? tr(K::site_form_bad_link_newer)
                                                          : tr(K::site_form_bad_link_body);
    ImGui::TextWrapped("%s", why);
    widgets::register_last_item("site.error");
    widgets::set_shown_text("site.error", why);
    ImGui::Dummy(ImVec2(0, 8));
    muted(tr(K::site_form_bad_link_hint));
}
}  // namespace

void site_view_open(const std::string& fragment) {
    SiteViewState& v = V();
    v.opened = true;
    const DecodedRequest d = decode_request(fragment);
    v.error = d.request ? TokenError::None : d.error == TokenError::None ? TokenError::Damaged : d.error;
    if (!d.request) return;
    v.request = *d.request;
    v.answer = v.request.current;
    restore_answer();
}

void draw_site_view(UiContext& ctx) {
    SiteViewState& v = V();
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    const float pad = vp->Size.x > kMaxWidth + 32 ? (vp->Size.x - kMaxWidth) * 0.5f : 14.0f;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, 14));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(12, 11));   // ≈ 44 CSS px high at 110 %: a finger's size
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8, 8));
    ImGui::Begin("##site", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    widgets::register_rect("main.site", vp->Pos.x, vp->Pos.y, vp->Size.x, vp->Size.y);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
    ImGui::TextUnformatted(tr(K::site_form_title));
    ImGui::PopStyleColor();
    if (v.error != TokenError::None) {
        draw_error();
    } else {
        draw_sheet();
        if (v.sent_at > 0)
            muted(fmt(K::site_form_sent_at, library_time_text(v.sent_at).c_str()));
        draw_form();
        ImGui::Dummy(ImVec2(0, 10));
        if (wide_button("site.send", tr(K::site_form_send), true)) send_reply(ctx);
        muted(tr(K::site_form_send_hint));
        draw_sent(ctx);
        keep_answer();   // what is typed is kept at once: a closed tab loses nothing
    }
    ImGui::Dummy(ImVec2(0, vp->Size.y * 0.4f));   // room to scroll a field above the phone's keyboard
    drag_to_scroll();
    ImGui::End();
    ImGui::PopStyleVar(3);
}

}  // namespace dc::ui
