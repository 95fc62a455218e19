// library.h — the plans kept in this browser ("Kế hoạch của tôi") and the
// autosave of the plan being edited.
//
// Browser storage is a convenience, not the safe copy: Safari deletes site
// data after a week without a visit and users clear their history.  So the
// library (1) never leaves a half-written plan behind, whatever moment the
// browser dies at, (2) says plainly when storage is full or missing and keeps
// working in memory, and (3) tracks whether the plan has changed since it was
// last saved to a file, so the app can remind the user to save one.
//
// Storage layout (all keys start with "dc."; values are UTF-8 text):
//   dc.lib.0 / dc.lib.1          the index, in two alternating slots
//   dc.plan.<id>.0 / .1          each plan's plan-file text, two alternating slots
//   dc.prefs                     UI preferences (one small JSON object)
// Every slot is an envelope "DCS1 <seq> <length> <crc32>\n<payload>".  A write
// goes to the slot that does NOT hold the newest good copy, and only then is
// the index updated; a reader takes the slot with the highest sequence number
// whose length and checksum verify.  A crash or a full disk at any point
// therefore leaves the previous good copy readable.  If both index slots are
// lost, the index is rebuilt from the plan slots themselves (keys()).
//
// Plain C++: the browser's storage reaches this code through KeyValueStore,
// which the platform layer implements (src/platform/kv_store_web.cpp);
// MemoryStore below serves the tests and can simulate crashes and a full disk.
//
// [SECTION] KeyValueStore, MemoryStore
// [SECTION] PlanEntry, StoreStatus
// [SECTION] Library
// [SECTION] Autosaver — when to write (debounce)
// [SECTION] Preferences
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] KeyValueStore, MemoryStore
//-----------------------------------------------------------------------------

// A small persistent key → text store.  Each put() is all-or-nothing from the
// library's point of view only *if* the backend makes it so; the envelope
// checksums cover backends that do not.
struct KeyValueStore {
    virtual ~KeyValueStore() = default;
    virtual std::optional<std::string> get(const std::string& key) = 0;
    // False when the value was not kept (storage full, unavailable, private mode).
    virtual bool put(const std::string& key, const std::string& value) = 0;
    virtual bool remove(const std::string& key) = 0;
    // Every key that starts with `prefix`, in any order.
    virtual std::vector<std::string> keys(const std::string& prefix) = 0;
    // False when there is no storage at all (so a failed put means
    // "unavailable" rather than "full").
    virtual bool available() { return true; }
};

// In-memory store for tests (and the app's last resort when the browser gives
// no storage at all).  The data lives in a map the test can keep across
// "restarts": construct a second Library over the same MemoryStore.
class MemoryStore : public KeyValueStore {
public:
    std::map<std::string, std::string> data;

    // Quota in bytes over all keys + values; a put that would exceed it fails
    // and changes nothing (what localStorage/IndexedDB do).
    std::size_t quota = SIZE_MAX;

    // Crash simulation: after `crash_after_bytes` more bytes have been written,
    // the store "dies": the put that crosses the limit keeps only the bytes that
    // fit (a torn write, the worst case), and that put and every later put or
    // remove fail.  SIZE_MAX = never.
    std::size_t crash_after_bytes = SIZE_MAX;
    bool crashed = false;
    // Every operation fails, as with storage disabled.
    bool unavailable = false;

    std::size_t puts = 0;          // successful puts so far
    std::size_t bytes_written = 0; // value bytes written so far (including a torn prefix)

    std::optional<std::string> get(const std::string& key) override;
    bool put(const std::string& key, const std::string& value) override;
    bool remove(const std::string& key) override;
    std::vector<std::string> keys(const std::string& prefix) override;
    bool available() override { return !unavailable; }
    std::size_t used() const;      // bytes of keys + values
};

//-----------------------------------------------------------------------------
// [SECTION] PlanEntry, StoreStatus
//-----------------------------------------------------------------------------

// One plan in the library, as the plans list shows it.  Times are Unix seconds
// (UTC) from the library's clock; 0 = never.
struct PlanEntry {
    std::string id;                  // "p7": stable, never reused
    std::string title;               // header.title at the last write ("" = untitled)
    Date event_date;                 // event.days[0].date at the last write (may be blank)
    std::string origin;              // "template:ke-hoach-1905", "blank", "file:ten-tep.json", "copy:p3"
    std::int64_t created_at = 0;
    std::int64_t changed_at = 0;     // last write with different content
    std::int64_t opened_at = 0;      // last time it was the open plan (list order tie-break)
    std::int64_t saved_to_file_at = 0;
    std::string file_name;           // name of the file it was last saved to or opened from
    std::uint32_t file_sum = 0;      // checksum of the text last saved to (or opened from) a file
    std::uint32_t sum = 0;           // checksum of the text stored now
    std::uint64_t seq = 0;           // sequence number of the newest stored slot
    std::int64_t deleted_at = 0;     // in the recycle bin since; 0 = not deleted
    // Why the stored plan is not opened by itself at start-up: "" (it is fine),
    // "unreadable" (its text could not be read as a plan) or "stopped" (the
    // program stopped while opening it: see begin_opening).  Cleared when it
    // is read or written successfully.
    std::string damaged;

    bool deleted() const { return deleted_at != 0; }
    // Changed since it was last saved to / opened from a file (or never saved to one).
    bool unsaved_to_file() const { return saved_to_file_at == 0 || file_sum != sum; }
};

// What the last storage operation met.  The UI words it (i18n); the library
// only classifies.
enum class StoreStatus {
    Ok,            // everything written is in storage
    Full,          // the browser refused a write: "không đủ chỗ lưu"
    Unavailable,   // no storage at all (private mode, disabled): working in memory only
};

// What open() found, for a message on start-up.
struct LibraryOpenReport {
    bool index_rebuilt = false;      // both index slots unreadable; rebuilt from the plans
    int plans_lost = 0;              // index entries whose plan text could not be read
    int purged = 0;                  // recycle-bin entries removed for age
    std::string stopped_opening;     // id of the plan the last session was opening when it stopped ("" = none)
};

//-----------------------------------------------------------------------------
// [SECTION] Library
//-----------------------------------------------------------------------------

class Library {
public:
    using Clock = std::function<std::int64_t()>;   // Unix seconds
    static constexpr int kRecycleDays = 30;         // deleted plans are kept this long

    explicit Library(KeyValueStore& store, Clock clock = nullptr);

    // Reads the index (or rebuilds it) and empties the recycle bin of plans
    // deleted more than kRecycleDays ago.  Safe to call on an empty store.
    LibraryOpenReport open();

    // Every entry, including the recycle bin, in storage order.
    const std::vector<PlanEntry>& entries() const { return entries_; }
    // Not deleted, most recently changed first.
    std::vector<const PlanEntry*> plans() const;
    // Deleted, most recently deleted first.
    std::vector<const PlanEntry*> recycle_bin() const;
    const PlanEntry* find(const std::string& id) const;

    // The plan open in the editor ("" = none); remembered across reloads.
    const std::string& current() const { return current_; }
    void set_current(const std::string& id);

    // Adds a plan and writes it at once.  `origin` as in PlanEntry.  Returns the
    // new id; the entry exists (in memory) even when storage refused the write —
    // status() then says so, and the next save() retries.
    std::string add(const Plan& plan, const std::string& origin);
    // A plan opened from a file: added like add(), and counted as saved to that
    // file (the file is its safe copy until it changes).
    std::string add_from_file(const Plan& plan, const std::string& file_name);

    // The stored plan: the newest slot whose checksum verifies.  nullopt when
    // no slot can be read (error says why, for a message).
    // error_vi: the same in Vietnamese, for the user.
    std::optional<Plan> load(const std::string& id, std::string* error = nullptr, std::string* error_vi = nullptr);

    // The newest stored text of a plan as it is, for a rescue download when it
    // cannot be read as a plan: a verified slot's payload, else whatever either
    // slot holds.  nullopt when nothing is stored.
    std::optional<std::string> raw_text(const std::string& id);

    // Start-up never depends on one stored plan.  The caller brackets opening
    // a plan (reading it and showing it for a moment) with these: a marker is
    // kept in storage between the two, so if the program stops (a crash, an
    // abort, a frozen page the user closes) while a plan is opened, the next
    // open() finds the marker, marks that plan damaged ("stopped") and reports
    // it, and the caller does not open it by itself again.
    void begin_opening(const std::string& id);
    void end_opening();
    // Marks (or, with "", unmarks) a plan damaged; see PlanEntry::damaged.
    void set_damaged(const std::string& id, const std::string& why);

    // Autosave: writes `plan` if its text differs from what is stored.  Returns
    // false when storage refused it (status() says why); the previous stored
    // copy is intact either way.
    bool save(const std::string& id, const Plan& plan);
    // Bytes of plan text the last save() serialised (what a write costs grows with it).
    std::size_t last_save_bytes() const { return last_save_bytes_; }

    // New plan with the same content, titled "<title> (bản sao)" by the caller's
    // choice of `title` (empty = keep the title).  Returns the new id or "".
    std::string duplicate(const std::string& id, const std::string& title = {});
    // Changes the plan's title (header.title) in storage.  When the plan is
    // open, the caller reloads it (or edits the title through the Editor).
    bool rename(const std::string& id, const std::string& title);

    bool remove(const std::string& id);    // to the recycle bin
    bool restore(const std::string& id);   // back from the recycle bin
    bool purge(const std::string& id);     // delete forever (slots and entry)
    int purge_older_than(int days);        // recycle-bin entries deleted more than `days` ago

    // The user saved the plan to a file named `file_name` with content `text`.
    void mark_saved_to_file(const std::string& id, const std::string& file_name, std::string_view text);
    // Same, when the caller has the plan rather than its text.
    void mark_saved_to_file(const std::string& id, const std::string& file_name, const Plan& plan);

    StoreStatus status() const { return status_; }
    // True once any write has failed and no write has succeeded since.
    bool in_memory_only() const { return status_ != StoreStatus::Ok; }
    // The browser reported, after put() had returned true, that a write did not
    // reach the disk (IndexedDB quota errors arrive asynchronously).  The next
    // save() rewrites the plan even if its text is unchanged.
    void note_store_failure(StoreStatus s);

    // [lower level, public for tests and tools]
    static std::string envelope(std::uint64_t seq, std::string_view payload);
    // Payload of a well-formed envelope whose length and checksum verify.
    static std::optional<std::string> open_envelope(std::string_view value, std::uint64_t* seq = nullptr);
    static std::string plan_key(const std::string& id, int slot);
    static std::uint32_t checksum(std::string_view text);

private:
    struct Slots { std::optional<std::string> payload; std::uint64_t seq = 0; int newest = -1; };
    Slots read_slots(const std::string& base);
    bool write_slot(const std::string& base, std::uint64_t* seq, const std::string& payload);
    bool write_index();
    bool rebuild_index();
    void note_put(bool ok);
    std::string new_id();
    bool write_plan_text(PlanEntry& e, const std::string& text, const Plan& plan);
    std::int64_t now() const;
    PlanEntry* find_mut(const std::string& id);

    KeyValueStore& store_;
    Clock clock_;
    std::vector<PlanEntry> entries_;
    std::string current_;
    int next_id_ = 1;
    std::uint64_t index_seq_ = 0;
    StoreStatus status_ = StoreStatus::Ok;
    bool rewrite_ = false;          // after an asynchronous failure: next save() writes regardless
    std::size_t last_save_bytes_ = 0;
};

//-----------------------------------------------------------------------------
// [SECTION] Autosaver — when to write
//-----------------------------------------------------------------------------

// Decides when the plan is written: soon after typing pauses (kIdleMs), and
// never later than kMaxDelayMs after the first unsaved change, so "every edit
// is in storage within a second" holds even while the user types without a
// pause.  A kill of the browser can only lose what waits here, so the pause is
// short; for a large plan (a write costs ~15–30 ms of the main thread for the
// benchmark's 3 MB plan) writes are spaced kCostShare times their cost apart,
// so they take at most ~1/kCostShare of the time (the spacing never exceeds
// kMaxGapMs).  The caller estimates the cost from the plan's size: measured
// time would follow whatever else the machine is doing.  After a failed write it retries every
// kRetryMs (storage may have been freed; the shell also retries at once when
// any other write succeeds).
class Autosaver {
public:
    static constexpr double kIdleMs = 150;      // a pause in typing (short: a kill loses what waits)
    static constexpr double kMaxDelayMs = 800;  // the latest a change waits
    static constexpr double kRetryMs = 1000;
    static constexpr double kCostShare = 10;    // a write costing c ms: the next one ≥ 10·c ms later
    static constexpr double kMaxGapMs = 400;

    // Call every frame with the editor's revision and a monotonic clock.
    // True when it is time to write the plan.
    bool due(std::uint64_t revision, double now_ms);
    // Report the outcome of the write that due() asked for (cost_ms: how long it took).
    void written(std::uint64_t revision, bool ok, double now_ms, double cost_ms = 0);
    // The plan was replaced without an edit (opened, switched): nothing to save.
    void reset(std::uint64_t revision);
    bool pending() const { return revision_ != saved_revision_; }
    // When due() will next be true if nothing else changes (-1: nothing pending).
    double due_at_ms() const;

private:
    std::uint64_t saved_revision_ = 0;
    std::uint64_t revision_ = 0;
    double first_change_ms_ = -1;   // when the oldest unsaved change was seen
    double last_change_ms_ = -1;
    double retry_at_ms_ = -1;
    double last_write_ms_ = -1;     // when the last write was made
    double gap_ms_ = 0;             // spacing after it (from its cost)
};

//-----------------------------------------------------------------------------
// [SECTION] Preferences
//-----------------------------------------------------------------------------

// UI preferences, kept as one small JSON object under "dc.prefs": the one
// place every remembered setting of the interface lives (src/ui/shell/autosave.h
// reads and writes it).  Unknown members are kept, so an older build does not
// drop a newer build's settings.
struct Preferences {
    std::string language = "vi";             // "vi" | "en"
    int zoom_percent = 100;                  // 90..150
    std::map<std::string, float> sizes;      // panel sizes by name ("tasks.detail" → 320)
    std::string my_unit;                     // Công việc: the unit the user works in ("" = not chosen)
    std::string today;                       // "2021-08-29": the day the planner takes as today ("" = the computer's date)
    bool first_run_seen = false;             // the first visit's welcome line was dismissed
    nlohmann::ordered_json extra = nlohmann::ordered_json::object();

    static constexpr const char* kKey = "dc.prefs";
    // Missing or damaged → defaults (never an error: preferences are not precious).
    static Preferences load(KeyValueStore& store);
    bool save(KeyValueStore& store) const;
    std::string to_text() const;
    static Preferences from_text(std::string_view text);
};

}  // namespace dc
