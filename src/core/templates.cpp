// templates.cpp — built-in templates (see templates.h).
//
// The template files are embedded as bytes by cmake/templates.cmake and parsed
// with the ordinary plan-file reader, so a template is held to exactly the
// same rules as a user's file (tests/core/test_templates.cpp checks that each
// one reads without errors and is already in canonical form).
#include "core/templates.h"

#include <algorithm>
#include <iterator>

#include "core/plan_file.h"

namespace dc {
namespace templates_data {
struct EmbeddedFile { const char* id; const char* (*bytes)(); std::size_t size; };
extern const EmbeddedFile kFiles[];
extern const std::size_t kFileCount;
}  // namespace templates_data

namespace {

// Menu names; a template file without an entry here is listed by its title.
struct KnownName { const char* id; const char* vi; const char* en; };
const KnownName kNames[] = {
    {"ke-hoach-1905",
     "Kế hoạch 1905/KH-SGDĐT — Hội nghị trực tuyến tổng kết năm học (Gia Lai, 8/2021)",
     "Plan 1905/KH-SGDĐT — online school-year review conference (Gia Lai, 8/2021)"},
    {"cong-van-k12",
     "Công văn — Hội nghị trực tuyến về phòng học bộ môn trên K12 Online (Gia Lai, 10/2021)",
     "Official letter — online conference on subject classrooms, K12 Online (Gia Lai, 10/2021)"},
};

// Menu order: known templates first, in the order above.
int rank(std::string_view id) {
    for (std::size_t i = 0; i < std::size(kNames); ++i)
        if (id == kNames[i].id) return static_cast<int>(i);
    return static_cast<int>(std::size(kNames));
}

}  // namespace

std::optional<std::string_view> template_file(std::string_view id) {
    for (std::size_t i = 0; i < templates_data::kFileCount; ++i) {
        const auto& f = templates_data::kFiles[i];
        if (id != f.id) continue;
        // Through a pointer the optimisers cannot see through, so that each
        // file's accessor stays a function of its own: the web build's first
        // part then holds only the accessor of the template a first visit
        // opens, and the others (compiled as code: cmake/templates.cmake,
        // core/code_text.h) are in the second part.
        const char* (*volatile get)() = f.bytes;
        return std::string_view(get(), f.size);
    }
    return std::nullopt;
}

std::vector<TemplateInfo> builtin_templates() {
    std::vector<TemplateInfo> out;
    for (std::size_t i = 0; i < templates_data::kFileCount; ++i) {
        const std::string id = templates_data::kFiles[i].id;
        TemplateInfo t{id, id, id};
        const int r = rank(id);
        if (r < static_cast<int>(std::size(kNames))) {
            t.name_vi = kNames[r].vi;
            t.name_en = kNames[r].en;
        } else if (auto res = read_plan(*template_file(id)); res.ok() && !res.plan->header.title.empty()) {
            t.name_vi = t.name_en = res.plan->header.title;
        }
        out.push_back(std::move(t));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const TemplateInfo& a, const TemplateInfo& b) { return rank(a.id) < rank(b.id); });
    out.push_back({kBlankTemplate, "Kế hoạch trống", "Blank plan"});
    return out;
}

Plan load_template(std::string_view id) {
    if (auto bytes = template_file(id)) {
        ImportResult r = read_plan(*bytes);
        if (r.ok()) return std::move(*r.plan);
        // A broken embedded template is a build defect that the template tests
        // catch; at run time the user still gets a usable plan.
    }
    return blank_plan();
}

Plan blank_plan() {
    Plan p;
    p.header.kind = DocKind::KeHoach;
    p.event.format = "Hội nghị trực tuyến";
    p.event.days.push_back(EventDay{});
    auto heading = [&](int level, const char* text) {
        Block b;
        b.kind = BlockKind::Heading;
        b.level = level;
        b.text = text;
        p.body.push_back(std::move(b));
    };
    auto insert = [&](InsertWhat what) {
        Block b;
        b.kind = BlockKind::Insert;
        b.insert = what;
        p.body.push_back(std::move(b));
    };
    heading(1, "Mục đích, yêu cầu");
    heading(2, "Mục đích:");
    heading(2, "Yêu cầu:");
    heading(1, "Thời gian, hình thức, địa điểm tổ chức Hội nghị");
    heading(1, "Thành phần tham dự Hội nghị tại các điểm cầu");
    insert(InsertWhat::Participants);
    heading(1, "Nội dung, chương trình Hội nghị");
    heading(2, "Chương trình (dự kiến):");
    insert(InsertWhat::Agenda);
    heading(1, "Tổ chức thực hiện");
    insert(InsertWhat::Duties);
    heading(2, "Tiến độ công việc và phân công thực hiện");
    insert(InsertWhat::Tasks);
    heading(1, "Kinh phí");
    insert(InsertWhat::Budget);
    p.signer.title = "GIÁM ĐỐC";
    return p;
}

}  // namespace dc
