// Keys of the agenda area (panel_agenda*.cpp); texts in agenda_vi.inc and agenda_en.inc.
#pragma once
#define DC_KEYS_AGENDA(X) \
    X(agenda_add_slot) X(agenda_add_slot_tip) X(agenda_add_item) X(agenda_add_item_tip) \
    X(agenda_and_more) X(agenda_bad_time) X(agenda_block_has_findings) X(agenda_block_hint) \
    X(agenda_block_turns) X(agenda_cancel) X(agenda_close_gaps) X(agenda_close_gaps_nothing) \
    X(agenda_close_gaps_tip) X(agenda_col_content) X(agenda_col_performer) X(agenda_col_time) \
    X(agenda_content_hint) X(agenda_day_n) X(agenda_delete) X(agenda_delete_tip) \
    X(agenda_detail_none) X(agenda_done) X(agenda_duplicate) X(agenda_duplicate_tip) X(agenda_dur_h) \
    X(agenda_dur_hm) X(agenda_dur_m) X(agenda_edit_hint) X(agenda_edit_title) X(agenda_empty_add) \
    X(agenda_empty_timeline) X(agenda_findings_hint) X(agenda_findings_jump) X(agenda_findings_none) \
    X(agenda_item_delete) X(agenda_item_down) X(agenda_item_up) X(agenda_kind_break) \
    X(agenda_kind_ceremony) X(agenda_kind_discussion) X(agenda_kind_label) X(agenda_kind_normal) \
    X(agenda_kind_registration) X(agenda_menu_add_at) X(agenda_menu_add_item) X(agenda_menu_edit) \
    X(agenda_no_content) X(agenda_performer_hint) X(agenda_shift) X(agenda_shift_apply) \
    X(agenda_shift_body) X(agenda_shift_hint) X(agenda_shift_include_self) X(agenda_shift_minutes) \
    X(agenda_shift_refused) X(agenda_shift_tip) X(agenda_shift_title) X(agenda_start_label) \
    X(agenda_start_refused) X(agenda_start_tip) X(agenda_tab_checks) X(agenda_tab_detail) \
    X(agenda_tab_table) X(agenda_table_empty) X(agenda_table_hint) X(agenda_tech_session) \
    X(agenda_time_tip) X(agenda_timeline_hint) X(agenda_toast_deleted) X(agenda_totals_gaps) \
    X(agenda_totals_line) X(agenda_totals_none) X(agenda_turn_add) X(agenda_turn_delete) \
    X(agenda_turn_down) X(agenda_turn_split) X(agenda_turn_split_tip) X(agenda_turn_unknown_site) \
    X(agenda_turn_up) X(agenda_turns_go_sites) X(agenda_turns_heading) X(agenda_turns_hidden) \
    X(agenda_turns_hint) X(agenda_turns_missing) X(agenda_turns_no_sites) X(agenda_turns_ok) \
    X(agenda_turns_overrun) X(agenda_turns_repeated) X(agenda_turns_sum) X(agenda_turns_unknown) \
    X(agenda_undo_add_item) X(agenda_undo_delete) X(agenda_undo_delete_item) X(agenda_undo_items) \
    X(agenda_undo_kind) X(agenda_undo_reorder) X(agenda_undo_time) X(agenda_undo_turns) \
    X(agenda_zoom_in) X(agenda_zoom_out)
