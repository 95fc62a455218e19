// render_docs — writes every printable document of both seed plans (and of
// the hostile plan) to a folder, with a manifest of what each must show.
// tests/print/print_test.mjs prints them to PDF with Chromium and checks the
// PDFs with poppler; see tests/print/run.sh.
//
//   render_docs OUTDIR
//
// The manifest lists, per file, the texts the PDF must contain.  They are
// taken from the plan data itself (every agenda item and task), so a row the
// generator dropped shows up as a failure; fixed official wording (header,
// deadlines as the seed writes them) is listed in print_test.mjs.
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/export_html.h"
#include "seed_plans.h"

// The built-in templates are what users print; when the core has them, the
// documents are made from them, else from the C++ copies of the seeds.
#if __has_include("core/templates.h")
#include "core/templates.h"
#define DC_HAVE_TEMPLATES 1
#endif

namespace {

using dc::Plan;
using dc::PrintOptions;
using nlohmann::json;

struct Doc {
    std::string file;
    std::string html;
    int min_pages, max_pages;
    std::vector<std::string> must;
    bool hostile = false;
};

bool write_file(const std::string& path, const std::string& text) {
    std::ofstream f(path, std::ios::binary);
    f << text;
    return static_cast<bool>(f);
}

std::vector<std::string> agenda_texts(const Plan& p) {
    std::vector<std::string> v;
    for (const auto& s : p.agenda)
        for (const auto& it : s.items) {
            v.push_back(it.content);
            v.push_back(it.performer);
        }
    return v;
}

std::vector<std::string> task_texts(const Plan& p) {
    std::vector<std::string> v;
    for (const auto& t : p.tasks) {
        v.push_back(t.content);
        v.push_back(t.lead);
    }
    return v;
}

std::vector<std::string> join(std::vector<std::string> a, const std::vector<std::string>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

void add_docs(std::vector<Doc>& docs, const std::string& prefix, const Plan& p, bool hostile,
              int plan_min, int plan_max, int sites_min, int sites_max) {
    PrintOptions done;
    done.with_done_column = true;
    std::vector<std::string> site_names;
    for (const auto& s : p.sites) site_names.push_back(s.name);
    int n_sites = static_cast<int>(p.sites.size());
    docs.push_back({prefix + "-plan.html", dc::html_plan(p), plan_min, plan_max,
                    join(agenda_texts(p), task_texts(p)), hostile});
    docs.push_back({prefix + "-agenda.html", dc::html_agenda(p), 1, 1, agenda_texts(p), hostile});
    docs.push_back({prefix + "-tasks.html", dc::html_tasks(p), 1, 1, task_texts(p), hostile});
    docs.push_back({prefix + "-tasks-done.html", dc::html_tasks(p, done), 1, 1, task_texts(p), hostile});
    docs.push_back({prefix + "-sites.html", dc::html_sites(p), sites_min, sites_max, site_names, hostile});
    // One sheet per site, each fitting its page.
    docs.push_back({prefix + "-site-sheets.html", dc::html_site_sheets(p), n_sites, n_sites, site_names, hostile});
    if (!p.sites.empty()) {
        const auto& s = p.sites.size() > 1 ? p.sites[1] : p.sites[0];
        docs.push_back({prefix + "-site-sheet-" + s.id + ".html", dc::html_site_sheet(p, s.id), 1, 1,
                        join({s.name}, agenda_texts(p)), hostile});
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: render_docs OUTDIR\n";
        return 2;
    }
    std::string out = argv[1];
#ifdef DC_HAVE_TEMPLATES
    Plan kh = dc::load_template("ke-hoach-1905");
    Plan cv = dc::load_template("cong-van-k12");
    const char* source = "assets/templates";
#else
    Plan kh = dc::testdata::seed_002();
    Plan cv = dc::testdata::seed_000();
    const char* source = "tests/print/seed_plans.h";
#endif
    // A progress check needs one ticked task to show the done column at work.
    if (!kh.tasks.empty()) {
        kh.tasks[0].done = true;
        kh.tasks[0].done_on = {2021, 8, 25};
    }
    Plan kh_draft = kh;
    kh_draft.header.version_label = "Dự thảo lần 2 — 24/8/2021";
    Plan bad = dc::testdata::hostile();

    std::vector<Doc> docs;
    // Page ranges: measured on the seeds with Liberation Serif, kept tight so
    // a layout regression (a table row per page, a lost page break) shows.
    add_docs(docs, "kh", kh, false, 4, 5, 2, 3);
    add_docs(docs, "cv", cv, false, 3, 4, 1, 3);
    docs.push_back({"kh-draft-plan.html", dc::html_plan(kh_draft), 4, 5, {}, false});
    add_docs(docs, "hostile", bad, true, 4, 5, 2, 3);

    json manifest = json::array();
    for (const auto& d : docs) {
        if (!write_file(out + "/" + d.file, d.html)) {
            std::cerr << "render_docs: cannot write " << out << "/" << d.file << "\n";
            return 1;
        }
        manifest.push_back({{"file", d.file}, {"min_pages", d.min_pages}, {"max_pages", d.max_pages},
                            {"must", d.must}, {"hostile", d.hostile}});
    }
    if (!write_file(out + "/manifest.json", manifest.dump(2) + "\n")) return 1;
    std::cout << "render_docs: wrote " << docs.size() << " documents to " << out << " (plans from " << source
              << ")\n";
    return 0;
}
