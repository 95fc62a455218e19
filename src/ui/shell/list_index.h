// list_index.h — finding a plan list's element by its id, for the panels
// that keep a selection by id (agenda slots, tasks, sites).
#pragma once
#include <string>
#include <vector>

namespace dc::ui {

// The index of the element of `list` whose id is `id`; -1 when there is none
// or `id` is empty (nothing selected).
template <class T>
long index_by_id(const std::vector<T>& list, const std::string& id) {
    if (id.empty()) return -1;
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list[i].id == id) return static_cast<long>(i);
    return -1;
}

}  // namespace dc::ui
