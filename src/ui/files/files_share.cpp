// files_share.cpp — saving the plan file, every export, the readable copy,
// the link (the plan compressed into the URL's #fragment), e-mail and the
// system share sheet; the "too large for a link" dialog.  See files_ui.h.
//
// [SECTION] helpers
// [SECTION] save and exports
// [SECTION] link, e-mail, system share
// [SECTION] dialog: too large for a link
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "core/datetime.h"
#include "core/exporters.h"
#include "core/plan_file.h"
#include "platform/platform.h"
#include "ui/shell/autosave.h"
#include "core/apart.h"
#include "ui/files/files_ui.h"
#include "ui/shell/widgets.h"
#include "ui/shell/theme.h"

namespace dc::ui {

namespace {
//-----------------------------------------------------------------------------
// [SECTION] helpers
//-----------------------------------------------------------------------------
enum class LinkPurpose { Copy, Email, System };

struct ShareState {
    bool pending = false;          // a link is being made (compression is asynchronous)
    std::string last_link;
    std::size_t last_bytes = 0;
    bool toobig_requested = false;
    std::size_t toobig_bytes = 0;
};
ShareState& S() {
    static ShareState s;
    return s;
}

// Mail clients (Outlook on Windows above all) cut mailto: links beyond about
// 2,000 characters; longer links go into the body only when they fit.
constexpr std::size_t kMaxMailLink = 1800;

// "12,3" (vi) / "12.3" (en) kilobytes.
std::string kb_text(std::size_t bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", static_cast<double>(bytes) / 1024.0);
    std::string s = buf;
    if (language() == Lang::Vi)
        for (char& c : s)
            if (c == '.') c = ',';
    return s;
}


std::string plan_title(const Plan& p) {
    return p.header.title.empty() ? std::string(tr(K::plan_untitled)) : p.header.title;
}

// Title and event date, the opening of a message about the plan.
std::string message_intro(const Plan& p) {
    std::string t = fmt(K::files_mail_intro, plan_title(p).c_str());
    if (!p.event.days.empty() && p.event.days[0].date.complete())
        t += " " + fmt(K::files_mail_event, format_date(p.event.days[0].date).c_str());
    return t;
}

void download_copy(UiContext& ctx) {
    if (const ExportFormat* f = find_export_format("html-copy")) files_download(ctx, *f);
}

void link_made(UiContext& ctx, LinkPurpose purpose, const std::string& url, std::size_t bytes) {
    ShareState& s = S();
    s.pending = false;
    const Plan& p = ctx.editor->plan();
    const bool usable = !url.empty() && bytes <= kMaxLinkBytes;
    if (usable) {
        s.last_link = url;
        s.last_bytes = bytes;
    }
    switch (purpose) {
    case LinkPurpose::Copy:
        if (url.empty()) {
            ctx.message(tr(K::files_toobig_title), tr(K::files_link_failed));
        } else if (!usable) {
            s.toobig_bytes = bytes;
            s.toobig_requested = true;
        } else {
            platform::copy_to_clipboard(url);
            ctx.toast(fmt(K::files_toast_link_copied, kb_text(bytes).c_str()));
        }
        break;
    case LinkPurpose::Email: {
        const bool with_link = usable && url.size() <= kMaxMailLink;
        std::string body = std::string(tr(K::files_mail_greeting)) + "\r\n\r\n" + message_intro(p) + "\r\n\r\n";
        if (with_link) body += std::string(tr(K::files_mail_link)) + "\r\n" + url + "\r\n\r\n";
        else body += std::string(tr(K::files_mail_attach)) + "\r\n\r\n";
        body += tr(K::files_mail_closing);
        const std::string mailto = "mailto:?subject=" + percent_encode(fmt(K::files_mail_subject, plan_title(p).c_str())) +
                                   "&body=" + percent_encode(body);
        if (!with_link) {   // the readable copy, ready to attach
            const ExportFormat* f = find_export_format("html-copy");
            if (f) {
                const std::string name = export_file_name(p, *f);
                platform::save_file(name, f->mime, f->run(p));
                ctx.toast(fmt(K::files_toast_mail_attach, name.c_str()));
            }
        }
        platform::open_url(mailto);
        break;
    }
    case LinkPurpose::System: {
        std::string text = message_intro(p);
        if (usable) text += "\n" + url;
        if (!platform::share_text(plan_title(p), text)) {
            platform::copy_to_clipboard(text);
            ctx.toast(tr(K::toast_share_copied));
        }
        break;
    }
    }
    platform::request_redraw(2);
}

void make_link(UiContext& ctx, LinkPurpose purpose) {
    ShareState& s = S();
    s.pending = true;
    UiContext* c = &ctx;
    platform::make_plan_link(write_plan(ctx.editor->plan()),
                             [c, purpose](const std::string& url, std::size_t bytes) { link_made(*c, purpose, url, bytes); });
}
}  // namespace

// RFC 3986 percent-encoding of UTF-8 for mailto: subject and body.
std::string percent_encode(const std::string& s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
            c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] save and exports
//-----------------------------------------------------------------------------
std::string files_save(UiContext& ctx) {
    const Plan& p = ctx.editor->plan();
    const ExportFormat* f = find_export_format("json");
    const std::string name = f ? export_file_name(p, *f) : std::string("ke-hoach.json");
    const std::string text = write_plan(p);
    platform::save_file(name, "application/json", text);
    autosave_file_saved(ctx, name, text);   // the top bar and the plans list show when
    ctx.toast(fmt(K::files_toast_saved, name.c_str()));
    return name;
}

void files_download(UiContext& ctx, const ExportFormat& format) {
    if (format.name == "json") {
        files_save(ctx);
        return;
    }
    const Plan& p = ctx.editor->plan();
    const std::string name = export_file_name(p, format);
    // Exporters cannot fail (no exceptions anywhere: see Editor's error policy); they
    // turn any plan the reader or the editor let in into bytes.
    const std::string bytes = format.run(p);
    platform::save_file(name, format.mime, bytes);
    ctx.toast(fmt(K::files_toast_downloaded, name.c_str()));
}

//-----------------------------------------------------------------------------
// [SECTION] link, e-mail, system share
//-----------------------------------------------------------------------------
void files_copy_link(UiContext& ctx) { make_link(ctx, LinkPurpose::Copy); }
void files_send_email(UiContext& ctx) { make_link(ctx, LinkPurpose::Email); }
void files_share_system(UiContext& ctx) { make_link(ctx, LinkPurpose::System); }
const std::string& files_last_link() { return S().last_link; }
std::size_t files_last_link_bytes() { return S().last_bytes; }
bool files_link_pending() { return S().pending; }

//-----------------------------------------------------------------------------
// [SECTION] dialog: too large for a link
//-----------------------------------------------------------------------------
static void toobig_dialog_open(UiContext& ctx, float w);   // the open dialog's code (core/apart.h)

void draw_files_share_dialogs(UiContext& ctx) {
    const float w = begin_files_modal("##files.toobig", &S().toobig_requested, 600.0f);
    if (w > 0) call_apart(toobig_dialog_open, ctx, w);
}

static void toobig_dialog_open(UiContext& ctx, float w) {
    ShareState& s = S();
    files_dialog_top("files.toobig", w, tr(K::files_toobig_title));
    ImGui::Separator();
    ImGui::TextUnformatted(
        fmt(K::files_toobig_body, kb_text(s.toobig_bytes).c_str(), static_cast<int>(kMaxLinkBytes / 1024)).c_str());
    ImGui::PopTextWrapPos();
    ImGui::Dummy(ImVec2(0, 6));
    bool close = false;
    if (files_button(tr(K::files_toobig_copy), "files.toobig.copy", tr(K::files_share_copy_what), true)) {
        download_copy(ctx);
        close = true;
    }
    ImGui::SameLine();
    if (!close && files_button(tr(K::files_toobig_save), "files.toobig.save", tr(K::files_share_file_what))) {
        files_save(ctx);
        close = true;
    }
    ImGui::SameLine();
    if (!close && files_dismissed(tr(K::files_close), "files.toobig.close")) close = true;
    if (close) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace dc::ui
