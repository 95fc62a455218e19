// panel_replies.cpp — "Hỏi các điểm cầu": the central office sends each site
// its request (a link with the site's part of the plan, in one ready message),
// collects the replies pasted from chat, previews them per site, merges them
// as one undo step, and sees which sites have answered.  The formats and the
// merge rules are core/site_reply.h; this file only draws and words them.
//
// [SECTION] state and helpers
// [SECTION] send
// [SECTION] collect
// [SECTION] state table
#include "ui/replies/panel_replies.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cfloat>
#include <ctime>

#include "core/datetime.h"
#include "core/plan_file.h"   // to_string(TestStatus)
#include "core/site_reply.h"
#include "core/text.h"   // valid_utf8, nfc
#include "platform/platform.h"
#include "ui/shell/autosave.h"
#include "ui/shell/theme.h"
#include "ui/shell/widgets.h"

namespace dc::ui {

namespace {
//-----------------------------------------------------------------------------
// [SECTION] state and helpers
//-----------------------------------------------------------------------------
struct RepliesState {
    std::string address;         // loaded from the preferences on first use
    bool address_loaded = false;
    std::string deadline;        // "26/8/2021"
    int who = 0;                 // 0 all, 1 not answered, 2 selected site, 3+ group index + 3
    std::string pasted;
    std::string parsed;          // the text the preview below was made from
    std::uint64_t parsed_rev = 0;
    std::vector<FoundReply> found;
    std::vector<ReplyPreview> preview;
    int drawn_frame = -10;       // ImGui's frame count when the view was last drawn (a drop lands here only then)
    std::vector<std::string> files;   // reply files taken (their names, shown under the box)
    std::vector<std::string> refused; // why dropped .txt files were not taken (worded, newest last)
};
RepliesState& S() {
    static RepliesState s;
    return s;
}

constexpr const char* kAddressPref = "replies_address";

// Wall-clock seconds: std::time works the same natively and in the browser
// (Emscripten maps it to Date.now()).
std::int64_t now_seconds() { return static_cast<std::int64_t>(std::time(nullptr)); }

bool button(const char* id, const std::string& label, bool enabled = true, const char* tip = nullptr) {
    if (!enabled) ImGui::BeginDisabled();
    const bool pressed = ImGui::Button((label + "##" + id).c_str());
    if (!enabled) ImGui::EndDisabled();
    widgets::register_last_item(id);
    if (tip && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tip);
    return pressed && enabled;
}

void heading(const char* text) {
    ImGui::Dummy(ImVec2(0, 6));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kAccent));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    ImGui::Separator();
}

void muted_line(const std::string& text, const char* id) {
    ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kTextMuted));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    widgets::set_shown_text(id, text);
}

// A request link opens the planner's own page on the site's phone: an address
// on the web, never a file on this computer (the one-file app's file://).
bool web_address(const std::string& a) {
    const std::size_t start = a.find_first_not_of(' ');
    if (start == std::string::npos) return false;
    std::string head = a.substr(start, 8);
    for (char& c : head) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return head.rfind("https://", 0) == 0 || head.rfind("http://", 0) == 0;
}

// What the links start with: the address as typed, without spaces around it
// or a #fragment of its own (the request's "#dcq=" takes that place).
std::string link_base(const std::string& address) {
    const std::string a = address.substr(0, address.find('#'));
    const std::size_t b = a.find_first_not_of(" \t"), e = a.find_last_not_of(" \t");
    return b == std::string::npos ? std::string() : a.substr(b, e - b + 1);
}

// The address set in the preferences; else the page the planner was served
// from when that is on the web (static hosting puts it wherever the department
// likes, so it is its own best guess); else nothing, and the view says why.
std::string starting_address() {
    const auto& extra = prefs().extra;
    if (extra.is_object() && extra.contains(kAddressPref) && extra[kAddressPref].is_string()) {
        std::string own = extra[kAddressPref].get<std::string>();
        if (!link_base(own).empty()) return own;
    }
    const std::string page = platform::page_address();
    return web_address(page) ? page : std::string();
}

std::string sender(const Plan& p) {
    return p.header.issuing_body.empty() ? std::string("Văn phòng") : p.header.issuing_body;
}

// The sites the "Gửi cho" choice names (never the central one).
std::vector<std::size_t> chosen_sites(const UiContext& ctx, int who) {
    const Plan& p = ctx.editor->plan();
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < p.sites.size(); ++i) {
        const Site& s = p.sites[i];
        if (s.central && who != 2) continue;
        const bool pick = who == 0                   ? true
                          : who == 1                 ? s.replied_at == 0
                          : who == 2                 ? s.id == ctx.selection.site_id
                          : who - 3 < static_cast<int>(p.site_groups.size()) && s.group_id == p.site_groups[who - 3].id;
        if (pick) out.push_back(i);
    }
    return out;
}

const char* refusal_text(const ReplyPreview& p) {
    switch (p.verdict) {
    case ReplyVerdict::Take: return tr(K::replies_take);
    case ReplyVerdict::Damaged:
        return p.error == TokenError::NewerVersion ? tr(K::replies_refused_newer) : tr(K::replies_refused_damaged);
    case ReplyVerdict::OtherPlan: return tr(K::replies_refused_other_plan);
    case ReplyVerdict::UnknownSite: return tr(K::replies_refused_unknown_site);
    case ReplyVerdict::WrongKey: return tr(K::replies_refused_wrong_key);
    case ReplyVerdict::Older: return tr(K::replies_refused_older);
    case ReplyVerdict::Superseded: return tr(K::replies_refused_superseded);
    case ReplyVerdict::Duplicate: return tr(K::replies_refused_duplicate);
    }
    return "";
}

// A change in the preview in the user's words: the field's name as the sites
// panel says it, yes/no and test results as words, an emptied field as "—".
const char* field_name(const std::string& field) {
    struct Name { const char* field; K key; };
    static const Name kNames[] = {
        {"attendees", K::replies_field_attendees}, {"headcount", K::replies_field_headcount},
        {"contact_name", K::replies_field_contact}, {"contact_phone", K::replies_field_contact_phone},
        {"technician", K::replies_field_technician}, {"technician_phone", K::replies_field_technician_phone},
        {"equipment_ready", K::replies_field_equipment}, {"test_status", K::replies_field_test},
        {"speaker", K::replies_field_speaker}, {"talk_title", K::replies_field_talk_title},
        {"reply_note", K::replies_field_note}};
    for (const Name& n : kNames)
        if (field == n.field) return tr(n.key);
    return field.c_str();   // a field a newer core adds: its own name rather than nothing
}

std::string value_words(const std::string& field, const std::string& value) {
    if (field == "equipment_ready") return tr(value == "1" ? K::replies_value_ready : K::replies_value_not_ready);
    if (field == "test_status") {
        static const std::pair<TestStatus, K> kWords[] = {
            {TestStatus::NotTested, K::site_form_test_not_yet}, {TestStatus::Ok, K::site_form_test_ok},
            {TestStatus::NoPicture, K::site_form_test_no_picture}, {TestStatus::NoSound, K::site_form_test_no_sound},
            {TestStatus::LostConnection, K::site_form_test_lost}};
        for (const auto& [status, key] : kWords)
            if (value == to_string(status)) return tr(key);
    }
    return value.empty() ? std::string("—") : value;
}

std::string change_text(const AnswerChange& c) {
    return std::string(field_name(c.field)) + ": " + value_words(c.field, c.before) + " → " +
           value_words(c.field, c.after);
}

//-----------------------------------------------------------------------------
// [SECTION] send
//-----------------------------------------------------------------------------
// Gives the plan its identity and each chosen site its key (first time only),
// records the time sent: one undo step.  Then copies the message.
void send_requests(UiContext& ctx, const std::vector<std::size_t>& chosen) {
    RepliesState& st = S();
    if (chosen.empty()) {
        ctx.toast(tr(K::replies_none_to_send));
        return;
    }
    const std::int64_t now = now_seconds();
    Plan target = ctx.editor->plan();
    std::uint64_t seed = static_cast<std::uint64_t>(now) * 1000003u + static_cast<std::uint64_t>(platform::now_ms());
    if (target.uid.empty()) target.uid = make_key(++seed);
    for (std::size_t i : chosen) {
        Site& s = target.sites[i];
        if (s.reply_key.empty()) s.reply_key = make_key(++seed ^ std::hash<std::string>{}(s.id));
        s.request_sent_at = now;
    }
    const std::optional<Date> by = parse_date(st.deadline);
    std::string msg = fmt(K::replies_msg_intro, sender(target).c_str());
    msg += by ? fmt(K::replies_msg_deadline, format_date(*by).c_str()) : std::string(".");
    msg += "\n";
    for (std::size_t i : chosen) {
        const std::string token = encode_request(make_request(target, i, now, by.value_or(Date{})));
        msg += "\n" + target.sites[i].name + ":\n" + link_base(st.address) + "#dcq=" + token + "\n";
    }
    ctx.editor->apply_bulk(fmt(K::replies_undo_send, static_cast<int>(chosen.size())), std::move(target));
    platform::copy_to_clipboard(msg);
    ctx.toast(fmt(K::replies_toast_copied, static_cast<int>(chosen.size())));
}

void draw_send(UiContext& ctx) {
    RepliesState& st = S();
    const Plan& p = ctx.editor->plan();
    if (!st.address_loaded) {
        st.address_loaded = true;
        st.address = starting_address();
    }
    heading(tr(K::replies_send_title));
    ImGui::SetNextItemWidth(420);
    // Only what the user types is kept: an address left as found follows the
    // planner when the department moves it.
    if (ImGui::InputText((std::string(tr(K::replies_address)) + "##replies.address").c_str(), &st.address))
        change_prefs([&](Preferences& pr) { pr.extra[kAddressPref] = st.address; }, 800);
    widgets::register_last_item("replies.address");
    widgets::set_shown_text("replies.address", st.address);
    if (ImGui::IsItemActive()) widgets::set_active_widget("replies.address");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(K::replies_tip_address));
    const bool linkable = web_address(st.address);
    if (!linkable) {
        const bool from_file = platform::page_address().rfind("file:", 0) == 0;
        const char* why = tr(from_file ? K::replies_address_file : K::replies_address_needed);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kWarn));
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 640);
        ImGui::TextWrapped("%s", why);
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        widgets::register_last_item("replies.address.warning");
        widgets::set_shown_text("replies.address.warning", why);
    }
    ImGui::SetNextItemWidth(140);
    ImGui::InputTextWithHint((std::string(tr(K::replies_deadline)) + "##replies.deadline").c_str(), "26/8/2021",
                             &st.deadline);
    widgets::register_last_item("replies.deadline");
    if (ImGui::IsItemActive()) widgets::set_active_widget("replies.deadline");

    // "Gửi cho": all, not answered, the selected site, each group.
    std::vector<std::string> labels = {tr(K::replies_who_all), tr(K::replies_who_missing)};
    const int sel = [&] {
        for (std::size_t i = 0; i < p.sites.size(); ++i)
            if (p.sites[i].id == ctx.selection.site_id) return static_cast<int>(i);
        return -1;
    }();
    labels.push_back(sel >= 0 ? fmt(K::replies_who_selected, p.sites[sel].name.c_str()) : std::string("—"));
    for (const SiteGroup& g : p.site_groups) labels.push_back(fmt(K::replies_who_group, g.name.c_str()));
    if (st.who >= static_cast<int>(labels.size())) st.who = 0;
    ImGui::SetNextItemWidth(420);
    if (ImGui::BeginCombo((std::string(tr(K::replies_who)) + "##replies.who").c_str(), labels[st.who].c_str())) {
        for (int i = 0; i < static_cast<int>(labels.size()); ++i) {
            if (ImGui::Selectable(labels[i].c_str(), i == st.who) && !(i == 2 && sel < 0)) st.who = i;
            widgets::register_last_item(("replies.who." + std::to_string(i)).c_str());
        }
        ImGui::EndCombo();
    }
    widgets::register_last_item("replies.who");
    const std::vector<std::size_t> chosen = chosen_sites(ctx, st.who);
    // No link a phone could open: nothing is sent (and no sent time recorded).
    if (button("replies.make", tr(K::replies_make), linkable && !chosen.empty(),
               tr(linkable ? K::replies_tip_make : K::replies_tip_make_no_address)))
        send_requests(ctx, chosen);
}

//-----------------------------------------------------------------------------
// [SECTION] collect
//-----------------------------------------------------------------------------
void refresh_preview(const UiContext& ctx) {
    RepliesState& st = S();
    if (st.parsed == st.pasted && st.parsed_rev == ctx.editor->revision()) return;
    st.parsed = st.pasted;
    st.parsed_rev = ctx.editor->revision();
    st.found = find_replies(st.pasted);
    st.preview = preview_replies(ctx.editor->plan(), st.found);
}

void draw_preview_table(const UiContext& ctx) {
    RepliesState& st = S();
    const Plan& p = ctx.editor->plan();
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##replies.preview", 4, flags)) return;
    ImGui::TableSetupColumn(tr(K::replies_col_site), 0, 2.0f);
    ImGui::TableSetupColumn(tr(K::replies_col_answered), 0, 1.0f);
    ImGui::TableSetupColumn(tr(K::replies_col_result), 0, 2.0f);
    ImGui::TableSetupColumn(tr(K::replies_col_changes), 0, 4.0f);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < st.preview.size(); ++i) {
        const ReplyPreview& r = st.preview[i];
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const bool known = r.verdict != ReplyVerdict::Damaged && r.verdict != ReplyVerdict::OtherPlan &&
                           r.verdict != ReplyVerdict::UnknownSite && r.site < p.sites.size();
        ImGui::TextWrapped("%s", known ? p.sites[r.site].name.c_str() : r.site_name.empty() ? "—" : r.site_name.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.answered_at ? library_time_text(r.answered_at).c_str() : "");
        ImGui::TableNextColumn();
        const bool take = r.verdict == ReplyVerdict::Take;
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(take ? colors::kOk : colors::kBadge));
        ImGui::TextWrapped("%s", refusal_text(r));
        ImGui::PopStyleColor();
        const std::string rid = "replies.preview." + std::to_string(i);
        widgets::register_last_item(rid.c_str());
        widgets::set_shown_text(rid.c_str(), refusal_text(r));
        ImGui::TableNextColumn();
        std::string changes;
        for (const AnswerChange& c : r.changes) changes += change_text(c) + "\n";
        if (take && changes.empty()) changes = tr(K::replies_no_change);
        ImGui::TextWrapped("%s", changes.c_str());
        widgets::set_shown_text(("replies.changes." + std::to_string(i)).c_str(), changes);
    }
    ImGui::EndTable();
}

void draw_collect(UiContext& ctx) {
    RepliesState& st = S();
    heading(tr(K::replies_collect_title));
    ImGui::InputTextMultiline("##replies.paste", &st.pasted, ImVec2(-FLT_MIN, 110));
    widgets::register_last_item("replies.paste");
    if (ImGui::IsItemActive()) widgets::set_active_widget("replies.paste");
    if (st.pasted.empty()) {
        const ImVec2 at = ImGui::GetItemRectMin();
        ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + 8, at.y + 5), colors::kTextMuted, tr(K::replies_collect_hint));
    }
    std::string pasted;
    if (platform::take_paste(&pasted)) {
        if (!st.pasted.empty() && st.pasted.back() != '\n') st.pasted += '\n';
        st.pasted += pasted;
    }
    if (button("replies.paste.clipboard", tr(K::replies_paste))) platform::read_clipboard();
    ImGui::SameLine();
    if (button("replies.paste.clear", tr(K::replies_clear), !st.pasted.empty() || !st.refused.empty())) {
        st.pasted.clear();
        st.files.clear();
        st.refused.clear();
    }
    ImGui::SameLine();
    muted_line(st.files.empty() ? std::string(tr(K::replies_drop_hint))
                                : fmt(K::replies_files_taken, static_cast<int>(st.files.size()), st.files.back().c_str()),
               "replies.files");
    if (!st.refused.empty()) {
        std::string why;
        for (const std::string& r : st.refused) why += (why.empty() ? "" : "\n") + r;
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colors::kBadge));
        ImGui::TextWrapped("%s", why.c_str());
        ImGui::PopStyleColor();
        widgets::set_shown_text("replies.files.refused", why);
    }
    refresh_preview(ctx);
    if (st.pasted.empty()) return;
    if (st.found.empty()) {
        ImGui::TextWrapped("%s", tr(K::replies_none_found));
        return;
    }
    int take = 0;
    for (const ReplyPreview& r : st.preview) take += r.verdict == ReplyVerdict::Take;
    const std::string summary = fmt(K::replies_found, static_cast<int>(st.found.size()), take,
                                    static_cast<int>(st.found.size()) - take);
    ImGui::TextUnformatted(summary.c_str());
    widgets::set_shown_text("replies.summary", summary);
    // The button above the table: with many replies the table runs below the fold.
    if (button("replies.merge", fmt(K::replies_merge, take), take > 0)) {
        std::vector<Site> merged = merged_sites(ctx.editor->plan(), st.found, st.preview);
        ctx.editor->replace_sites(std::move(merged), fmt(K::replies_undo_merge, take));
        ctx.toast(fmt(K::replies_toast_merged, take));
        st.pasted.clear();
        st.files.clear();
        st.refused.clear();
        return;
    }
    draw_preview_table(ctx);
}

//-----------------------------------------------------------------------------
// [SECTION] state table
//-----------------------------------------------------------------------------
bool has_turn(const Plan& p, const std::string& site_id) {
    for (const Slot& s : p.agenda)
        for (const Turn& t : s.turns)
            if (t.site_id == site_id) return true;
    return false;
}

std::string missing_of(const Plan& p, const Site& s) {
    std::string out;
    auto add = [&](bool missing, K key) {
        if (!missing) return;
        if (!out.empty()) out += ", ";
        out += tr(key);
    };
    add(s.attendees.empty() && s.headcount == 0, K::replies_missing_attendees);
    add(s.contact_name.empty() || s.contact_phone.empty(), K::replies_missing_contact);
    add(s.technician.empty() || s.technician_phone.empty(), K::replies_missing_technician);
    add(!s.equipment_ready, K::replies_missing_equipment);
    add(s.test_status == TestStatus::NotTested, K::replies_missing_test);
    add(has_turn(p, s.id) && (s.speaker.empty() || s.talk_title.empty()), K::replies_missing_speaker);
    return out;
}

void remind(UiContext& ctx) {
    const Plan& p = ctx.editor->plan();
    std::string msg = fmt(K::replies_remind_text, sender(p).c_str());
    int n = 0;
    for (const Site& s : p.sites)
        if (s.request_sent_at != 0 && s.replied_at == 0) {
            msg += "\n- " + s.name;
            ++n;
        }
    if (n == 0) {
        ctx.toast(tr(K::replies_all_answered));
        return;
    }
    platform::copy_to_clipboard(msg + "\n");
    ctx.toast(fmt(K::replies_toast_reminder, n));
}

void draw_state(UiContext& ctx) {
    const Plan& p = ctx.editor->plan();
    heading(tr(K::replies_state_title));
    int sent = 0, answered = 0;
    for (const Site& s : p.sites) {
        sent += s.request_sent_at != 0;
        answered += s.request_sent_at != 0 && s.replied_at != 0;
    }
    const std::string summary = fmt(K::replies_state_summary, sent, answered, sent - answered);
    ImGui::TextUnformatted(summary.c_str());
    widgets::set_shown_text("replies.state.summary", summary);
    ImGui::SameLine();
    if (button("replies.remind", tr(K::replies_remind), sent > answered, tr(K::replies_tip_remind))) remind(ctx);
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##replies.state", 4, flags)) return;
    ImGui::TableSetupColumn(tr(K::replies_col_site), 0, 3.0f);
    ImGui::TableSetupColumn(tr(K::replies_col_sent), 0, 1.2f);
    ImGui::TableSetupColumn(tr(K::replies_col_answered), 0, 1.2f);
    ImGui::TableSetupColumn(tr(K::replies_col_missing), 0, 3.0f);
    ImGui::TableHeadersRow();
    for (const Site& s : p.sites) {
        if (s.central) continue;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", s.name.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(s.request_sent_at ? library_time_text(s.request_sent_at).c_str() : tr(K::replies_not_sent));
        ImGui::TableNextColumn();
        const std::string when = s.replied_at ? library_time_text(s.replied_at) : std::string(tr(K::replies_not_answered));
        ImGui::TextUnformatted(when.c_str());
        widgets::set_shown_text(("replies.state." + s.id).c_str(), when);
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", missing_of(p, s).c_str());
    }
    ImGui::EndTable();
}
}  // namespace

bool replies_take_file(const std::string& name, const std::string& bytes) {
    RepliesState& st = S();
    // Only while the view is on show (the frame being drawn or the one before:
    // a drop arrives between frames); elsewhere a dropped file is a plan.
    if (ImGui::GetFrameCount() - st.drawn_frame > 1) return false;
    // A plan file (JSON) or a readable copy (HTML) goes the usual way, whatever it holds.
    const std::size_t first = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (first != std::string::npos && (bytes[first] == '{' || bytes[first] == '<')) return false;
    // A reply file is text holding a reply code; a 2 MB limit keeps a wrong file out of the box.
    const bool small = bytes.size() <= (std::size_t(2) << 20);
    if (small && bytes.find("DCR1.") != std::string::npos && valid_utf8(bytes)) {
        if (!st.pasted.empty() && st.pasted.back() != '\n') st.pasted += '\n';
        st.pasted += nfc(bytes);
        st.files.push_back(name);
        platform::request_redraw(2);
        return true;
    }
    // Any other .txt dropped here was meant as a reply: said here, by its name,
    // rather than by the plan opener ("not a plan file").  Other kinds (.docx, …) go the usual way.
    std::string ext = name.size() >= 4 ? name.substr(name.size() - 4) : std::string();
    for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (ext != ".txt") return false;
    const std::string shown = valid_utf8(name) ? name : std::string("?");
    st.refused.push_back(fmt(small ? K::replies_file_no_reply : K::replies_file_too_large, shown.c_str()));
    if (st.refused.size() > 5) st.refused.erase(st.refused.begin());   // the latest few: a line each
    platform::request_redraw(2);
    return true;
}

void draw_replies_view(UiContext& ctx) {
    S().drawn_frame = ImGui::GetFrameCount();
    ImGui::BeginChild("##replies.view", ImVec2(0, 0), false);
    draw_send(ctx);
    draw_collect(ctx);
    draw_state(ctx);
    ImGui::EndChild();
}

}  // namespace dc::ui
