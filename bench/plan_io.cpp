// plan_io.cpp — import/export timing of the large plan (bench/large_plan.h),
// natively and under node (bench/plan_io.sh builds both).
//
//   plan_io [RUNS]          print sizes and the median import and export times
//   plan_io --write FILE    write the large plan file (what bench/gen_large_plan does)
//   plan_io --read FILE     time read_plan on one file (bench/plan_io.sh --files): prints
//                           "answer MS read|refused MESSAGE" — the median of 3 reads when
//                           one takes under a second, else that one read
//
// Targets: import ≤ 150 ms and export ≤ 100 ms in WebAssembly.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/plan_file.h"
#include "large_plan.h"

namespace {

double ms_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

// One file, read as the app reads a picked file: the bytes are in memory, the
// time is read_plan's (decode, checks, NFC) until it returns a plan or errors.
int read_one(const char* path) {
    FILE* f = std::fopen(path, "rb");
    if (!f) {
        std::printf("cannot open %s\n", path);
        return 2;
    }
    std::string bytes;
    char buf[1 << 16];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) bytes.append(buf, n);
    std::fclose(f);
    std::vector<double> times;
    std::string what;
    for (int i = 0; i < 3; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        dc::ImportResult r = dc::read_plan(bytes);
        times.push_back(ms_since(t0));
        if (r.ok()) {
            what = "read " + std::to_string(r.plan->sites.size()) + " sites, " + std::to_string(r.plan->agenda.size()) +
                   " slots, " + std::to_string(r.plan->tasks.size()) + " tasks, " + std::to_string(r.notes.size()) + " notes";
        } else {
            what = "refused (" + std::to_string(r.errors.size()) + " errors): " + r.errors[0].message_en;
            if (what.size() > 160) what = what.substr(0, 157) + "...";
        }
        if (times.back() >= 1000) break;   // slow: one read is the figure
    }
    std::printf("answer %.1f %s\n", times.size() == 3 ? median(times) : times.back(), what.c_str());
    return 0;
}

int main(int argc, char** argv) {
    if (argc == 3 && std::strcmp(argv[1], "--read") == 0) return read_one(argv[2]);
    const dc::Plan plan = bench::large_plan();
    const std::string bytes = dc::write_plan(plan);
    if (argc == 3 && std::strcmp(argv[1], "--write") == 0) {
        FILE* f = std::fopen(argv[2], "wb");
        if (!f) return 1;
        std::fwrite(bytes.data(), 1, bytes.size(), f);
        std::fclose(f);
        std::printf("wrote %s (%zu bytes)\n", argv[2], bytes.size());
        return 0;
    }
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 9;

    std::size_t items = 0;
    for (const auto& s : plan.agenda) items += s.items.size();
    std::printf("large plan: %zu agenda items in %zu slots, %zu tasks, %zu sites; file %.2f MB\n", items,
                plan.agenda.size(), plan.tasks.size(), plan.sites.size(), bytes.size() / 1e6);

    std::vector<double> imports, exports;
    for (int i = 0; i < runs; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        dc::ImportResult r = dc::read_plan(bytes);
        imports.push_back(ms_since(t0));
        if (!r.ok()) {
            std::printf("import failed: %s\n", r.errors.empty() ? "?" : r.errors[0].message_en.c_str());
            return 1;
        }
        t0 = std::chrono::steady_clock::now();
        const std::string out = dc::write_plan(*r.plan);
        exports.push_back(ms_since(t0));
        if (out != bytes) {
            std::printf("round trip changed the file\n");
            return 1;
        }
    }
    const double im = median(imports), ex = median(exports);
    std::printf("import: median %.1f ms (min %.1f, max %.1f) over %d runs\n", im,
                *std::min_element(imports.begin(), imports.end()), *std::max_element(imports.begin(), imports.end()), runs);
    std::printf("export: median %.1f ms (min %.1f, max %.1f) over %d runs\n", ex,
                *std::min_element(exports.begin(), exports.end()), *std::max_element(exports.begin(), exports.end()), runs);
    return 0;
}
