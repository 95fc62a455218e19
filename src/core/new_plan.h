// new_plan.h — a new plan from the few facts the guided start asks for.
//
// The kind of document, who issues it, when the event is and which kinds of
// sites take part give a plan with the standard outline of its kind (seed 002
// for a Kế hoạch, seed 000 for a công văn), the signer and the number's code
// of its issuing body (core/issuer.h), and section II written from the event
// (core/body_facts.h) — instead of an empty form or another body's example.
#pragma once
#include <string>
#include <vector>

#include "core/plan.h"

namespace dc {

struct NewPlanChoices {
    DocKind kind = DocKind::KeHoach;      // Kế hoạch, Công văn or Giấy mời (others get the Kế hoạch outline)
    std::string parent_body;              // "UBND HUYỆN ĐAK ĐOA" (optional)
    std::string issuing_body;             // "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"
    std::string place;                    // the date line's place: "Đak Đoa"
    std::string title;                    // the event's name / the document's subject (optional)
    Date issued;                          // the date of issue (usually today)
    Date date;                            // the event's day
    int start = kNoTime;
    int end = kNoTime;
    std::string platform;                 // "K12 Online" (optional)
    std::string central_site;             // where the host sits: "Hội trường A, Phòng GDĐT" (optional)
    std::vector<std::string> site_kinds;  // "các trường THCS", "các trường tiểu học": one site group each
};

Plan new_plan(const NewPlanChoices& c);

}  // namespace dc
