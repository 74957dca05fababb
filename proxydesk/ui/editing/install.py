"""Editing in the main window: Edit → Undo and Redo, the forms, the empty states, the header."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu

from proxydesk.errors import ProxyDeskError
from proxydesk.services.history import Step
from proxydesk.services.registry import Services
from proxydesk.ui.editing.form import ChoiceDialog
from proxydesk.ui.editing.operations import EditOperations
from proxydesk.ui.editing.undo_actions import UndoActions
from proxydesk.ui.models.relatives_cases import RelativesCasesModel
from proxydesk.ui.promises.changes import changes_of

if TYPE_CHECKING:
    from proxydesk.ui.main_window import MainWindow

#: the links in the window's empty states
ADD_RELATIVE_LINK = "add-relative"
OPEN_CASE_LINK = "add-case"


class EditingController(QObject):
    """Wires editing into the window; the window knows only ``install_editing``."""

    def __init__(self, window: MainWindow, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self.history = services.history
        # the window starts the file's undo afresh: what was written before it showed the file
        # (a demo built, a first-start guide) is not the window's to take back
        self.history.clear()
        self.undoing = UndoActions(services.history, self)
        self._changes = changes_of(window, services.cases)
        self.operations = EditOperations(
            services, refresh=self.refresh, today=self.today, parent_widget=window
        )
        self.undoing.moved.connect(self._moved)
        self.undoing.failed.connect(self.operations.failed)
        self.menu_for_case: QMenu | None = None
        self._build_menu()
        for label in (window.no_relatives, window.no_case):
            self._make_links(label)
        window.header.story_edited.connect(self.write_story)
        window.header.status_chosen.connect(self.write_status)
        window.timeline_model.modelReset.connect(self._update_actions)
        window.tree.viewport().installEventFilter(self)
        self.writable = services.case_file.writable
        window.header.set_editable(self.writable)
        self._update_actions()

    def today(self) -> date:
        cases = self._services.cases
        return cases.local(cases.clock()).date()

    # -- the Edit menu -------------------------------------------------------------------

    def _build_menu(self) -> None:
        window = self._window
        self.menu = QMenu(self.tr("&Edit"), window)
        bar = window.menuBar()
        after_file = bar.actions()[1:2]
        if after_file:
            bar.insertMenu(after_file[0], self.menu)
        else:
            bar.addMenu(self.menu)
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

    def _update_actions(self) -> None:
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
        tree = self._window.tree
        index = tree.currentIndex()
        if not index.isValid():
            return None
        model = self._window.tree_model
        found = model.data(index.siblingAtColumn(0), RelativesCasesModel.RELATIVE_ID_ROLE)
        return int(found) if isinstance(found, int) else None

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
        dialog = ChoiceDialog(title, label, choices, current, parent=self._window)
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
            self._window.header.start_story_edit()

    # -- the empty states and the tree ---------------------------------------------------

    def _make_links(self, label: QLabel) -> None:
        """The empty state's text becomes a link (by mouse or Tab and Enter) to its form."""
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setEnabled(True)
        label.setOpenExternalLinks(False)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label.linkActivated.connect(self.follow_link)

    def follow_link(self, link: str) -> None:
        if not self.writable:
            return
        if link == ADD_RELATIVE_LINK:
            self.operations.add_relative()
        elif link == OPEN_CASE_LINK:
            self.operations.open_case(self._relative_id())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A case row's menu; on a relative's row, the editing joins the documents' menu."""
        if event.type() != QEvent.Type.ContextMenu or not isinstance(event, QContextMenuEvent):
            return False
        if not self.writable:
            return False
        window = self._window
        index = window.tree.indexAt(event.pos())
        case = window.tree_model.case_at(index)
        if case is not None:
            menu = self._new_menu()
            ops = self.operations
            menu.addAction(self.tr("Edit case…"), lambda: ops.edit_case(case.id))
            menu.addAction(self.tr("Remove case…"), lambda: ops.remove_case(case.id))
            menu.popup(event.globalPos())
            return True
        found = window.tree_model.data(
            index.siblingAtColumn(0), RelativesCasesModel.RELATIVE_ID_ROLE
        )
        if not isinstance(found, int):
            return False
        # the documents offer their menu on a relative's row; the edits are added to it
        shown = window.documents.menu if window.documents.eventFilter(watched, event) else None
        if shown is None:
            shown = self._new_menu()
            shown.popup(event.globalPos())
        else:
            shown.addSeparator()
        self._relative_actions(shown, found)
        return True

    def _new_menu(self) -> QMenu:
        if self.menu_for_case is not None:
            self.menu_for_case.deleteLater()
        self.menu_for_case = QMenu(self._window)
        return self.menu_for_case

    def _relative_actions(self, menu: QMenu, relative_id: int) -> None:
        ops = self.operations
        menu.addAction(self.tr("Edit relative…"), lambda: ops.edit_relative(relative_id))
        menu.addAction(self.tr("Open a case for them…"), lambda: ops.open_case(relative_id))
        menu.addAction(self.tr("Add an account…"), lambda: ops.add_account(relative_id))
        menu.addAction(self.tr("Remove relative…"), lambda: ops.remove_relative(relative_id))

    # -- writing -------------------------------------------------------------------------

    def refresh(self, case_id: int | None) -> None:
        """Show the file as it is now; ``case_id``: the case to choose (a new one)."""
        window = self._window
        shown = window.current_case_id
        existing = {c.id for c in self._services.cases.cases()}
        if shown is None or shown not in existing:
            window.load()
        else:
            self._changes.changed.emit()  # tree and timeline read again, the case stays chosen
            window.refresh_case()
        has_rows = window.tree_model.rowCount() > 0
        window.left.setCurrentWidget(window.tree if has_rows else window.no_relatives)
        if case_id is not None and case_id in existing and case_id != window.current_case_id:
            window.select_case(case_id)
        self._update_actions()

    def _moved(self, step: Step | None) -> None:
        """An undo or redo was written (or refused): show the file as it is now."""
        self.refresh(None)

    def write_story(self, case_id: int, text: str) -> None:
        """The story as the header saved it; one undo step (the services record it)."""
        self._write(lambda: self._services.cases.set_story(case_id, text))

    def write_status(self, case_id: int, status: str) -> None:
        self._write(lambda: self._services.cases.set_status(case_id, status))

    def _write(self, write: Callable[[], object]) -> None:
        try:
            write()
        except ProxyDeskError as error:
            self.operations.failed(error)
            return
        # the case stays as chosen: a story is also saved when the user moves to another case
        self.refresh(None)


def install_editing(window: MainWindow, services: Services) -> EditingController:
    """The Edit menu with undo and redo, the forms, and editing in the case header."""
    return EditingController(window, services)
