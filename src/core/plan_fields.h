// plan_fields.h — what follows from each struct's field list (plan.h,
// [SECTION] Field lists): walking the fields, equality, NFC normalisation, and
// the check that every member of a struct is in its list.
//
// [SECTION] Walking a field list
// [SECTION] Completeness: every member is listed
// [SECTION] Equality
// [SECTION] NFC normalisation
#pragma once
#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/plan.h"
#include "core/text.h"

namespace dc {

//-----------------------------------------------------------------------------
// [SECTION] Walking a field list
//-----------------------------------------------------------------------------

template <class T, class = void>
struct has_fields : std::false_type {};
template <class T>
struct has_fields<T, std::void_t<decltype(T::fields())>> : std::true_type {};
template <class T>
constexpr bool has_fields_v = has_fields<T>::value;

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};

// A list of listed structs (std::vector<Task>, …).
template <class T>
struct is_struct_list : std::false_type {};
template <class T>
struct is_struct_list<std::vector<T>> : std::bool_constant<has_fields_v<T>> {};

// T::fields() as a constant.  Walking the constant, not a fresh call, lets the
// compiler fold each entry (name, member, flags) into the code that uses it;
// a call builds the whole tuple at run time, in every walker (4 KB of the web
// build's first download, for nothing).
template <class T>
inline constexpr auto kFields = T::fields();

// f(field) for each entry of T::fields(), in file order.
template <class T, class F>
constexpr void for_each_field(F&& f) {
    std::apply([&](const auto&... fld) { (f(fld), ...); }, kFields<T>);
}

template <class T>
constexpr std::size_t listed_fields() {
    return std::tuple_size<decltype(T::fields())>::value;
}

//-----------------------------------------------------------------------------
// [SECTION] Completeness: every member is listed
//-----------------------------------------------------------------------------
// The number of members of an aggregate, found by trying to brace-initialise
// it from more and more values that convert to anything.  Counting is exact
// for our structs (plain members, no bases, no arrays), and does not depend on
// the platform's sizes the way a static_assert on sizeof would.

// Trying fewer values than members is the point: silence the warning that
// some members are left to their defaults in those trials.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
namespace fields_detail {
struct AnyValue {
    template <class T>
    operator T() const;   // declared only: used in unevaluated contexts
};
template <class T, class... A>
constexpr auto can_init(int) -> decltype(T{std::declval<A>()...}, true) { return true; }
template <class T, class... A>
constexpr bool can_init(...) { return false; }
}  // namespace fields_detail

template <class T, class... A>
constexpr std::size_t member_count() {
    if constexpr (sizeof...(A) > 64) return 0;   // not an aggregate of plain members
    else if constexpr (fields_detail::can_init<T, A..., fields_detail::AnyValue>(0))
        return member_count<T, A..., fields_detail::AnyValue>();
    else return sizeof...(A);
}

#pragma GCC diagnostic pop

// Listed fields plus the implied `extra`.
template <class T>
constexpr bool fields_complete() {
    return member_count<T>() == listed_fields<T>() + 1;
}

// A member added to one of these structs but not to its fields() stops the
// build here (and the list is what everything else derives from).
#define DC_FIELDS_COMPLETE(T) \
    static_assert(fields_complete<T>(), #T ": a member is missing from " #T "::fields() in plan.h (or fields() names one twice)")
DC_FIELDS_COMPLETE(Deadline);
DC_FIELDS_COMPLETE(Header);
DC_FIELDS_COMPLETE(Signer);
DC_FIELDS_COMPLETE(Recipient);
DC_FIELDS_COMPLETE(Block);
DC_FIELDS_COMPLETE(EventDay);
DC_FIELDS_COMPLETE(TechSession);
DC_FIELDS_COMPLETE(Event);
DC_FIELDS_COMPLETE(SiteGroup);
DC_FIELDS_COMPLETE(Attendee);
DC_FIELDS_COMPLETE(Site);
DC_FIELDS_COMPLETE(AgendaItem);
DC_FIELDS_COMPLETE(Turn);
DC_FIELDS_COMPLETE(Slot);
DC_FIELDS_COMPLETE(Task);
DC_FIELDS_COMPLETE(Duty);
DC_FIELDS_COMPLETE(BudgetLine);
DC_FIELDS_COMPLETE(Contact);
DC_FIELDS_COMPLETE(Plan);
#undef DC_FIELDS_COMPLETE

//-----------------------------------------------------------------------------
// [SECTION] Equality
//-----------------------------------------------------------------------------
// Field-by-field equality of the listed structs (plan.h defines only Date's).
// A named function rather than operator== so it never collides with operators
// another module might add.

template <class T, std::enable_if_t<has_fields_v<T>, int> = 0>
bool same(const T& a, const T& b);

template <class T>
bool same_list(const std::vector<T>& a, const std::vector<T>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!same(a[i], b[i])) return false;
    return true;
}

namespace fields_detail {
template <class M>
bool same_value(const M& a, const M& b) {
    if constexpr (has_fields_v<M>) {
        return same(a, b);
    } else if constexpr (is_struct_list<M>::value) {
        return same_list(a, b);
    } else {
        return a == b;
    }
}

inline bool listed_in(const char* name, std::initializer_list<const char*> names) {
    for (const char* n : names)
        if (std::strcmp(n, name) == 0) return true;
    return false;
}
}  // namespace fields_detail

template <class T, std::enable_if_t<has_fields_v<T>, int>>
bool same(const T& a, const T& b) {
    bool eq = a.extra == b.extra;
    for_each_field<T>([&](const auto& f) { eq = eq && fields_detail::same_value(a.*f.member, b.*f.member); });
    return eq;
}

// Equality ignoring the fields named in `ignore` (the comparison of two
// versions itemises those separately).  `extra` always counts.
template <class T>
bool same_except(const T& a, const T& b, std::initializer_list<const char*> ignore) {
    bool eq = a.extra == b.extra;
    for_each_field<T>([&](const auto& f) {
        if (eq && !fields_detail::listed_in(f.name, ignore)) eq = fields_detail::same_value(a.*f.member, b.*f.member);
    });
    return eq;
}

//-----------------------------------------------------------------------------
// [SECTION] NFC normalisation
//-----------------------------------------------------------------------------
// Every string field, in nested structs and lists too.  `extra` is left as it
// is: the file reader normalises unknown members, and no edit makes new ones.

// Most strings an edit touches are unchanged or ASCII; skip the NFC pass for
// pure ASCII (always NFC) so typing into a long field stays cheap.
inline void nfc_in_place(std::string& s) {
    for (unsigned char c : s)
        if (c >= 0x80) {
            s = nfc(s);
            return;
        }
}

template <class T, std::enable_if_t<has_fields_v<T>, int> = 0>
void normalize_nfc(T& v);

namespace fields_detail {
template <class M>
void nfc_value(M& v) {
    if constexpr (std::is_same_v<M, std::string>) {
        nfc_in_place(v);
    } else if constexpr (has_fields_v<M>) {
        normalize_nfc(v);
    } else if constexpr (is_vector<M>::value) {
        for (auto& x : v) nfc_value(x);
    }
}
}  // namespace fields_detail

template <class T, std::enable_if_t<has_fields_v<T>, int>>
void normalize_nfc(T& v) {
    for_each_field<T>([&](const auto& f) { fields_detail::nfc_value(v.*f.member); });
}

}  // namespace dc
