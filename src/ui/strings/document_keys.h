// Keys of the document area: add X(key) entries; texts go in document_vi.inc and document_en.inc.
#pragma once
#define DC_KEYS_DOCUMENT(X)
