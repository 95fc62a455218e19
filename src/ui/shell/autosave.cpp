// autosave.cpp — see autosave.h.
//
// [SECTION] state
// [SECTION] init, file events
// [SECTION] tick — when to write
// [SECTION] switching plans
// [SECTION] status text and banner
// [SECTION] preferences and zoom
#include "ui/shell/autosave.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iterator>
#include <utility>

#include "core/plan_fields.h"
#include "core/plan_file.h"
#include "core/templates.h"
#include "core/text.h"
#include "platform/kv_store.h"
#include "platform/offline.h"
#include "platform/platform.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui {

namespace {
//-----------------------------------------------------------------------------
// [SECTION] state
//-----------------------------------------------------------------------------
// Edits that bypass the Editor's revision counter would never be seen by the
// revision-driven timer, so the plan's text is also compared every
// kProbeMs while frames are drawn (Library::save() writes only on a change).
// Every edit goes through the Editor, so the probe is only a safety net: rare, because it
// serialises and checksums the whole plan (bench/ found 250 ms too costly for large plans).
constexpr double kProbeMs = 2000;
// The save-to-file reminder: shown once the plan has had unsaved-to-file
// changes for this long in this session (or at once when they come from an
// earlier session); "Để sau" hides it for kSnoozeMs.
constexpr double kRemindAfterMs = 10 * 60 * 1000.0;
constexpr double kSnoozeMs = 30 * 60 * 1000.0;
// How long after a plan is opened the program counts as "opening it" (Library::begin_opening):
// long enough to read it and draw it a few times, short enough that a reload soon after rarely
// finds the marker (leaving the page normally clears it anyway).
constexpr double kOpeningMs = 1500;

struct State {
    std::unique_ptr<Library> lib;
    Autosaver timer;
    bool started = false;
    double last_probe_ms = 0;
    double retry_at_ms = 0;              // after a failure: next attempt
    std::int64_t saved_at = 0;           // Unix seconds of the last good write this session
    StoreStatus shown_status = StoreStatus::Ok;   // what the user was last told
    double unsaved_since_ms = -1;        // when the plan became unsaved-to-file this session
    bool unsaved_at_start = false;       // it already was when the app opened
    double snooze_until_ms = 0;
    UiContext* ctx = nullptr;            // for the page-hide flush
    Preferences prefs;                   // every remembered setting ("dc.prefs"; see prefs())
    bool prefs_loaded = false;           // read from the store (on first use)
    int test_crash = 0;                  // autosave_test_crash: stop on the next tick (tests)
    double prefs_due_ms = 0;             // > 0: write the preferences at this time
    double opening_until_ms = 0;         // > 0: a plan is being opened (Library::begin_opening) until then
    bool edits_unstored = false;         // an edit's write failed (or never reached the disk) and none has succeeded since
};
State& S() {
    static State s;
    return s;
}

const PlanEntry* current_entry() {
    State& s = S();
    return s.lib ? s.lib->find(s.lib->current()) : nullptr;
}

std::int64_t unix_now() { return static_cast<std::int64_t>(std::time(nullptr)); }

// Work that exists only in the browser from an earlier session: remind at once.
// A template or blank plan nobody has edited yet is not work to lose.
bool unsaved_work(const PlanEntry* e) {
    if (!e || !e->unsaved_to_file()) return false;
    const bool fresh = e->origin.rfind("template:", 0) == 0 || e->origin == "blank";
    return !fresh || e->changed_at > e->created_at;
}

// The planner is open in another tab, which holds the storage (web/store.js).
bool other_tab() { return platform::kv_store_backend() == "other-tab"; }

const char* status_words(StoreStatus st) {
    if (other_tab()) return tr(K::offline_store_other_tab);   // its writes are refused whatever they meet
    return st == StoreStatus::Full ? tr(K::offline_store_full) : tr(K::offline_store_unavailable);
}

// Writes the open plan if it changed; updates the status the user sees.
bool write_now(UiContext& ctx) {
    State& s = S();
    if (!s.lib || s.lib->current().empty()) return false;
    const bool edited = s.timer.pending() || s.edits_unstored;
    const bool ok = s.lib->save(s.lib->current(), ctx.editor->plan());
    const double now = platform::now_ms();
    // A large plan's write spaces the next ones: ~10 ms per MB of plan text
    // (serialise, checksum, copy to the store; bench/: 15–30 ms for 3 MB).
    const double cost_ms = static_cast<double>(s.lib->last_save_bytes()) / 100000.0;
    s.timer.written(ctx.editor->revision(), ok, now, cost_ms);
    s.edits_unstored = !ok && edited;
    if (ok) {
        if (const PlanEntry* e = current_entry(); e && e->seq != 0) s.saved_at = std::max(s.saved_at, e->changed_at);
        s.retry_at_ms = 0;
    } else {
        s.retry_at_ms = now + Autosaver::kRetryMs;
    }
    return ok;
}
}  // namespace

Library& plan_library() {
    State& s = S();
    if (!s.lib) s.lib = std::make_unique<Library>(platform::kv_store());
    return *s.lib;
}

//-----------------------------------------------------------------------------
// [SECTION] init, file events
//-----------------------------------------------------------------------------
void autosave_init(UiContext& ctx) {
    State& s = S();
    Library& lib = plan_library();
    // Preferences first: the first frame already has the user's language and zoom.
    set_language(prefs().language == "en" ? Lang::En : Lang::Vi);
    s.prefs.zoom_percent = std::clamp(s.prefs.zoom_percent, kZoomMin, kZoomMax);
    const LibraryOpenReport rep = lib.open();
    s.ctx = &ctx;

    // The plan the user left, or the most recently changed one — never one marked
    // damaged: start-up must not depend on a plan that could not be read, or that
    // the program stopped on last time (it stays in the list, to retry, rescue or delete).
    bool loaded = false;
    const auto usable = [&](const std::string& pid) {
        const PlanEntry* e = lib.find(pid);
        return e && !e->deleted() && e->damaged.empty();
    };
    std::vector<std::string> candidates;
    if (usable(lib.current())) candidates.push_back(lib.current());
    for (const PlanEntry* e : lib.plans())
        if (e->id != lib.current() && usable(e->id)) candidates.push_back(e->id);
    std::string failed_title, failed_error;   // the first plan that could not be read
    for (const std::string& id : candidates) {
        lib.begin_opening(id);
        std::string error, error_vi;
        if (std::optional<Plan> p = lib.load(id, &error, &error_vi)) {
            ctx.editor->load(std::move(*p));
            lib.set_current(id);
            s.opening_until_ms = platform::now_ms() + kOpeningMs;
            loaded = true;
            break;
        }
        lib.end_opening();
        if (failed_error.empty()) {
            const PlanEntry* e = lib.find(id);
            failed_title = e ? e->title : id;
            failed_error = language() == Lang::En ? error : error_vi;
            if (failed_error.empty()) failed_error = "?";
        }
    }
    if (!loaded) {
        // First run (or nothing readable): the plan the shell opened becomes the first entry.
        lib.set_current(lib.add(ctx.editor->plan(), std::string("template:") + kDefaultTemplate));
    }
    if (const PlanEntry* e = current_entry()) {
        s.saved_at = lib.status() == StoreStatus::Ok ? e->changed_at : 0;
        s.unsaved_at_start = unsaved_work(e);
    }
    // Another tab holds the storage: say so at once, not only after the first edit fails.
    if (other_tab()) lib.note_store_failure(StoreStatus::Unavailable);
    s.timer.reset(ctx.editor->revision());
    s.started = true;
    s.shown_status = lib.status();

    if (rep.plans_lost > 0 || rep.index_rebuilt) {
        ctx.message(tr(K::offline_store_recovered_title),
                    rep.plans_lost > 0 ? fmt(K::offline_store_plans_lost, rep.plans_lost) : std::string(tr(K::offline_store_index_rebuilt)));
    }
    if (const PlanEntry* e = lib.find(rep.stopped_opening)) {
        ctx.message(tr(K::offline_damaged_title),
                    fmt(K::offline_damaged_stopped, clip_text(e->title.empty() ? std::string(tr(K::plan_untitled)) : e->title).c_str()));
    } else if (!failed_error.empty()) {
        ctx.message(tr(K::offline_damaged_title),
                    fmt(K::offline_damaged_unreadable,
                        clip_text(failed_title.empty() ? std::string(tr(K::plan_untitled)) : failed_title).c_str(),
                        clip_text(failed_error, 200).c_str()));
    }
    platform::set_flush_handler([] {
        State& st = S();
        if (st.ctx) write_now(*st.ctx);
        // Leaving the page normally (a reload, closing the tab) is not stopping while opening.
        if (st.opening_until_ms > 0 && st.lib) {
            st.lib->end_opening();
            st.opening_until_ms = 0;
        }
    });
}

void autosave_file_opened(UiContext& ctx, const std::string& file_name, bool from_file, const std::string& origin) {
    State& s = S();
    Library& lib = plan_library();
    // The plan that was open is already in the library (written up to its last
    // edit by the tick; written once more here in case the last edit is newer).
    const std::string id = from_file ? lib.add_from_file(ctx.editor->plan(), file_name)
                                     : lib.add(ctx.editor->plan(), origin);
    lib.set_current(id);
    s.timer.reset(ctx.editor->revision());
    s.unsaved_since_ms = -1;
    s.unsaved_at_start = !from_file && unsaved_work(current_entry());
    if (lib.status() == StoreStatus::Ok) s.saved_at = unix_now();
}

void autosave_file_saved(UiContext& ctx, const std::string& file_name, const std::string& text) {
    State& s = S();
    Library& lib = plan_library();
    if (lib.current().empty()) return;
    write_now(ctx);   // the stored copy and the file agree from here
    lib.mark_saved_to_file(lib.current(), file_name, text);
    s.unsaved_since_ms = -1;
    s.unsaved_at_start = false;
}

//-----------------------------------------------------------------------------
// [SECTION] tick
//-----------------------------------------------------------------------------
void autosave_tick(UiContext& ctx) {
    State& s = S();
    if (!s.started) return;
    s.ctx = &ctx;
    Library& lib = *s.lib;
    const double now = platform::now_ms();

    // A write the browser had accepted did not reach the disk.
    const std::string failure = platform::kv_store_take_failure();
    if (!failure.empty()) {
        lib.note_store_failure(failure == "quota" ? StoreStatus::Full : StoreStatus::Unavailable);
        s.timer.written(ctx.editor->revision(), false, now);
        s.edits_unstored = true;
        s.retry_at_ms = now + Autosaver::kRetryMs;
    }

    // The plan opened a moment ago has been read and drawn: the program did not stop on it.
    if (s.opening_until_ms > 0 && now >= s.opening_until_ms) {
        lib.end_opening();
        s.opening_until_ms = 0;
    }

    // Tests (dcTest.crash, docs/test-hooks.md): the program stops as after a bug.
    if (const int crash = std::exchange(s.test_crash, 0)) {
        if (crash == 2) __builtin_trap();   // "RuntimeError: unreachable", as a wasm fault
        std::abort();                       // "Aborted()", as a failed check
    }

    // Another tab holds the storage: every write would be refused, so none is
    // tried; the edits wait in memory until this tab takes over (autosave_took_over_storage).
    const bool writable = !other_tab();
    const bool due = s.timer.due(ctx.editor->revision(), now) && writable;
    const bool retry = s.retry_at_ms > 0 && now >= s.retry_at_ms && writable;
    // The probe serialises the whole plan: a large plan's probes are spaced by
    // a thousand times their cost (4 MB: ~40 ms, so every 40 s), so the safety
    // net never becomes a stutter every two seconds.
    const double probe_gap = std::max(kProbeMs, 1000.0 * static_cast<double>(lib.last_save_bytes()) / 100000.0);
    const bool probe = s.retry_at_ms == 0 && now - s.last_probe_ms >= probe_gap && writable;
    if (due || retry || probe) {
        s.last_probe_ms = now;
        write_now(ctx);
    }

    // Tell the user once when storage starts or stops failing.
    if (lib.status() != s.shown_status) {
        if (lib.status() == StoreStatus::Ok) ctx.toast(tr(K::offline_toast_store_ok_again));
        else ctx.toast(fmt(K::save_browser_failed, status_words(lib.status())));
        s.shown_status = lib.status();
        platform::request_redraw(2);
    }

    const PlanEntry* e = current_entry();
    const bool unsaved = e && e->unsaved_to_file();
    if (!unsaved) s.unsaved_since_ms = -1;
    else if (s.unsaved_since_ms < 0) s.unsaved_since_ms = now;

    // Preferences: the language switched (top bar), or a size/zoom changed a moment ago.
    if (s.prefs.language != language_code(language())) {
        s.prefs.language = language_code(language());
        s.prefs_due_ms = now;
    }
    if (s.prefs_due_ms > 0 && now >= s.prefs_due_ms) {
        s.prefs.save(platform::kv_store());   // not precious: a failure is not reported
        s.prefs_due_ms = 0;
    }
    // Zoom keys: Ctrl+= / Ctrl++ larger, Ctrl+- smaller, Ctrl+0 back to 100 %.
    // io.KeysDown is indexed by SDL scancode here (imgui_impl_sdl / input_queue).
    const ImGuiIO& io = ImGui::GetIO();
    if ((platform::is_mac() ? io.KeySuper : io.KeyCtrl) && !io.KeyAlt) {
        constexpr int kMinus = 45, kEquals = 46, k0 = 39, kKpMinus = 86, kKpPlus = 87;   // SDL_SCANCODE_*
        if (ImGui::IsKeyPressed(kEquals, false) || ImGui::IsKeyPressed(kKpPlus, false)) set_zoom_percent(zoom_percent() + 10);
        else if (ImGui::IsKeyPressed(kMinus, false) || ImGui::IsKeyPressed(kKpMinus, false)) set_zoom_percent(zoom_percent() - 10);
        else if (ImGui::IsKeyPressed(k0, false) && !io.WantTextInput) set_zoom_percent(100);
    }
    // New plan: Ctrl+Alt+N opens "Kế hoạch của tôi", where a blank plan or a template is chosen
    // (Ctrl+N itself belongs to the browser: a new window).
    if ((platform::is_mac() ? io.KeySuper : io.KeyCtrl) && io.KeyAlt && !io.KeyShift &&
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_A) + ('N' - 'A'), false)) {
        ctx.go_to(Section::Library);
    }
}

double autosave_wake_at_ms() {
    const State& s = S();
    double t = s.retry_at_ms;
    if (s.prefs_due_ms > 0) t = t > 0 ? std::min(t, s.prefs_due_ms) : s.prefs_due_ms;
    if (s.opening_until_ms > 0) t = t > 0 ? std::min(t, s.opening_until_ms) : s.opening_until_ms;
    if (other_tab()) return s.prefs_due_ms;          // nothing is written until this tab holds the storage
    if (s.timer.pending() && s.retry_at_ms == 0) {   // after a failure only the retry wakes us (no busy loop)
        const double due = s.timer.due_at_ms();       // a frame exactly when the Autosaver will write
        if (due > 0) t = t > 0 ? std::min(t, due) : due;
    }
    return t;
}

void autosave_flush(UiContext& ctx) { write_now(ctx); }

std::string autosave_plan_text() {
    const State& s = S();
    return s.ctx ? write_plan(s.ctx->editor->plan()) : std::string();
}

bool autosave_unsaved_edits() {
    const State& s = S();
    return s.started && (s.timer.pending() || s.edits_unstored);
}

void autosave_store_wrote() {
    State& s = S();
    if (!s.started || s.retry_at_ms == 0) return;
    s.retry_at_ms = platform::now_ms();   // storage takes writes again: the plan now, not at the next retry
    platform::request_redraw(2);
}

void autosave_took_over_storage() {
    State& s = S();
    if (!s.started || !s.ctx) return;
    UiContext& ctx = *s.ctx;
    const std::string id = s.lib->current();
    const PlanEntry* mine = s.lib->find(id);
    const std::uint64_t seq_read = mine ? mine->seq : 0;   // the stored copy this tab started from
    const bool edited = s.timer.pending() || s.edits_unstored;
    // The other tab may have written since this one read the storage: read it again.
    auto lib = std::make_unique<Library>(platform::kv_store());
    lib->open();
    const PlanEntry* now_stored = lib->find(id);
    const bool same = now_stored && !now_stored->deleted() && now_stored->seq == seq_read;
    std::string toast = tr(K::offline_toast_took_over);
    if (edited && same) {
        lib->set_current(id);                       // nobody changed it meanwhile: this tab's edits go on top
    } else if (edited) {
        // Changed (or deleted) in the other tab too: keep both, this tab's as a plan of its own.
        const std::string copy = lib->add(ctx.editor->plan(), "copy:" + id);
        lib->set_current(copy);
        const std::string& title = ctx.editor->plan().header.title;
        toast = fmt(K::offline_toast_took_over_copy, title.empty() ? "…" : title.c_str());
    } else if (now_stored && !now_stored->deleted()) {
        // Nothing edited here: show what the other tab left.
        if (std::optional<Plan> p = lib->load(id)) {
            if (!same) { ctx.editor->load(std::move(*p)); ctx.selection = Selection{}; }
        }
        lib->set_current(id);
    } else {
        lib->set_current(lib->add(ctx.editor->plan(), "copy:" + id));
    }
    s.lib = std::move(lib);
    if (const PlanEntry* e = current_entry()) s.unsaved_at_start = unsaved_work(e);
    s.timer.reset(ctx.editor->revision());
    s.edits_unstored = edited;                  // written just below; still true if that fails
    s.retry_at_ms = 0;
    write_now(ctx);
    s.shown_status = s.lib->status();
    if (s.lib->status() == StoreStatus::Ok) ctx.toast(toast);
    platform::request_redraw(2);
}

//-----------------------------------------------------------------------------
// [SECTION] switching plans
//-----------------------------------------------------------------------------
bool library_open(UiContext& ctx, const std::string& id) {
    State& s = S();
    Library& lib = plan_library();
    if (id == lib.current()) return true;
    write_now(ctx);
    std::string error, error_vi;
    lib.begin_opening(id);
    std::optional<Plan> p = lib.load(id, &error, &error_vi);
    if (!p) {
        lib.end_opening();
        ctx.message(tr(K::offline_lib_open_failed), clip_text(language() == Lang::En ? error : error_vi, 300) + "\n\n" + tr(K::offline_damaged_rescue));
        return false;
    }
    s.opening_until_ms = platform::now_ms() + kOpeningMs;
    ctx.editor->load(std::move(*p));
    lib.set_current(id);
    s.timer.reset(ctx.editor->revision());
    s.unsaved_since_ms = -1;
    const PlanEntry* e = current_entry();
    s.unsaved_at_start = unsaved_work(e);
    ctx.selection = Selection{};
    return true;
}

void library_new(UiContext& ctx, const std::string& template_id) {
    Plan p = template_id == kBlankTemplate ? blank_plan() : load_template(template_id);
    library_new_plan(ctx, std::move(p), template_id == kBlankTemplate ? std::string("blank") : "template:" + template_id);
}

void library_new_plan(UiContext& ctx, Plan p, const std::string& origin) {
    State& s = S();
    Library& lib = plan_library();
    write_now(ctx);
    const std::string id = lib.add(p, origin);
    ctx.editor->load(std::move(p));
    lib.set_current(id);
    s.timer.reset(ctx.editor->revision());
    s.unsaved_since_ms = -1;
    s.unsaved_at_start = false;
    ctx.selection = Selection{};
}

bool showing_untouched_example(const UiContext& ctx) {
    // Compared once per revision: a plan opened or edited gets a new one.
    static std::uint64_t rev = ~0ull;
    static bool result = false;
    if (!ctx.editor || ctx.editor->revision() == rev) return result;
    rev = ctx.editor->revision();
    const PlanEntry* e = current_entry();
    if (e && e->origin != std::string("template:") + kDefaultTemplate) return result = false;
    static const Plan example = load_template(kDefaultTemplate);
    return result = same(ctx.editor->plan(), example);
}

std::string library_time_text(std::int64_t t) {
    if (t <= 0) return {};
    const std::time_t tt = static_cast<std::time_t>(t), nn = std::time(nullptr);
    std::tm a{}, b{};
    if (std::tm* p = std::localtime(&tt)) a = *p;
    if (std::tm* p = std::localtime(&nn)) b = *p;
    char hm[8];
    std::snprintf(hm, sizeof hm, "%02d:%02d", a.tm_hour, a.tm_min);
    if (a.tm_year == b.tm_year && a.tm_yday == b.tm_yday) return fmt(K::offline_time_today, hm);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%d/%d/%d %s", a.tm_mday, a.tm_mon + 1, a.tm_year + 1900, hm);
    return buf;
}

//-----------------------------------------------------------------------------
// [SECTION] status text and banner
//-----------------------------------------------------------------------------
std::string autosave_status_text() {
    const State& s = S();
    if (!s.lib) return tr(K::save_browser_never);
    std::string browser;
    if (s.lib->status() != StoreStatus::Ok) browser = fmt(K::save_browser_failed, status_words(s.lib->status()));
    else if (s.saved_at > 0) browser = fmt(K::save_browser_at, library_time_text(s.saved_at).c_str());
    else browser = tr(K::save_browser_never);
    const PlanEntry* e = current_entry();
    std::string file;
    if (!e || e->saved_to_file_at == 0) file = tr(K::save_file_never);
    else if (e->unsaved_to_file()) file = fmt(K::offline_save_file_changed, library_time_text(e->saved_to_file_at).c_str());
    else file = fmt(K::save_file_at, library_time_text(e->saved_to_file_at).c_str());
    return browser + "  \xC2\xB7  " + file;
}

namespace {
// One coloured line with an optional button on the right; returns true when the button was pressed.
bool banner_line(const char* test_id, ImU32 bg, const std::string& text, const char* button, const char* button_id,
                 const char* second = nullptr, const char* second_id = nullptr, bool* second_pressed = nullptr) {
    const float avail = ImGui::GetContentRegionAvail().x;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImGuiStyle& st = ImGui::GetStyle();
    auto bsize = [&](const char* l) {
        const ImVec2 t = ImGui::CalcTextSize(l, nullptr, true);
        return ImVec2(t.x + st.FramePadding.x * 2 + 6, t.y + st.FramePadding.y * 2 + 4);
    };
    const ImVec2 b1 = button ? bsize(button) : ImVec2(0, 0);
    const ImVec2 b2 = second ? bsize(second) : ImVec2(0, 0);
    const float buttons = (button ? b1.x + 8 : 0) + (second ? b2.x + 8 : 0);
    const float text_w = avail - buttons - 28;
    const ImVec2 ts = ImGui::CalcTextSize(text.c_str(), nullptr, false, text_w);
    const float h = std::max(ts.y, b1.y) + 16;
    dl->AddRectFilled(p, ImVec2(p.x + avail, p.y + h), bg, 6.0f);
    ImGui::SetCursorScreenPos(ImVec2(p.x + 12, p.y + (h - ts.y) * 0.5f));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + text_w);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    widgets::register_rect(test_id, p.x, p.y, avail, h);
    bool pressed = false;
    float x = p.x + avail - 10;
    if (second) {
        x -= b2.x;
        ImGui::SetCursorScreenPos(ImVec2(x, p.y + (h - b2.y) * 0.5f));
        const bool pr = ImGui::Button((std::string(second) + "##" + second_id).c_str(), b2);
        widgets::register_last_item(second_id);
        if (second_pressed) *second_pressed = pr;
        x -= 8;
    }
    if (button) {
        x -= b1.x;
        ImGui::SetCursorScreenPos(ImVec2(x, p.y + (h - b1.y) * 0.5f));
        pressed = ImGui::Button((std::string(button) + "##" + button_id).c_str(), b1);
        widgets::register_last_item(button_id);
    }
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + h + 10));
    return pressed;
}
}  // namespace

bool draw_autosave_banner(UiContext& ctx) {
    State& s = S();
    if (!s.lib) return false;
    const double now = platform::now_ms();
    constexpr ImU32 kInfo = IM_COL32(232, 241, 252, 255);
    constexpr ImU32 kWarnBg = IM_COL32(253, 240, 214, 255);

    if (platform::update_ready()) {
        if (banner_line("banner.update", kInfo, tr(K::offline_update_ready), tr(K::offline_btn_reload), "banner.update.reload")) {
            write_now(ctx);
            platform::reload_page();
        }
    }

    // Storage refused: the plan is only in this page's memory.
    if (s.lib->status() != StoreStatus::Ok) {
        const bool elsewhere = other_tab(), full = !elsewhere && s.lib->status() == StoreStatus::Full;
        const std::string text = full ? tr(K::offline_store_full_banner)
                                      : tr(elsewhere ? K::offline_store_other_tab_banner : K::offline_store_unavailable_banner);
        if (banner_line(full ? "banner.store-full" : elsewhere ? "banner.store-other-tab" : "banner.store-unavailable",
                        kWarnBg, text, tr(K::offline_btn_save_file_now), "banner.store.save")) {
            return true;
        }
        return false;   // the reminder below would say the same thing again
    }

    // Save-to-file reminder.
    const PlanEntry* e = current_entry();
    if (!e || !e->unsaved_to_file() || now < s.snooze_until_ms) return false;
    const bool long_enough = s.unsaved_at_start || (s.unsaved_since_ms >= 0 && now - s.unsaved_since_ms >= kRemindAfterMs);
    if (!long_enough) return false;
    const std::string text = e->saved_to_file_at == 0
        ? std::string(tr(K::offline_remind_never_saved))
        : fmt(K::offline_remind_unsaved, library_time_text(e->saved_to_file_at).c_str());
    bool later = false;
    const bool save = banner_line("banner.remind", kWarnBg, text, tr(K::offline_btn_save_file_now), "banner.remind.save",
                                  tr(K::offline_btn_later), "banner.remind.later", &later);
    if (later) s.snooze_until_ms = now + kSnoozeMs;
    return save;
}

//-----------------------------------------------------------------------------
// [SECTION] preferences and zoom
//-----------------------------------------------------------------------------
namespace {
// Zoom steps offered by the buttons and keys (like a word processor's).
constexpr int kZoomSteps[] = {90, 100, 110, 125, 150};

void prefs_changed(double delay_ms) {
    State& s = S();
    const double due = platform::now_ms() + delay_ms;
    if (s.prefs_due_ms == 0 || due < s.prefs_due_ms) s.prefs_due_ms = due;
    platform::request_redraw(2);
}

// Settings an older version kept in localStorage keys of their own, carried
// into dc.prefs once: the platform removes each key as it hands it over.
// The language only when there was no dc.prefs yet (it has been kept there too).
bool carry_legacy_settings(Preferences& p, bool no_prefs_yet) {
    bool carried = false;
    std::string v;
    if (platform::take_legacy_setting("diemcau.pref.language", &v) && no_prefs_yet) {
        p.language = v == "en" ? "en" : "vi";
        carried = true;
    }
    if (platform::take_legacy_setting("diemcau.pref.my-unit", &v)) { p.my_unit = v; carried = true; }
    if (platform::take_legacy_setting("diemcau.pref.today", &v)) { p.today = v; carried = true; }
    if (platform::take_legacy_setting("diemcau.pref.first-run-seen", &v)) { p.first_run_seen = true; carried = true; }
    return carried;
}
}  // namespace

const Preferences& prefs() {
    State& s = S();
    if (!s.prefs_loaded) {
        s.prefs_loaded = true;
        const bool stored = platform::kv_store().get(Preferences::kKey).has_value();
        if (stored) s.prefs = Preferences::load(platform::kv_store());
        if (carry_legacy_settings(s.prefs, !stored)) prefs_changed(0);
    }
    return s.prefs;
}

void change_prefs(const std::function<void(Preferences&)>& change, double delay_ms) {
    prefs();   // loaded first, so the change is not overwritten by the stored copy
    change(S().prefs);
    prefs_changed(delay_ms);
}

int zoom_percent() { return prefs().zoom_percent; }
float ui_zoom() { return static_cast<float>(prefs().zoom_percent) / 100.0f; }

void set_zoom_percent(int percent) {
    prefs();   // loaded first
    State& s = S();
    // Snap a ±10 step onto the list of steps, in the direction asked for.
    int p = std::clamp(percent, kZoomMin, kZoomMax);
    const int cur = s.prefs.zoom_percent;
    const bool is_step = std::find(std::begin(kZoomSteps), std::end(kZoomSteps), p) != std::end(kZoomSteps);
    if (!is_step && p > cur) { for (int z : kZoomSteps) if (z > cur) { p = z; break; } }
    else if (!is_step && p < cur) { for (int z : kZoomSteps) if (z < cur) p = z; }
    if (p == cur) return;
    s.prefs.zoom_percent = p;
    prefs_changed(0);
}

void apply_zoom(ImGuiIO& io) {
    const float z = ui_zoom();
    if (z == 1.0f) return;
    io.DisplaySize.x /= z;
    io.DisplaySize.y /= z;
    io.DisplayFramebufferScale.x *= z;
    io.DisplayFramebufferScale.y *= z;
    if (io.MousePos.x > -FLT_MAX / 2 && io.MousePos.y > -FLT_MAX / 2) {
        io.MousePos.x /= z;
        io.MousePos.y /= z;
    }
}

float draw_zoom_control(float right_x, float y, float height) {
    const int z = zoom_percent();
    char pct[16];
    std::snprintf(pct, sizeof pct, "%d %%", z);
    const ImGuiStyle& st = ImGui::GetStyle();
    const float bw = height + 4.0f, tw = ImGui::CalcTextSize("150 %").x + 10.0f;
    const float w = bw * 2 + tw;
    const float x = right_x - w;
    const std::string tip = fmt(K::offline_zoom_tip, z, (std::string(platform::is_mac() ? "Cmd" : "Ctrl") + "+=").c_str(),
                                (std::string(platform::is_mac() ? "Cmd" : "Ctrl") + "+-").c_str());
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(st.FramePadding.x, 0));
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    if (z <= kZoomMin) ImGui::BeginDisabled();
    if (ImGui::Button("\xE2\x80\x93##zoom.out", ImVec2(bw, height))) set_zoom_percent(z - 10);   // – (in the font subset)
    if (z <= kZoomMin) ImGui::EndDisabled();
    widgets::register_last_item("status.zoom.out");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s: %s", tr(K::offline_zoom_out), tip.c_str());
    const float text_w = ImGui::CalcTextSize(pct).x;
    ImGui::GetWindowDrawList()->AddText(ImVec2(x + bw + (tw - text_w) * 0.5f, y + (height - ImGui::GetFontSize()) * 0.5f),
                                        ImGui::GetColorU32(ImGuiCol_Text), pct);
    widgets::register_rect("status.zoom", x + bw, y, tw, height);
    ImGui::SetCursorScreenPos(ImVec2(x + bw + tw, y));
    if (z >= kZoomMax) ImGui::BeginDisabled();
    if (ImGui::Button("+##zoom.in", ImVec2(bw, height))) set_zoom_percent(z + 10);
    if (z >= kZoomMax) ImGui::EndDisabled();
    widgets::register_last_item("status.zoom.in");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s: %s", tr(K::offline_zoom_in), tip.c_str());
    ImGui::PopStyleVar();
    return w;
}

void autosave_test_crash(int kind) { S().test_crash = kind; }

float pref_size(const char* name, float fallback) {
    const auto& m = prefs().sizes;
    const auto it = m.find(name);
    return it == m.end() ? fallback : it->second;
}

void set_pref_size(const char* name, float value) {
    prefs();   // loaded first
    State& s = S();
    float& v = s.prefs.sizes[name];
    if (v == value) return;
    v = value;
    prefs_changed(500);   // a drag changes it every frame: write once it settles
}

}  // namespace dc::ui
