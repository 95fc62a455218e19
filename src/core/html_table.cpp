// html_table.cpp — see html_table.h.
//
// Hand-written on purpose: the only HTML parsers Debian ships (libxml2's,
// gumbo) are not built for WebAssembly, and the clipboard flavour needs only
// table, tr, td/th with their spans, p/div/br and character references; every
// other tag is skipped, so Word's <o:p>, <span style>, conditional comments and
// <style> blocks cost nothing.  Malformed HTML never fails: unclosed cells end
// at the next cell, row or table.
#include "core/html_table.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>

#include "core/text.h"

namespace dc {
namespace {

std::string lower_ascii(std::string_view s) {
    std::string o(s);
    for (char& c : o) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return o;
}

// A character reference's code point; NUL, surrogates and values past
// U+10FFFF become U+FFFD, as HTML parsers do.
void append_code_point(std::string& out, std::uint32_t cp) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    dc::append_utf8(out, static_cast<char32_t>(cp));
}

// Character reference at html[i] == '&'; appends it and returns the index after it.
std::size_t entity(std::string_view html, std::size_t i, std::string& out) {
    const std::size_t semi = html.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
        out += '&';
        return i + 1;
    }
    const std::string name(html.substr(i + 1, semi - i - 1));
    if (!name.empty() && name[0] == '#') {
        const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
        const std::string digits = name.substr(hex ? 2 : 1);
        if (!digits.empty() && digits.size() <= 7 &&
            std::all_of(digits.begin(), digits.end(), [hex](char c) {
                return hex ? std::isxdigit(static_cast<unsigned char>(c)) != 0 : std::isdigit(static_cast<unsigned char>(c)) != 0;
            })) {
            append_code_point(out, static_cast<std::uint32_t>(std::stoul(digits, nullptr, hex ? 16 : 10)));
            return semi + 1;
        }
    }
    static const struct { const char* name; std::uint32_t cp; } known[] = {
        {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", ' '},
        {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C},
        {"rdquo", 0x201D}, {"hellip", 0x2026},
    };
    for (const auto& k : known)
        if (name == k.name) {
            append_code_point(out, k.cp);
            return semi + 1;
        }
    out += '&';
    return i + 1;
}

int span_attr(const std::string& tag, const char* attr) {
    const std::size_t at = tag.find(attr);
    if (at == std::string::npos) return 1;
    std::size_t i = at + std::char_traits<char>::length(attr);
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '=' || tag[i] == '"' || tag[i] == '\'')) ++i;
    int v = 0;
    while (i < tag.size() && std::isdigit(static_cast<unsigned char>(tag[i])) && v < 10000) v = v * 10 + (tag[i++] - '0');
    return std::clamp(v, 1, 1000);
}

// Cell text: runs of spaces folded to one, lines trimmed, no empty lines at the ends.
std::string tidy(const std::string& raw) {
    std::string o;
    bool space = false;
    for (char c : raw) {
        if (c == '\n') {
            while (!o.empty() && o.back() == ' ') o.pop_back();
            if (!o.empty() && o.back() != '\n') o += '\n';
            space = false;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            space = true;
        } else {
            if (space && !o.empty() && o.back() != '\n') o += ' ';
            space = false;
            o += c;
        }
    }
    while (!o.empty() && (o.back() == '\n' || o.back() == ' ')) o.pop_back();
    return o;
}

struct Builder {
    const PasteLimits& limits;
    std::vector<std::vector<std::string>> rows;
    std::vector<int> pending_down;   // per column: rows still covered by a rowspan from above
    std::vector<std::string> row;
    std::string cell;
    bool in_row = false, in_cell = false;
    int colspan = 1, rowspan = 1;
    bool too_many = false;

    void start_row() {
        end_row();
        in_row = true;
        row.clear();
        skip_covered();
    }
    void skip_covered() {   // cells held by a rowspan above stay empty
        while (row.size() < pending_down.size() && pending_down[row.size()] > 0) {
            --pending_down[row.size()];
            row.emplace_back();
        }
    }
    void start_cell(const std::string& tag) {
        end_cell();
        if (!in_row) start_row();
        in_cell = true;
        cell.clear();
        colspan = span_attr(tag, "colspan");
        rowspan = span_attr(tag, "rowspan");
    }
    void end_cell() {
        if (!in_cell) return;
        in_cell = false;
        skip_covered();
        const std::size_t first = row.size();
        row.push_back(nfc(tidy(cell)));
        for (int k = 1; k < colspan && row.size() < limits.max_columns; ++k) row.emplace_back();
        if (pending_down.size() < row.size()) pending_down.resize(row.size(), 0);
        for (std::size_t c = first; c < row.size(); ++c) pending_down[c] = std::max(pending_down[c], rowspan - 1);
        if (row.size() > limits.max_columns) row.resize(limits.max_columns);
    }
    void end_row() {
        end_cell();
        if (!in_row) return;
        in_row = false;
        skip_covered();
        const bool empty = std::all_of(row.begin(), row.end(), [](const std::string& s) { return s.empty(); });
        if (!empty) {
            if (rows.size() >= limits.max_rows) too_many = true;
            else rows.push_back(row);
        }
        for (std::size_t c = row.size(); c < pending_down.size(); ++c)
            if (pending_down[c] > 0) --pending_down[c];
    }
};

}  // namespace

PasteTable parse_html_table(std::string_view html, const PasteLimits& limits) {
    PasteTable t;
    if (html.size() > limits.max_bytes * 4) {   // HTML is markup-heavy: allow it four times the text's size
        t.error_vi = "Nội dung dán quá lớn (trên " + std::to_string(limits.max_bytes * 4 / (1u << 20)) + " MB).";
        t.error_en = "The pasted content is too large (over " + std::to_string(limits.max_bytes * 4 / (1u << 20)) + " MB).";
        return t;
    }
    Builder b{limits, {}, {}, {}, {}};
    int depth = 0;   // table nesting: only the first outermost table is read; inner ones become cell text
    bool done = false;
    std::size_t i = 0;
    while (i < html.size() && !done && !b.too_many) {
        const char ch = html[i];
        if (ch == '<') {
            if (html.compare(i, 4, "<!--") == 0) {
                const std::size_t e = html.find("-->", i + 4);
                i = e == std::string_view::npos ? html.size() : e + 3;
                continue;
            }
            const std::size_t e = html.find('>', i);
            if (e == std::string_view::npos) break;
            const std::string tag = lower_ascii(html.substr(i + 1, e - i - 1));
            i = e + 1;
            const bool closing = !tag.empty() && tag[0] == '/';
            std::size_t n0 = closing ? 1 : 0, n1 = n0;
            while (n1 < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[n1])) || tag[n1] == ':')) ++n1;
            const std::string name = tag.substr(n0, n1 - n0);
            if (name == "style" || name == "script") {   // their text is not content
                if (!closing) {
                    const std::size_t end = lower_ascii(html.substr(i)).find("</" + name);
                    i = end == std::string::npos ? html.size() : i + end;
                }
                continue;
            }
            if (name == "table") {
                if (!closing) ++depth;
                else if (--depth == 0) { b.end_row(); done = true; }
                continue;
            }
            if (depth == 0) continue;
            if (depth > 1) {   // a table inside a cell: its cells and rows read as lines
                if (b.in_cell && (name == "tr" || name == "p" || name == "br" || name == "div")) b.cell += '\n';
                else if (b.in_cell && (name == "td" || name == "th") && !closing) b.cell += ' ';
                continue;
            }
            if (name == "tr") { closing ? b.end_row() : b.start_row(); }
            else if (name == "td" || name == "th") { closing ? b.end_cell() : b.start_cell(tag); }
            else if (b.in_cell && (name == "br" || name == "p" || name == "div" || name == "li")) b.cell += '\n';
            continue;
        }
        if (depth > 0 && b.in_cell) {
            if (ch == '&') { i = entity(html, i, b.cell); continue; }
            b.cell += (ch == '\n' || ch == '\r') ? ' ' : ch;
        }
        ++i;
    }
    b.end_row();
    if (b.too_many) {
        t.error_vi = "Bảng dán có quá nhiều dòng (tối đa " + std::to_string(limits.max_rows) + ").";
        t.error_en = "The pasted table has too many rows (at most " + std::to_string(limits.max_rows) + ").";
        return t;
    }
    if (b.rows.empty()) {
        t.error_vi = "Nội dung dán không có bảng.";
        t.error_en = "The pasted content holds no table.";
        return t;
    }
    t.rows = std::move(b.rows);
    for (const auto& r : t.rows) t.columns = std::max(t.columns, r.size());
    t.ok = true;
    return t;
}

}  // namespace dc
