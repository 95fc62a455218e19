// Keys of the offline area (autosave, "Kế hoạch của tôi", storage messages,
// new-version notice, zoom): texts in offline_vi.inc and offline_en.inc.
#pragma once
#define DC_KEYS_OFFLINE(X)                                                                      \
    X(offline_nav_library) X(offline_tip_nav_library)                                          \
    X(offline_btn_later) X(offline_btn_reload) X(offline_btn_save_file_now)                    \
    X(offline_lib_heading) X(offline_lib_intro) X(offline_lib_safe_note)                       \
    X(offline_lib_new) X(offline_lib_new_blank) X(offline_lib_new_tip) X(offline_lib_open_file) \
    X(offline_lib_col_title) X(offline_lib_col_event) X(offline_lib_col_changed)               \
    X(offline_lib_col_file) X(offline_lib_col_deleted)                                         \
    X(offline_lib_current) X(offline_lib_unsaved) X(offline_lib_empty)                         \
    X(offline_lib_open) X(offline_lib_duplicate) X(offline_lib_rename) X(offline_lib_delete)   \
    X(offline_lib_restore) X(offline_lib_purge) X(offline_lib_purge_confirm)                   \
    X(offline_lib_bin_heading) X(offline_lib_bin_note)                                         \
    X(offline_lib_created) X(offline_lib_duplicated) X(offline_lib_copy_title)                 \
    X(offline_lib_deleted) X(offline_lib_restored) X(offline_lib_action_failed)                \
    X(offline_lib_open_failed)                                                                 \
    X(offline_damaged_title) \
    X(offline_damaged_stopped) \
    X(offline_damaged_unreadable) \
    X(offline_damaged_rescue) \
    X(offline_lib_damaged) \
    X(offline_lib_damaged_tip_stopped) \
    X(offline_lib_damaged_tip_unreadable) \
    X(offline_lib_download_raw) \
    X(offline_lib_raw_downloaded) \
    X(offline_remind_never_saved) X(offline_remind_unsaved) X(offline_save_file_changed)       \
    X(offline_store_full) X(offline_store_unavailable)                                         \
    X(offline_store_other_tab) X(offline_store_other_tab_banner)                               \
    X(offline_store_full_banner) X(offline_store_unavailable_banner)                           \
    X(offline_store_recovered_title) X(offline_store_plans_lost) X(offline_store_index_rebuilt) \
    X(offline_toast_store_ok_again) X(offline_update_ready) X(offline_time_today)              \
    X(offline_toast_took_over) X(offline_toast_took_over_copy)                                 \
    X(offline_zoom_out) X(offline_zoom_in) X(offline_zoom_tip)                                 \
    X(offline_tip_shortcut)
