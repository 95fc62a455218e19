// plan_file.cpp — plan file reader and writer (see plan_file.h, docs/plan-format.md).
//
// [SECTION] Enum names       — the strings files use for each enum value
// [SECTION] Writer           — Plan → JSON text, member order fixed by plan.h
// [SECTION] Messages         — bilingual error texts
// [SECTION] Pre-parse checks — size, UTF-8, nesting depth, JSON syntax (no exceptions)
// [SECTION] Migration        — version 1 → version 2, on the JSON tree
// [SECTION] Decoder          — JSON tree → Plan, collecting errors with their places
// [SECTION] read_plan
//
// Why no exceptions: the web build compiles without exception catching, so the
// reader parses through nlohmann's SAX interface (which reports errors by
// return value) and checks every type before touching a value.
#include "core/plan_file.h"
#include "core/apart.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <set>
#include <type_traits>
#include <utility>

#include "core/datetime.h"
#include "core/plan_fields.h"
#include "core/text.h"

namespace dc {

using json = nlohmann::ordered_json;   // one JSON type for reading and writing: ≈ 4 KB less code in the web build
using ojson = nlohmann::ordered_json;

//-----------------------------------------------------------------------------
// [SECTION] Enum names
//-----------------------------------------------------------------------------

namespace {

template <class E>
struct EnumName { E value; const char* name; };

const EnumName<DocKind> kDocKinds[] = {
    {DocKind::KeHoach, "ke-hoach"}, {DocKind::CongVan, "cong-van"},
    {DocKind::ChuongTrinh, "chuong-trinh"}, {DocKind::ThongBao, "thong-bao"},
    {DocKind::GiayMoi, "giay-moi"}};
const EnumName<TestStatus> kTestStatuses[] = {
    {TestStatus::NotTested, "not-tested"}, {TestStatus::Ok, "ok"},
    {TestStatus::NoPicture, "no-picture"}, {TestStatus::NoSound, "no-sound"},
    {TestStatus::LostConnection, "lost-connection"}};
const EnumName<DeadlineQualifier> kQualifiers[] = {
    {DeadlineQualifier::Before, "before"}, {DeadlineQualifier::On, "on"},
    {DeadlineQualifier::NoLaterThan, "no-later-than"}, {DeadlineQualifier::Plain, "plain"}};
const EnumName<BlockKind> kBlockKinds[] = {
    {BlockKind::Heading, "heading"}, {BlockKind::Paragraph, "paragraph"},
    {BlockKind::Bullet, "bullet"}, {BlockKind::Note, "note"}, {BlockKind::Insert, "insert"}};
const EnumName<InsertWhat> kInsertWhats[] = {
    {InsertWhat::Agenda, "agenda"}, {InsertWhat::Tasks, "tasks"}, {InsertWhat::Sites, "sites"},
    {InsertWhat::Participants, "participants"}, {InsertWhat::Duties, "duties"},
    {InsertWhat::Budget, "budget"}, {InsertWhat::Contacts, "contacts"},
    {InsertWhat::TechSessions, "tech-sessions"}};
const EnumName<TechKind> kTechKinds[] = {
    {TechKind::Connection, "connection"}, {TechKind::ConnectionTest, "connection-test"},
    {TechKind::Rehearsal, "rehearsal"}};
const EnumName<SlotKind> kSlotKinds[] = {
    {SlotKind::Normal, "normal"}, {SlotKind::Break, "break"},
    {SlotKind::Registration, "registration"}, {SlotKind::Discussion, "discussion"},
    {SlotKind::Ceremony, "ceremony"}};

// The table of an enum type, for the reader's generic field walk.
const auto& names_table(DocKind) { return kDocKinds; }
const auto& names_table(TestStatus) { return kTestStatuses; }
const auto& names_table(DeadlineQualifier) { return kQualifiers; }
const auto& names_table(BlockKind) { return kBlockKinds; }
const auto& names_table(InsertWhat) { return kInsertWhats; }
const auto& names_table(TechKind) { return kTechKinds; }
const auto& names_table(SlotKind) { return kSlotKinds; }

template <class E, std::size_t N>
const char* name_of(const EnumName<E> (&table)[N], E v) {
    for (const auto& e : table)
        if (e.value == v) return e.name;
    return table[0].name;   // unreachable for valid enum values
}

template <class E, std::size_t N>
std::string names_list(const EnumName<E> (&table)[N]) {
    std::string s;
    for (const auto& e : table) {
        if (!s.empty()) s += ", ";
        s += '"';
        s += e.name;
        s += '"';
    }
    return s;
}

}  // namespace

const char* to_string(DocKind v) { return name_of(kDocKinds, v); }
const char* to_string(TestStatus v) { return name_of(kTestStatuses, v); }
const char* to_string(DeadlineQualifier v) { return name_of(kQualifiers, v); }
const char* to_string(BlockKind v) { return name_of(kBlockKinds, v); }
const char* to_string(InsertWhat v) { return name_of(kInsertWhats, v); }
const char* to_string(TechKind v) { return name_of(kTechKinds, v); }
const char* to_string(SlotKind v) { return name_of(kSlotKinds, v); }

//-----------------------------------------------------------------------------
// [SECTION] Writer
//-----------------------------------------------------------------------------
//
// Writes the JSON text directly rather than building an nlohmann tree and
// dumping it: the tree costs an allocation per member and made export of the
// benchmark plan (5,000 tasks) several times slower.  The output is exactly
// what nlohmann's dump(2) produces for the same document (2-space indent,
// "key": value, {} and [] when empty, the same string escapes) — a test checks
// write_plan(p) == to_json(p).dump(2) + "\n" — and unknown members, which can
// hold any JSON, are dumped by nlohmann itself.

namespace {

// "2021-08-31"; blank parts as "??" / "????" ("2021-10-??"); "" when all blank.
std::string date_text(const Date& d) {
    if (d.empty()) return "";
    char buf[32];
    char y[8], m[4], dd[4];
    if (d.y) std::snprintf(y, sizeof y, "%04d", d.y % 10000); else std::strcpy(y, "????");
    if (d.m) std::snprintf(m, sizeof m, "%02d", d.m % 100); else std::strcpy(m, "??");
    if (d.d) std::snprintf(dd, sizeof dd, "%02d", d.d % 100); else std::strcpy(dd, "??");
    std::snprintf(buf, sizeof buf, "%s-%s-%s", y, m, dd);
    return buf;
}

// "08:00"; "" when unset.
std::string time_text(int minutes) {
    if (minutes < 0 || minutes >= 24 * 60) return "";
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
    return buf;
}

class JsonOut {
public:
    explicit JsonOut(std::string& out) : s_(out) {}

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    // Starts a member of the current object; follow with a value or begin_*.
    void key(std::string_view k) {
        next_item();
        string(k);
        s_ += ": ";
    }
    // Starts an element of the current array.
    void element() { next_item(); }

    void string(std::string_view v) {
        // Well-formed UTF-8 passes through as is (ensure_ascii off).  A string
        // that is not (only a bug elsewhere could make one) is written with
        // U+FFFD by nlohmann rather than producing an invalid file.
        for (unsigned char c : v) {
            if (c >= 0x80) {
                if (!valid_utf8(v)) {
                    s_ += json(std::string(v)).dump(-1, ' ', false, json::error_handler_t::replace);
                    return;
                }
                break;
            }
        }
        s_ += '"';
        std::size_t run = 0;   // start of the pending run of bytes needing no escape
        for (std::size_t i = 0; i < v.size(); ++i) {
            const unsigned char c = static_cast<unsigned char>(v[i]);
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            s_.append(v.data() + run, i - run);
            run = i + 1;
            switch (c) {
                case '"': s_ += "\\\""; break;
                case '\\': s_ += "\\\\"; break;
                case '\b': s_ += "\\b"; break;
                case '\f': s_ += "\\f"; break;
                case '\n': s_ += "\\n"; break;
                case '\r': s_ += "\\r"; break;
                case '\t': s_ += "\\t"; break;
                default: {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    s_ += buf;
                }
            }
        }
        s_.append(v.data() + run, v.size() - run);
        s_ += '"';
    }
    void integer(long long v) { s_ += std::to_string(v); }
    void boolean(bool v) { s_ += v ? "true" : "false"; }

    // Any JSON value (unknown members), laid out at the current depth.
    void any(const json& v) {
        std::string text = ojson(v).dump(2, ' ', false, ojson::error_handler_t::replace);
        // Raw newlines occur only between tokens (strings escape theirs).
        const std::string pad = "\n" + std::string(2 * first_.size(), ' ');
        std::size_t from = 0, nl;
        while ((nl = text.find('\n', from)) != std::string::npos) {
            s_.append(text, from, nl - from);
            s_ += pad;
            from = nl + 1;
        }
        s_.append(text, from, std::string::npos);
    }

    // Shorthands for "key": value.
    void member(std::string_view k, std::string_view v) { key(k); string(v); }
    void member(std::string_view k, const char* v) { key(k); string(v); }
    void member(std::string_view k, const std::string& v) { key(k); string(v); }
    void member(std::string_view k, int v) { key(k); integer(v); }
    void member(std::string_view k, std::int64_t v) { key(k); integer(v); }
    void member(std::string_view k, bool v) { key(k); boolean(v); }
    void member(std::string_view k, const std::vector<std::string>& v) {
        key(k);
        begin_array();
        for (const auto& x : v) { element(); string(x); }
        end_array();
    }

    // Unknown members go after the known ones, in key order.  A key that
    // collides with a known member (only possible if a program put it there)
    // is skipped, so the known value wins and the output stays valid JSON.
    template <class IsKnown>
    void extra(const Extra& e, IsKnown&& is_known) {
        if (!e.is_object()) return;
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (is_known(it.key())) continue;
            key(it.key());
            any(it.value());
        }
    }

private:
    void open(char c) {
        s_ += c;
        first_.push_back(true);
    }
    void close(char c) {
        const bool empty = first_.back();
        first_.pop_back();
        if (!empty) {
            s_ += '\n';
            s_.append(2 * first_.size(), ' ');
        }
        s_ += c;
    }
    void next_item() {
        s_ += first_.back() ? "\n" : ",\n";
        first_.back() = false;
        s_.append(2 * first_.size(), ' ');
    }

    std::string& s_;
    std::vector<bool> first_;   // per open container: nothing written in it yet
};

// A member name of T's field list (plan.h).
template <class T>
bool is_field_name(const std::string& key) {
    bool found = false;
    for_each_field<T>([&](const auto& f) { found = found || key == f.name; });
    return found;
}

template <class T>
void write_members(JsonOut& o, const T& x);

// For kOmitEmpty: the value a member has when nobody set it.
template <class M>
bool is_default_value(const M& v) {
    if constexpr (std::is_same_v<M, std::string> || is_vector<M>::value) return v.empty();
    else if constexpr (std::is_arithmetic_v<M> || std::is_enum_v<M>) return v == M{};
    else return false;
}

// One value, by its C++ type and the field's flags.
template <class F, class M>
void write_value(JsonOut& o, const F& f, const M& v) {
    if constexpr (std::is_same_v<M, std::string>) {
        o.string(v);
    } else if constexpr (std::is_same_v<M, bool>) {
        o.boolean(v);
    } else if constexpr (std::is_enum_v<M>) {
        o.string(to_string(v));
    } else if constexpr (std::is_same_v<M, Date>) {
        o.string(date_text(v));
    } else if constexpr (std::is_same_v<M, int>) {
        if (f.flags & kTime) o.string(time_text(v));
        else o.integer(v);
    } else if constexpr (std::is_integral_v<M>) {
        o.integer(v);
    } else if constexpr (has_fields_v<M>) {
        o.begin_object();
        write_members(o, v);
        o.extra(v.extra, is_field_name<M>);
        o.end_object();
    } else {
        static_assert(is_vector<M>::value, "a field type the plan file cannot write");
        o.begin_array();
        for (const auto& x : v) {
            o.element();
            write_value(o, f, x);
        }
        o.end_array();
    }
}

// The listed fields of x, in file order (not `extra`).
template <class T>
void write_members(JsonOut& o, const T& x) {
    for_each_field<T>([&](const auto& f) {
        if (f.present && !f.present(x)) return;
        if ((f.flags & kOmitEmpty) && is_default_value(x.*f.member)) return;
        o.key(f.name);
        write_value(o, f, x.*f.member);
    });
}

}  // namespace

std::string write_plan(const Plan& p) {
    std::string s;
    s.reserve(4096 + 300 * (p.tasks.size() + p.agenda.size()) + 600 * p.sites.size());
    JsonOut o(s);
    o.begin_object();
    o.member("format", kPlanFormatName);
    o.member("version", kPlanFormatVersion);
    write_members(o, p);
    o.extra(p.extra, [](const std::string& k) { return k == "format" || k == "version" || is_field_name<Plan>(k); });
    o.end_object();
    s += '\n';
    return s;
}

ojson to_json(const Plan& p) {
    // The writer's text is the definition; parsing it back keeps the two in step.
    return ojson::parse(write_plan(p), nullptr, /*allow_exceptions=*/false);
}

//-----------------------------------------------------------------------------
// [SECTION] Messages
//-----------------------------------------------------------------------------

namespace {

ImportError make_error(std::string code, std::string place, std::string vi, std::string en,
                       int line = 0, int column = 0) {
    ImportError e;
    e.code = std::move(code);
    e.place = std::move(place);
    // Every message names the place first so it reads on its own in a list.
    if (!e.place.empty()) {
        e.message_vi = e.place + ": " + vi;
        e.message_en = e.place + ": " + en;
    } else {
        e.message_vi = std::move(vi);
        e.message_en = std::move(en);
    }
    e.line = line;
    e.column = column;
    return e;
}

// 1-based line and column (in bytes) of a byte offset.
std::pair<int, int> line_col(std::string_view s, std::size_t offset) {
    int line = 1, col = 1;
    for (std::size_t i = 0; i < offset && i < s.size(); ++i) {
        if (s[i] == '\n') { ++line; col = 1; } else { ++col; }
    }
    return {line, col};
}

const char* type_vi(const json& v) {
    switch (v.type()) {
        case json::value_t::null: return "null";
        case json::value_t::object: return "một đối tượng {…}";
        case json::value_t::array: return "một danh sách […]";
        case json::value_t::string: return "một chuỗi";
        case json::value_t::boolean: return "true/false";
        case json::value_t::number_float: return "một số thập phân";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned: return "một số nguyên";
        default: return "một giá trị khác";
    }
}
const char* type_en(const json& v) {
    switch (v.type()) {
        case json::value_t::null: return "null";
        case json::value_t::object: return "an object {…}";
        case json::value_t::array: return "a list […]";
        case json::value_t::string: return "a string";
        case json::value_t::boolean: return "true/false";
        case json::value_t::number_float: return "a decimal number";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned: return "a whole number";
        default: return "another kind of value";
    }
}

// Quote a file value in a message, shortened so a hostile 20 MB string does
// not end up in a dialog box.  Cuts on a UTF-8 boundary.
std::string quote(std::string_view s) {
    constexpr std::size_t kMax = 40;
    std::string out = "“";
    if (s.size() <= kMax) {
        out.append(s);
    } else {
        std::size_t n = kMax;
        while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
        out.append(s.substr(0, n));
        out += "…";
    }
    out += "”";
    return out;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Pre-parse checks
//-----------------------------------------------------------------------------

namespace {

// Nesting depth without parsing: one pass over the bytes, skipping strings.
// Returns the offset of the first bracket that goes deeper than max_depth, or npos.
std::size_t find_too_deep(std::string_view s, int max_depth) {
    int depth = 0;
    bool in_string = false, escaped = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '[' || c == '{') {
            if (++depth > max_depth) return i;
        } else if (c == ']' || c == '}') {
            if (depth > 0) --depth;
        }
    }
    return std::string_view::npos;
}

// Keeps one member per key in an object just built: the last value wins, at
// the place of the first (what nlohmann's own DOM builder does through
// operator[]).  Linear for small objects, n log n for large ones — never
// quadratic, whatever the file holds.
void dedupe_members(json::object_t& obj) {
    using Container = json::object_t::Container;
    Container& c = obj;
    const std::size_t n = c.size();
    if (n < 2) return;
    std::vector<std::uint32_t> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = static_cast<std::uint32_t>(i);
    bool dup = false;
    if (n <= 16) {
        for (std::size_t i = 1; i < n && !dup; ++i)
            for (std::size_t j = 0; j < i && !dup; ++j) dup = c[i].first == c[j].first;
        if (!dup) return;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return c[a].first < c[b].first; });
    // keep[i]: the index whose value member i takes (npos: dropped)
    constexpr std::uint32_t kDrop = 0xFFFFFFFFu;
    std::vector<std::uint32_t> take(n);
    for (std::size_t i = 0; i < n; ++i) take[i] = static_cast<std::uint32_t>(i);
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i + 1;
        while (j < n && c[order[j]].first == c[order[i]].first) ++j;
        if (j - i > 1) {
            dup = true;
            take[order[i]] = order[j - 1];                 // first place, last value
            for (std::size_t k = i + 1; k < j; ++k) take[order[k]] = kDrop;
        }
        i = j;
    }
    if (!dup) return;
    Container out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (take[i] != kDrop) out.emplace_back(c[i].first, std::move(c[take[i]].second));
    c.swap(out);
}

// Builds the DOM from nlohmann's SAX events, in time linear in the file.
// nlohmann's own builder (json_sax_dom_parser) adds each member with
// operator[], which for ordered_json searches the object's members first: an
// object with n members cost n²/2 key comparisons (300,000 members: minutes).
// Here members are appended, and duplicate keys are resolved once when the
// object ends.  A syntax error's byte position is recorded instead of thrown.
struct CapturingSax {
    json& root;
    std::vector<json*> stack;       // open arrays and objects
    json* member = nullptr;         // the value slot of the last key
    bool failed = false;
    std::size_t position = 0;
    std::string token, what;
    std::size_t values = 0, max_values;
    bool too_many = false;          // stopped at max_values

    CapturingSax(json& r, std::size_t max) : root(r), max_values(max) {}

    template <class Value>
    json* add(Value&& v) {
        if (++values > max_values) {
            too_many = true;
            return nullptr;
        }
        if (stack.empty()) {
            root = json(std::forward<Value>(v));
            return &root;
        }
        json& top = *stack.back();
        if (top.is_array()) {
            auto& a = top.get_ref<json::array_t&>();
            a.emplace_back(std::forward<Value>(v));
            return &a.back();
        }
        *member = json(std::forward<Value>(v));
        return member;
    }
    bool null() { return add(nullptr) != nullptr; }
    bool boolean(bool v) { return add(v) != nullptr; }
    bool number_integer(json::number_integer_t v) { return add(v) != nullptr; }
    bool number_unsigned(json::number_unsigned_t v) { return add(v) != nullptr; }
    bool number_float(json::number_float_t v, const std::string&) { return add(v) != nullptr; }
    bool string(std::string& v) { return add(std::move(v)) != nullptr; }
    bool binary(json::binary_t& v) { return add(json::binary(std::move(v))) != nullptr; }
    bool start_object(std::size_t) {
        json* j = add(json::value_t::object);
        if (j) stack.push_back(j);
        return j != nullptr;
    }
    bool key(std::string& k) {
        using Container = json::object_t::Container;
        Container& c = stack.back()->get_ref<json::object_t&>();
        if (c.size() == c.capacity()) {
            // The members are pair<const string, json>: the key can't be moved,
            // so std::vector's own growth copies each member, the whole value
            // tree included (a file's "tasks" array was copied at every later
            // key: 3 s for a 15 MB plan).  Grow by hand: copy the short keys,
            // move the values.
            Container grown;
            grown.reserve(c.empty() ? 1 : 2 * c.size());
            for (auto& m : c) grown.emplace_back(m.first, std::move(m.second));
            c.swap(grown);
        }
        c.emplace_back(std::move(k), json());
        member = &c.back().second;
        return true;
    }
    bool end_object() {
        dedupe_members(stack.back()->get_ref<json::object_t&>());
        stack.pop_back();
        return true;
    }
    bool start_array(std::size_t) {
        json* j = add(json::value_t::array);
        if (j) stack.push_back(j);
        return j != nullptr;
    }
    bool end_array() { stack.pop_back(); return true; }
    template <class Exception>
    bool parse_error(std::size_t pos, const std::string& last_token, const Exception& ex) {
        failed = true;
        position = pos;
        token = last_token;
        what = ex.what();
        return false;
    }
};

// The text of the error's line up to and including the error byte, at most
// ~30 bytes, cut on UTF-8 boundaries and with control characters shown as ".":
// what the user looks for in their editor.
std::string text_before(std::string_view s, std::size_t at) {
    std::size_t end = std::min(at + 1, s.size());
    while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) ++end;
    std::size_t begin = end;
    while (begin > 0 && s[begin - 1] != '\n' && end - begin < 30) --begin;
    while (begin < end && (static_cast<unsigned char>(s[begin]) & 0xC0) == 0x80) ++begin;
    while (begin < end && (s[begin] == ' ' || s[begin] == '\t')) ++begin;
    std::string out(s.substr(begin, end - begin));
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20) c = '.';
    return out;
}

// nlohmann's message minus its "[json.exception.parse_error.101] parse error at
// line 1, column 5: " prefix, which we say ourselves.
std::string parser_detail(const std::string& what) {
    const std::size_t p = what.rfind(": ");
    if (p == std::string::npos) return what;
    return what.substr(p + 2);
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Migration
//-----------------------------------------------------------------------------

namespace {

// Version 1 (before multi-day events and structured deadlines):
//   event.date / event.start / event.end   → event.days = [{date, start, end}]
//   tasks[i].deadline: "Trước ngày 26/8/2021" (the text as written)
//                      → {"qualifier": "before", "date": "2021-08-26", ...}
// Dates in version 1 were already "YYYY-MM-DD" and times "HH:MM".
// Returns false only when the tree is too broken to migrate; decoding then
// reports the precise problems.
void migrate_v1(json& root, std::vector<ImportNote>& notes) {
    notes.push_back(make_error("migrated", "",
        "Tệp theo định dạng phiên bản 1 đã được chuyển sang phiên bản 2; khi lưu, tệp sẽ ở phiên bản 2.",
        "The file was in format version 1 and has been migrated to version 2; saving writes version 2."));
    if (!root.is_object()) return;
    auto ev = root.find("event");
    if (ev != root.end() && ev->is_object() && !ev->contains("days")) {
        json day = json::object();
        bool any = false;
        for (const char* k : {"date", "start", "end"}) {
            auto it = ev->find(k);
            if (it != ev->end()) {
                day[k] = *it;
                ev->erase(it);
                any = true;
            }
        }
        (*ev)["days"] = any ? json::array({day}) : json::array();
    }
    auto tasks = root.find("tasks");
    if (tasks == root.end() || !tasks->is_array()) return;
    std::size_t index = 0;
    for (auto& t : *tasks) {
        const std::string place = "tasks[" + std::to_string(index++) + "].deadline";
        if (!t.is_object()) continue;
        auto dl = t.find("deadline");
        if (dl == t.end() || !dl->is_string()) continue;   // decoder reports wrong types
        const std::string text = dl->get<std::string>();
        // The qualifier words as documents write them; compare on NFC text.
        const std::string norm = nfc(text);
        struct Prefix { const char* words; DeadlineQualifier q; };
        static const Prefix kPrefixes[] = {
            {"Trước ngày", DeadlineQualifier::Before},
            {"trước ngày", DeadlineQualifier::Before},
            {"Trong ngày", DeadlineQualifier::On},
            {"trong ngày", DeadlineQualifier::On},
            {"Chậm nhất ngày", DeadlineQualifier::NoLaterThan},
            {"chậm nhất ngày", DeadlineQualifier::NoLaterThan},
            {"Chậm nhất", DeadlineQualifier::NoLaterThan},
        };
        DeadlineQualifier q = DeadlineQualifier::Plain;
        std::string rest = norm;
        for (const auto& p : kPrefixes) {
            const std::size_t n = std::strlen(p.words);
            if (norm.compare(0, n, p.words) == 0) {
                q = p.q;
                rest = norm.substr(n);
                break;
            }
        }
        // Trim spaces.
        while (!rest.empty() && rest.front() == ' ') rest.erase(rest.begin());
        while (!rest.empty() && rest.back() == ' ') rest.pop_back();
        json out = json::object();
        out["qualifier"] = to_string(q);
        out["relative"] = false;
        out["days_before_event"] = 0;
        if (rest.empty()) {
            out["date"] = "";
            out["qualifier"] = to_string(DeadlineQualifier::Before);
        } else if (auto d = parse_date(rest)) {
            out["date"] = date_text(*d);
        } else {
            // Nothing is lost: the text moves to the task's note.
            out["date"] = "";
            std::string note;
            auto nt = t.find("note");
            if (nt != t.end() && nt->is_string()) note = nt->get<std::string>();
            if (!note.empty()) note += " ";
            note += "(Thời hạn: " + text + ")";
            notes.push_back(make_error("deadline-to-note", place,
                "không đọc được thời hạn " + quote(text) + "; đã chép vào ghi chú của công việc.",
                "could not read the deadline " + quote(text) + "; it was copied into the task's note."));
            // The deadline is written first: adding "note" to the task may
            // move its members (an ordered object is a vector), and `dl`
            // points at one of them.
            *dl = std::move(out);
            t["note"] = std::move(note);
            continue;
        }
        *dl = std::move(out);
    }
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Decoder
//-----------------------------------------------------------------------------

namespace {

std::string join(const std::string& path, const char* key) {
    return path.empty() ? std::string(key) : path + "." + key;
}
std::string index_path(const std::string& path, const char* key, std::size_t i) {
    return join(path, key) + "[" + std::to_string(i) + "]";
}

// A quick check that a string is already NFC, so the reader calls dc::nfc
// only on strings that may change: on typical Vietnamese text the full
// normalisation cost more than parsing the JSON.  Safe subset, decoded from
// well-formed UTF-8 (checked for the whole file before): every code point below
// U+0300 (Latin, Latin-1, Latin Extended A/B, IPA), the precomposed Vietnamese
// letters of Latin Extended Additional (U+1E00–U+1EFF), and general punctuation
// and currency signs (U+2002–U+206F, U+20A0–U+20CF: dashes, quotes, "…", "₫").
// All of these have NFC_Quick_Check=Yes and canonical combining class 0, and no
// two of them compose with each other, so a string of only these is in NFC.
// Anything else (combining marks, U+2000/U+2001, other scripts) takes the full path.
bool already_nfc(const std::string& s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
        const unsigned c = *p;
        if (c < 0x80) { ++p; continue; }
        unsigned cp;
        if ((c & 0xE0) == 0xC0 && end - p >= 2) {
            cp = ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu);
            p += 2;
        } else if ((c & 0xF0) == 0xE0 && end - p >= 3) {
            cp = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
            p += 3;
        } else {
            return false;   // 4-byte sequences and anything odd: full path
        }
        const bool ok = cp < 0x300 || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2002 && cp <= 0x206F) ||
                        (cp >= 0x20A0 && cp <= 0x20CF);
        if (!ok) return false;
    }
    return true;
}

constexpr int kBadTime = -2;   // a time member that failed to read; never leaves the reader

class Decoder {

public:
    Decoder(const PlanFileLimits& limits, std::vector<ImportError>& errors)
        : limits_(limits), errors_(errors) {}

    bool full() const { return errors_.size() >= limits_.max_errors; }

    void error(const char* code, const std::string& place, const std::string& vi, const std::string& en) {
        if (full()) return;
        errors_.push_back(make_error(code, place, vi, en));
        if (full())
            errors_.push_back(make_error("too-many-errors", "",
                "Quá nhiều lỗi; chỉ liệt kê " + std::to_string(limits_.max_errors) + " lỗi đầu tiên.",
                "Too many errors; only the first " + std::to_string(limits_.max_errors) + " are listed."));
    }

    void wrong_type(const std::string& place, json& v, const char* want_vi, const char* want_en) {
        error("wrong-type", place, std::string("cần ") + want_vi + " nhưng tệp ghi " + type_vi(v) + ".",
              std::string("expected ") + want_en + " but the file has " + type_en(v) + ".");
    }

    void missing(const std::string& place) {
        error("missing", place, "thiếu mục bắt buộc này.", "this required member is missing.");
    }

    // Normalises a string read from the file: NFC (ASCII is already NFC), and
    // bounded length.  NUL characters are refused: exporters and C APIs would cut the text.
    bool text(json& v, const std::string& place, std::string& out) {
        if (!v.is_string()) {
            wrong_type(place, v, "một chuỗi", "a string");
            return false;
        }
        std::string& s = v.get_ref<std::string&>();
        if (s.size() > limits_.max_string_bytes) {
            error("too-long", place,
                  "chuỗi dài " + std::to_string(s.size()) + " byte, vượt giới hạn " +
                      std::to_string(limits_.max_string_bytes) + " byte.",
                  "the string is " + std::to_string(s.size()) + " bytes long, over the limit of " +
                      std::to_string(limits_.max_string_bytes) + " bytes.");
            return false;
        }
        if (s.find('\0') != std::string::npos) {
            error("bad-text", place, "chuỗi chứa ký tự NUL (\\u0000).", "the string contains a NUL character (\\u0000).");
            return false;
        }
        // The tree is thrown away after decoding, so its strings can be moved out.
        if (already_nfc(s)) out = std::move(s);
        else out = nfc(s);
        return true;
    }

    // Unknown members: every string (keys included) is NFC-normalised like the
    // rest — in place, and moved out of the tree afterwards (the tree is thrown
    // away after decoding): a copy would double the memory a large unknown
    // member takes.  Keys are only rebuilt when one is not NFC already; NFC can
    // make two keys equal, so duplicates are then resolved once at the end.
    void normalise(json& v) {
        if (v.is_string()) {
            std::string& s = v.get_ref<std::string&>();
            if (!already_nfc(s)) s = nfc(s);
        } else if (v.is_array()) {
            for (json& x : v.get_ref<json::array_t&>()) normalise(x);
        } else if (v.is_object()) {
            json::object_t::Container& c = v.get_ref<json::object_t&>();
            bool renamed = false;
            for (auto& member : c) {
                normalise(member.second);
                renamed = renamed || !already_nfc(member.first);
            }
            if (renamed) {
                json::object_t::Container out;
                out.reserve(c.size());
                for (auto& member : c)
                    out.emplace_back(already_nfc(member.first) ? member.first : nfc(member.first), std::move(member.second));
                c.swap(out);
                dedupe_members(v.get_ref<json::object_t&>());
            }
        }
    }

    std::size_t unknown_members = 0;

private:
    const PlanFileLimits& limits_;
    std::vector<ImportError>& errors_;
};

// A view of one JSON object being decoded into one struct.  Each getter marks
// its key as known; finish() gathers everything else into `extra`.
class Obj {
public:
    Obj(Decoder& d, json& j, std::string path) : d_(d), j_(j), path_(std::move(path)) {}

    // True when `j` is an object; reports the wrong type otherwise.
    bool ok() {
        if (j_.is_object()) return true;
        d_.wrong_type(path_, j_, "một đối tượng {…}", "an object {…}");
        return false;
    }
    const std::string& path() const { return path_; }
    std::string at(const char* key) const { return join(path_, key); }

    json* get(const char* key, bool required = false) {
        known_.push_back(key);
        auto it = j_.find(key);
        if (it == j_.end()) {
            if (required) d_.missing(at(key));
            return nullptr;
        }
        return &*it;
    }

    void str(const char* key, std::string& out, bool required = false) {
        if (json* v = get(key, required)) d_.text(*v, at(key), out);
    }

    void id(const char* key, std::string& out) {
        json* v = get(key, true);
        if (!v) return;
        if (d_.text(*v, at(key), out) && out.empty())
            d_.error("empty-id", at(key), "mã (id) không được để trống.", "the id must not be empty.");
    }

    void boolean(const char* key, bool& out) {
        json* v = get(key);
        if (!v) return;
        if (!v->is_boolean()) return d_.wrong_type(at(key), *v, "true hoặc false", "true or false");
        out = v->get<bool>();
    }

    template <class Int>
    void integer(const char* key, Int& out, long long lo, long long hi, bool required = false) {
        json* v = get(key, required);
        if (!v) return;
        if (!v->is_number_integer())
            return d_.wrong_type(at(key), *v, "một số nguyên", "a whole number");
        // number_unsigned above INT64_MAX is out of range for every field.
        if (v->is_number_unsigned() &&
            v->get<json::number_unsigned_t>() > static_cast<json::number_unsigned_t>(hi))
            return range(key, lo, hi);
        const long long n = v->get<long long>();
        if (n < lo || n > hi) return range(key, lo, hi);
        out = static_cast<Int>(n);
    }

    // Dates: "YYYY-MM-DD", "" for none; with allow_blank_parts, "2021-10-??".
    void date(const char* key, Date& out, bool allow_blank_parts = false) {
        json* v = get(key);
        if (!v) return;
        std::string s;
        if (!d_.text(*v, at(key), s)) return;
        if (s.empty()) { out = Date{}; return; }
        auto part = [&](std::size_t pos, std::size_t len, int& field) {
            bool all_q = true, all_digit = true;
            int n = 0;
            for (std::size_t i = pos; i < pos + len; ++i) {
                all_q = all_q && s[i] == '?';
                all_digit = all_digit && s[i] >= '0' && s[i] <= '9';
                if (all_digit) n = n * 10 + (s[i] - '0');
            }
            if (all_q && allow_blank_parts) { field = 0; return true; }
            if (!all_digit) return false;
            // Only "??" leaves a part blank: "00" is no month or day (and "0000" no
            // year), so it is refused rather than read as blank — a blank part
            // where none is allowed would be written back as "??" and then refused.
            field = n == 0 ? -1 : n;
            return true;
        };
        Date d;
        const bool shape = s.size() == 10 && s[4] == '-' && s[7] == '-' && part(0, 4, d.y) &&
                           part(5, 2, d.m) && part(8, 2, d.d);
        if (!shape) {
            return d_.error("bad-date", at(key),
                "ngày " + quote(s) + " không đúng dạng " + (allow_blank_parts ? "“2021-08-31” (phần để trống ghi “??”)." : "“2021-08-31”."),
                "the date " + quote(s) + " is not in the form " + (allow_blank_parts ? "\"2021-08-31\" (blank parts as \"??\")." : "\"2021-08-31\"."));
        }
        const bool year_ok = d.y == 0 || (d.y >= 1900 && d.y <= 2200);
        const bool month_ok = d.m == 0 || (d.m >= 1 && d.m <= 12);
        const bool day_ok = d.d == 0 || (d.d >= 1 && d.d <= 31);
        if (!year_ok || !month_ok || !day_ok || (d.complete() && !valid_date(d)) ||
            (d.m != 0 && d.d != 0 && d.y == 0 && d.d > days_in_month(2000, d.m))) {
            return d_.error("bad-date", at(key),
                "ngày " + quote(s) + " không tồn tại" + (year_ok ? "." : " (năm phải từ 1900 đến 2200)."),
                "the date " + quote(s) + " does not exist" + (year_ok ? "." : " (the year must be 1900 to 2200)."));
        }
        out = d;
    }

    // Times: "HH:MM" (also "H:MM"), "" for unset.  A bad time is stored as
    // kBadTime so check_order does not add a second, misleading error about
    // it (the plan is discarded anyway, since there are errors).
    void time(const char* key, int& out) {
        json* v = get(key);
        if (!v) return;
        std::string s;
        if (!d_.text(*v, at(key), s)) return;
        if (s.empty()) { out = kNoTime; return; }
        const std::size_t colon = s.find(':');
        auto digits = [&](std::size_t a, std::size_t b, int& n) {
            if (a >= b) return false;
            n = 0;
            for (std::size_t i = a; i < b; ++i) {
                if (s[i] < '0' || s[i] > '9') return false;
                n = n * 10 + (s[i] - '0');
            }
            return true;
        };
        int h = 0, m = 0;
        if (colon == std::string::npos || colon == 0 || colon > 2 || s.size() - colon != 3 ||
            !digits(0, colon, h) || !digits(colon + 1, s.size(), m)) {
            out = kBadTime;
            return d_.error("bad-time", at(key), "giờ " + quote(s) + " không đúng dạng “08:00”.",
                            "the time " + quote(s) + " is not in the form \"08:00\".");
        }
        if (h > 23 || m > 59) {
            out = kBadTime;
            return d_.error("bad-time", at(key),
                            "giờ " + quote(s) + " không tồn tại (giờ 00–23, phút 00–59).",
                            "the time " + quote(s) + " does not exist (hours 00–23, minutes 00–59).");
        }
        out = h * 60 + m;
    }

    template <class E, std::size_t N>
    void enumeration(const char* key, E& out, const EnumName<E> (&table)[N], bool required = false) {
        json* v = get(key, required);
        if (!v) return;
        std::string s;
        if (!d_.text(*v, at(key), s)) return;
        for (const auto& e : table) {
            if (s == e.name) { out = e.value; return; }
        }
        d_.error("bad-value", at(key),
                 "giá trị " + quote(s) + " không hợp lệ; dùng một trong: " + names_list(table) + ".",
                 "the value " + quote(s) + " is not allowed; use one of: " + names_list(table) + ".");
    }

    // A list: checks the type and size, then decodes each element with f(element, path).
    template <class F>
    void list(const char* key, std::size_t max, F f) {
        json* v = get(key);
        if (!v) return;
        if (!v->is_array()) return d_.wrong_type(at(key), *v, "một danh sách […]", "a list […]");
        if (v->size() > max) {
            return d_.error("too-many", at(key),
                "danh sách có " + std::to_string(v->size()) + " mục, vượt giới hạn " + std::to_string(max) + ".",
                "the list has " + std::to_string(v->size()) + " entries, over the limit of " + std::to_string(max) + ".");
        }
        for (std::size_t i = 0; i < v->size() && !d_.full(); ++i) {
            f((*v)[i], index_path(path_, key, i));
            // Read: freed now, so the entries after it reuse its memory (a
            // 15 MB file's tree is ten times its size).
            (*v)[i] = json();
        }
    }

    // How many entries the list `key` holds (0: absent or not a list), so a
    // reader can reserve its vector once instead of regrowing it.
    std::size_t size_of(const char* key) const {
        auto it = j_.find(key);
        return it != j_.end() && it->is_array() ? it->size() : 0;
    }

    void strings(const char* key, std::vector<std::string>& out, std::size_t max) {
        list(key, max, [&](json& e, const std::string& place) {
            std::string s;
            if (d_.text(e, place, s)) out.push_back(std::move(s));
        });
    }

    // Collects the members no getter asked for.
    Extra finish() {
        Extra extra;
        bool renamed = false;
        for (auto it = j_.begin(); it != j_.end(); ++it) {
            bool is_known = false;
            for (const char* k : known_)
                if (it.key() == k) { is_known = true; break; }
            if (is_known) continue;
            if (extra.is_null()) extra = json::object();
            // Appended (the parser left the keys unique); see normalise().
            const bool same_key = already_nfc(it.key());
            renamed = renamed || !same_key;
            d_.normalise(it.value());
            extra.get_ref<json::object_t&>().Container::emplace_back(same_key ? it.key() : nfc(it.key()),
                                                                     std::move(it.value()));
            ++d_.unknown_members;
        }
        if (renamed) dedupe_members(extra.get_ref<json::object_t&>());
        return extra;
    }

private:
    void range(const char* key, long long lo, long long hi) {
        d_.error("out-of-range", at(key),
                 "số phải từ " + std::to_string(lo) + " đến " + std::to_string(hi) + ".",
                 "the number must be from " + std::to_string(lo) + " to " + std::to_string(hi) + ".");
    }

    Decoder& d_;
    json& j_;
    std::string path_;
    std::vector<const char*> known_;
};

// "end" before "start" in one object.
void check_order(Decoder& d, Obj& o, const char* start_key, int start, const char* end_key, int end) {
    if (end == kNoTime || start == kBadTime || end == kBadTime) return;   // already reported
    if (start == kNoTime) {
        d.error("end-without-start", o.at(end_key), "có giờ kết thúc nhưng thiếu giờ bắt đầu.",
                "there is an end time but no start time.");
    } else if (end < start) {
        d.error("end-before-start", o.at(end_key),
                "giờ kết thúc " + time_text(end) + " trước giờ bắt đầu " + time_text(start) + " (" + o.at(start_key) + ").",
                "the end time " + time_text(end) + " is before the start time " + time_text(start) + " (" + o.at(start_key) + ").");
    }
}

// Ids must be unique within their list: exports use them as stable keys.
class IdSet {
public:
    void add(Decoder& d, const std::string& id, const std::string& place) {
        if (id.empty()) return;
        if (!seen_.insert(id).second)
            d.error("duplicate-id", place, "mã (id) " + quote(id) + " đã dùng cho một mục khác trong cùng danh sách.",
                    "the id " + quote(id) + " is already used by another entry of the same list.");
    }
private:
    std::set<std::string> seen_;
};

// The size limit of a list, by what it holds.
template <class E>
std::size_t max_list(const PlanFileLimits& lim) {
    if constexpr (std::is_same_v<E, Block>) return lim.max_blocks;
    else if constexpr (std::is_same_v<E, SiteGroup>) return lim.max_site_groups;
    else if constexpr (std::is_same_v<E, Site>) return lim.max_sites;
    else if constexpr (std::is_same_v<E, Slot>) return lim.max_slots;
    else if constexpr (std::is_same_v<E, Task>) return lim.max_tasks;
    else if constexpr (std::is_same_v<E, AgendaItem> || std::is_same_v<E, Turn>) return lim.max_items_per_slot;
    else return lim.max_other_list;
}

struct ReadContext {
    Decoder& d;
    const PlanFileLimits& lim;
    const Plan& plan;   // being read: the event is read before the agenda, whose days index it
};

template <class T>
void read_members(ReadContext& c, Obj& o, T& x, IdSet* ids);

// One object member into a listed struct: its fields, then the rest into `extra`.
template <class T>
void read_object(ReadContext& c, json& j, const std::string& place, T& x, IdSet* ids) {
    Obj o(c.d, j, place);
    if (!o.ok()) return;
    read_members(c, o, x, ids);
    x.extra = o.finish();
}

// The last time read in the current object, for the range check of a kEndTime.
struct LastTime { const char* key = nullptr; int value = kNoTime; };

template <class T, class M>
void read_field(ReadContext& c, Obj& o, const Field<T, M>& f, M& out, IdSet* ids, LastTime& last) {
    const bool required = (f.flags & kRequired) != 0;
    if constexpr (std::is_same_v<M, std::string>) {
        if (f.flags & kId) {
            o.id(f.name, out);
            if (ids) ids->add(c.d, out, o.at(f.name));
        } else {
            o.str(f.name, out, required);
        }
    } else if constexpr (std::is_same_v<M, bool>) {
        o.boolean(f.name, out);
    } else if constexpr (std::is_enum_v<M>) {
        o.enumeration(f.name, out, names_table(M{}), required);
    } else if constexpr (std::is_same_v<M, Date>) {
        o.date(f.name, out, (f.flags & kBlankParts) != 0);
    } else if constexpr (std::is_same_v<M, int>) {   // times and day indexes are ints
        if (f.flags & kTime) {
            o.time(f.name, out);
            if (f.flags & kEndTime) check_order(c.d, o, last.key, last.value, f.name, out);
            last = {f.name, out};
        } else if (f.flags & kDayIndex) {
            o.integer(f.name, out, 0, std::max<int>(1, static_cast<int>(c.plan.event.days.size())) - 1, required);
        } else {
            o.integer(f.name, out, f.lo, f.hi, required);
        }
    } else if constexpr (std::is_integral_v<M>) {
        o.integer(f.name, out, f.lo, f.hi, required);
    } else if constexpr (has_fields_v<M>) {
        if (json* v = o.get(f.name, required)) read_object(c, *v, o.at(f.name), out, nullptr);
    } else if constexpr (std::is_same_v<M, std::vector<std::string>>) {
        o.strings(f.name, out, c.lim.max_other_list);
    } else {
        static_assert(is_struct_list<M>::value, "a field type the plan file cannot read");
        using E = typename M::value_type;
        IdSet list_ids;   // ids are unique within one list
        out.reserve(out.size() + std::min(o.size_of(f.name), max_list<E>(c.lim)));
        o.list(f.name, max_list<E>(c.lim), [&](json& j, const std::string& place) {
            E e;
            Obj oe(c.d, j, place);
            if (!oe.ok()) return;   // reported; nothing added
            read_members(c, oe, e, &list_ids);
            e.extra = oe.finish();
            out.push_back(std::move(e));
        });
    }
}

template <class T>
void read_members(ReadContext& c, Obj& o, T& x, IdSet* ids) {
    LastTime last;
    for_each_field<T>([&](const auto& f) {
        if (f.present && !f.present(x)) return;   // decided by fields read before it (Block: kind)
        read_field(c, o, f, x.*f.member, ids, last);
    });
}

// Largest number at the end of any id ("t12" → 12), so next_id can be raised
// past it: a hand-edited file must never make the planner reuse an id.
long long max_id_number(const Plan& p) {
    long long best = 0;
    auto see = [&](const std::string& id) {
        std::size_t i = id.size();
        while (i > 0 && id[i - 1] >= '0' && id[i - 1] <= '9') --i;
        if (i == id.size() || id.size() - i > 9) return;
        best = std::max(best, std::stoll(id.substr(i)));
    };
    for (const auto& x : p.event.tech_sessions) see(x.id);
    for (const auto& x : p.site_groups) see(x.id);
    for (const auto& x : p.sites) see(x.id);
    for (const auto& x : p.agenda) see(x.id);
    for (const auto& x : p.tasks) see(x.id);
    return best;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] read_plan
//-----------------------------------------------------------------------------

namespace {
// The messages of a file that cannot be read, and the notes of an unusual one.
// Each is built in a function of its own, called apart (core/apart.h): reading
// a good plan — what the first screen does — never runs them, so the web
// build's first download need not hold their code.
std::string whole_mb(std::size_t n) { return std::to_string((n + 1024 * 1024 - 1) / (1024 * 1024)); }

ImportError too_large_error(std::size_t size, std::size_t max) {
    return make_error("too-large", "",
        "Tệp quá lớn (" + whole_mb(size) + " MB); giới hạn là " + whole_mb(max) + " MB. Tệp chưa được đọc.",
        "The file is too large (" + whole_mb(size) + " MB); the limit is " + whole_mb(max) + " MB. It was not read.");
}

ImportError invalid_utf8_error(std::string_view bytes, std::size_t bad) {
    const auto lc = line_col(bytes, bad);
    return make_error("invalid-utf8", "",
        "Tệp không phải văn bản UTF-8 hợp lệ: byte ở vị trí " + std::to_string(bad) + " (đếm từ 0; dòng " +
            std::to_string(lc.first) + ", cột " + std::to_string(lc.second) +
            ") không thuộc một ký tự UTF-8. Hãy lưu lại tệp với mã hóa UTF-8.",
        "The file is not valid UTF-8 text: byte offset " + std::to_string(bad) + " (line " +
            std::to_string(lc.first) + ", column " + std::to_string(lc.second) +
            ") is not part of a UTF-8 character. Save the file as UTF-8.",
        lc.first, lc.second);
}

ImportError too_deep_error(std::string_view bytes, std::size_t deep, int max_depth) {
    const auto lc = line_col(bytes, deep);
    return make_error("too-deep", "",
        "Tệp lồng quá sâu: ở dòng " + std::to_string(lc.first) + ", cột " + std::to_string(lc.second) +
            " có hơn " + std::to_string(max_depth) + " cấp [ ] hoặc { } lồng nhau.",
        "The file is nested too deeply: at line " + std::to_string(lc.first) + ", column " +
            std::to_string(lc.second) + " there are more than " + std::to_string(max_depth) +
            " levels of [ ] or { }.",
        lc.first, lc.second);
}

ImportError too_many_error(std::size_t max_values) {
    return make_error("too-many", "",
        "Tệp có hơn " + format_number_vi(static_cast<std::int64_t>(max_values)) +
            " giá trị (chuỗi, số, danh sách…): quá nhiều cho một kế hoạch. Tệp chưa được đọc.",
        "The file holds more than " + std::to_string(max_values) +
            " values (strings, numbers, lists…): too many for a plan. It was not read.");
}

ImportError syntax_error(std::string_view bytes, const CapturingSax& sax) {
    // nlohmann reports how many bytes it had read: the error is at the
    // last of them (the end of the offending token).
    const std::size_t at = sax.position > 0 ? std::min(sax.position - 1, bytes.size()) : 0;
    const auto lc = line_col(bytes, at);
    const std::string where_vi = "dòng " + std::to_string(lc.first) + ", cột " + std::to_string(lc.second);
    const std::string where_en = "line " + std::to_string(lc.first) + ", column " + std::to_string(lc.second);
    const bool empty = bytes.find_first_not_of(" \t\r\n") == std::string_view::npos;
    if (empty)
        return make_error("invalid-json", "", "Tệp rỗng: không có kế hoạch nào để mở.",
                          "The file is empty: there is no plan to open.", 1, 1);
    return make_error("invalid-json", "",
        "Tệp không phải JSON hợp lệ: lỗi cú pháp ở " + where_vi + ", gần " + quote(text_before(bytes, at)) + ".",
        "The file is not valid JSON: syntax error at " + where_en + ", near " + quote(text_before(bytes, at)) +
            " (" + parser_detail(sax.what) + ").",
        lc.first, lc.second);
}

// The "version" member, a whole number (huge ones held at a million).
long long file_version(const json& ver) {
    return ver.is_number_unsigned() && ver.get<json::number_unsigned_t>() > 1000000u ? 1000000 : ver.get<long long>();
}

// Not a plan, or no version this program reads; nullopt: a plan of a known version.
std::optional<ImportError> not_a_plan_error(const json& root) {
    if (!root.is_object()) {
        return make_error("not-a-plan", "",
            std::string("Tệp không phải kế hoạch Điểm Cầu: nội dung là ") + type_vi(root) + ", không phải một đối tượng {…}.",
            std::string("The file is not a Điểm Cầu plan: it holds ") + type_en(root) + ", not an object {…}.");
    }
    auto fmt = root.find("format");
    if (fmt == root.end() || !fmt->is_string() || fmt->get_ref<const std::string&>() != kPlanFormatName) {
        return make_error("not-a-plan", "format",
            std::string("tệp không phải kế hoạch Điểm Cầu (cần \"format\": \"") + kPlanFormatName + "\").",
            std::string("the file is not a Điểm Cầu plan (expected \"format\": \"") + kPlanFormatName + "\").");
    }
    auto ver = root.find("version");
    if (ver == root.end())
        return make_error("missing", "version", "thiếu số phiên bản định dạng.", "the format version number is missing.");
    if (!ver->is_number_integer())
        return make_error("wrong-type", "version",
            std::string("cần một số nguyên nhưng tệp ghi ") + type_vi(*ver) + ".",
            std::string("expected a whole number but the file has ") + type_en(*ver) + ".");
    if (const long long version = file_version(*ver); version < 1) {
        return make_error("unsupported-version", "version",
            "phiên bản " + std::to_string(version) + " không tồn tại (phiên bản đầu tiên là 1).",
            "version " + std::to_string(version) + " does not exist (the first version is 1).");
    }
    return std::nullopt;
}

ImportError newer_version_note(long long version) {
    return make_error("newer-version", "version",
        "tệp được tạo bởi phiên bản mới hơn (định dạng " + std::to_string(version) +
            "); các mục chưa biết được giữ nguyên, nhưng khi lưu tệp sẽ ghi phiên bản " +
            std::to_string(kPlanFormatVersion) + ".",
        "the file comes from a newer version (format " + std::to_string(version) +
            "); unknown members are kept, but saving writes version " + std::to_string(kPlanFormatVersion) + ".");
}

ImportError next_id_note(long long top_id) {
    return make_error("next-id-raised", "next_id",
        "đã tăng lên " + std::to_string(top_id + 1) + " để không trùng mã đã dùng.",
        "raised to " + std::to_string(top_id + 1) + " so no id is given twice.");
}

ImportError unknown_members_note(std::size_t n) {
    return make_error("unknown-members", "",
        "Giữ nguyên " + std::to_string(n) + " mục không biết (có thể từ phiên bản mới hơn); chúng sẽ được ghi lại khi lưu.",
        "Kept " + std::to_string(n) + " unknown member(s) (perhaps from a newer version); they are written back on save.");
}
}  // namespace

ImportResult read_plan(std::string_view bytes, const PlanFileLimits& limits) {
    ImportResult r;
    auto fail = [&](ImportError e) {
        r.errors.push_back(std::move(e));
        return r;
    };

    if (bytes.size() > limits.max_bytes) return fail(call_apart(too_large_error, bytes.size(), limits.max_bytes));
    // Windows Notepad writes a byte order mark; it carries no meaning in UTF-8.
    if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);

    std::size_t bad = 0;
    if (!valid_utf8(bytes, &bad)) return fail(call_apart(invalid_utf8_error, bytes, bad));
    const std::size_t deep = find_too_deep(bytes, limits.max_depth);
    if (deep != std::string_view::npos) return fail(call_apart(too_deep_error, bytes, deep, limits.max_depth));

    json root;
    {
        CapturingSax sax(root, limits.max_values);
        const bool ok = json::sax_parse(bytes.data(), bytes.data() + bytes.size(), &sax);
        if (sax.too_many) return fail(call_apart(too_many_error, limits.max_values));
        if (!ok || sax.failed) return fail(call_apart(syntax_error, bytes, static_cast<const CapturingSax&>(sax)));
    }

    // A plan of a version this program reads, checked here; what is wrong otherwise, apart.
    const auto format = root.is_object() ? root.find("format") : root.end();
    const auto ver = root.is_object() ? root.find("version") : root.end();
    const bool plan_like = root.is_object() && format != root.end() && format->is_string() &&
                           format->get_ref<const std::string&>() == kPlanFormatName && ver != root.end() &&
                           ver->is_number_integer() && file_version(*ver) >= 1;
    if (!plan_like) {
        if (std::optional<ImportError> e = call_apart(not_a_plan_error, static_cast<const json&>(root))) return fail(std::move(*e));
    }
    const long long version = file_version(root["version"]);
    r.source_version = static_cast<int>(version);
    if (version == 1) call_apart(migrate_v1, root, r.notes);
    if (version > kPlanFormatVersion) r.notes.push_back(call_apart(newer_version_note, version));

    Plan plan;
    Decoder d(limits, r.errors);
    Obj top(d, root, "");
    top.get("format");
    top.get("version");
    ReadContext context{d, limits, plan};
    read_members(context, top, plan, nullptr);
    plan.extra = top.finish();

    if (!r.errors.empty()) return r;

    const long long top_id = max_id_number(plan);
    if (plan.next_id <= top_id) {
        r.notes.push_back(call_apart(next_id_note, top_id));
        plan.next_id = static_cast<int>(std::min<long long>(top_id + 1, 1000000001LL));
    }
    if (d.unknown_members > 0) r.notes.push_back(call_apart(unknown_members_note, d.unknown_members));
    r.plan = std::move(plan);
    return r;
}

}  // namespace dc
