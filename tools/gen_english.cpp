// gen_english.cpp — writes the English interface texts to a file
// (ui/shell/english_file.h) for the web build, which leaves them out of its program.
//
//   gen_english OUT      (cmake/webapp.cmake builds it from the same
//                         src/ui/shell/i18n.cpp, English compiled in, and runs it)
#include <cstdio>
#include <string>

#include "ui/shell/english_file.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: gen_english OUT\n");
        return 2;
    }
    const std::string file = dc::ui::english_file_write();
    std::FILE* f = std::fopen(argv[1], "wb");
    if (!f || std::fwrite(file.data(), 1, file.size(), f) != file.size() || std::fclose(f) != 0) {
        std::perror(argv[1]);
        return 1;
    }
    return 0;
}
