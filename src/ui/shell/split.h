// split.h — keeping code out of the web build's first download.
//
// The web build ships its program in two parts (tools/split_wasm.mjs): the
// functions the first screen runs, and the rest, fetched right after the first
// frame.  The split is by whole function, and the optimisers inline freely
// (Binaryen inlines any function that has a single caller, whatever its size):
// a dialog drawn every frame — "is it open? no" — would bring its whole body
// into the first part.  call_apart() calls through a pointer the optimisers
// cannot see through, so the body stays a function of its own and lands in
// the second part until the dialog first opens.  Costs one indirect call.
#pragma once

namespace dc::ui {

template <typename... P, typename... A>
inline void call_apart(void (*f)(P...), A&&... args) {
    void (*volatile apart)(P...) = f;
    apart(static_cast<A&&>(args)...);
}

}  // namespace dc::ui
