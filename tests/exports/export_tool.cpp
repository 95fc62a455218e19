// export_tool.cpp — the smallest front end over the exporter registry, for
// tests/exports/run.sh: the real consumers need files, and the readable
// copy's embedded plan must be extracted by the C++ code the app uses.
//
//   export_tool FORMAT PLAN.json     the export on standard output (as `diemcau export`)
//   export_tool extract COPY.html    the plan file embedded in a readable copy
//
// run.sh prefers the `diemcau` command-line tool for exports when it is built;
// this tool is the fallback and the only way to call extract_plan_from_copy.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "core/export_copy.h"
#include "core/exporters.h"
#include "core/plan_file.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: export_tool FORMAT PLAN.json | export_tool extract COPY.html\n";
        return 64;
    }
    std::ifstream in(argv[2], std::ios::binary);
    if (!in) {
        std::cerr << "cannot read " << argv[2] << "\n";
        return 2;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    std::string bytes = ss.str();
    std::string mode = argv[1];
    if (mode == "extract") {
        auto plan = dc::extract_plan_from_copy(bytes);
        if (!plan) {
            std::cerr << "no embedded plan in " << argv[2] << "\n";
            return 2;
        }
        std::fwrite(plan->data(), 1, plan->size(), stdout);
        return 0;
    }
    const dc::ExportFormat* f = dc::find_export_format(mode);
    if (!f) {
        std::cerr << "unknown format " << mode << "\n";
        return 64;
    }
    dc::ImportResult r = dc::read_plan(bytes);
    if (!r.ok()) {
        for (const auto& e : r.errors) std::cerr << e.message_en << "\n";
        return 2;
    }
    std::string out = f->run(*r.plan);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
