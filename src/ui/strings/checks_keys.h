// Keys of the checks area: add X(key) entries; texts go in checks_vi.inc and checks_en.inc.
#pragma once
#define DC_KEYS_CHECKS(X)
