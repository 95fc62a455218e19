// english_file.cpp — see english_file.h.
#include "ui/shell/english_file.h"

#include <cstdio>
#include <cstring>
#include <deque>
#include <vector>

#include "ui/shell/i18n.h"

// The app (not tools/gen_english.cpp, which is compiled with emcc too).
#if defined(__EMSCRIPTEN__) && defined(DC_EN_FROM_FILE)
#include <emscripten.h>

#include "platform/platform.h"
#endif

namespace dc::ui {

namespace {
constexpr int kCount = static_cast<int>(K::count_);
constexpr char kMagic[] = "DCEN1";

std::string header(std::uint64_t sig) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s %d %016llx\n", kMagic, kCount, static_cast<unsigned long long>(sig));
    return buf;
}

bool g_failed = false;
}  // namespace

std::uint64_t strings_signature() { return vietnamese_signature(); }

std::string english_file_write() {
    std::string out = header(strings_signature());
    for (int i = 0; i < kCount; ++i) {
        const char* s = table_entry(static_cast<K>(i), Lang::En);
        out += s ? s : "";   // a missing entry stays missing (tr() falls back to Vietnamese)
        out += '\0';
    }
    return out;
}

EnglishRead english_file_read(std::string_view bytes) {
    const std::string head = header(strings_signature());
    if (bytes.substr(0, head.size()) != head) return EnglishRead::Refused;
    // The texts live as long as the program: the table points into this copy
    // (a deque: adding one never moves the others).
    static std::deque<std::string> kept;
    std::string& text = kept.emplace_back(bytes.substr(head.size()));
    std::vector<const char*> texts;
    texts.reserve(kCount);
    std::size_t at = 0;
    while (at < text.size() && static_cast<int>(texts.size()) < kCount) {
        const std::size_t end = text.find('\0', at);
        if (end == std::string::npos) break;   // the last text has no NUL: cut short
        texts.push_back(text.c_str() + at);
        at = end + 1;
    }
    if (static_cast<int>(texts.size()) != kCount || at != text.size()) {
        kept.pop_back();
        return EnglishRead::Refused;
    }
    if (!set_english_texts(texts.data(), kCount)) return EnglishRead::Refused;
    return EnglishRead::Loaded;
}

EnglishState english_state() {
    if (english_ready()) return EnglishState::Ready;
    return g_failed ? EnglishState::Failed : EnglishState::Loading;
}

#if defined(__EMSCRIPTEN__) && defined(DC_EN_FROM_FILE)
extern "C" {
// web/glue.js: data/en.strings arrived (bytes, size), or could not be fetched (size < 0).
EMSCRIPTEN_KEEPALIVE int dc_english_arrived(const char* bytes, int size) {
    const bool ok = size >= 0 && english_file_read(std::string_view(bytes, static_cast<std::size_t>(size))) ==
                                     EnglishRead::Loaded;
    if (!ok && !english_ready()) g_failed = true;
    dc::platform::request_redraw(2);
    return ok ? 1 : 0;
}
}
#endif

}  // namespace dc::ui
