// test_library.cpp — the plan library and autosave (src/core/library.h):
// envelopes, slots, crashes at every byte of a write, a full store, the
// recycle bin, file-save tracking, index recovery, the autosave timer and
// preferences.  Plans come from the real templates and go through the real
// plan-file reader and writer.
#include <catch2/catch.hpp>

#include "core/library.h"
#include "core/plan_file.h"
#include "core/templates.h"

using namespace dc;

namespace {
struct FakeClock {
    std::int64_t t = 1'700'000'000;   // 14/11/2023
    Library::Clock fn() { return [this] { return t; }; }
};

Plan sample(const std::string& title = "Hội nghị tổng kết năm học") {
    Plan p = load_template(kDefaultTemplate);
    p.header.title = title;
    return p;
}

std::string text_of(const Plan& p) { return write_plan(p); }
}  // namespace

TEST_CASE("library: envelopes verify length and checksum", "[library]") {
    const std::string e = Library::envelope(7, "nội dung");
    std::uint64_t seq = 0;
    REQUIRE(Library::open_envelope(e, &seq) == std::optional<std::string>("nội dung"));
    CHECK(seq == 7);
    CHECK_FALSE(Library::open_envelope(e.substr(0, e.size() - 1)));          // torn
    std::string flipped = e;
    flipped.back() ^= 1;
    CHECK_FALSE(Library::open_envelope(flipped));                            // damaged
    CHECK_FALSE(Library::open_envelope(e + "x"));                            // extra bytes
    CHECK_FALSE(Library::open_envelope("{\"format\":\"diem-cau-plan\"}"));  // not an envelope
    CHECK_FALSE(Library::open_envelope(""));
    CHECK(Library::open_envelope(Library::envelope(1, "")) == std::optional<std::string>(""));
}

TEST_CASE("library: add, load, save, and the list", "[library]") {
    MemoryStore store;
    FakeClock clock;
    Library lib(store, clock.fn());
    lib.open();
    CHECK(lib.plans().empty());

    const std::string a = lib.add(sample("Kế hoạch A"), "template:ke-hoach-1905");
    clock.t += 60;
    const std::string b = lib.add(blank_plan(), "blank");
    REQUIRE(a != b);
    REQUIRE(lib.status() == StoreStatus::Ok);
    REQUIRE(lib.plans().size() == 2);
    CHECK(lib.plans()[0]->id == b);   // most recently changed first
    CHECK(lib.find(a)->title == "Kế hoạch A");
    CHECK(lib.find(a)->event_date == sample().event.days[0].date);

    Plan edited = sample("Kế hoạch A — dự thảo 2");
    edited.sites.at(0).technician = "Nguyễn Văn Hùng";
    clock.t += 60;
    REQUIRE(lib.save(a, edited));
    CHECK(lib.plans()[0]->id == a);

    // Saving the same content again writes nothing.
    const std::size_t puts = store.puts;
    REQUIRE(lib.save(a, edited));
    CHECK(store.puts == puts);

    // A fresh library over the same storage (a reload) sees everything.
    Library again(store, clock.fn());
    again.open();
    REQUIRE(again.plans().size() == 2);
    std::optional<Plan> loaded = again.load(a);
    REQUIRE(loaded);
    CHECK(text_of(*loaded) == text_of(edited));
    CHECK(again.find(a)->title == "Kế hoạch A — dự thảo 2");
    CHECK(again.load(b));
    std::string err;
    CHECK_FALSE(again.load("p999", &err));
    CHECK_FALSE(err.empty());
}

TEST_CASE("library: writes alternate between two slots and never overwrite the newest copy", "[library]") {
    MemoryStore store;
    Library lib(store);
    lib.open();
    const std::string id = lib.add(sample("v1"), "blank");
    REQUIRE(store.data.count(Library::plan_key(id, 0)) == 1);
    REQUIRE(lib.save(id, sample("v2")));
    REQUIRE(store.data.count(Library::plan_key(id, 1)) == 1);
    const std::string slot1 = store.data[Library::plan_key(id, 1)];
    REQUIRE(lib.save(id, sample("v3")));
    CHECK(store.data[Library::plan_key(id, 1)] == slot1);   // v2 kept while v3 went to slot 0
    CHECK(lib.load(id)->header.title == "v3");

    // Slot with the higher sequence number wins even when the other was written later in time.
    store.data[Library::plan_key(id, 0)] = "DCS1 garbage";
    Library reread(store);
    reread.open();
    CHECK(reread.load(id)->header.title == "v2");
}

TEST_CASE("library: a crash at any byte of a save leaves the previous or the new plan, whole", "[library][crash]") {
    // Reference run: how many bytes one autosave (plan slot + index) writes.
    const Plan before = sample("Trước khi sửa");
    Plan after = sample("Sau khi sửa");
    after.tasks.at(0).content = "Gửi giấy mời — đã sửa";
    std::size_t save_bytes = 0;
    MemoryStore base;
    FakeClock clock;
    std::string id;
    {
        Library lib(base, clock.fn());
        lib.open();
        id = lib.add(before, "blank");
        lib.set_current(id);
        MemoryStore probe = base;
        Library l2(probe, clock.fn());
        l2.open();
        const std::size_t b0 = probe.bytes_written;
        REQUIRE(l2.save(id, after));
        save_bytes = probe.bytes_written - b0;
    }
    REQUIRE(save_bytes > 1000);

    // Crash after k bytes, for k across the whole write (every byte near the
    // slot boundaries, a stride elsewhere to keep the test quick).
    int old_seen = 0, new_seen = 0;
    for (std::size_t k = 0; k <= save_bytes; k += (k < 64 || save_bytes - k < 64) ? 1 : 97) {
        MemoryStore store = base;
        Library lib(store, clock.fn());
        lib.open();
        store.crash_after_bytes = store.bytes_written + k;
        const bool ok = lib.save(id, after);
        CHECK(ok == !store.crashed);

        // "Restart the browser": same data, a working store.
        store.crashed = false;
        store.crash_after_bytes = SIZE_MAX;
        Library restarted(store, clock.fn());
        const LibraryOpenReport rep = restarted.open();
        INFO("crash after " << k << " of " << save_bytes << " bytes");
        CHECK(rep.plans_lost == 0);
        REQUIRE(restarted.plans().size() == 1);
        CHECK(restarted.current() == id);
        std::optional<Plan> p = restarted.load(id);
        REQUIRE(p);
        const std::string t = text_of(*p);
        if (t == text_of(before)) ++old_seen;
        else if (t == text_of(after)) ++new_seen;
        else FAIL("a plan that is neither the old nor the new one");
        // And the library keeps working after the crash.
        REQUIRE(restarted.save(id, after));
        CHECK(text_of(*restarted.load(id)) == text_of(after));
    }
    CHECK(old_seen > 0);
    CHECK(new_seen > 0);
}

TEST_CASE("library: a crash while adding a plan loses nothing that was there", "[library][crash]") {
    MemoryStore base;
    Library lib0(base);
    lib0.open();
    const std::string first = lib0.add(sample("Kế hoạch có sẵn"), "blank");
    for (std::size_t k : {0u, 10u, 500u, 5000u, 20000u, 40000u}) {
        MemoryStore store = base;
        Library lib(store);
        lib.open();
        store.crash_after_bytes = store.bytes_written + k;
        const std::string added = lib.add(sample("Kế hoạch mới"), "blank");
        store.crashed = false;
        store.crash_after_bytes = SIZE_MAX;
        Library restarted(store);
        const LibraryOpenReport rep = restarted.open();
        INFO("crash after " << k << " bytes");
        CHECK(rep.plans_lost == 0);
        REQUIRE(restarted.load(first));
        CHECK(restarted.load(first)->header.title == "Kế hoạch có sẵn");
        // The new plan is either fully there (possibly adopted by open()) or absent.
        if (const PlanEntry* e = restarted.find(added)) {
            REQUIRE(restarted.load(added));
            CHECK(restarted.load(added)->header.title == "Kế hoạch mới");
            CHECK(e->title == "Kế hoạch mới");
        }
        // A later plan never reuses an id.
        const std::string later = restarted.add(blank_plan(), "blank");
        CHECK(later != first);
        CHECK(later != added);
    }
}

TEST_CASE("library: a full store keeps the previous copy and says so; writes resume when there is room", "[library][quota]") {
    MemoryStore store;
    Library lib(store);
    lib.open();
    const std::string id = lib.add(sample("Bản đã lưu"), "blank");
    REQUIRE(lib.status() == StoreStatus::Ok);

    store.quota = store.used();   // not one more byte
    Plan bigger = sample("Bản mới hơn, chưa lưu được");
    bigger.header.intro += std::string(2000, 'x');
    CHECK_FALSE(lib.save(id, bigger));
    CHECK(lib.status() == StoreStatus::Full);
    CHECK(lib.in_memory_only());
    {
        Library reread(store);
        reread.open();
        CHECK(reread.load(id)->header.title == "Bản đã lưu");   // the previous copy, whole
    }
    // Adding while full: the entry exists in memory, and storage is untouched.
    const std::size_t used = store.used();
    lib.add(sample("Không vừa"), "blank");
    CHECK(store.used() == used);
    CHECK(lib.status() == StoreStatus::Full);

    store.quota = SIZE_MAX;       // the user emptied the recycle bin, or saved elsewhere
    REQUIRE(lib.save(id, bigger));
    CHECK(lib.status() == StoreStatus::Ok);
    Library reread(store);
    reread.open();
    CHECK(reread.load(id)->header.title == "Bản mới hơn, chưa lưu được");
}

TEST_CASE("library: no storage at all works in memory and says so", "[library][quota]") {
    MemoryStore store;
    store.unavailable = true;
    Library lib(store);
    lib.open();
    CHECK(lib.status() == StoreStatus::Unavailable);
    const std::string id = lib.add(sample(), "blank");
    CHECK_FALSE(id.empty());
    CHECK(lib.find(id) != nullptr);
    CHECK_FALSE(lib.save(id, sample("x")));
    CHECK(lib.status() == StoreStatus::Unavailable);
}

TEST_CASE("library: recycle bin — delete, restore, purge after 30 days", "[library]") {
    MemoryStore store;
    FakeClock clock;
    Library lib(store, clock.fn());
    lib.open();
    const std::string a = lib.add(sample("A"), "blank");
    const std::string b = lib.add(sample("B"), "blank");
    lib.set_current(a);

    REQUIRE(lib.remove(a));
    CHECK(lib.current().empty());
    REQUIRE(lib.plans().size() == 1);
    REQUIRE(lib.recycle_bin().size() == 1);
    CHECK(lib.recycle_bin()[0]->id == a);
    CHECK_FALSE(lib.remove(a));    // already there

    REQUIRE(lib.restore(a));
    CHECK(lib.plans().size() == 2);
    CHECK(lib.load(a)->header.title == "A");   // content intact

    REQUIRE(lib.remove(a));
    clock.t += 10 * 86400;
    REQUIRE(lib.remove(b));
    clock.t += 25 * 86400;        // a: 35 days in the bin; b: 25
    Library later(store, clock.fn());
    const LibraryOpenReport rep = later.open();
    CHECK(rep.purged == 1);
    CHECK(later.find(a) == nullptr);
    CHECK(store.data.count(Library::plan_key(a, 0)) == 0);
    REQUIRE(later.find(b) != nullptr);
    CHECK(later.find(b)->deleted());
    REQUIRE(later.purge(b));
    CHECK(later.entries().empty());
    CHECK(store.keys("dc.plan.").empty());
}

TEST_CASE("library: duplicate and rename", "[library]") {
    MemoryStore store;
    Library lib(store);
    lib.open();
    const std::string a = lib.add(sample("Gốc"), "template:ke-hoach-1905");
    const std::string c = lib.duplicate(a, "Gốc (bản sao)");
    REQUIRE_FALSE(c.empty());
    CHECK(lib.find(c)->origin == "copy:" + a);
    Plan pa = *lib.load(a), pc = *lib.load(c);
    CHECK(pc.header.title == "Gốc (bản sao)");
    pc.header.title = pa.header.title;
    CHECK(text_of(pc) == text_of(pa));

    // Decomposed input is stored in NFC, like every string in a plan.
    REQUIRE(lib.rename(a, "Ke\xCC\x82\xCC\x81 hoa\xCC\xA3\x63h"));   // "Kế hoạch" in NFD
    CHECK(lib.find(a)->title == "Kế hoạch");
    CHECK(lib.load(a)->header.title == "Kế hoạch");
    CHECK_FALSE(lib.rename("p404", "x"));
}

TEST_CASE("library: unsaved-to-file tracking", "[library]") {
    MemoryStore store;
    FakeClock clock;
    Library lib(store, clock.fn());
    lib.open();
    const Plan p = sample("Theo dõi lưu tệp");
    const std::string id = lib.add(p, "blank");
    CHECK(lib.find(id)->unsaved_to_file());   // never saved to a file

    clock.t += 5;
    lib.mark_saved_to_file(id, "theo-doi.json", write_plan(p));
    CHECK_FALSE(lib.find(id)->unsaved_to_file());
    CHECK(lib.find(id)->saved_to_file_at == clock.t);
    CHECK(lib.find(id)->file_name == "theo-doi.json");

    Plan q = p;
    q.header.number = "2001";
    lib.save(id, q);
    CHECK(lib.find(id)->unsaved_to_file());
    lib.save(id, p);                          // undone back to what the file holds
    CHECK_FALSE(lib.find(id)->unsaved_to_file());

    // Survives a reload.
    Library reread(store, clock.fn());
    reread.open();
    CHECK_FALSE(reread.find(id)->unsaved_to_file());

    // A plan opened from a file starts as saved to that file.
    const std::string f = reread.add_from_file(sample("Từ tệp"), "tu-tep.json");
    CHECK_FALSE(reread.find(f)->unsaved_to_file());
    CHECK(reread.find(f)->origin == "file:tu-tep.json");
}

TEST_CASE("library: a lost index is rebuilt from the plans", "[library]") {
    MemoryStore store;
    Library lib(store);
    lib.open();
    const std::string a = lib.add(sample("Một"), "blank");
    const std::string b = lib.add(sample("Hai"), "blank");
    lib.save(a, sample("Một, sửa"));
    store.data["dc.lib.0"] = "hỏng";
    store.data.erase("dc.lib.1");

    Library reread(store);
    const LibraryOpenReport rep = reread.open();
    CHECK(rep.index_rebuilt);
    REQUIRE(reread.plans().size() == 2);
    CHECK(reread.load(a)->header.title == "Một, sửa");
    CHECK(reread.find(b)->title == "Hai");
    const std::string c = reread.add(blank_plan(), "blank");
    CHECK(c != a);
    CHECK(c != b);
}

TEST_CASE("library: leftovers of an interrupted purge are removed, not resurrected", "[library]") {
    MemoryStore store;
    Library lib(store);
    lib.open();
    const std::string a = lib.add(sample("Xoá hẳn"), "blank");
    lib.add(sample("Giữ"), "blank");
    const auto slot = store.data[Library::plan_key(a, 0)];
    REQUIRE(lib.purge(a));
    store.data[Library::plan_key(a, 0)] = slot;   // as if the crash came before the slots went
    Library reread(store);
    reread.open();
    CHECK(reread.find(a) == nullptr);
    CHECK(store.data.count(Library::plan_key(a, 0)) == 0);
    CHECK(reread.plans().size() == 1);
}

TEST_CASE("autosaver: within a second of an edit, even while typing without a pause", "[library][autosave]") {
    Autosaver s;
    s.reset(1);
    CHECK_FALSE(s.due(1, 0));
    // One edit, then quiet: written after the idle pause.
    CHECK_FALSE(s.due(2, 100));
    CHECK_FALSE(s.due(2, 100 + Autosaver::kIdleMs - 10));
    CHECK(s.due_at_ms() == 100 + Autosaver::kIdleMs);
    CHECK(s.due(2, 100 + Autosaver::kIdleMs));
    s.written(2, true, 400);
    CHECK_FALSE(s.pending());
    CHECK_FALSE(s.due(2, 5000));

    // Typing continuously (an edit every 100 ms): written by the max delay.
    double t = 10000;
    std::uint64_t rev = 2;
    double written_at = -1;
    for (; t < 12000; t += 100) {
        if (s.due(++rev, t)) { written_at = t; break; }
    }
    REQUIRE(written_at > 0);
    CHECK(written_at - 10000 <= Autosaver::kMaxDelayMs);
    CHECK(written_at - 10000 < 1000);

    // A failed write is retried later, not every frame.
    s.written(rev, false, written_at);
    CHECK_FALSE(s.due(rev, written_at + 100));
    CHECK(s.due(rev, written_at + Autosaver::kRetryMs));
    s.written(rev, true, written_at + Autosaver::kRetryMs);
    CHECK_FALSE(s.pending());

    // A costly write (a large plan): the next one waits kCostShare× its cost, never more than kMaxGapMs.
    s.due(++rev, 20000);
    s.written(rev, true, 20000, 30);   // → 300 ms
    CHECK_FALSE(s.due(++rev, 20010));
    CHECK_FALSE(s.due(rev, 20010 + Autosaver::kIdleMs + 10));   // paused, but the last write is too recent
    CHECK(s.due(rev, 20300));
    s.written(rev, true, 20300, 100);  // → capped
    CHECK_FALSE(s.due(++rev, 20400));
    CHECK_FALSE(s.due(rev, 20300 + Autosaver::kMaxGapMs - 10));
    CHECK(s.due(rev, 20300 + Autosaver::kMaxGapMs));
    // A small plan's write does not delay the next pause.
    s.written(rev, true, 21000, 1);
    CHECK(s.due(++rev, 21010) == false);
    CHECK(s.due(rev, 21010 + Autosaver::kIdleMs));

    // Opening another plan is not an edit.
    s.reset(500);
    CHECK_FALSE(s.due(500, 99999));
}

TEST_CASE("preferences: round trip, limits, unknown members kept, damage tolerated", "[library][prefs]") {
    MemoryStore store;
    Preferences p;
    p.language = "en";
    p.zoom_percent = 125;
    p.sizes["tasks.detail"] = 320.5f;
    REQUIRE(p.save(store));
    Preferences q = Preferences::load(store);
    CHECK(q.language == "en");
    CHECK(q.zoom_percent == 125);
    CHECK(q.sizes["tasks.detail"] == Approx(320.5f));

    Preferences r = Preferences::from_text(R"({"language":"fr","zoom_percent":400,"future":{"a":1}})");
    CHECK(r.language == "vi");
    CHECK(r.zoom_percent == 150);
    CHECK(Preferences::from_text(r.to_text()).extra["future"]["a"] == 1);

    store.data[Preferences::kKey] = "{not json";
    CHECK(Preferences::load(store).language == "vi");
    CHECK_FALSE(Preferences::load(store).first_run_seen);
    CHECK(Preferences::load(store).zoom_percent == 100);
}

TEST_CASE("preferences: every remembered setting is in dc.prefs", "[library][prefs]") {
    // The unit, the planner's "today" and the welcome line used to be separate
    // localStorage keys; they are members of the one preferences object now.
    MemoryStore store;
    Preferences p;
    p.my_unit = "Phòng GDTrH";
    p.today = "2021-08-29";
    p.first_run_seen = true;
    REQUIRE(p.save(store));
    REQUIRE(store.data.size() == 1);   // one key holds them all
    const Preferences q = Preferences::load(store);
    CHECK(q.my_unit == "Phòng GDTrH");
    CHECK(q.today == "2021-08-29");
    CHECK(q.first_run_seen);
    CHECK_FALSE(q.extra.contains("my_unit"));   // known members are not also kept as unknown ones

    // Wrong types fall back to the defaults instead of failing.
    const Preferences r = Preferences::from_text(R"({"my_unit":5,"today":null,"first_run_seen":"yes"})");
    CHECK(r.my_unit.empty());
    CHECK(r.today.empty());
    CHECK_FALSE(r.first_run_seen);
    CHECK(Preferences{}.first_run_seen == false);
}

TEST_CASE("library: an asynchronous store failure makes the next save write again", "[library][quota]") {
    MemoryStore store;
    Library lib(store);
    lib.open();
    const Plan p = sample("Ghi lại sau lỗi");
    const std::string id = lib.add(p, "blank");
    const std::size_t puts = store.puts;
    lib.note_store_failure(StoreStatus::Full);   // e.g. IndexedDB's QuotaExceededError after the fact
    CHECK(lib.status() == StoreStatus::Full);
    REQUIRE(lib.save(id, p));                    // same text, written anyway
    CHECK(store.puts == puts + 2);               // plan slot + index
    CHECK(lib.status() == StoreStatus::Ok);
    REQUIRE(lib.save(id, p));
    CHECK(store.puts == puts + 2);               // and back to skipping unchanged text
}

TEST_CASE("library: a plan the program stopped on while opening is marked, not opened again by itself", "[library][damaged]") {
    MemoryStore store;
    std::string a, b;
    {
        Library lib(store);
        lib.open();
        a = lib.add(sample("Một"), "blank");
        b = lib.add(sample("Hai"), "blank");
        lib.set_current(b);
        lib.begin_opening(b);
        // ... the program stops here: no end_opening().
    }
    Library again(store);
    const LibraryOpenReport rep = again.open();
    CHECK(rep.stopped_opening == b);
    CHECK(again.find(b)->damaged == "stopped");
    CHECK(again.find(a)->damaged.empty());
    CHECK_FALSE(store.get("dc.opening"));         // reported once
    {
        Library third(store);                     // the mark is kept in the index
        CHECK(third.open().stopped_opening.empty());
        CHECK(third.find(b)->damaged == "stopped");
        // Opened by hand and read fine: no longer marked.
        REQUIRE(third.load(b));
        CHECK(third.find(b)->damaged.empty());
    }
    // A normal open/close leaves no mark.
    Library fourth(store);
    fourth.open();
    fourth.begin_opening(a);
    REQUIRE(fourth.load(a));
    fourth.end_opening();
    Library fifth(store);
    CHECK(fifth.open().stopped_opening.empty());
    CHECK(fifth.find(a)->damaged.empty());
}

TEST_CASE("library: an unreadable stored plan is marked damaged and its raw text can be rescued", "[library][damaged]") {
    MemoryStore store;
    Library lib(store);
    lib.open();
    const std::string a = lib.add(sample("Một"), "blank");
    // A stored copy whose envelope verifies but whose text is no plan (written by a broken
    // older version, or edited by hand in the browser's tools).
    const std::string bad = "{\"format\": \"diem-cau-plan\", \"version\": 2, \"header\": 7}";
    store.data[Library::plan_key(a, 0)] = Library::envelope(99, bad);
    std::string error;
    CHECK_FALSE(lib.load(a, &error));
    CHECK_FALSE(error.empty());
    CHECK(lib.find(a)->damaged == "unreadable");
    CHECK(lib.raw_text(a) == std::optional<std::string>(bad));
    Library again(store);
    again.open();
    CHECK(again.find(a)->damaged == "unreadable");   // kept across restarts
    // Even a copy whose envelope does not verify can be downloaded as it is.
    store.data[Library::plan_key(a, 0)] = "hỏng";
    store.data[Library::plan_key(a, 1)] = "cũng hỏng";
    CHECK(again.raw_text(a).has_value());
    // Saving a good plan over it clears the mark.
    REQUIRE(again.save(a, sample("Một, sửa")));
    CHECK(again.find(a)->damaged.empty());
}
