// Keys of the agenda area: add X(key) entries; texts go in agenda_vi.inc and agenda_en.inc.
#pragma once
#define DC_KEYS_AGENDA(X)
