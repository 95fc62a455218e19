// Keys of the files area: add X(key) entries; texts go in files_vi.inc and files_en.inc.
#pragma once
#define DC_KEYS_FILES(X)
