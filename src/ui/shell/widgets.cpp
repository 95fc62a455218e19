// widgets.cpp — the widget registry (see widgets.h).
#include "ui/shell/widgets.h"

#include "ui/shell/keyfocus.h"

#include <imgui.h>

#include <cstdio>
#include <map>
#include <vector>

namespace dc::widgets {
namespace {
std::map<std::string, Rect> g_rects;        // last frame's
std::map<std::string, Rect> g_building;     // this frame's
std::map<std::string, std::string> g_texts, g_texts_building;   // set_shown_text: last frame's, this frame's
std::string g_active;
// A zoom change takes effect in the next frame, so the rectangles of the frame in
// which it was asked for are still at the old scale: each frame keeps its own.
float g_scale = 1, g_building_scale = 1;
std::uint64_t g_ticks = 0, g_renders = 0;
std::function<std::string()> g_plan_json;
bool g_hold = false;
constexpr std::size_t kFrameTimeCount = 4096;
std::vector<float> g_frame_times;           // ring buffer of the last kFrameTimeCount
std::size_t g_frame_time_next = 0;

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

void begin_frame(float scale) { g_building.clear(); g_texts_building.clear(); g_building_scale = scale; }
void end_frame() { g_rects.swap(g_building); g_texts.swap(g_texts_building); g_scale = g_building_scale; }
float rects_scale() { return g_scale; }
void register_rect(const char* id, float x, float y, float w, float h) {
    g_building[id] = Rect{x, y, w, h};
}
void register_last_item(const char* id) {
    ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    register_rect(id, a.x, a.y, b.x - a.x, b.y - a.y);
    dc::ui::keyfocus::note_last_item(id);   // Tab reaches every item with a stable id
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
void record_frame_time(double ms) {
    if (g_frame_times.size() < kFrameTimeCount) g_frame_times.push_back(static_cast<float>(ms));
    else g_frame_times[g_frame_time_next] = static_cast<float>(ms);
    g_frame_time_next = (g_frame_time_next + 1) % kFrameTimeCount;
}
std::string frame_times_json() {
    std::string o = "[";
    const std::size_t n = g_frame_times.size();
    const std::size_t first = n < kFrameTimeCount ? 0 : g_frame_time_next;
    char num[32];
    for (std::size_t i = 0; i < n; ++i) {
        std::snprintf(num, sizeof num, i ? ",%.3f" : "%.3f", g_frame_times[(first + i) % n]);
        o += num;
    }
    return o + "]";
}
void clear_frame_times() { g_frame_times.clear(); g_frame_time_next = 0; }
namespace { float g_font_dpr = 0; }
void set_font_dpr(float dpr) { g_font_dpr = dpr; }
float font_dpr() { return g_font_dpr; }
void set_plan_json_provider(std::function<std::string()> f) { g_plan_json = std::move(f); }
std::string plan_json() { return g_plan_json ? g_plan_json() : std::string("null"); }
void set_hold(bool on) { g_hold = on; }
bool held() { return g_hold; }

void set_shown_text(const char* id, const std::string& text) { g_texts_building[id] = text; }
std::string shown_text(const std::string& id) {
    auto it = g_texts.find(id);
    return it == g_texts.end() ? std::string() : it->second;
}

namespace {
std::map<std::string, std::function<void()>>& actions() {
    static std::map<std::string, std::function<void()>> a;
    return a;
}
}  // namespace
void set_action(const std::string& name, std::function<void()> f) { actions()[name] = std::move(f); }
bool run_action(const std::string& name) {
    auto it = actions().find(name);
    if (it == actions().end()) return false;
    it->second();
    return true;
}

}  // namespace dc::widgets
