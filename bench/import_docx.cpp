// import_docx.cpp — the time a long Word document takes to import, natively
// and as WebAssembly under node (bench/import_docx.sh builds both).
//
//   import_docx --write FILE [COPIES]   write a long plan's .docx, made by the app's own
//                                       Word export (core/export_docx.h): the Kế hoạch
//                                       template with its body, programme and tasks
//                                       repeated COPIES times (default 10: ≈ 20 pages)
//   import_docx --read FILE             import it as the web app does when the file is
//                                       opened (docx_text, then import_text); prints
//                                       "answer MS sections S slots A tasks T" — the
//                                       median of 5 imports
//
// Budget: ≤ 1 s in WebAssembly on this machine.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/import_docx.h"
#include "core/import_text.h"

#ifdef DC_BENCH_WRITE
#include "core/export_docx.h"
#include "core/templates.h"
#endif

namespace {

double ms_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

bool read_file(const char* path, std::string& bytes) {
    FILE* f = std::fopen(path, "rb");
    if (!f) return false;
    char buf[1 << 16];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) bytes.append(buf, n);
    std::fclose(f);
    return true;
}

int read_one(const char* path) {
    std::string bytes;
    if (!read_file(path, bytes)) {
        std::printf("cannot open %s\n", path);
        return 2;
    }
    std::vector<double> times;
    dc::TextImport r;
    for (int i = 0; i < 5; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        r = dc::import_docx(bytes);
        times.push_back(ms_since(t0));
        if (!r.ok) {
            std::printf("refused: %s\n", r.error_en.c_str());
            return 1;
        }
    }
    std::sort(times.begin(), times.end());
    int sections = 0;
    for (const auto& f : r.facts) sections += f.code == "section";
    std::printf("answer %.1f sections %d slots %zu tasks %zu text_lines %zu\n", times[times.size() / 2], sections,
                r.plan.agenda.size(), r.plan.tasks.size(), r.left_as_text);
    return 0;
}

#ifdef DC_BENCH_WRITE
// The template, its body, programme and tasks repeated: a long plan of the
// kind a department writes (several conference days, many preparation tasks),
// each copy's headings and rows told apart by its number.
int write_long(const char* path, int copies) {
    dc::Plan plan = dc::load_template(dc::kDefaultTemplate);
    const dc::Plan one = plan;
    int id = 1;
    for (int c = 2; c <= copies; ++c) {
        const std::string tag = " (phần " + std::to_string(c) + ")";
        for (dc::Block b : one.body) {
            if (b.kind == dc::BlockKind::Insert) continue;   // one programme and one task table
            if (!b.text.empty()) b.text += tag;
            plan.body.push_back(b);
        }
        for (dc::Slot s : one.agenda) {
            s.id = "bench-s" + std::to_string(id++);
            for (auto& it : s.items) it.content += tag;
            s.turns.clear();
            plan.agenda.push_back(s);
        }
        for (dc::Task t : one.tasks) {
            t.id = "bench-t" + std::to_string(id++);
            t.content += tag;
            plan.tasks.push_back(t);
        }
    }
    std::stable_sort(plan.agenda.begin(), plan.agenda.end(), [](const dc::Slot& a, const dc::Slot& b) {
        return a.day != b.day ? a.day < b.day : a.start < b.start;
    });
    const std::string docx = dc::export_docx(plan);
    FILE* f = std::fopen(path, "wb");
    if (!f) return 2;
    std::fwrite(docx.data(), 1, docx.size(), f);
    std::fclose(f);
    std::printf("wrote %s (%zu bytes: %zu body blocks, %zu slots, %zu tasks)\n", path, docx.size(), plan.body.size(),
                plan.agenda.size(), plan.tasks.size());
    return 0;
}
#endif

}  // namespace

int main(int argc, char** argv) {
    if (argc >= 3 && std::strcmp(argv[1], "--read") == 0) return read_one(argv[2]);
#ifdef DC_BENCH_WRITE
    if (argc >= 3 && std::strcmp(argv[1], "--write") == 0)
        return write_long(argv[2], argc >= 4 ? std::max(1, std::atoi(argv[3])) : 10);
#endif
    std::fprintf(stderr, "usage: import_docx --read FILE.docx | --write FILE.docx [COPIES] (native build)\n");
    return 2;
}
