// templates.h — the built-in templates: both seed documents as plan files
// (assets/templates/*.json, compiled in by cmake/templates.cmake) and a blank plan.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan.h"

namespace dc {

struct TemplateInfo {
    std::string id;        // "ke-hoach-1905", "cong-van-k12", "blank" — the file name without .json
    std::string name_vi;   // for the "new plan" menu
    std::string name_en;
};

constexpr const char* kDefaultTemplate = "ke-hoach-1905";  // what the planner opens with no saved plan
constexpr const char* kBlankTemplate = "blank";

// The embedded templates in menu order, then "blank".
std::vector<TemplateInfo> builtin_templates();

// The plan file bytes of an embedded template (not "blank"); nullopt if unknown.
std::optional<std::string_view> template_file(std::string_view id);

// A template as a Plan.  Unknown ids give the blank plan: callers that need
// to tell the difference check builtin_templates() first.
Plan load_template(std::string_view id);

// A new, empty plan with the usual outline of a Kế hoạch (headings and the
// places where the agenda, tasks, participants, duties and budget go).
Plan blank_plan();

}  // namespace dc
