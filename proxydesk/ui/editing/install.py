"""Editing in the main window: Edit → Undo and Redo, the forms, the empty states, the header."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from proxydesk.changes import Changes, Kind
from proxydesk.errors import ProxyDeskError
from proxydesk.services.history import Step
from proxydesk.ui.editing.form import ChoiceDialog
from proxydesk.ui.editing.operations import EditOperations
from proxydesk.ui.editing.undo_actions import UndoActions
from proxydesk.ui.host import CaseListRow, Host, Menu

#: the links in the window's empty states
ADD_RELATIVE_LINK = "add-relative"
OPEN_CASE_LINK = "add-case"


class EditingController(QObject):
    """Wires editing into the window; the window knows only ``install_editing``."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.dialog_parent())
        self._window = host
        self._services = services = host.services
        self.history = services.history
        # the window starts the file's undo afresh: what was written before it showed the file
        # (a demo built, a first-start guide) is not the window's to take back
        self.history.clear()
        self.undoing = UndoActions(services.history, self._move, self)
        self.operations = EditOperations(
            services,
            host.write,
            shown=self.written,
            today=self.today,
            parent_widget=host.dialog_parent(),
        )
        self._build_menu()
        self.writable = host.writable
        if self.writable:
            host.follow_empty_links(self.follow_link)
        host.events.story_edited.connect(self.write_story)
        host.events.status_chosen.connect(self.write_status)
        host.events.case_chosen.connect(self._update_actions)
        host.add_row_menu(self._row_menu)
        host.set_header_editable(self.writable)
        self._update_actions()

    def today(self) -> date:
        cases = self._services.cases
        return cases.local(cases.clock()).date()

    # -- the Edit menu -------------------------------------------------------------------

    def _build_menu(self) -> None:
        self.menu = self._window.menu(Menu.EDIT, self.tr("&Edit"))
        self.undo_action = self.undoing.undo_action
        self.redo_action = self.undoing.redo_action
        self.menu.addAction(self.undo_action)
        self.menu.addAction(self.redo_action)
        ops = self.operations
        self.menu.addSeparator()
        self.add_relative_action = self._action(
            self.tr("Add a &relative…"), ops.add_relative, "Ctrl+Shift+A"
        )
        self.edit_relative_action = self._action(self.tr("Edit relati&ve…"), self.edit_relative)
        self.remove_relative_action = self._action(
            self.tr("Remove relative…"), self.remove_relative
        )
        self.menu.addSeparator()
        self.open_case_action = self._action(
            self.tr("&Open a case…"), lambda: ops.open_case(self._relative_id()), "Ctrl+Shift+N"
        )
        self.edit_case_action = self._action(self.tr("Edit &case…"), self.edit_case)
        self.edit_story_action = self._action(
            self.tr("Edit the &story so far"), self.edit_story, "F2"
        )
        self.remove_case_action = self._action(self.tr("Remove case…"), self.remove_case)
        self.menu.addSeparator()
        self.add_organization_action = self._action(
            self.tr("Add an or&ganization…"), ops.add_organization
        )
        self.edit_organization_action = self._action(
            self.tr("Edit organi&zation…"), lambda: self._choose_organization(ops.edit_organization)
        )
        self.remove_organization_action = self._action(
            self.tr("Remove organization…"),
            lambda: self._choose_organization(ops.remove_organization),
        )
        self.menu.addSeparator()
        self.add_account_action = self._action(
            self.tr("Add an &account…"),
            lambda: ops.add_account(self._relative_id(), self._organization_id()),
        )
        self.edit_account_action = self._action(
            self.tr("Edit accou&nt…"), lambda: self._choose_account(ops.edit_account)
        )
        self.remove_account_action = self._action(
            self.tr("Remove account…"), lambda: self._choose_account(ops.remove_account)
        )

    def _action(self, text: str, slot: Callable[[], object], keys: str = "") -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _=False: slot())
        self.menu.addAction(action)
        return action

    def _update_actions(self, _case_id: object = None) -> None:
        has_case = self._window.current_case_id is not None
        for action in self.menu.actions():
            if action.isSeparator() or action in (self.undo_action, self.redo_action):
                continue
            action.setEnabled(self.writable)
        for action in (self.edit_case_action, self.edit_story_action, self.remove_case_action):
            action.setEnabled(self.writable and has_case)

    # -- what the actions act on ---------------------------------------------------------

    def _relative_id(self) -> int | None:
        """The relative of the tree's current row (a case row: the relative it is listed under)."""
        return self._window.current_relative_id

    def _organization_id(self) -> int | None:
        case_id = self._window.current_case_id
        if case_id is None:
            return None
        try:
            return self._services.cases.summary(case_id).organization_id
        except ProxyDeskError:
            return None

    def _choose(
        self,
        title: str,
        label: str,
        choices: list[tuple[str, int]],
        current: int | None,
        then: Callable[[int], object],
    ) -> ChoiceDialog | None:
        if not choices:
            return None
        dialog = ChoiceDialog(title, label, choices, current, parent=self._window.dialog_parent())
        dialog.accepted.connect(lambda: then(dialog.chosen()))
        self.operations.dialog = dialog
        dialog.open()
        return dialog

    def edit_relative(self) -> None:
        self._with_relative(self.operations.edit_relative)

    def remove_relative(self) -> None:
        self._with_relative(self.operations.remove_relative)

    def _with_relative(self, then: Callable[[int], object]) -> None:
        relative_id = self._relative_id()
        if relative_id is not None:
            then(relative_id)
            return
        choices = [(r.name, r.id) for r in self._services.directory.relatives()]
        self._choose(self.tr("Choose a relative"), self.tr("&Relative:"), choices, None, then)

    def _choose_organization(self, then: Callable[[int], object]) -> None:
        choices = [(o.name, o.id) for o in self._services.directory.organizations()]
        self._choose(
            self.tr("Choose an organization"),
            self.tr("&Organization:"),
            choices,
            self._organization_id(),
            then,
        )

    def _choose_account(self, then: Callable[[int], object]) -> None:
        accounts = self._services.directory.accounts()
        choices = [
            (
                self.tr("{organization} · {number} ({relative})").format(
                    organization=a.organization_name,
                    number=a.customer_number,
                    relative=a.relative_name,
                ),
                a.id,
            )
            for a in accounts
        ]
        relative_id = self._relative_id()
        current = next((a.id for a in accounts if a.relative_id == relative_id), None)
        self._choose(self.tr("Choose an account"), self.tr("&Account:"), choices, current, then)

    def edit_case(self) -> None:
        if self._window.current_case_id is not None:
            self.operations.edit_case(self._window.current_case_id)

    def remove_case(self) -> None:
        if self._window.current_case_id is not None:
            self.operations.remove_case(self._window.current_case_id)

    def edit_story(self) -> None:
        if self._window.current_case_id is not None:
            self._window.start_story_edit()

    # -- the empty states and the tree ---------------------------------------------------

    def follow_link(self, link: str) -> None:
        if not self.writable:
            return
        if link == ADD_RELATIVE_LINK:
            self.operations.add_relative()
        elif link == OPEN_CASE_LINK:
            self.operations.open_case(self._relative_id())

    def _row_menu(self, menu: QMenu, row: CaseListRow) -> None:
        """A case row's menu; on a relative's row, the edits join what others offer there."""
        if not self.writable:
            return
        ops = self.operations
        case = row.case
        if case is not None:
            menu.addAction(self.tr("Edit case…"), lambda: ops.edit_case(case.id))
            menu.addAction(self.tr("Remove case…"), lambda: ops.remove_case(case.id))
        elif row.relative_id is not None:
            self._relative_actions(menu, row.relative_id)

    def _relative_actions(self, menu: QMenu, relative_id: int) -> None:
        ops = self.operations
        menu.addAction(self.tr("Edit relative…"), lambda: ops.edit_relative(relative_id))
        menu.addAction(self.tr("Open a case for them…"), lambda: ops.open_case(relative_id))
        menu.addAction(self.tr("Add an account…"), lambda: ops.add_account(relative_id))
        menu.addAction(self.tr("Remove relative…"), lambda: ops.remove_relative(relative_id))

    # -- writing, on the window's one write path -------------------------------------------

    def refresh(self, case_id: int | None) -> None:
        """Every view reads the file again; ``case_id``: the case to choose (a new one)."""
        self._window.notifier.tell(Changes.everything())
        self.written(case_id)

    def written(self, case_id: int | None) -> None:
        """A write was told to the views; ``case_id``: the case to choose (a new one)."""
        window = self._window
        if case_id not in (None, window.current_case_id):
            window.select_case(case_id)  # False (and nothing chosen) when it is gone
        self._update_actions()

    def _move(self, way: Callable[[], Step | None]) -> None:
        """An undo or redo, written like any change; the step says what it changed."""
        self._window.write(way, on_done=lambda _step: self.written(None), name="undo or redo")

    def write_story(self, case_id: int, text: str) -> None:
        """The story as the header saved it: one undo step (the services record it)."""
        self._write_header(self._services.cases.set_story, case_id, text, "story")

    def write_status(self, case_id: int, status: str) -> None:
        self._write_header(self._services.cases.set_status, case_id, status, "status")

    def _write_header(
        self, write: Callable[[int, str], object], case_id: int, value: str, name: str
    ) -> None:
        """What the header saved, as one undo step. Not written, the failure is shown and
        the header shows the case as the file has it again: a story that only looked saved
        would be lost when the case is shown again."""
        self._window.write(
            self.history.run,
            write,
            case_id,
            value,
            on_failed=lambda _error: self._show_as_stored(case_id),
            name=name,
        )

    def _show_as_stored(self, case_id: int) -> None:
        """The case's header read again from the file, after a write that did not land."""
        self._window.notifier.tell(Changes.of(Kind.CASES, cases=[case_id]))


def install_editing(host: Host) -> EditingController:
    """The Edit menu with undo and redo, the forms, and editing in the case header."""
    return EditingController(host)
