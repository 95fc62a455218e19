// apart.h — keeping code out of the web build's first download.
//
// The web build ships its program in two parts (tools/split_wasm.mjs): the
// functions the first screen runs, and the rest, fetched right after the first
// frame.  The split is by whole function, and the optimisers inline freely
// (Binaryen inlines any function that has a single caller, whatever its size):
// a dialog drawn every frame — "is it open? no" — or a reader's rare branch
// (an old file version, a broken file's message) would bring its whole body
// into the first part.  call_apart() calls through a pointer the optimisers
// cannot see through, so the body stays a function of its own and lands in
// the second part until it first runs.  Costs one indirect call.  Plain C++:
// natively it is just a call.
#pragma once

namespace dc {

template <typename R, typename... P, typename... A>
inline R call_apart(R (*f)(P...), A&&... args) {
    R (*volatile apart)(P...) = f;
    return apart(static_cast<A&&>(args)...);
}

}  // namespace dc
