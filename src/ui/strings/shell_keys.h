// Keys of the app shell (top bar, navigation, status line, messages).
#pragma once
#define DC_KEYS_SHELL(X)                                                          \
    X(app_name) X(app_tagline)                                                   \
    X(nav_document) X(nav_agenda) X(nav_tasks) X(nav_sites) X(nav_checks)       \
    X(nav_export) X(nav_heading)                                                 \
    X(btn_undo) X(btn_redo) X(btn_open) X(btn_save) X(btn_print) X(btn_share)   \
    X(btn_dismiss) X(btn_close) X(btn_ok)                                        \
    X(tip_undo) X(tip_undo_nothing) X(tip_redo) X(tip_redo_nothing)             \
    X(step_edit) X(step_edit_n) X(step_add) X(step_remove_n) X(step_move_n)     \
    X(step_open_other) X(step_plan) X(step_header) X(step_event) X(step_signer) \
    X(step_archive) X(step_plan_extra) X(step_slot) X(step_task) X(step_site)   \
    X(step_site_group) X(step_block) X(step_duty) X(step_budget_line)           \
    X(step_contact) X(step_recipient)                                            \
    X(tip_open) X(tip_save) X(tip_print) X(tip_share) X(tip_language)           \
    X(lang_vi) X(lang_en)                                                        \
    X(save_browser_at) X(save_browser_never) X(save_file_never) X(save_file_at)  \
    X(save_browser_failed)                                                       \
    X(edit_refused) X(plan_untitled) X(plan_no_date) X(plan_event_on)                           \
    X(status_today) X(status_no_findings) X(status_findings) X(status_checking)  \
    X(first_run_line)                                                            \
    X(btn_find) X(tip_find) X(find_title) X(find_hint) X(find_empty) X(find_none) \
    X(find_count) X(find_count_more) X(find_keys)                                \
    X(doc_heading) X(doc_title_label) X(doc_title_hint) X(doc_empty)            \
    X(agenda_heading) X(agenda_empty)                                            \
    X(tasks_heading) X(tasks_empty)                                              \
    X(sites_heading) X(sites_empty)                                              \
    X(checks_heading) X(checks_empty)                                            \
    X(export_heading) X(export_empty)                                            \
    X(panel_coming)                                                              \
    X(toast_opened) X(toast_open_failed) X(toast_saved)                         \
    X(paste_too_long_title) X(paste_too_long_body)                              \
    X(toast_share_copied) X(toast_print_none)                                   \
    X(edit_title)
