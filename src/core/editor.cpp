// editor.cpp — undoable edits on a Plan (see editor.h for the design).
//
// [SECTION] Size estimates (history memory bound)
// [SECTION] Primitives: SetAt, InsertAt, EraseAt, MoveAt, Whole
// [SECTION] Impl: history, groups, commit, merge, trim
// [SECTION] Core interface
// [SECTION] Groups and ids
// [SECTION] Small parts
// [SECTION] Lists
// [SECTION] Whole plan
#include "core/editor.h"

#include <algorithm>
#include <deque>
#include <memory>
#include <tuple>
#include <utility>
#include <vector>

#include "core/text.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Size estimates (history memory bound)
//-----------------------------------------------------------------------------
// Estimates, not exact allocator figures: object size plus heap capacity of
// strings beyond the small-string buffer.  Good enough to bound the history
// within a small factor, which is what the limit is for.  Walks the field
// lists of plan.h, so a new string field is counted without being named here.

namespace {
std::size_t heap(const std::string& s) { return s.capacity() > 15 ? s.capacity() + 1 : 0; }
std::size_t heap(const Extra& e) { return e.is_null() ? 0 : 64 + e.dump(-1, ' ', false, Extra::error_handler_t::replace).size() * 2; }

template <class M>
std::size_t heap(const M& v) {
    if constexpr (has_fields_v<M>) {
        std::size_t n = heap(v.extra);
        for_each_field<M>([&](const auto& f) { n += heap(v.*f.member); });
        return n;
    } else if constexpr (is_vector<M>::value) {
        std::size_t n = v.capacity() * sizeof(typename M::value_type);
        for (auto& x : v) n += heap(x);
        return n;
    } else {
        return 0;   // numbers, dates, enums: inside the object
    }
}
template <class T>
std::size_t bytes_of(const T& v) { return sizeof(T) + heap(v); }

//-----------------------------------------------------------------------------
// [SECTION] Primitives: SetAt, InsertAt, EraseAt, MoveAt, Whole
//-----------------------------------------------------------------------------
// Each primitive is applied once when recorded, then reverted/applied again by
// undo/redo.  Lists and parts are reached through plain accessor functions so a
// primitive stores one pointer, not a copy of anything it did not touch.

struct Op {
    virtual ~Op() = default;
    virtual void apply(Plan& p) const = 0;
    virtual void revert(Plan& p) const = 0;
    virtual std::size_t bytes() const = 0;
    // `later` happened right after this one on the same target: fold it in
    // (typing merges).  Returns false if it cannot.
    virtual bool absorb(Op& /*later*/) { return false; }
};

template <class T> using ListOf = std::vector<T>& (*)(Plan&);
template <class T> using PartOf = T& (*)(Plan&);

template <class T>
struct SetAt final : Op {
    ListOf<T> list; std::size_t i; T before, after;
    SetAt(ListOf<T> l, std::size_t i_, T b, T a) : list(l), i(i_), before(std::move(b)), after(std::move(a)) {}
    void apply(Plan& p) const override { list(p).at(i) = after; }
    void revert(Plan& p) const override { list(p).at(i) = before; }
    std::size_t bytes() const override { return sizeof(*this) + heap(before) + heap(after); }
    bool absorb(Op& later) override {
        auto* o = dynamic_cast<SetAt*>(&later);
        if (!o || o->list != list || o->i != i) return false;
        after = std::move(o->after);
        return true;
    }
};

template <class T>
struct InsertAt final : Op {
    ListOf<T> list; std::size_t i; T value;
    InsertAt(ListOf<T> l, std::size_t i_, T v) : list(l), i(i_), value(std::move(v)) {}
    void apply(Plan& p) const override { auto& v = list(p); v.insert(v.begin() + i, value); }
    void revert(Plan& p) const override { auto& v = list(p); v.erase(v.begin() + i); }
    std::size_t bytes() const override { return sizeof(*this) + heap(value); }
};

template <class T>
struct EraseAt final : Op {
    ListOf<T> list; std::size_t i; T value;
    EraseAt(ListOf<T> l, std::size_t i_, T v) : list(l), i(i_), value(std::move(v)) {}
    void apply(Plan& p) const override { auto& v = list(p); v.erase(v.begin() + i); }
    void revert(Plan& p) const override { auto& v = list(p); v.insert(v.begin() + i, value); }
    std::size_t bytes() const override { return sizeof(*this) + heap(value); }
};

template <class T>
void move_within(std::vector<T>& v, std::size_t from, std::size_t to) {
    if (from < to) std::rotate(v.begin() + from, v.begin() + from + 1, v.begin() + to + 1);
    else if (to < from) std::rotate(v.begin() + to, v.begin() + from, v.begin() + from + 1);
}

template <class T>
struct MoveAt final : Op {
    ListOf<T> list; std::size_t from, to;
    MoveAt(ListOf<T> l, std::size_t f, std::size_t t) : list(l), from(f), to(t) {}
    void apply(Plan& p) const override { move_within(list(p), from, to); }
    void revert(Plan& p) const override { move_within(list(p), to, from); }
    std::size_t bytes() const override { return sizeof(*this); }
};

template <class T>
struct Whole final : Op {
    PartOf<T> part; T before, after;
    Whole(PartOf<T> pt, T b, T a) : part(pt), before(std::move(b)), after(std::move(a)) {}
    void apply(Plan& p) const override { part(p) = after; }
    void revert(Plan& p) const override { part(p) = before; }
    std::size_t bytes() const override { return sizeof(*this) + heap(before) + heap(after); }
    bool absorb(Op& later) override {
        auto* o = dynamic_cast<Whole*>(&later);
        if (!o || o->part != part) return false;
        after = std::move(o->after);
        return true;
    }
};

// Accessors (function pointers identify the target in primitives and merges).
// The plan's list of each element type: the one place a type names its list.
template <class T> std::vector<T>& list_of(Plan& p);
template <> std::vector<Slot>& list_of<Slot>(Plan& p) { return p.agenda; }
template <> std::vector<Task>& list_of<Task>(Plan& p) { return p.tasks; }
template <> std::vector<Site>& list_of<Site>(Plan& p) { return p.sites; }
template <> std::vector<SiteGroup>& list_of<SiteGroup>(Plan& p) { return p.site_groups; }
template <> std::vector<Block>& list_of<Block>(Plan& p) { return p.body; }
template <> std::vector<Duty>& list_of<Duty>(Plan& p) { return p.duties; }
template <> std::vector<BudgetLine>& list_of<BudgetLine>(Plan& p) { return p.budget; }
template <> std::vector<Contact>& list_of<Contact>(Plan& p) { return p.contacts; }
template <> std::vector<Recipient>& list_of<Recipient>(Plan& p) { return p.recipients; }
Header& header_of(Plan& p) { return p.header; }
Event& event_of(Plan& p) { return p.event; }
Signer& signer_of(Plan& p) { return p.signer; }
std::string& archive_of(Plan& p) { return p.archive; }
std::string& uid_of(Plan& p) { return p.uid; }
Extra& extra_of(Plan& p) { return p.extra; }
int& next_id_of(Plan& p) { return p.next_id; }
Plan& plan_of(Plan& p) { return p; }

// Which list a step edited, for its label's facts.
using Target = Editor::StepTarget;
template <class T> constexpr Target target_of();
template <> constexpr Target target_of<Slot>() { return Target::Agenda; }
template <> constexpr Target target_of<Task>() { return Target::Tasks; }
template <> constexpr Target target_of<Site>() { return Target::Sites; }
template <> constexpr Target target_of<SiteGroup>() { return Target::SiteGroups; }
template <> constexpr Target target_of<Block>() { return Target::Body; }
template <> constexpr Target target_of<Duty>() { return Target::Duties; }
template <> constexpr Target target_of<BudgetLine>() { return Target::Budget; }
template <> constexpr Target target_of<Contact>() { return Target::Contacts; }
template <> constexpr Target target_of<Recipient>() { return Target::Recipients; }

Editor::StepLabel step(const std::string& text, Editor::StepAction action, Target target,
                       std::size_t index = Editor::kNoIndex) {
    return {text, action, target, index};
}
}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Impl: history, groups, commit, merge, trim
//-----------------------------------------------------------------------------

struct Change {
    Editor::StepLabel label;
    std::string merge_key;
    std::vector<std::unique_ptr<Op>> ops;
    std::size_t bytes = 0;
    std::uint64_t serial = 0;   // state id of the plan after this change
};

struct Editor::Impl {
    Plan plan;
    std::uint64_t revision = 1;
    std::uint64_t serial_source = 1;
    std::uint64_t base_state = 1;     // state id with nothing to undo
    std::deque<Change> undo, redo;
    std::size_t undo_bytes = 0, redo_bytes = 0;
    std::size_t max_steps = kDefaultMaxSteps, max_bytes = kDefaultMaxBytes;
    int committed_next_id = 1;        // plan.next_id as of the current history position
    bool merge_open = false;          // the top undo step may absorb the next edit with its key

    // The open group.
    int depth = 0;
    Change open;

    void record(std::unique_ptr<Op> op) {
        op->apply(plan);   // indices were checked by the caller (see refuse())
        open.ops.push_back(std::move(op));
    }

    // Error policy: nothing in code the web build links throws (Emscripten's
    // build cannot catch, so a throw would abort the page).  A change the
    // editor cannot make — an index past the end of its list, as a stale
    // index held by a dialog could be — changes nothing and is counted; the
    // UI asks take_refusal() every frame and says so.
    std::string refusal;
    std::uint64_t refusals = 0;
    bool refuse(const char* what, std::size_t i, std::size_t size) {
        ++refusals;
        refusal = std::string(what) + ": index " + std::to_string(i) + " of " + std::to_string(size);
        return false;
    }

    void commit() {
        Change c = std::move(open);
        open = Change{};
        if (plan.next_id != committed_next_id) {
            c.ops.push_back(std::make_unique<Whole<int>>(&next_id_of, committed_next_id, plan.next_id));
            committed_next_id = plan.next_id;
        }
        if (c.ops.empty()) return;
        ++revision;
        redo.clear();
        redo_bytes = 0;
        if (merge_open && !c.merge_key.empty() && !undo.empty() && undo.back().merge_key == c.merge_key) {
            Change& top = undo.back();
            undo_bytes -= top.bytes;
            // Fold only into the immediately preceding primitive: an older one on the
            // same index may have been moved since (a slot re-sorted), so only the
            // last is known to target the same element.
            for (auto& op : c.ops)
                if (top.ops.empty() || !top.ops.back()->absorb(*op)) top.ops.push_back(std::move(op));
            top.bytes = 0;
            for (auto& op : top.ops) top.bytes += op->bytes();
            top.serial = ++serial_source;
            undo_bytes += top.bytes;
        } else {
            c.bytes = sizeof(Change) + c.label.text.capacity() + c.merge_key.capacity();
            for (auto& op : c.ops) c.bytes += op->bytes();
            c.serial = ++serial_source;
            undo_bytes += c.bytes;
            undo.push_back(std::move(c));
        }
        merge_open = !undo.back().merge_key.empty();
        trim();
    }

    void trim() {
        while (undo.size() > 1 && (undo.size() > max_steps || undo_bytes + redo_bytes > max_bytes)) {
            undo_bytes -= undo.front().bytes;
            undo.pop_front();
        }
    }

    void rollback_open() {
        for (auto it = open.ops.rbegin(); it != open.ops.rend(); ++it) (*it)->revert(plan);
        open = Change{};
        plan.next_id = committed_next_id;
    }

    // One mutation outside any group is a one-primitive change.
    template <class F>
    void single(const Editor::StepLabel& label, const std::string& merge_key, F&& f) {
        const bool outer = depth == 0;
        if (outer) {
            open = Change{};
            open.label = label;
            open.merge_key = merge_key;
        }
        ++depth;
        f();
        --depth;
        if (outer) commit();
    }

    // [List primitives] ------------------------------------------------------
    template <class T>
    void set_at(ListOf<T> list, std::size_t i, T v, const std::string& label, const std::string& key) {
        normalize_nfc(v);
        auto& vec = list(plan);
        if (i >= vec.size()) { refuse("set", i, vec.size()); return; }
        if (same(vec[i], v)) return;
        single(step(label, Editor::StepAction::Edit, target_of<T>(), i), key,
               [&] { record(std::make_unique<SetAt<T>>(list, i, vec[i], std::move(v))); });
    }
    template <class T>
    void insert_at(ListOf<T> list, std::size_t i, T v, const std::string& label) {
        normalize_nfc(v);
        if (i > list(plan).size()) { refuse("insert", i, list(plan).size()); return; }
        single(step(label, Editor::StepAction::Add, target_of<T>()), {},
               [&] { record(std::make_unique<InsertAt<T>>(list, i, std::move(v))); });
    }
    template <class T>
    void erase_at(ListOf<T> list, std::size_t i, const std::string& label) {
        auto& vec = list(plan);
        if (i >= vec.size()) { refuse("erase", i, vec.size()); return; }
        single(step(label, Editor::StepAction::Remove, target_of<T>(), i), {},
               [&] { record(std::make_unique<EraseAt<T>>(list, i, vec[i])); });
    }
    template <class T>
    void move_at(ListOf<T> list, std::size_t from, std::size_t to, const std::string& label) {
        auto& vec = list(plan);
        if (from >= vec.size() || to >= vec.size()) { refuse("move", std::max(from, to), vec.size()); return; }
        if (from == to) return;
        single(step(label, Editor::StepAction::Move, target_of<T>(), from), {},
               [&] { record(std::make_unique<MoveAt<T>>(list, from, to)); });
    }
    template <class T>
    void set_part(PartOf<T> part, T v, const Editor::StepLabel& label, const std::string& key) {
        if (equal_part(part(plan), v)) return;
        single(label, key, [&] { record(std::make_unique<Whole<T>>(part, part(plan), std::move(v))); });
    }
    template <class T> static bool equal_part(const T& a, const T& b) { return same(a, b); }
    static bool equal_part(const std::string& a, const std::string& b) { return a == b; }
    static bool equal_part(const Extra& a, const Extra& b) { return a == b; }

    template <class Diff>
    bool diff_step(Editor& ed, const std::string& label, Diff&& diff);

    // Diff one list into primitives: keep the common head and tail, the middle
    // becomes set (pairwise) then erase or insert.
    template <class T>
    void diff_list(ListOf<T> list, const std::vector<T>& want) {
        auto& cur = list(plan);
        const std::size_t n = cur.size(), m = want.size();
        std::size_t head = 0;
        while (head < n && head < m && same(cur[head], want[head])) ++head;
        std::size_t tail = 0;
        while (tail < n - head && tail < m - head && same(cur[n - 1 - tail], want[m - 1 - tail])) ++tail;
        const std::size_t a = n - head - tail, b = m - head - tail;
        for (std::size_t k = 0; k < std::min(a, b); ++k)
            if (!same(cur[head + k], want[head + k]))
                record(std::make_unique<SetAt<T>>(list, head + k, cur[head + k], want[head + k]));
        for (std::size_t k = b; k < a; ++k)   // erase surplus, always at the same index
            record(std::make_unique<EraseAt<T>>(list, head + b, list(plan)[head + b]));
        for (std::size_t k = a; k < b; ++k)
            record(std::make_unique<InsertAt<T>>(list, head + k, want[head + k]));
    }

};

//-----------------------------------------------------------------------------
// [SECTION] Core interface
//-----------------------------------------------------------------------------

Editor::Editor() : impl_(new Impl) {}
Editor::Editor(Plan p) : impl_(new Impl) { load(std::move(p)); }
Editor::~Editor() { delete impl_; }

const Plan& Editor::plan() const { return impl_->plan; }
std::uint64_t Editor::revision() const { return impl_->revision; }

void Editor::load(Plan p) {
    Impl& m = *impl_;
    normalize_nfc(p);
    m.plan = std::move(p);
    m.undo.clear();
    m.redo.clear();
    m.undo_bytes = m.redo_bytes = 0;
    m.depth = 0;
    m.open = Change{};
    m.committed_next_id = m.plan.next_id;
    m.merge_open = false;
    m.base_state = ++m.serial_source;
    ++m.revision;
}

bool Editor::can_undo() const { return impl_->depth == 0 && !impl_->undo.empty(); }
bool Editor::can_redo() const { return impl_->depth == 0 && !impl_->redo.empty(); }

bool Editor::undo() {
    Impl& m = *impl_;
    if (!can_undo()) return false;
    Change c = std::move(m.undo.back());
    m.undo.pop_back();
    m.undo_bytes -= c.bytes;
    for (auto it = c.ops.rbegin(); it != c.ops.rend(); ++it) (*it)->revert(m.plan);
    m.committed_next_id = m.plan.next_id;
    m.redo_bytes += c.bytes;
    m.redo.push_back(std::move(c));
    m.merge_open = false;
    ++m.revision;
    return true;
}

bool Editor::redo() {
    Impl& m = *impl_;
    if (!can_redo()) return false;
    Change c = std::move(m.redo.back());
    m.redo.pop_back();
    m.redo_bytes -= c.bytes;
    for (auto& op : c.ops) op->apply(m.plan);
    m.committed_next_id = m.plan.next_id;
    m.undo_bytes += c.bytes;
    m.undo.push_back(std::move(c));
    m.merge_open = false;
    ++m.revision;
    return true;
}

Editor::StepLabel Editor::undo_step() const { return impl_->undo.empty() ? StepLabel{} : impl_->undo.back().label; }
Editor::StepLabel Editor::redo_step() const { return impl_->redo.empty() ? StepLabel{} : impl_->redo.back().label; }
std::string Editor::undo_label() const { return undo_step().text; }
std::string Editor::redo_label() const { return redo_step().text; }

Editor::HistoryStats Editor::history() const {
    return {impl_->undo.size(), impl_->redo.size(), impl_->undo_bytes + impl_->redo_bytes};
}

void Editor::set_history_limits(std::size_t max_steps, std::size_t max_bytes) {
    impl_->max_steps = std::max<std::size_t>(1, max_steps);
    impl_->max_bytes = max_bytes;
    impl_->trim();
}

std::uint64_t Editor::state_id() const {
    return impl_->undo.empty() ? impl_->base_state : impl_->undo.back().serial;
}

void Editor::break_merge() { impl_->merge_open = false; }

//-----------------------------------------------------------------------------
// [SECTION] Groups and ids
//-----------------------------------------------------------------------------

void Editor::begin(const std::string& label, const std::string& merge_key) {
    Impl& m = *impl_;
    if (m.depth++ == 0) {
        m.open = Change{};
        m.open.label.text = label;
        m.open.merge_key = merge_key;
    }
}

void Editor::end() {
    Impl& m = *impl_;
    if (m.depth == 0) return;
    if (--m.depth == 0) m.commit();
}

void Editor::cancel() {
    Impl& m = *impl_;
    if (m.depth == 0) return;
    m.depth = 0;
    m.rollback_open();
}

bool Editor::in_group() const { return impl_->depth > 0; }

Editor::Group::Group(Editor& e, const std::string& label, const std::string& merge_key) : e_(e) {
    e_.begin(label, merge_key);
}
Editor::Group::~Group() { e_.end(); }

std::uint64_t Editor::refusals() const { return impl_->refusals; }
std::string Editor::take_refusal() {
    std::string r = std::move(impl_->refusal);
    impl_->refusal.clear();
    return r;
}

std::string Editor::new_id(const std::string& prefix) { return take_new_id(impl_->plan, prefix); }

std::string take_new_id(Plan& p, const std::string& prefix) {
    auto used = [&](const auto& v, const std::string& id) {
        for (auto& x : v)
            if (x.id == id) return true;
        return false;
    };
    if (p.next_id < 1) p.next_id = 1;
    for (;;) {
        std::string id = prefix + std::to_string(p.next_id++);
        if (!used(p.agenda, id) && !used(p.tasks, id) && !used(p.sites, id) && !used(p.site_groups, id) &&
            !used(p.event.tech_sessions, id))
            return id;
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Small parts
//-----------------------------------------------------------------------------

void Editor::set_header(Header h, const std::string& label, const std::string& key) {
    normalize_nfc(h);
    impl_->set_part<Header>(&header_of, std::move(h), step(label, StepAction::Edit, StepTarget::Header), key);
}
void Editor::set_event(Event ev, const std::string& label, const std::string& key) {
    normalize_nfc(ev);
    impl_->set_part<Event>(&event_of, std::move(ev), step(label, StepAction::Edit, StepTarget::Event), key);
}
void Editor::set_signer(Signer s, const std::string& label, const std::string& key) {
    normalize_nfc(s);
    impl_->set_part<Signer>(&signer_of, std::move(s), step(label, StepAction::Edit, StepTarget::Signer), key);
}
void Editor::set_archive(std::string archive, const std::string& label, const std::string& key) {
    nfc_in_place(archive);
    impl_->set_part<std::string>(&archive_of, std::move(archive), step(label, StepAction::Edit, StepTarget::Archive), key);
}
void Editor::set_plan_extra(Extra extra, const std::string& label) {
    impl_->set_part<Extra>(&extra_of, std::move(extra), step(label, StepAction::Edit, StepTarget::PlanExtra), {});
}

//-----------------------------------------------------------------------------
// [SECTION] Lists
//-----------------------------------------------------------------------------

namespace {
// Agenda order: (day, start).  A slot is "in place" if it is not before its
// predecessor and not after its successor.
bool slot_before(const Slot& a, const Slot& b) { return std::tie(a.day, a.start) < std::tie(b.day, b.start); }

// Where slot i belongs, counting positions in the list without it.
std::size_t sorted_target(const std::vector<Slot>& v, std::size_t i) {
    const Slot& s = v[i];
    if (i > 0 && slot_before(s, v[i - 1])) {
        std::size_t j = i;   // move back past every slot strictly after it
        while (j > 0 && slot_before(s, v[j - 1])) --j;
        return j;
    }
    if (i + 1 < v.size() && slot_before(v[i + 1], s)) {
        std::size_t j = i;   // move forward past every slot strictly before it
        while (j + 1 < v.size() && slot_before(v[j + 1], s)) ++j;
        return j;
    }
    return i;
}
}  // namespace

std::size_t Editor::set_slot(std::size_t i, Slot s, const std::string& label, const std::string& key) {
    Impl& m = *impl_;
    if (i >= m.plan.agenda.size()) {
        m.refuse("set slot", i, m.plan.agenda.size());
        return i;
    }
    std::size_t at = i;
    normalize_nfc(s);
    if (same(m.plan.agenda[i], s)) return i;
    m.single(step(label, StepAction::Edit, StepTarget::Agenda, i), key, [&] {
        m.record(std::make_unique<SetAt<Slot>>(&list_of<Slot>, i, m.plan.agenda[i], std::move(s)));
        at = sorted_target(m.plan.agenda, i);
        if (at != i) m.record(std::make_unique<MoveAt<Slot>>(&list_of<Slot>, i, at));
    });
    return at;
}

std::size_t Editor::insert_slot(Slot s, const std::string& label) {
    Impl& m = *impl_;
    normalize_nfc(s);
    auto& v = m.plan.agenda;
    // After every slot that is not later: a new slot at 08h00 goes after the
    // existing 08h00 ones, as the user would expect when adding.
    std::size_t at = std::upper_bound(v.begin(), v.end(), s, slot_before) - v.begin();
    m.single(step(label, StepAction::Add, StepTarget::Agenda), {},
             [&] { m.record(std::make_unique<InsertAt<Slot>>(&list_of<Slot>, at, std::move(s))); });
    return at;
}
template <class T>
void Editor::set_item(std::size_t i, T v, const std::string& label, const std::string& key) {
    impl_->set_at<T>(&list_of<T>, i, std::move(v), label, key);
}
template <class T>
void Editor::insert_item(std::size_t i, T v, const std::string& label) {
    impl_->insert_at<T>(&list_of<T>, i, std::move(v), label);
}
template <class T>
void Editor::erase_item(std::size_t i, const std::string& label) { impl_->erase_at<T>(&list_of<T>, i, label); }
template <class T>
void Editor::move_item(std::size_t f, std::size_t t, const std::string& label) {
    impl_->move_at<T>(&list_of<T>, f, t, label);
}

// The lists the templates above serve (they are defined here, not in the header).
#define DC_EDITOR_LIST(T)                                                                                  \
    template void Editor::set_item<T>(std::size_t, T, const std::string&, const std::string&);             \
    template void Editor::insert_item<T>(std::size_t, T, const std::string&);                              \
    template void Editor::erase_item<T>(std::size_t, const std::string&);                                  \
    template void Editor::move_item<T>(std::size_t, std::size_t, const std::string&);
DC_EDITOR_LIST(Task)
DC_EDITOR_LIST(Site)
DC_EDITOR_LIST(SiteGroup)
DC_EDITOR_LIST(Block)
DC_EDITOR_LIST(Duty)
DC_EDITOR_LIST(BudgetLine)
DC_EDITOR_LIST(Contact)
DC_EDITOR_LIST(Recipient)
#undef DC_EDITOR_LIST
template void Editor::erase_item<Slot>(std::size_t, const std::string&);
template void Editor::move_item<Slot>(std::size_t, std::size_t, const std::string&);

//-----------------------------------------------------------------------------
// [SECTION] Whole plan
//-----------------------------------------------------------------------------

void Editor::replace_plan(Plan p, const std::string& label) {
    Impl& m = *impl_;
    normalize_nfc(p);
    if (same(m.plan, p)) return;
    // next_id comes with the new plan (Whole<Plan> restores it on undo); keep the
    // bookkeeping in step so commit() does not add a second next_id primitive.
    m.single(step(label, StepAction::OpenOther, StepTarget::Plan), {}, [&] {
        m.record(std::make_unique<Whole<Plan>>(&plan_of, m.plan, std::move(p)));
        m.committed_next_id = m.plan.next_id;
    });
}

// Shared by apply_bulk and the replace_* lists: run `diff` inside a group (so
// it is one step, or part of the caller's step) and say whether it recorded
// anything — counted in primitives, since inside an outer group the revision
// does not move until the outermost end().
template <class Diff>
bool Editor::Impl::diff_step(Editor& ed, const std::string& label, Diff&& diff) {
    ed.begin(label);
    const std::size_t ops_before = open.ops.size();
    const int next_before = plan.next_id;
    diff();
    const bool changed = open.ops.size() != ops_before || plan.next_id != next_before;
    ed.end();
    return changed;
}

bool Editor::apply_bulk(const std::string& label, Plan target) {
    Impl& m = *impl_;
    normalize_nfc(target);
    return m.diff_step(*this, label, [&] {
        // Inside the group: the group's label is the step's.
        m.set_part<Header>(&header_of, std::move(target.header), {}, {});
        m.set_part<Event>(&event_of, std::move(target.event), {}, {});
        m.set_part<Signer>(&signer_of, std::move(target.signer), {}, {});
        m.set_part<std::string>(&archive_of, std::move(target.archive), {}, {});
        m.set_part<std::string>(&uid_of, std::move(target.uid), {}, {});   // given with the first site request
        m.set_part<Extra>(&extra_of, std::move(target.extra), {}, {});
        m.diff_list<Block>(&list_of<Block>, target.body);
        m.diff_list<SiteGroup>(&list_of<SiteGroup>, target.site_groups);
        m.diff_list<Site>(&list_of<Site>, target.sites);
        m.diff_list<Slot>(&list_of<Slot>, target.agenda);
        m.diff_list<Task>(&list_of<Task>, target.tasks);
        m.diff_list<Duty>(&list_of<Duty>, target.duties);
        m.diff_list<BudgetLine>(&list_of<BudgetLine>, target.budget);
        m.diff_list<Contact>(&list_of<Contact>, target.contacts);
        m.diff_list<Recipient>(&list_of<Recipient>, target.recipients);
        if (target.next_id > m.plan.next_id) m.plan.next_id = target.next_id;  // ids handed out on the copy
    });
}

bool Editor::replace_agenda(std::vector<Slot> v, const std::string& label) {
    for (auto& x : v) normalize_nfc(x);
    return impl_->diff_step(*this, label, [&] { impl_->diff_list<Slot>(&list_of<Slot>, v); });
}
bool Editor::replace_tasks(std::vector<Task> v, const std::string& label) {
    for (auto& x : v) normalize_nfc(x);
    return impl_->diff_step(*this, label, [&] { impl_->diff_list<Task>(&list_of<Task>, v); });
}
bool Editor::replace_sites(std::vector<Site> v, const std::string& label) {
    for (auto& x : v) normalize_nfc(x);
    return impl_->diff_step(*this, label, [&] { impl_->diff_list<Site>(&list_of<Site>, v); });
}

}  // namespace dc
