// test_hooks.cpp — see test_hooks.h.
#include "ui/test_hooks.h"

#include <imgui.h>

#include <map>

namespace dc::test_hooks {
namespace {
std::map<std::string, Rect> g_rects;        // last frame's
std::map<std::string, Rect> g_building;     // this frame's
std::string g_active;
std::uint64_t g_ticks = 0, g_renders = 0;
std::function<std::string()> g_plan_json;
bool g_hold = false;

std::string json_escape(const std::string& s) {
    std::string o;
    for (char c : s) {
        if (c == '"' || c == '\\') { o += '\\'; o += c; }
        else if (static_cast<unsigned char>(c) < 0x20) { o += ' '; }
        else o += c;
    }
    return o;
}
}  // namespace

void begin_frame() { g_building.clear(); }
void end_frame() { g_rects.swap(g_building); }
void register_rect(const char* id, float x, float y, float w, float h) {
    g_building[id] = Rect{x, y, w, h};
}
void register_last_item(const char* id) {
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    register_rect(id, a.x, a.y, b.x - a.x, b.y - a.y);
}
bool widget_rect(const std::string& id, Rect* out) {
    // Between frames g_rects holds the last complete frame's rectangles.
    auto it = g_rects.find(id);
    if (it == g_rects.end()) return false;
    *out = it->second;
    return true;
}
std::string widget_ids_json() {
    std::string o = "[";
    for (auto& [k, v] : g_rects) {
        if (o.size() > 1) o += ",";
        o += "\"" + json_escape(k) + "\"";
    }
    return o + "]";
}
void set_active_widget(const char* id) { g_active = id ? id : ""; }
const std::string& active_widget() { return g_active; }
void count_tick() { ++g_ticks; }
void count_render() { ++g_renders; }
std::uint64_t tick_count() { return g_ticks; }
std::uint64_t render_count() { return g_renders; }
void set_plan_json_provider(std::function<std::string()> f) { g_plan_json = std::move(f); }
std::string plan_json() { return g_plan_json ? g_plan_json() : std::string("null"); }
void set_hold(bool on) { g_hold = on; }
bool held() { return g_hold; }

}  // namespace dc::test_hooks
