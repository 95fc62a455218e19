// import_docx.cpp — see import_docx.h.
#include "core/import_docx.h"

#include <tinyxml2.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "core/unzip.h"

namespace dc {

namespace {

using tinyxml2::XMLElement;

bool is(const XMLElement* e, const char* name) { return std::strcmp(e->Name(), name) == 0; }

// A paragraph's text: runs' w:t, tabs, breaks; deleted text (w:delText),
// field codes (w:instrText) and drawings are not text.
void paragraph_text(const XMLElement* e, std::string& out) {
    for (const XMLElement* c = e->FirstChildElement(); c; c = c->NextSiblingElement()) {
        if (is(c, "w:t")) {
            if (const char* t = c->GetText()) out += t;
        } else if (is(c, "w:tab") || is(c, "w:ptab")) {
            out += '\t';
        } else if (is(c, "w:br") || is(c, "w:cr")) {
            const char* type = c->Attribute("w:type");
            if (!type || std::strcmp(type, "page") != 0) out += '\n';
        } else if (is(c, "w:noBreakHyphen")) {
            out += '-';
        } else if (is(c, "w:del") || is(c, "w:instrText") || is(c, "w:drawing") || is(c, "w:pPr") ||
                   is(c, "w:rPr") || is(c, "mc:Fallback")) {
            continue;
        } else {
            paragraph_text(c, out);   // w:r, w:hyperlink, w:ins, w:smartTag, w:fldSimple, …
        }
    }
}

struct Reader {
    DocxText& d;
    std::vector<std::string> lines;

    void block(const XMLElement* parent);
    void table(const XMLElement* tbl);
    // A cell's paragraphs (a table nested in a cell is read as its rows' lines).
    std::vector<std::string> cell(const XMLElement* tc) {
        Reader inner{d, {}};
        inner.block(tc);
        return inner.lines;
    }
};

void Reader::block(const XMLElement* parent) {
    for (const XMLElement* e = parent->FirstChildElement(); e; e = e->NextSiblingElement()) {
        if (is(e, "w:p")) {
            std::string t;
            paragraph_text(e, t);
            ++d.paragraphs;
            lines.push_back(std::move(t));
        } else if (is(e, "w:tbl")) {
            table(e);
        } else if (is(e, "w:sdt") || is(e, "w:sdtContent") || is(e, "w:customXml") || is(e, "w:ins")) {
            block(e);   // content controls and tracked insertions hold ordinary paragraphs
        }
    }
}

void Reader::table(const XMLElement* tbl) {
    ++d.tables;
    for (const XMLElement* tr = tbl->FirstChildElement("w:tr"); tr; tr = tr->NextSiblingElement("w:tr")) {
        std::vector<std::vector<std::string>> cells;
        std::size_t deepest = 0;
        for (const XMLElement* tc = tr->FirstChildElement(); tc; tc = tc->NextSiblingElement()) {
            const XMLElement* cell_el = tc;
            if (is(tc, "w:sdt")) cell_el = tc->FirstChildElement("w:sdtContent") ? tc->FirstChildElement("w:sdtContent")->FirstChildElement("w:tc") : nullptr;
            if (!cell_el || !is(cell_el, "w:tc")) continue;
            std::vector<std::string> ps = cell(cell_el);
            while (!ps.empty() && ps.back().find_first_not_of(" \t\r\n") == std::string::npos) ps.pop_back();
            int span = 1;
            if (const XMLElement* pr = cell_el->FirstChildElement("w:tcPr"))
                if (const XMLElement* gs = pr->FirstChildElement("w:gridSpan")) span = gs->IntAttribute("w:val", 1);
            deepest = std::max(deepest, ps.size());
            cells.push_back(std::move(ps));
            for (int i = 1; i < span && i < 64; ++i) cells.emplace_back();
        }
        // Line breaks inside one cell's paragraph would split the row: they become spaces.
        for (auto& ps : cells)
            for (auto& p : ps)
                for (char& ch : p) if (ch == '\n') ch = ' ';
        if (deepest <= 1) {
            std::string line;
            for (std::size_t i = 0; i < cells.size(); ++i) {
                if (i) line += '\t';
                if (!cells[i].empty()) line += cells[i][0];
            }
            lines.push_back(std::move(line));
            continue;
        }
        // Layout rows: the k-th paragraphs of the cells in turn (issuer, motto;
        // Số, place and date; then the subject under Số), empty spacer
        // paragraphs left out.
        for (auto& ps : cells)
            ps.erase(std::remove_if(ps.begin(), ps.end(), [](const std::string& p) {
                         return p.find_first_not_of(" \t") == std::string::npos;
                     }), ps.end());
        // Nơi nhận beside the signature is the exception: the list reads whole,
        // then the signer (interleaved, the signer's lines would break the list).
        const bool closing = !cells.empty() && !cells[0].empty() && cells[0][0].rfind("Nơi nhận", 0) == 0;
        if (closing) {
            for (const auto& ps : cells)
                for (const auto& p : ps) lines.push_back(p);
            continue;
        }
        for (std::size_t k = 0; k < deepest; ++k)
            for (const auto& ps : cells)
                if (k < ps.size()) lines.push_back(ps[k]);
    }
}

}  // namespace

DocxText docx_text(std::string_view bytes) {
    DocxText d;
    if (!looks_like_zip(bytes)) {
        d.error_vi = "Tệp không phải tệp .docx (Word 2007 trở lên). Tệp .doc cũ: hãy mở trong Word và lưu thành .docx.";
        d.error_en = "The file is not a .docx (Word 2007 or later). An old .doc: open it in Word and save it as .docx.";
        return d;
    }
    const UnzipResult part = unzip_entry(bytes, "word/document.xml");
    if (!part.ok) {
        d.error_vi = part.error_vi;
        d.error_en = part.error_en;
        return d;
    }
    tinyxml2::XMLDocument xml(true, tinyxml2::PRESERVE_WHITESPACE);
    if (xml.Parse(part.data.data(), part.data.size()) != tinyxml2::XML_SUCCESS) {
        const std::string line = std::to_string(xml.ErrorLineNum());
        d.error_vi = "Tệp .docx bị hỏng: phần văn bản (word/document.xml) sai cú pháp XML ở dòng " + line + ".";
        d.error_en = "The .docx is damaged: its text part (word/document.xml) is not well-formed XML (line " + line + ").";
        return d;
    }
    const XMLElement* root = xml.RootElement();
    const XMLElement* body = root ? root->FirstChildElement("w:body") : nullptr;
    if (!body) {
        d.error_vi = "Tệp .docx không có thân văn bản (w:body).";
        d.error_en = "The .docx has no document body (w:body).";
        return d;
    }
    Reader r{d, {}};
    r.block(body);
    // Word keeps words together with no-break spaces (U+00A0; the app's own
    // export puts them in the issuing body); as text they are spaces.
    for (std::string& l : r.lines) {
        for (std::size_t at; (at = l.find("\xC2\xA0")) != std::string::npos;) l.replace(at, 2, " ");
        d.text += l;
        d.text += '\n';
    }
    d.ok = true;
    return d;
}

TextImport import_docx(std::string_view bytes) {
    const DocxText d = docx_text(bytes);
    if (!d.ok) {
        TextImport r;
        r.error_vi = d.error_vi;
        r.error_en = d.error_en;
        return r;
    }
    return import_text(d.text);
}

}  // namespace dc
