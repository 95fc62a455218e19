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
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/export_docx.h"
#include "core/export_html.h"
#include "core/export_outline.h"
#include "core/plan_file.h"
#include "core/text.h"
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
    json rules;   // corpus plans: what the layout rules of print_test.mjs need to know
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


std::string read_file(const std::filesystem::path& path) {
    std::ifstream f(path, std::ios::binary);
    std::ostringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

// Every piece of text the user wrote that the printed plan must show,
// whatever the layout does with it (headings, paragraphs, dash lines, the
// generated lists and tables, the closing).  Multi-line fields give a line each.
std::vector<std::string> plan_lines(const Plan& p) {
    std::vector<std::string> v;
    auto add = [&](const std::string& s) {
        for (auto& l : dc::outline::dash_lines(s)) v.push_back(l);
    };
    const auto& hd = p.header;
    // (The issuing bodies are checked in the header's column: print_test.mjs.)
    for (const auto* s : {&hd.title, &hd.intro}) add(*s);
    for (const auto& s : hd.addressees) add(s);
    for (const auto& s : hd.legal_basis) add(s);
    add(dc::outline::closing_text(hd));
    // Headings of empty sections are left out of the print on purpose.
    const auto empty = dc::outline::empty_sections(p);
    for (std::size_t i = 0; i < p.body.size(); ++i) {
        const auto& b = p.body[i];
        if (b.kind == dc::BlockKind::Insert || std::count(empty.begin(), empty.end(), i)) continue;
        add(b.text);
        add(b.body);
    }
    bool has = [&] {
        for (const auto& b : p.body)
            if (b.kind == dc::BlockKind::Insert && b.insert == dc::InsertWhat::Participants) return true;
        return false;
    }();
    if (has) {
        for (const auto& g : p.site_groups) { add(g.name); add(g.participants); add(g.rules); }
        add(p.event.headcount_rule);
    }
    for (const auto& t : agenda_texts(p)) add(t);
    for (const auto& t : task_texts(p)) add(t);
    for (const auto& d : p.duties) {
        add(d.unit);
        add(d.lead_in);
        for (const auto& i : d.items) add(i);
    }
    for (const auto& b : p.budget) add(b.text);
    for (const auto& r : p.recipients) add(r.name);
    add(p.signer.name);
    return v;
}

// Texts printed as headings on a line of their own (a heading with no run-in
// text, a site group's clause, a unit's clause without lead-in): a page must
// not end with one of them.
std::vector<std::string> heading_texts(const Plan& p) {
    std::vector<std::string> v;
    for (const auto& b : p.body)
        if (b.kind == dc::BlockKind::Heading && b.body.empty())
            v.push_back(b.level == 1 ? dc::upper_vi(b.text) : b.text);
    for (const auto& g : p.site_groups) v.push_back(g.name);
    for (const auto& d : p.duties)
        if (d.lead_in.empty()) v.push_back(d.unit);
    return v;
}

// Rows of the plan's tables, each with its header cells: where a row is on a
// page after the table's first, the header must be above it on that page.
json table_rules(const Plan& p) {
    json tables = json::array();
    bool has_agenda = false, has_tasks = false;
    for (const auto& b : p.body)
        if (b.kind == dc::BlockKind::Insert) {
            has_agenda |= b.insert == dc::InsertWhat::Agenda;
            has_tasks |= b.insert == dc::InsertWhat::Tasks;
        }
    if (has_agenda && !p.agenda.empty()) {
        json rows = json::array();
        for (const auto& s : p.agenda)
            if (!s.items.empty()) rows.push_back(s.items[0].content);
        tables.push_back({{"header", {"Thời gian", "Nội dung", "Thực hiện"}}, {"rows", rows}});
    }
    if (has_tasks && !p.tasks.empty()) {
        json rows = json::array();
        for (const auto& t : p.tasks) rows.push_back(t.content);
        tables.push_back({{"header", {"Nội dung công việc", "Chủ trì"}}, {"rows", rows}});
    }
    return tables;
}

// The print corpus (tests/fixtures/print/*.json): each plan's Kế hoạch or
// Công văn, with the facts its layout rules check.
bool add_corpus(std::vector<Doc>& docs, const std::string& dir, const std::string& out) {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        auto r = dc::read_plan(read_file(f));
        if (!r.ok()) {
            std::cerr << "render_docs: " << f.string() << " is not a readable plan";
            for (const auto& e : r.errors) std::cerr << "\n  " << e.message_en;
            std::cerr << "\n";
            return false;
        }
        const Plan& p = *r.plan;
        json rules = {{"lines", plan_lines(p)}, {"headings", heading_texts(p)}, {"tables", table_rules(p)},
                      {"signer", p.signer.name}, {"issuer", {p.header.parent_body, p.header.issuing_body}}};
        docs.push_back({"corpus-" + f.stem().string() + ".html", dc::html_plan(p), 1, 40, {}, false, rules});
        // The same plan as Word: print_test.mjs has LibreOffice make its PDF
        // and holds it to the same rules.
        if (!write_file(out + "/corpus-" + f.stem().string() + ".docx", dc::export_docx(p))) return false;
    }
    return true;
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
    if (!add_corpus(docs, "tests/fixtures/print", out)) return 1;

    json manifest = json::array();
    for (const auto& d : docs) {
        if (!write_file(out + "/" + d.file, d.html)) {
            std::cerr << "render_docs: cannot write " << out << "/" << d.file << "\n";
            return 1;
        }
        json m = {{"file", d.file}, {"min_pages", d.min_pages}, {"max_pages", d.max_pages},
                  {"must", d.must}, {"hostile", d.hostile}};
        if (!d.rules.is_null()) m["rules"] = d.rules;
        manifest.push_back(m);
    }
    if (!write_file(out + "/manifest.json", manifest.dump(2) + "\n")) return 1;
    std::cout << "render_docs: wrote " << docs.size() << " documents to " << out << " (plans from " << source
              << ")\n";
    return 0;
}
