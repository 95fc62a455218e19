// library.cpp — see library.h for the storage layout and the guarantees.
//
// [SECTION] MemoryStore
// [SECTION] envelopes — "DCS1 <seq> <length> <crc32>\n<payload>"
// [SECTION] index (de)serialisation
// [SECTION] Library: open, rebuild
// [SECTION] Library: plans
// [SECTION] Library: slots and writes
// [SECTION] Autosaver
// [SECTION] Preferences
#include "core/library.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>

#include "core/plan_file.h"
#include "core/text.h"
#include "core/zip.h"   // crc32

namespace dc {

namespace {
constexpr const char* kIndexBase = "dc.lib";
constexpr const char* kPlanPrefix = "dc.plan.";
constexpr const char* kOpeningKey = "dc.opening";   // Library::begin_opening
constexpr const char* kIndexFormat = "diem-cau-library";
constexpr int kIndexVersion = 1;
constexpr std::int64_t kDay = 24 * 60 * 60;

// "p12" → 12; 0 when the id is not ours.
int id_number(const std::string& id) {
    if (id.size() < 2 || id[0] != 'p') return 0;
    int n = 0;
    for (std::size_t i = 1; i < id.size(); ++i) {
        if (id[i] < '0' || id[i] > '9' || n > 100000000) return 0;
        n = n * 10 + (id[i] - '0');
    }
    return n;
}

Date first_day(const Plan& p) { return p.event.days.empty() ? Date{} : p.event.days[0].date; }
}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] MemoryStore
//-----------------------------------------------------------------------------
std::optional<std::string> MemoryStore::get(const std::string& key) {
    if (unavailable) return std::nullopt;
    auto it = data.find(key);
    if (it == data.end()) return std::nullopt;
    return it->second;
}

std::size_t MemoryStore::used() const {
    std::size_t n = 0;
    for (const auto& [k, v] : data) n += k.size() + v.size();
    return n;
}

bool MemoryStore::put(const std::string& key, const std::string& value) {
    if (unavailable || crashed) return false;
    if (bytes_written + value.size() > crash_after_bytes) {
        // The worst a dying store can do: a prefix of the value replaces the old one.
        const std::size_t keep = crash_after_bytes > bytes_written ? crash_after_bytes - bytes_written : 0;
        data[key] = value.substr(0, keep);
        bytes_written += keep;
        crashed = true;
        return false;
    }
    auto it = data.find(key);
    const std::size_t old = it == data.end() ? 0 : key.size() + it->second.size();
    if (used() - old + key.size() + value.size() > quota) return false;
    data[key] = value;
    bytes_written += value.size();
    ++puts;
    return true;
}

bool MemoryStore::remove(const std::string& key) {
    if (unavailable || crashed) return false;
    data.erase(key);
    return true;
}

std::vector<std::string> MemoryStore::keys(const std::string& prefix) {
    std::vector<std::string> out;
    if (unavailable) return out;
    for (const auto& [k, v] : data)
        if (k.compare(0, prefix.size(), prefix) == 0) out.push_back(k);
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] envelopes
//-----------------------------------------------------------------------------
std::uint32_t Library::checksum(std::string_view text) { return crc32(text); }

std::string Library::envelope(std::uint64_t seq, std::string_view payload) {
    char head[64];
    std::snprintf(head, sizeof head, "DCS1 %llu %zu %08x\n", static_cast<unsigned long long>(seq), payload.size(),
                  static_cast<unsigned>(checksum(payload)));
    std::string out(head);
    out.append(payload.data(), payload.size());
    return out;
}

std::optional<std::string> Library::open_envelope(std::string_view v, std::uint64_t* seq_out) {
    const std::size_t nl = v.find('\n');
    if (nl == std::string_view::npos || nl > 60 || v.compare(0, 5, "DCS1 ") != 0) return std::nullopt;
    const std::string head(v.substr(5, nl - 5));
    unsigned long long seq = 0;
    std::size_t len = 0;
    unsigned sum = 0;
    char tail = 0;
    if (std::sscanf(head.c_str(), "%llu %zu %8x%c", &seq, &len, &sum, &tail) != 3) return std::nullopt;
    const std::string_view payload = v.substr(nl + 1);
    if (payload.size() != len || checksum(payload) != sum) return std::nullopt;
    if (seq_out) *seq_out = seq;
    return std::string(payload);
}

std::string Library::plan_key(const std::string& id, int slot) {
    return std::string(kPlanPrefix) + id + (slot == 0 ? ".0" : ".1");
}

//-----------------------------------------------------------------------------
// [SECTION] index (de)serialisation
//-----------------------------------------------------------------------------
// Hand-written to/from JSON rather than nlohmann's macros: members are optional
// on read (an older index lacks newer members) and types are checked, so a
// damaged index falls back to its other slot instead of throwing.
namespace {
nlohmann::ordered_json date_json(const Date& d) {
    return d.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json::array({d.y, d.m, d.d});
}
Date json_date(const nlohmann::ordered_json& j) {
    Date d;
    if (j.is_array() && j.size() == 3 && j[0].is_number_integer() && j[1].is_number_integer() &&
        j[2].is_number_integer())
        d = Date{j[0].get<int>(), j[1].get<int>(), j[2].get<int>()};
    return d;
}
template <class T>
T member(const nlohmann::ordered_json& j, const char* k, T fallback) {
    auto it = j.find(k);
    if (it == j.end()) return fallback;
    if constexpr (std::is_same_v<T, std::string>) {
        return it->is_string() ? it->template get<std::string>() : fallback;
    } else if constexpr (std::is_same_v<T, bool>) {
        return it->is_boolean() ? it->template get<bool>() : fallback;
    } else {
        return it->is_number() ? it->template get<T>() : fallback;
    }
}

std::string index_text(const std::vector<PlanEntry>& entries, const std::string& current, int next_id) {
    nlohmann::ordered_json plans = nlohmann::ordered_json::array();
    for (const PlanEntry& e : entries) {
        nlohmann::ordered_json o;
        o["id"] = e.id;
        o["title"] = e.title;
        o["event_date"] = date_json(e.event_date);
        o["origin"] = e.origin;
        o["created_at"] = e.created_at;
        o["changed_at"] = e.changed_at;
        o["opened_at"] = e.opened_at;
        o["saved_to_file_at"] = e.saved_to_file_at;
        o["file_name"] = e.file_name;
        o["file_sum"] = e.file_sum;
        o["sum"] = e.sum;
        o["seq"] = e.seq;
        o["deleted_at"] = e.deleted_at;
        if (!e.damaged.empty()) o["damaged"] = e.damaged;
        plans.push_back(std::move(o));
    }
    nlohmann::ordered_json j;
    j["format"] = kIndexFormat;
    j["version"] = kIndexVersion;
    j["current"] = current;
    j["next_id"] = next_id;
    j["plans"] = std::move(plans);
    return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);   // never throws (the web build cannot catch)
}

bool parse_index(const std::string& text, std::vector<PlanEntry>* entries, std::string* current, int* next_id) {
    const nlohmann::ordered_json j = nlohmann::ordered_json::parse(text, nullptr, false);
    if (!j.is_object() || member<std::string>(j, "format", "") != kIndexFormat) return false;
    auto plans = j.find("plans");
    if (plans == j.end() || !plans->is_array()) return false;
    entries->clear();
    for (const auto& o : *plans) {
        if (!o.is_object()) continue;
        PlanEntry e;
        e.id = member<std::string>(o, "id", "");
        if (id_number(e.id) == 0) continue;
        e.title = member<std::string>(o, "title", "");
        if (auto d = o.find("event_date"); d != o.end()) e.event_date = json_date(*d);
        e.origin = member<std::string>(o, "origin", "");
        e.created_at = member<std::int64_t>(o, "created_at", 0);
        e.changed_at = member<std::int64_t>(o, "changed_at", 0);
        e.opened_at = member<std::int64_t>(o, "opened_at", 0);
        e.saved_to_file_at = member<std::int64_t>(o, "saved_to_file_at", 0);
        e.file_name = member<std::string>(o, "file_name", "");
        e.file_sum = member<std::uint32_t>(o, "file_sum", 0);
        e.sum = member<std::uint32_t>(o, "sum", 0);
        e.seq = member<std::uint64_t>(o, "seq", 0);
        e.deleted_at = member<std::int64_t>(o, "deleted_at", 0);
        e.damaged = member<std::string>(o, "damaged", "");
        entries->push_back(std::move(e));
    }
    *current = member<std::string>(j, "current", "");
    *next_id = std::max(1, member<int>(j, "next_id", 1));
    return true;
}
}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Library: open, rebuild
//-----------------------------------------------------------------------------
Library::Library(KeyValueStore& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

std::int64_t Library::now() const {
    return clock_ ? clock_() : static_cast<std::int64_t>(std::time(nullptr));
}

LibraryOpenReport Library::open() {
    LibraryOpenReport report;
    entries_.clear();
    current_.clear();
    next_id_ = 1;
    index_seq_ = 0;
    status_ = store_.available() ? StoreStatus::Ok : StoreStatus::Unavailable;
    if (status_ == StoreStatus::Unavailable) return report;

    Slots idx = read_slots(kIndexBase);
    bool have_index = false;
    if (idx.payload) {
        have_index = parse_index(*idx.payload, &entries_, &current_, &next_id_);
        index_seq_ = idx.seq;
    }
    // Plan slots the index does not list: a plan created just before a crash
    // (its id is >= next_id, the index write did not happen) is adopted;
    // leftovers of a purge interrupted by a crash (id < next_id) are removed.
    std::map<std::string, bool> listed;
    for (const PlanEntry& e : entries_) listed[e.id] = true;
    bool adopted = false;
    for (const std::string& key : store_.keys(kPlanPrefix)) {
        const std::string rest = key.substr(std::strlen(kPlanPrefix));
        const std::string id = rest.substr(0, rest.find('.'));
        if (listed.count(id) || id_number(id) == 0) continue;
        if (have_index && id_number(id) < next_id_) {
            store_.remove(key);
            continue;
        }
        listed[id] = true;
        next_id_ = std::max(next_id_, id_number(id) + 1);   // never reuse an id that reached storage
        Slots s = read_slots(kPlanPrefix + id);
        if (!s.payload) {   // torn before any good copy existed: nothing to adopt
            store_.remove(plan_key(id, 0));
            store_.remove(plan_key(id, 1));
            adopted = true; // next_id moved: write the index
            continue;
        }
        ImportResult r = read_plan(*s.payload);
        PlanEntry e;
        e.id = id;
        e.origin = "recovered";
        e.created_at = e.changed_at = now();
        e.seq = s.seq;
        e.sum = checksum(*s.payload);
        if (r.ok()) {
            e.title = r.plan->header.title;
            e.event_date = first_day(*r.plan);
        }
        entries_.push_back(std::move(e));
        adopted = true;
    }
    if (!have_index && !entries_.empty()) report.index_rebuilt = true;
    if (find(current_) == nullptr || find(current_)->deleted()) current_.clear();
    for (const PlanEntry& e : entries_)
        if (!e.deleted() && !read_slots(kPlanPrefix + e.id).payload) ++report.plans_lost;
    report.purged = purge_older_than(kRecycleDays);
    // The last session stopped while opening a plan: not opened by itself again.
    bool marked = false;
    if (std::optional<std::string> opening = store_.get(kOpeningKey)) {
        if (PlanEntry* e = find_mut(*opening); e && !e->deleted()) {
            e->damaged = "stopped";
            report.stopped_opening = e->id;
            marked = true;
        }
        store_.remove(kOpeningKey);
    }
    if (adopted || report.index_rebuilt || marked) write_index();
    return report;
}

//-----------------------------------------------------------------------------
// [SECTION] Library: plans
//-----------------------------------------------------------------------------
std::vector<const PlanEntry*> Library::plans() const {
    std::vector<const PlanEntry*> out;
    for (const PlanEntry& e : entries_)
        if (!e.deleted()) out.push_back(&e);
    std::stable_sort(out.begin(), out.end(), [](const PlanEntry* a, const PlanEntry* b) {
        if (a->changed_at != b->changed_at) return a->changed_at > b->changed_at;
        return id_number(a->id) > id_number(b->id);   // same second: the newer plan first
    });
    return out;
}

std::vector<const PlanEntry*> Library::recycle_bin() const {
    std::vector<const PlanEntry*> out;
    for (const PlanEntry& e : entries_)
        if (e.deleted()) out.push_back(&e);
    std::stable_sort(out.begin(), out.end(),
                     [](const PlanEntry* a, const PlanEntry* b) { return a->deleted_at > b->deleted_at; });
    return out;
}

const PlanEntry* Library::find(const std::string& id) const {
    for (const PlanEntry& e : entries_)
        if (e.id == id) return &e;
    return nullptr;
}
PlanEntry* Library::find_mut(const std::string& id) {
    return const_cast<PlanEntry*>(static_cast<const Library*>(this)->find(id));
}

void Library::set_current(const std::string& id) {
    if (current_ == id) return;
    current_ = id;
    if (PlanEntry* e = find_mut(id)) e->opened_at = now();
    write_index();
}

std::string Library::new_id() { return "p" + std::to_string(next_id_++); }

std::string Library::add(const Plan& plan, const std::string& origin) {
    PlanEntry e;
    e.id = new_id();
    e.origin = origin;
    e.created_at = e.changed_at = e.opened_at = now();
    entries_.push_back(e);
    PlanEntry& stored = entries_.back();
    const std::string id = stored.id;
    // Plan text first, then the index (see the header: a crash in between
    // leaves a plan the next open() adopts).
    if (write_plan_text(stored, write_plan(plan), plan)) write_index();
    return id;
}

std::string Library::add_from_file(const Plan& plan, const std::string& file_name) {
    const std::string id = add(plan, "file:" + file_name);
    mark_saved_to_file(id, file_name, plan);
    return id;
}

std::optional<Plan> Library::load(const std::string& id, std::string* error, std::string* error_vi) {
    PlanEntry* e = find_mut(id);
    if (!e) {
        if (error) *error = "no such plan: " + id;
        if (error_vi) *error_vi = "không có kế hoạch " + id;
        return std::nullopt;
    }
    Slots s = read_slots(kPlanPrefix + id);
    if (!s.payload) {
        if (error) *error = "no readable copy of " + id + " in storage";
        if (error_vi) *error_vi = "trình duyệt không còn bản lưu nào đọc được";
        if (store_.get(plan_key(id, 0)) || store_.get(plan_key(id, 1))) set_damaged(id, "unreadable");   // something is there, but torn
        return std::nullopt;
    }
    ImportResult r = read_plan(*s.payload);
    if (!r.ok()) {
        if (error) *error = r.errors.empty() ? "unreadable plan" : r.errors[0].message_en;
        if (error_vi) *error_vi = r.errors.empty() ? "không đọc được" : r.errors[0].message_vi;
        set_damaged(id, "unreadable");
        return std::nullopt;
    }
    if (!e->damaged.empty()) set_damaged(id, "");
    // The index may lag the plan by one write (a crash between the two): the
    // slot is the truth.
    if (s.seq != e->seq) {
        e->seq = s.seq;
        e->sum = checksum(*s.payload);
        e->title = r.plan->header.title;
        e->event_date = first_day(*r.plan);
    }
    return std::move(r.plan);
}

std::optional<std::string> Library::raw_text(const std::string& id) {
    Slots s = read_slots(kPlanPrefix + id);
    if (s.payload) return s.payload;
    for (int slot : {0, 1})
        if (std::optional<std::string> v = store_.get(plan_key(id, slot))) return v;
    return std::nullopt;
}

void Library::begin_opening(const std::string& id) { store_.put(kOpeningKey, id); }
void Library::end_opening() {
    if (store_.get(kOpeningKey)) store_.remove(kOpeningKey);
}

void Library::set_damaged(const std::string& id, const std::string& why) {
    PlanEntry* e = find_mut(id);
    if (!e || e->damaged == why) return;
    e->damaged = why;
    write_index();
}

bool Library::save(const std::string& id, const Plan& plan) {
    PlanEntry* e = find_mut(id);
    if (!e) return false;
    const std::string text = write_plan(plan);
    last_save_bytes_ = text.size();
    if (e->seq != 0 && checksum(text) == e->sum && !rewrite_) {
        // Nothing new in the plan; an index write that failed earlier is retried.
        return status_ == StoreStatus::Ok || write_index();
    }
    const bool ok = write_plan_text(*e, text, plan) && write_index();
    if (ok) rewrite_ = false;
    return ok;
}

std::string Library::duplicate(const std::string& id, const std::string& title) {
    std::optional<Plan> p = load(id);
    if (!p) return {};
    if (!title.empty()) p->header.title = nfc(title);
    return add(*p, "copy:" + id);
}

bool Library::rename(const std::string& id, const std::string& title) {
    std::optional<Plan> p = load(id);
    PlanEntry* e = find_mut(id);
    if (!p || !e) return false;
    p->header.title = nfc(title);
    return write_plan_text(*e, write_plan(*p), *p) && write_index();
}

bool Library::remove(const std::string& id) {
    PlanEntry* e = find_mut(id);
    if (!e || e->deleted()) return false;
    e->deleted_at = now();
    if (current_ == id) current_.clear();
    return write_index();
}

bool Library::restore(const std::string& id) {
    PlanEntry* e = find_mut(id);
    if (!e || !e->deleted()) return false;
    e->deleted_at = 0;
    return write_index();
}

bool Library::purge(const std::string& id) {
    auto it = std::find_if(entries_.begin(), entries_.end(), [&](const PlanEntry& e) { return e.id == id; });
    if (it == entries_.end()) return false;
    entries_.erase(it);
    if (current_ == id) current_.clear();
    // Index first: a crash before the slots go leaves leftovers that open()
    // recognises (id below next_id) and removes.
    const bool ok = write_index();
    store_.remove(plan_key(id, 0));
    store_.remove(plan_key(id, 1));
    return ok;
}

int Library::purge_older_than(int days) {
    const std::int64_t limit = now() - static_cast<std::int64_t>(days) * kDay;
    std::vector<std::string> old;
    for (const PlanEntry& e : entries_)
        if (e.deleted() && e.deleted_at < limit) old.push_back(e.id);
    for (const std::string& id : old) purge(id);
    return static_cast<int>(old.size());
}

void Library::mark_saved_to_file(const std::string& id, const std::string& file_name, std::string_view text) {
    PlanEntry* e = find_mut(id);
    if (!e) return;
    e->file_sum = checksum(text);
    e->file_name = file_name;
    e->saved_to_file_at = now();
    write_index();
}

void Library::mark_saved_to_file(const std::string& id, const std::string& file_name, const Plan& plan) {
    mark_saved_to_file(id, file_name, write_plan(plan));
}

void Library::note_store_failure(StoreStatus s) {
    status_ = s;
    // What the store accepted may not have reached the disk: write the plan
    // again on the next save even if its text has not changed.
    rewrite_ = true;
}

//-----------------------------------------------------------------------------
// [SECTION] Library: slots and writes
//-----------------------------------------------------------------------------
Library::Slots Library::read_slots(const std::string& base) {
    Slots best;
    for (int i = 0; i < 2; ++i) {
        std::optional<std::string> v = store_.get(base + (i == 0 ? ".0" : ".1"));
        if (!v) continue;
        std::uint64_t seq = 0;
        std::optional<std::string> payload = open_envelope(*v, &seq);
        if (payload && (best.newest < 0 || seq > best.seq)) {
            best.payload = std::move(payload);
            best.seq = seq;
            best.newest = i;
        }
    }
    return best;
}

bool Library::write_slot(const std::string& base, std::uint64_t* seq, const std::string& payload) {
    // Never overwrite the newest good copy: write into the other slot.
    const Slots cur = read_slots(base);
    const int target = cur.newest == 0 ? 1 : 0;
    const std::uint64_t next = std::max(*seq, cur.seq) + 1;
    const bool ok = store_.put(base + (target == 0 ? ".0" : ".1"), envelope(next, payload));
    note_put(ok);
    if (ok) *seq = next;
    return ok;
}

bool Library::write_plan_text(PlanEntry& e, const std::string& text, const Plan& plan) {
    if (!write_slot(kPlanPrefix + e.id, &e.seq, text)) return false;
    const std::uint32_t sum = checksum(text);
    if (sum != e.sum) e.changed_at = now();
    e.sum = sum;
    e.title = plan.header.title;
    e.event_date = first_day(plan);
    e.damaged.clear();   // a plan this program wrote reads back (the index follows)
    return true;
}

bool Library::write_index() {
    return write_slot(kIndexBase, &index_seq_, index_text(entries_, current_, next_id_));
}

void Library::note_put(bool ok) {
    if (ok) status_ = StoreStatus::Ok;
    else status_ = store_.available() ? StoreStatus::Full : StoreStatus::Unavailable;
}

//-----------------------------------------------------------------------------
// [SECTION] Autosaver
//-----------------------------------------------------------------------------
bool Autosaver::due(std::uint64_t revision, double now_ms) {
    if (revision != revision_) {
        if (!pending()) first_change_ms_ = now_ms;
        revision_ = revision;
        last_change_ms_ = now_ms;
    }
    if (!pending()) return false;
    return now_ms >= due_at_ms();
}

double Autosaver::due_at_ms() const {
    if (!pending()) return -1;
    if (retry_at_ms_ >= 0) return retry_at_ms_;
    double t = std::min(last_change_ms_ + kIdleMs, first_change_ms_ + kMaxDelayMs);
    if (last_write_ms_ >= 0) t = std::max(t, last_write_ms_ + gap_ms_);
    return t;
}

void Autosaver::written(std::uint64_t revision, bool ok, double now_ms, double cost_ms) {
    last_write_ms_ = now_ms;
    gap_ms_ = std::min(kMaxGapMs, std::max(0.0, cost_ms) * kCostShare);
    if (ok) {
        saved_revision_ = revision;
        retry_at_ms_ = -1;
        // Changes made after `revision` still count from now.
        first_change_ms_ = now_ms;
    } else {
        retry_at_ms_ = now_ms + kRetryMs;
    }
}

void Autosaver::reset(std::uint64_t revision) {
    revision_ = saved_revision_ = revision;
    retry_at_ms_ = -1;
    first_change_ms_ = last_change_ms_ = -1;
}

//-----------------------------------------------------------------------------
// [SECTION] Preferences
//-----------------------------------------------------------------------------
std::string Preferences::to_text() const {
    nlohmann::ordered_json j = extra.is_object() ? extra : nlohmann::ordered_json::object();
    j["language"] = language;
    j["zoom_percent"] = zoom_percent;
    nlohmann::ordered_json s = nlohmann::ordered_json::object();
    for (const auto& [k, v] : sizes) s[k] = v;
    j["sizes"] = std::move(s);
    j["my_unit"] = my_unit;
    j["today"] = today;
    j["first_run_seen"] = first_run_seen;
    return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);   // never throws (the web build cannot catch)
}

Preferences Preferences::from_text(std::string_view text) {
    Preferences p;
    const nlohmann::ordered_json j = nlohmann::ordered_json::parse(text.begin(), text.end(), nullptr, false);
    if (!j.is_object()) return p;
    p.extra = j;
    for (const char* k : {"language", "zoom_percent", "sizes", "my_unit", "today", "first_run_seen"}) p.extra.erase(k);
    const std::string lang = member<std::string>(j, "language", "vi");
    p.language = (lang == "en") ? "en" : "vi";
    p.zoom_percent = std::clamp(member<int>(j, "zoom_percent", 100), 90, 150);
    if (auto s = j.find("sizes"); s != j.end() && s->is_object())
        for (auto it = s->begin(); it != s->end(); ++it)
            if (it.value().is_number()) p.sizes[it.key()] = it.value().get<float>();
    p.my_unit = member<std::string>(j, "my_unit", "");
    p.today = member<std::string>(j, "today", "");
    p.first_run_seen = member<bool>(j, "first_run_seen", false);
    return p;
}

Preferences Preferences::load(KeyValueStore& store) {
    std::optional<std::string> v = store.get(kKey);
    return v ? from_text(*v) : Preferences{};
}

bool Preferences::save(KeyValueStore& store) const { return store.put(kKey, to_text()); }

}  // namespace dc
