// Keys of the offline area: add X(key) entries; texts go in offline_vi.inc and offline_en.inc.
#pragma once
#define DC_KEYS_OFFLINE(X)
