// diemcau — command-line tool over the same src/core as the planner app.
//
//   diemcau check PLAN.json          import errors + validation findings
//   diemcau template NAME            a built-in template as a plan file
//   diemcau template --list
//   diemcau export FORMAT PLAN.json  an export on standard output (formats: diemcau --help;
//                                    e.g. html-call-sheet, alias call-sheet: the technicians' call sheet)
//   diemcau import [--report] FILE.docx|FILE.txt|-   a document's text as a new plan file
//   diemcau --help | --lang en|vi
//
// Exit codes (tests and scripts rely on them):
//   0  readable, no error-level findings (check) / success
//   1  readable, but with error-level findings (check only)
//   2  the plan file cannot be read (import errors); import: the document cannot be read
//   64 usage error: unknown command, template or format, missing argument
//
// [SECTION] Words      — every message in Vietnamese and English
// [SECTION] Files      — reading a plan file with the size limit applied first
// [SECTION] Formats    — the export table: "json" here, then the exporter registry
// [SECTION] Commands
// [SECTION] main
#include <cctype>
#include <cstdio>
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/exporters.h"
#include "core/import_docx.h"
#include "core/import_text.h"
#include "core/unzip.h"
#include "core/plan_file.h"
#include "core/templates.h"
#include "core/validate.h"
#include "ui/checks/finding_text.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUnreadable = 2;
constexpr int kExitUsage = 64;

//-----------------------------------------------------------------------------
// [SECTION] Words
//-----------------------------------------------------------------------------

bool g_en = false;   // --lang en; Vietnamese by default, the users' language

struct Words { const char* vi; const char* en; };
const char* w(const Words& x) { return g_en ? x.en : x.vi; }

const Words kUsage = {
    "Cách dùng: diemcau [--lang vi|en] LỆNH …\n"
    "\n"
    "Lệnh:\n"
    "  check TỆP.json             Kiểm tra kế hoạch: lỗi đọc tệp và các phát hiện khi kiểm tra.\n"
    "  template TÊN               In một mẫu có sẵn dưới dạng tệp kế hoạch.\n"
    "  template --list            Liệt kê các mẫu có sẵn.\n"
    "  export ĐỊNH_DẠNG TỆP.json  Xuất kế hoạch ra đầu ra chuẩn.\n"
    "  import [--report] TỆP.docx|TỆP.txt  Đọc văn bản (Kế hoạch, Công văn, …) thành tệp kế hoạch\n"
    "                             trên đầu ra chuẩn; --report: những gì nhận ra và những\n"
    "                             dòng giữ nguyên là văn bản (ra đầu ra lỗi).\n"
    "  --help                     Hiện hướng dẫn này.\n"
    "\n"
    "Mã thoát: 0 = đọc được, không có lỗi; 1 = đọc được nhưng có lỗi khi kiểm tra;\n"
    "          2 = không đọc được tệp; 64 = dùng sai lệnh.\n"
    "Dùng “-” thay cho tên tệp để đọc từ đầu vào chuẩn.\n",
    "Usage: diemcau [--lang vi|en] COMMAND …\n"
    "\n"
    "Commands:\n"
    "  check PLAN.json            Check a plan: file errors and validation findings.\n"
    "  template NAME              Print a built-in template as a plan file.\n"
    "  template --list            List the built-in templates.\n"
    "  export FORMAT PLAN.json    Write an export of the plan to standard output.\n"
    "  import [--report] FILE.docx|FILE.txt Read a document's text (Kế hoạch, Công văn, …) as a plan\n"
    "                             file on standard output; --report: what was recognised\n"
    "                             and which lines stayed plain text (on standard error).\n"
    "  --help                     Show this help.\n"
    "\n"
    "Exit codes: 0 = readable, no errors; 1 = readable but with error findings;\n"
    "            2 = the file cannot be read; 64 = usage error.\n"
    "Use \"-\" as the file name to read standard input.\n"};

//-----------------------------------------------------------------------------
// [SECTION] Files
//-----------------------------------------------------------------------------

// Reads a whole file (or stdin for "-"), refusing one larger than the plan
// file limit before reading it, so `check huge.bin` stays fast and small.
// On failure returns an ImportResult with the error, like read_plan does.
dc::ImportResult read_plan_path(const std::string& path) {
    const dc::PlanFileLimits limits;
    std::string bytes;
    auto fail = [](std::string vi, std::string en) {
        dc::ImportResult r;
        dc::ImportError e;
        e.code = "cannot-open";
        e.message_vi = std::move(vi);
        e.message_en = std::move(en);
        r.errors.push_back(std::move(e));
        return r;
    };
    if (path == "-") {
        char buf[65536];
        std::size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
            bytes.append(buf, n);
            if (bytes.size() > limits.max_bytes) break;   // read_plan reports it
        }
    } else {
        std::ifstream in(path, std::ios::binary | std::ios::ate);
        if (!in)
            return fail("Không mở được tệp “" + path + "”.", "Cannot open the file \"" + path + "\".");
        const std::streamoff size = in.tellg();
        if (size < 0)
            return fail("Không đọc được tệp “" + path + "”.", "Cannot read the file \"" + path + "\".");
        if (static_cast<std::uint64_t>(size) > limits.max_bytes) {
            // Let read_plan word the size error: give it a view of the right
            // length without reading the file.  One byte past the limit is enough.
            bytes.assign(limits.max_bytes + 1, ' ');
        } else {
            bytes.resize(static_cast<std::size_t>(size));
            in.seekg(0);
            in.read(bytes.data(), size);
            if (!in)
                return fail("Không đọc được tệp “" + path + "”.", "Cannot read the file \"" + path + "\".");
        }
    }
    return dc::read_plan(bytes, limits);
}

void print_messages(const std::vector<dc::ImportError>& list, const char* prefix) {
    for (const auto& e : list)
        std::cout << prefix << (g_en ? e.message_en : e.message_vi) << "\n";
}

//-----------------------------------------------------------------------------
// [SECTION] Formats
//-----------------------------------------------------------------------------

// The plan file itself is a format too; every other format comes from the
// exporter registry (src/core/exporters.h), so a new exporter appears here and
// in --help without touching this file.
struct CliFormat {
    std::string name, description;
    std::function<std::string(const dc::Plan&)> run;
};

std::vector<CliFormat> cli_formats() {
    std::vector<CliFormat> out;
    out.push_back({"json", g_en ? "Plan file (JSON)" : "Tệp kế hoạch (JSON)",
                   [](const dc::Plan& p) { return dc::write_plan(p); }});
    for (const auto& f : dc::export_formats()) {
        if (f.name == "json") continue;
        out.push_back({f.name, g_en ? f.description_en : f.description_vi, f.run});
    }
    return out;
}

std::string formats_help() {
    std::string s = g_en ? "\nExport formats:\n" : "\nĐịnh dạng xuất:\n";
    for (const auto& f : cli_formats()) {
        std::string name = f.name;
        name.resize(std::max<std::size_t>(name.size(), 16), ' ');
        s += "  " + name + " " + f.description + "\n";
    }
    s += g_en ? "\nBuilt-in templates:\n" : "\nMẫu có sẵn:\n";
    for (const auto& t : dc::builtin_templates()) {
        std::string id = t.id;
        id.resize(std::max<std::size_t>(id.size(), 14), ' ');
        s += "  " + id + " " + (g_en ? t.name_en : t.name_vi) + "\n";
    }
    return s;
}

int usage_error(const std::string& vi, const std::string& en) {
    std::cerr << (g_en ? en : vi) << "\n" << (g_en ? "See: diemcau --help" : "Xem: diemcau --help") << "\n";
    return kExitUsage;
}

//-----------------------------------------------------------------------------
// [SECTION] Commands
//-----------------------------------------------------------------------------

int cmd_check(const std::string& path) {
    dc::ImportResult r = read_plan_path(path);
    if (!r.ok()) {
        std::cout << (g_en ? "Cannot read the plan file:\n" : "Không đọc được tệp kế hoạch:\n");
        print_messages(r.errors, "  ");
        return kExitUnreadable;
    }
    print_messages(r.notes, g_en ? "note: " : "ghi chú: ");
    const std::vector<dc::Finding> findings = dc::validate(*r.plan);
    int errors = 0, others = 0;
    for (const auto& f : findings) {
        (f.severity == dc::Finding::Error ? errors : others)++;
        // Core gives the facts; the words are the planner's (src/ui/checks/finding_text.h).
        const dc::ui::Lang lang = g_en ? dc::ui::Lang::En : dc::ui::Lang::Vi;
        std::cout << dc::ui::severity_word(f.severity, lang) << ": ";
        if (!f.place.empty()) std::cout << f.place << ": ";
        std::cout << dc::ui::finding_text(f, lang) << "\n";
    }

    if (g_en)
        std::cout << errors << " error(s), " << others << " other finding(s).\n";
    else
        std::cout << errors << " lỗi, " << others << " phát hiện khác.\n";
    return errors > 0 ? kExitFindings : kExitOk;
}

int cmd_template(const std::vector<std::string>& args) {
    if (args.empty()) return usage_error("Thiếu tên mẫu.", "Missing the template name.");
    if (args[0] == "--list") {
        for (const auto& t : dc::builtin_templates())
            std::cout << t.id << "\t" << (g_en ? t.name_en : t.name_vi) << "\n";
        return kExitOk;
    }
    for (const auto& t : dc::builtin_templates()) {
        if (t.id == args[0]) {
            std::cout << dc::write_plan(dc::load_template(t.id));
            return kExitOk;
        }
    }
    return usage_error("Không có mẫu “" + args[0] + "”. Dùng: diemcau template --list",
                       "There is no template \"" + args[0] + "\". Try: diemcau template --list");
}

int cmd_export(const std::vector<std::string>& args) {
    if (args.size() < 2)
        return usage_error("Cần định dạng và tệp: diemcau export ĐỊNH_DẠNG TỆP.json",
                           "Needs a format and a file: diemcau export FORMAT PLAN.json");
    const auto formats = cli_formats();
    const CliFormat* chosen = nullptr;
    for (const auto& f : formats)
        if (f.name == args[0]) chosen = &f;
    std::function<std::string(const dc::Plan&)> run;
    if (chosen) {
        run = chosen->run;
    } else if (const dc::ExportFormat* f = dc::find_export_format(args[0])) {   // aliases ("doc", "calendar")
        run = f->run;
    } else {
        return usage_error("Không có định dạng xuất “" + args[0] + "”." + formats_help(),
                           "There is no export format \"" + args[0] + "\"." + formats_help());
    }
    dc::ImportResult r = read_plan_path(args[1]);
    if (!r.ok()) {
        std::cerr << (g_en ? "Cannot read the plan file:\n" : "Không đọc được tệp kế hoạch:\n");
        for (const auto& e : r.errors) std::cerr << "  " << (g_en ? e.message_en : e.message_vi) << "\n";
        return kExitUnreadable;
    }
    const std::string out = run(*r.plan);
    std::fwrite(out.data(), 1, out.size(), stdout);   // binary-safe (.docx)
    return kExitOk;
}

// What each part of a document became, in words (the facts are core's).
const char* fact_word(const std::string& code) {
    static const struct { const char* code; const char* vi; const char* en; } words[] = {
        {"header", "Cơ quan", "Issuing body"}, {"number", "Số", "Number"}, {"code", "Ký hiệu", "Code"},
        {"place", "Địa danh", "Place"}, {"date", "Ngày", "Date"}, {"kind", "Loại văn bản", "Kind"},
        {"title", "Trích yếu", "Title"}, {"addressee", "Kính gửi", "To"}, {"legal_basis", "Căn cứ", "Legal basis"},
        {"intro", "Mở đầu", "Opening"}, {"section", "Mục", "Section"}, {"bullet", "Ý", "Bullet"},
        {"table_header", "Tiêu đề bảng", "Table header"}, {"agenda_row", "Chương trình", "Programme"},
        {"task_row", "Công việc", "Task"}, {"closing", "Kết", "Closing"}, {"recipient", "Nơi nhận", "Recipient"},
        {"archive", "Lưu", "Archive"}, {"signer", "Người ký", "Signer"}, {"text", "Giữ nguyên văn bản", "Kept as text"},
    };
    for (const auto& wd : words)
        if (code == wd.code) return g_en ? wd.en : wd.vi;
    return code.c_str();
}

// Reads a document's text: exit 0 and the plan file on stdout when something
// was imported, 2 when the file cannot be read or holds no document.
int cmd_import(const std::vector<std::string>& args) {
    bool report = false;
    std::vector<std::string> files;
    for (const auto& a : args) {
        if (a == "--report") report = true;
        else files.push_back(a);
    }
    if (files.size() != 1)
        return usage_error("Cần đúng một tệp: diemcau import [--report] TỆP.docx|TỆP.txt",
                           "Needs exactly one file: diemcau import [--report] FILE.docx|FILE.txt");
    const std::string& path = files[0];
    auto unreadable = [&](const std::string& vi, const std::string& en) {
        std::cerr << (g_en ? en : vi) << "\n";
        return kExitUnreadable;
    };
    std::string bytes;
    std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
    if (!f) return unreadable("Không mở được tệp “" + path + "”.", "Cannot open the file \"" + path + "\".");
    // Read one byte past the larger limit (a .docx's), so a bigger file is
    // refused by the reader with its message rather than read whole.
    const std::size_t cap = std::max<std::size_t>(dc::kImportMaxTextBytes, dc::UnzipLimits{}.max_archive_bytes) + 1;
    char buf[65536];
    std::size_t n;
    while (bytes.size() < cap && (n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
    if (f != stdin) std::fclose(f);
    // A .docx is known by its content (a ZIP), whatever the file is called.
    const dc::TextImport r = dc::looks_like_zip(bytes) ? dc::import_docx(bytes) : dc::import_text(bytes);
    if (!r.ok) return unreadable(g_en ? r.error_en : r.error_vi, g_en ? r.error_en : r.error_vi);
    if (report) {
        for (const auto& fact : r.facts) std::cerr << fact_word(fact.code) << ": " << fact.value << "\n";
        std::cerr << (g_en ? "Lines kept as text: " : "Số dòng giữ nguyên là văn bản: ") << r.left_as_text << "\n";
    }
    std::cout << dc::write_plan(r.plan);
    return kExitOk;
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] main
//-----------------------------------------------------------------------------

int main(int argc, char** argv) {
    std::vector<std::string> args;
    bool help = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--lang" && i + 1 < argc) {
            g_en = std::string(argv[++i]) == "en";
        } else if (a.rfind("--lang=", 0) == 0) {
            g_en = a.substr(7) == "en";
        } else if (a == "--help" || a == "-h" || a == "help") {
            help = true;
        } else {
            args.push_back(a);
        }
    }
    if (help) {
        std::cout << w(kUsage) << formats_help();
        return kExitOk;
    }
    if (args.empty()) {
        std::cerr << w(kUsage);
        return kExitUsage;
    }
    const std::string cmd = args[0];
    args.erase(args.begin());
    if (cmd == "check") {
        if (args.size() != 1) return usage_error("Cần đúng một tệp: diemcau check TỆP.json",
                                                 "Needs exactly one file: diemcau check PLAN.json");
        return cmd_check(args[0]);
    }
    if (cmd == "template") return cmd_template(args);
    if (cmd == "export") return cmd_export(args);
    if (cmd == "import") return cmd_import(args);
    return usage_error("Không có lệnh “" + cmd + "”.", "There is no command \"" + cmd + "\".");
}
