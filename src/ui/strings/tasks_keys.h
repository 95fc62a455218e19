// Keys of the tasks area: add X(key) entries; texts go in tasks_vi.inc and tasks_en.inc.
#pragma once
#define DC_KEYS_TASKS(X)
