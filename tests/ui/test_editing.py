"""Editing in the app with undo and redo: the forms, the case header, promises, the audit log."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from proxydesk.domain import PromiseStatus
from proxydesk.services.registry import Services
from proxydesk.storage.database import open_case_file
from proxydesk.ui.app import create_main_window
from proxydesk.ui.editing.directory_dialogs import RelativeDialog
from proxydesk.ui.editing.form import FormDialog
from proxydesk.ui.language import Language, install_translations
from proxydesk.ui.main_window import MainWindow
from proxydesk.ui.promises.dialogs import ResolveDialog
from tests.ui.story import STORY_SO_FAR, Story
from tests.ui.writes import written


@pytest.fixture
def empty_window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    """The window on a file just made: nothing in it yet."""
    shown = create_main_window(services)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()


def in_file(path: Path, query: str) -> list[tuple[object, ...]]:
    """What another program reading the file sees (not the app's own sessions)."""
    con = sqlite3.connect(path)
    try:
        return con.execute(query).fetchall()
    finally:
        con.close()


def audit(path: Path) -> list[tuple[str, str, str]]:
    return [
        (str(a), str(e), str(i))
        for a, e, i in in_file(path, "SELECT action, entity, entity_id FROM audit_log ORDER BY id")
    ]


def accept(dialog: FormDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def tree_names(window: MainWindow) -> list[str]:
    model = window.tree_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def press_remove(box: QMessageBox) -> None:
    remove = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    remove.click()


def test_the_edit_menu_comes_right_after_file_with_undo_and_redo(window: MainWindow) -> None:
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:2] == ["&File", "&Edit"]
    editing = window.features.editing
    assert editing.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert editing.redo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert not editing.undo_action.isEnabled()
    assert editing.add_relative_action in editing.menu.actions()


def test_a_relative_added_in_an_empty_file_is_undone_and_redone(
    qtbot: QtBot, empty_window: MainWindow, services: Services
) -> None:
    window = empty_window
    path = services.case_file.path
    assert window.left.currentWidget() is window.no_relatives
    assert "Add a relative" in window.no_relatives.text()
    window.no_relatives.linkActivated.emit("add-relative")
    dialog = window.features.editing.operations.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText("Anna Berger")
    dialog.born.setText("1941-04-02")
    dialog.phones.setPlainText("+49 30 1234\n+49 171 555")
    accept(dialog)
    written(qtbot)

    assert not dialog.isVisible()
    assert window.left.currentWidget() is window.tree
    assert tree_names(window) == ["Anna Berger"]
    assert "Open a case" in window.no_case.text()  # the next step, offered right away
    (anna,) = in_file(path, "SELECT id, name, born, phone_numbers FROM relatives")
    anna_id = anna[0]
    assert anna[1:3] == ("Anna Berger", "1941-04-02")
    undo, redo = window.features.editing.undo_action, window.features.editing.redo_action
    assert undo.text() == "Undo Add relative Anna Berger"

    logged = len(audit(path))
    undo.trigger()
    written(qtbot)
    assert in_file(path, "SELECT id FROM relatives") == []
    assert window.left.currentWidget() is window.no_relatives
    assert redo.text() == "Redo Add relative Anna Berger"
    assert audit(path)[logged:] == [("delete", "relatives", str(anna_id))]

    redo.trigger()
    written(qtbot)
    assert in_file(path, "SELECT id, name, born, phone_numbers FROM relatives") == [anna]
    assert tree_names(window) == ["Anna Berger"]
    assert audit(path)[logged:] == [
        ("delete", "relatives", str(anna_id)),
        ("insert", "relatives", str(anna_id)),
    ]
    assert undo.text() == "Undo Add relative Anna Berger"


def test_a_form_explains_what_is_missing_and_stays_open(
    qtbot: QtBot, empty_window: MainWindow, services: Services
) -> None:
    dialog = empty_window.features.editing.operations.add_relative()
    accept(dialog)
    written(qtbot)
    assert dialog.isVisible()
    assert dialog.problem_label.isVisible()
    assert "name" in dialog.problem_label.text()
    dialog.name.setText("Anna Berger")
    dialog.born.setText("2.4.1941")
    accept(dialog)
    written(qtbot)
    assert dialog.isVisible()
    assert "year-month-day" in dialog.problem_label.text()
    assert services.directory.relatives() == []
    assert empty_window.features.editing.history.next_undo() is None
    dialog.reject()


def test_a_case_opened_with_a_new_organization_is_one_undo_step(
    qtbot: QtBot, empty_window: MainWindow, services: Services
) -> None:
    window = empty_window
    anna = services.directory.add_relative("Anna Berger")
    window.features.editing.refresh(None)
    assert "Open a case" in window.no_case.text()
    window.no_case.linkActivated.emit("add-case")
    dialog = window.features.editing.operations.dialog
    dialog.title.setText("Cancel the magazine")
    dialog.organization.setEditText("Lesezirkel GmbH")
    dialog.relatives.item(0).setCheckState(dialog.relatives.item(0).checkState().Checked)
    dialog.references.setPlainText("order: L-77")
    accept(dialog)
    written(qtbot)

    (case,) = services.cases.cases()
    assert (case.title, case.organization_name, case.relative_ids) == (
        "Cancel the magazine",
        "Lesezirkel GmbH",
        [anna.id],
    )
    assert window.current_case_id == case.id
    assert window.header.title.text() == "Cancel the magazine"
    undo = window.features.editing.undo_action
    assert undo.text() == "Undo Open case Cancel the magazine"
    undo.trigger()
    written(qtbot)
    assert services.cases.cases() == [] and services.directory.organizations() == []
    assert window.current_case_id is None
    window.features.editing.redo_action.trigger()
    written(qtbot)
    assert [c.id for c in services.cases.cases()] == [case.id]
    assert services.cases.detail(case.id).references[0].value == "L-77"


def test_the_story_is_edited_in_the_header_and_undone(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story
) -> None:
    path = services.case_file.path
    header = window.header
    assert window.current_case_id == story.move_case
    assert header.edit_story_button.isVisible()
    header.edit_story_button.click()
    assert header.editing_story and header.save_story_button.isVisible()
    header.story.setPlainText("The line works; the email address still has to move.")
    logged = len(audit(path))
    header.save_story_button.click()
    written(qtbot)

    assert not header.editing_story
    detail = services.cases.detail(story.move_case)
    assert detail.story_so_far == "The line works; the email address still has to move."
    undo = window.features.editing.undo_action
    assert undo.text() == "Undo Edit the story of Move Erika's line to Ilse's house"
    undo.trigger()
    written(qtbot)
    assert services.cases.detail(story.move_case).story_so_far == STORY_SO_FAR
    assert header.story.toPlainText() == STORY_SO_FAR
    window.features.editing.redo_action.trigger()
    written(qtbot)
    assert header.story.toPlainText().startswith("The line works")
    # the edit, its undo and its redo: three changes to the case, each in the log
    assert audit(path)[logged:] == [("update", "cases", str(story.move_case))] * 3


def test_cancelling_the_story_leaves_it_and_the_stack_alone(
    window: MainWindow, services: Services, story: Story
) -> None:
    header = window.header
    window.features.editing.edit_story_action.trigger()
    assert header.editing_story
    header.story.setPlainText("scribble")
    header.cancel_story_button.click()
    assert header.story.toPlainText() == STORY_SO_FAR
    assert window.features.editing.history.next_undo() is None


def test_the_status_is_changed_in_the_header_and_undone_exactly(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story
) -> None:
    path = services.case_file.path
    before = services.cases.case_record(story.move_case)
    resolved = next(a for a in window.header.status_menu.actions() if a.data() == "resolved")
    logged = len(audit(path))
    resolved.trigger()
    written(qtbot)
    assert services.cases.summary(story.move_case).status == "resolved"
    assert window.header.status.text() == "Resolved"
    assert window.features.editing.undo_action.text() == (
        "Undo Set Move Erika's line to Ilse's house to Resolved"
    )
    window.features.editing.undo_action.trigger()
    written(qtbot)
    assert services.cases.case_record(story.move_case) == before
    assert window.header.status.text() == "Open"
    assert len(audit(path)) == logged + 2


def test_an_account_removed_comes_back_with_the_same_data(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story
) -> None:
    path = services.case_file.path
    account = next(a for a in services.directory.accounts() if a.customer_number == "4711-0815")
    before = services.directory.account_record(account.id)
    numbers = [n.value for n in window.header.copyable_numbers]
    assert "4711-0815" in numbers
    box = window.features.editing.operations.remove_account(account.id)
    assert box is not None and "4711-0815" in box.text() and "Undo" in box.text()
    logged = len(audit(path))
    press_remove(box)
    written(qtbot)

    assert account.id not in [a.id for a in services.directory.accounts()]
    assert "4711-0815" not in [n.value for n in window.header.copyable_numbers]
    assert window.features.editing.undo_action.text() == "Undo Remove account 4711-0815"
    window.features.editing.undo_action.trigger()
    written(qtbot)
    assert services.directory.account_record(account.id) == before
    assert "4711-0815" in [n.value for n in window.header.copyable_numbers]
    assert in_file(path, f"SELECT contract_numbers FROM accounts WHERE id = {account.id}") == [
        ('["V-2012-3377"]',)
    ]
    changes = audit(path)[logged:]
    assert changes.index(("delete", "accounts", str(account.id))) < changes.index(
        ("insert", "accounts", str(account.id))
    )


def test_an_empty_case_is_removed_from_the_menu_and_comes_back_whole(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story
) -> None:
    added = services.cases.add_case(
        "Cancel the magazine", "Telvia", relatives=["Ilse"], references=["order:M-1"]
    )
    before = services.cases.case_record(added.id)
    window.features.editing.refresh(added.id)
    assert window.current_case_id == added.id
    window.features.editing.remove_case_action.trigger()
    box = window.features.editing.operations.dialog
    assert isinstance(box, QMessageBox) and "its 1 ticket or order number?" in box.text()
    press_remove(box)
    written(qtbot)
    assert added.id not in [c.id for c in services.cases.cases()]
    assert window.current_case_id != added.id
    window.features.editing.undo_action.trigger()
    written(qtbot)
    assert services.cases.case_record(added.id) == before


def test_a_case_with_a_timeline_is_kept(
    window: MainWindow, services: Services, story: Story
) -> None:
    box = window.features.editing.operations.remove_case(story.move_case)
    assert box is not None and "has a timeline and is kept" in box.text()
    assert "Timeline entries:" in box.text()
    box.close()
    assert story.move_case in [c.id for c in services.cases.cases()]


def test_a_relative_others_depend_on_is_kept_and_the_reason_shown(
    window: MainWindow, services: Services, story: Story
) -> None:
    box = window.features.editing.operations.remove_relative(story.erika)
    assert box is not None
    assert "Erika Brandt cannot be removed" in box.text()
    assert "Cases: 2" in box.text() and "Accounts: 1" in box.text()
    assert [b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.DestructiveRole] == []
    box.close()
    assert story.erika in [r.id for r in services.directory.relatives()]
    assert window.features.editing.history.next_undo() is None


def test_a_relative_edited_from_the_menu_is_undone(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story
) -> None:
    window.select_case(story.move_case)
    window.features.editing.edit_relative_action.trigger()
    dialog = window.features.editing.operations.dialog
    assert dialog.name.text() == "Erika Brandt"  # the relative of the case row chosen
    assert dialog.name.accessibleName() == "Name"
    dialog.address.setPlainText("Lindenweg 4, 87435 Kempten")
    accept(dialog)
    written(qtbot)
    assert services.directory.relative(story.erika).address == "Lindenweg 4, 87435 Kempten"
    assert window.features.editing.undo_action.text() == "Undo Edit relative Erika Brandt"
    window.features.editing.undo_action.trigger()
    written(qtbot)
    assert services.directory.relative(story.erika).address == ""


def test_a_promise_marked_kept_is_undone_as_a_new_audited_change(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story
) -> None:
    path = services.case_file.path
    promise = services.promises.promises(only_open=True)[0]
    actions = window.features.promises.actions
    actions.resolve(promise.id, PromiseStatus.KEPT)
    dialog = actions.dialog
    assert isinstance(dialog, ResolveDialog)
    dialog.accept()
    written(qtbot)
    assert services.promises.promise(promise.id).status == "kept"
    undo = window.features.editing.undo_action
    assert undo.text().startswith("Undo Mark “") and undo.text().endswith("” as kept")
    logged = audit(path)
    undo.trigger()
    written(qtbot)
    assert services.promises.promise(promise.id).status == "open"
    window.features.editing.redo_action.trigger()
    written(qtbot)
    again = services.promises.promise(promise.id)
    assert again.status == "kept"
    # nothing left the log: the old entries are all still there, two new ones follow
    assert audit(path)[: len(logged)] == logged
    assert audit(path)[len(logged) :] == [("update", "promises", str(promise.id))] * 2


def test_an_undo_the_file_has_outgrown_is_explained_and_dropped(
    qtbot: QtBot, empty_window: MainWindow, services: Services
) -> None:
    window = empty_window
    dialog = window.features.editing.operations.add_relative()
    dialog.name.setText("Anna Berger")
    accept(dialog)
    written(qtbot)
    (anna,) = services.directory.relatives()
    # meanwhile a case was opened for her from the command line (a history of its own)
    command_line = Services.for_file(services.case_file)
    command_line.directory.add_organization("Telvia AG")
    command_line.cases.add_case("Move the line", "Telvia", relatives=[anna.id])
    window.features.editing.undo_action.trigger()
    written(qtbot)
    box = window.write_path.failure  # told in one place, as every write that did not happen
    assert isinstance(box, QMessageBox) and "still in use" in box.text()
    assert [r.id for r in services.directory.relatives()] == [anna.id]
    assert window.features.editing.history.next_undo() is None
    assert not window.features.editing.undo_action.isEnabled()
    assert tree_names(window) == ["Anna Berger"]


def test_a_read_only_file_offers_no_editing(
    qtbot: QtBot, case_path: Path, story: Story, services: Services
) -> None:
    with open_case_file(case_path, writable=False) as reading:
        shown = create_main_window(Services.for_file(reading))
        qtbot.addWidget(shown)
        editing = shown.features.editing
        assert not editing.add_relative_action.isEnabled()
        assert not editing.edit_case_action.isEnabled()
        shown.show()
        assert not shown.header.edit_story_button.isVisible()
        assert not shown.header.status_button.isVisible()
        shown.close()


def test_the_story_is_written_and_undone_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_F2)
    header = window.header
    assert header.editing_story and header.story.hasFocus()
    qtbot.keyClicks(header.story, " Next: call the email team.")
    qtbot.keyClick(header.story, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not header.editing_story
    written(qtbot)
    assert services.cases.detail(story.move_case).story_so_far.endswith("the email team.")
    window.timeline.setFocus()
    qtbot.keySequence(window.timeline, QKeySequence.StandardKey.Undo)
    written(qtbot)
    assert services.cases.detail(story.move_case).story_so_far == STORY_SO_FAR


def test_edit_relative_acts_on_the_relative_row_clicked(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story
) -> None:
    model = window.tree_model
    ilse_row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data() == "Ilse Lindner"
    )
    rect = window.tree.visualRect(model.index(ilse_row, 0))
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    window.features.editing.edit_relative_action.trigger()
    dialog = window.features.editing.operations.dialog
    assert isinstance(dialog, RelativeDialog) and dialog.name.text() == "Ilse Lindner"
    dialog.reject()
    window.features.editing.remove_relative_action.trigger()
    box = window.features.editing.operations.dialog
    assert isinstance(box, QMessageBox) and "Ilse Lindner cannot be removed" in box.text()


def test_a_story_being_written_is_kept_when_another_case_is_chosen(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story
) -> None:
    header = window.header
    header.start_story_edit()
    header.story.setPlainText("Written, then another case chosen.")
    assert window.select_case(story.email_case)
    assert window.current_case_id == story.email_case
    assert header.detail is not None and header.detail.summary.id == story.email_case
    assert not header.editing_story
    written(qtbot)
    moved = services.cases.detail(story.move_case).story_so_far
    assert moved == "Written, then another case chosen."
    assert window.features.editing.undo_action.text().startswith("Undo Edit the story of Move")
    window.features.editing.undo_action.trigger()
    written(qtbot)
    assert services.cases.detail(story.move_case).story_so_far == STORY_SO_FAR


def context_menu_at(window: MainWindow, row: QModelIndex) -> QMenu:
    pos = window.tree.visualRect(row).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, window.tree.mapToGlobal(pos))
    QApplication.sendEvent(window.tree.viewport(), event)
    menu = window.tree.row_menu
    assert menu is not None
    return menu


def test_the_tree_offers_editing_on_relatives_and_cases(
    window: MainWindow, services: Services, story: Story
) -> None:
    erika = window.tree_model.index(0, 0)
    menu = context_menu_at(window, erika)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert "Powers of attorney…" in texts  # the documents' own entries stay
    assert texts[-4:] == [
        "Edit relative…",
        "Open a case for them…",
        "Add an account…",
        "Remove relative…",
    ]
    menu.actions()[-4].trigger()
    dialog = window.features.editing.operations.dialog
    assert isinstance(dialog, RelativeDialog) and dialog.name.text() == "Erika Brandt"
    dialog.reject()
    menu.close()
    case_menu = context_menu_at(window, window.case_indexes()[0])
    assert [a.text() for a in case_menu.actions()] == ["Edit case…", "Remove case…"]
    case_menu.close()


def test_a_story_being_written_is_saved_when_the_window_closes(
    window: MainWindow, services: Services, story: Story
) -> None:
    window.features.editing.edit_story_action.trigger()
    window.header.story.setPlainText("Written, never saved by hand.")
    window.close()
    assert services.cases.detail(story.move_case).story_so_far == "Written, never saved by hand."


def test_a_finished_call_is_undone_from_the_edit_menu_and_comes_back(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story
) -> None:
    path = services.case_file.path
    draft = services.calls.start(story.move_case, "+49 800 5550100")
    finished = services.calls.finish(draft.id, "no_result")
    window.features.editing.refresh(None)
    undo = window.features.editing.undo_action
    assert undo.text() == (
        "Undo Log the call to +49 800 5550100 in Move Erika's line to Ilse's house"
    )
    logged = len(audit(path))
    undo.trigger()
    written(qtbot)
    assert finished.event_id not in [e.id for e in services.timeline.entries(story.move_case)]
    window.features.editing.redo_action.trigger()
    written(qtbot)
    assert finished.event_id in [e.id for e in services.timeline.entries(story.move_case)]
    event = str(finished.event_id)
    assert audit(path)[logged:] == [("delete", "events", event), ("insert", "events", event)]


def test_a_reminder_done_is_undone_and_the_german_menu_names_it(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story, qapp: QApplication
) -> None:
    reminder = services.reminders.add(
        "Ask about the technician", services.cases.clock(), case=story.move_case
    )
    services.reminders.mark_done(reminder.id)
    assert window.features.editing.undo_action.text() == (
        "Undo Mark the reminder “Ask about the technician” as done"
    )
    install_translations(qapp, Language.GERMAN)
    try:
        window.features.editing.undoing.update()
        assert window.features.editing.undo_action.text() == (
            "Rückgängig: Erinnerung „Ask about the technician“ als erledigt markieren"
        )
    finally:
        install_translations(qapp, Language.ENGLISH)
    window.features.editing.undo_action.trigger()
    written(qtbot)
    assert [r.id for r in services.reminders.reminders()] == [reminder.id]
    assert window.features.editing.redo_action.isEnabled()


def test_redo_answers_ctrl_y_and_ctrl_shift_z(window: MainWindow) -> None:
    keys = window.features.editing.redo_action.shortcuts()
    assert QKeySequence("Ctrl+Y") in keys and QKeySequence("Ctrl+Shift+Z") in keys
    assert QKeySequence("Ctrl+Z") in window.features.editing.undo_action.shortcuts()
