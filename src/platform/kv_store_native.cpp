// kv_store_native.cpp — KeyValueStore for the native app (see kv_store.h):
// one file per key in NativeOptions::data_dir, or memory only when there is
// no directory (--memory, tests).
//
// A put writes a temporary file and renames it over the key's file, so a
// crash leaves the old value or the new one, never half of one: the same
// guarantee the Library's two alternating slots expect from IndexedDB.
#include "platform/kv_store.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <system_error>

#include "platform/native.h"

namespace dc::platform {

namespace {
namespace fs = std::filesystem;

// Keys are made by the library ("dc.plan.p3.0"), but anything outside
// [A-Za-z0-9._-] is escaped as %XX so a key can never name another directory.
std::string file_name_of(const std::string& key) {
    std::string out;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(key[i]);
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                           c == '_' || c == '-' || (c == '.' && i > 0);   // never ".", ".." or a hidden file
        if (plain) {
            out += static_cast<char>(c);
        } else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", c);
            out += hex;
        }
    }
    return out;
}
int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}
std::string key_of(const std::string& file) {
    std::string out;
    for (std::size_t i = 0; i < file.size(); ++i) {
        const int hi = file[i] == '%' && i + 2 < file.size() ? hex_digit(file[i + 1]) : -1;
        const int lo = hi >= 0 ? hex_digit(file[i + 2]) : -1;
        if (lo >= 0) {
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
        } else {
            out += file[i];
        }
    }
    return out;
}

class DirectoryStore final : public KeyValueStore {
public:
    explicit DirectoryStore(fs::path dir) : dir_(std::move(dir)) {
        std::error_code ec;
        fs::create_directories(dir_, ec);
        ok_ = fs::is_directory(dir_, ec);
        if (!ok_) std::fprintf(stderr, "[diemcau] cannot use %s for storage: plans are kept in memory only\n", dir_.c_str());
    }
    std::optional<std::string> get(const std::string& key) override {
        std::ifstream in(dir_ / file_name_of(key), std::ios::binary);
        if (!in) return std::nullopt;
        std::ostringstream ss;
        ss << in.rdbuf();
        return ss.str();
    }
    bool put(const std::string& key, const std::string& value) override {
        if (!ok_ || key.empty()) return false;
        const fs::path target = dir_ / file_name_of(key);
        fs::path tmp = target;
        tmp += ".tmp";
        {
            std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
            if (!out) return false;
            out.write(value.data(), static_cast<std::streamsize>(value.size()));
            out.flush();
            if (!out) {
                out.close();
                std::error_code ec;
                fs::remove(tmp, ec);
                return false;   // the disk is full (or gone): the library reports it
            }
        }
        std::error_code ec;
        fs::rename(tmp, target, ec);
        return !ec;
    }
    bool remove(const std::string& key) override {
        std::error_code ec;
        fs::remove(dir_ / file_name_of(key), ec);
        return !ec;
    }
    std::vector<std::string> keys(const std::string& prefix) override {
        std::vector<std::string> out;
        std::error_code ec;
        for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
            const std::string name = it->path().filename().string();
            if (name.size() > 4 && name.compare(name.size() - 4, 4, ".tmp") == 0) continue;   // a put that did not finish
            std::string key = key_of(name);
            if (key.compare(0, prefix.size(), prefix) == 0) out.push_back(std::move(key));
        }
        return out;
    }
    bool available() override { return ok_; }

private:
    fs::path dir_;
    bool ok_ = false;
};

std::unique_ptr<KeyValueStore> make_store() {
    const std::string& dir = native_options().data_dir;
    if (dir.empty()) return std::make_unique<MemoryStore>();
    return std::make_unique<DirectoryStore>(dir);
}
}  // namespace

KeyValueStore& kv_store() {
    static std::unique_ptr<KeyValueStore> store = make_store();
    return *store;
}
// Writes are synchronous here: a failure is the put's own return value.
std::string kv_store_take_failure() { return ""; }
std::string kv_store_backend() { return native_options().data_dir.empty() ? "memory" : "directory"; }

}  // namespace dc::platform
