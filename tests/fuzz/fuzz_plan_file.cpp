// fuzz_plan_file.cpp — libFuzzer target for the plan file reader.
//
// Any input must give either a plan or errors — never a crash, a sanitizer
// report, a hang or runaway memory.  When a plan comes out, writing it and
// reading it back must succeed and be byte-stable (the round-trip promise of
// docs/plan-format.md), so the fuzzer also hunts for plans the writer cannot
// reproduce.  Seeds: tests/fuzz/corpus (bad files) and assets/templates.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/plan_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    dc::ImportResult r = dc::read_plan(bytes);
    if (r.ok() == !r.errors.empty()) std::abort();   // exactly one of plan / errors
    for (const auto& e : r.errors)
        if (e.code.empty() || e.message_vi.empty() || e.message_en.empty()) std::abort();
    if (r.ok()) {
        const std::string first = dc::write_plan(*r.plan);
        dc::ImportResult again = dc::read_plan(first);
        if (!again.ok()) std::abort();
        if (dc::write_plan(*again.plan) != first) std::abort();
    }
    return 0;
}
