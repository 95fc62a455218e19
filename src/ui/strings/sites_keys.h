// Keys of the sites area: add X(key) entries; texts go in sites_vi.inc and sites_en.inc.
#pragma once
#define DC_KEYS_SITES(X)
