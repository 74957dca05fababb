"""Above the timeline: which kinds, whose entries, which words, oldest or newest first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from proxydesk.domain import EventKind
from proxydesk.reading.timeline import TimelineReader
from proxydesk.reading.timeline_filter import PROMISE_ENTRY, TimelineFilter
from proxydesk.ui.models.timeline import TimelineModel
from proxydesk.ui.widgets.empty_state import EmptyState
from proxydesk.ui.widgets.labels import plain_label
from proxydesk.ui.words import Words

#: typing pauses this long before the timeline is filtered
DEBOUNCE_MS = 250
#: the contact box is this many characters wide, whoever is in it
CONTACT_CHARS = 16
#: room beside the longest name in the opened list (its scroll bar, the margins)
CONTACT_AIR = 24
#: the kinds in the menu, in the order a user thinks of them
KINDS = (
    EventKind.CALL.value,
    EventKind.EMAIL_IN.value,
    EventKind.EMAIL_OUT.value,
    EventKind.LETTER.value,
    EventKind.FAX.value,
    EventKind.VISIT.value,
    EventKind.TECHNICIAN.value,
    EventKind.SOCIAL.value,
    EventKind.NOTE.value,
    PROMISE_ENTRY,
)


class ContactBox(QComboBox):
    """Anyone, or one of the people of the case; their names are read when the box is used.

    Opening a case then costs no look for its people: the box fills itself as it is
    opened, focused or scrolled, and keeps a width of its own meanwhile.
    """

    def __init__(self, anyone: str) -> None:
        super().__init__()
        self._anyone = anyone
        self._names: Callable[[], list[str]] = list
        self._loaded = True
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(CONTACT_CHARS)
        self.addItem(anyone, "")

    def reset(self, names: Callable[[], list[str]]) -> None:
        """Anyone again; ``names`` reads the people once they are asked for."""
        self.clear()
        self.addItem(self._anyone, "")
        self._names = names
        self._loaded = False

    def load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        for name in self._names():
            self.addItem(name, name)
        # the list may be wider than the box: a long name is shown whole when it opens
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + CONTACT_AIR)

    def people(self) -> list[str]:
        """The names the box offers (read now if they were not yet)."""
        self.load()
        return [self.itemText(i) for i in range(1, self.count())]

    def showPopup(self) -> None:
        self.load()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.load()  # the arrow keys choose among the names without opening the list
        super().focusInEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.load()
        super().wheelEvent(event)


class TimelineFilterBar(QWidget):
    """Filters the timeline model it is given; the model runs them as paging queries."""

    #: the filter the bar set on the model, after it did
    filtered = Signal(object)

    def __init__(
        self,
        model: TimelineModel,
        timeline: TimelineReader,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._timeline = timeline
        self._words = Words(self)

        self.kinds_menu = QMenu(self)
        self.all_kinds = QAction(self.tr("All kinds"), self)
        self.all_kinds.triggered.connect(self._show_all_kinds)
        self.kinds_menu.addAction(self.all_kinds)
        self.kinds_menu.addSeparator()
        self.kind_actions: dict[str, QAction] = {}
        for kind in KINDS:
            action = QAction(self._kind_word(kind), self)
            action.setCheckable(True)
            action.setData(kind)
            action.toggled.connect(self._apply)
            self.kinds_menu.addAction(action)
            self.kind_actions[kind] = action
        self.kinds_button = QToolButton()
        self.kinds_button.setMenu(self.kinds_menu)
        self.kinds_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kinds_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.kinds_button.setToolTip(self.tr("Show only some kinds of entries"))

        self.contact = ContactBox(self.tr("Anyone"))
        self.contact.setToolTip(self.tr("Show only what one person said or did"))
        self.contact.currentIndexChanged.connect(self._apply)

        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Filter by words…"))
        self.text.setAccessibleName(self.tr("Filter by words"))
        self.text.setClearButtonEnabled(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply)
        self.text.textChanged.connect(self._debounce.start)
        self.text.returnPressed.connect(self._apply_now)

        self.newest_first = QToolButton()
        self.newest_first.setCheckable(True)
        self.newest_first.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.newest_first.toggled.connect(self._order_changed)

        self.matches = plain_label()
        self.matches.setEnabled(False)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Show all"))
        self.clear_button.setToolTip(self.tr("Clear the filter"))
        self.clear_button.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kinds_button)
        layout.addWidget(self.contact)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.matches)
        layout.addWidget(self.clear_button)
        layout.addWidget(self.newest_first)

        self._show_order(False)
        model.modelReset.connect(self._show_matches)
        self._show_kinds()
        self._show_matches()

    # -- what the main window asks -------------------------------------------------------

    def explain_empty(self, view: QAbstractItemView) -> EmptyState:
        """Say in the empty timeline ``view`` why it is empty; offer to clear the filter."""
        return EmptyState(
            view,
            self._empty_text,
            action_text=self.tr("Show &everything"),
            action=self.clear,
            offered=lambda: self._model.filter.active,
        )

    def _empty_text(self) -> str:
        if self._model.case_id is None:
            return ""
        if self._model.filter.active:
            return self.tr("No entry of this case matches the filter.")
        return self.tr(
            "Nothing recorded for this case yet. Start a call with Ctrl+Shift+C when you "
            "phone them."
        )

    def for_case(self, case_id: int | None) -> TimelineFilter:
        """Ready the bar for another case; the filter to show it with (kinds are kept)."""
        self._debounce.stop()
        blocked = [w.blockSignals(True) for w in (self.contact, self.text)]
        try:
            timeline = self._timeline
            self.contact.reset(lambda: timeline.contacts(case_id) if case_id is not None else [])
            self.text.clear()
        finally:
            for widget, was in zip((self.contact, self.text), blocked, strict=True):
                widget.blockSignals(was)
        return self.current()

    def current(self) -> TimelineFilter:
        checked = frozenset(k for k, a in self.kind_actions.items() if a.isChecked())
        contact = self.contact.currentData() if self.contact.currentIndex() > 0 else ""
        return TimelineFilter(
            kinds=checked or None, contact=str(contact or ""), text=self.text.text().strip()
        )

    def set_kinds(self, kinds: set[str] | None) -> None:
        """Check exactly these kinds (None: all) and filter."""
        self._set_checked(kinds or set())
        self._apply()

    def set_contact(self, name: str) -> None:
        self.contact.load()
        index = self.contact.findData(name)
        self.contact.setCurrentIndex(max(index, 0))

    def set_text(self, text: str) -> None:
        """Type into the search field: the filter follows after the pause."""
        self.text.setText(text)

    def clear(self) -> None:
        """Every kind, anyone, no words; the order stays."""
        self._debounce.stop()
        blocked = [w.blockSignals(True) for w in (self.contact, self.text)]
        try:
            self._set_checked(set())
            self.contact.setCurrentIndex(0)
            self.text.clear()
        finally:
            for widget, was in zip((self.contact, self.text), blocked, strict=True):
                widget.blockSignals(was)
        self._apply()

    # -- inside ----------------------------------------------------------------------------

    def _kind_word(self, kind: str) -> str:
        if kind == PROMISE_ENTRY:
            return self.tr("Promises and claims made elsewhere")
        return self._words.kind(kind)

    def _set_checked(self, kinds: set[str]) -> None:
        for kind, action in self.kind_actions.items():
            was = action.blockSignals(True)
            action.setChecked(kind in kinds)
            action.blockSignals(was)

    def _show_all_kinds(self) -> None:
        self.set_kinds(None)

    def _apply_now(self) -> None:
        self._debounce.stop()
        self._apply()

    def _apply(self) -> None:
        self._debounce.stop()
        self._show_kinds()
        where = self.current()
        self._model.set_filter(where)
        self._show_matches()
        self.filtered.emit(where)

    def _order_changed(self, newest_first: bool) -> None:
        self._show_order(newest_first)
        self._model.set_newest_first(newest_first)

    def _show_order(self, newest_first: bool) -> None:
        self.newest_first.setText(
            self.tr("Newest first") if newest_first else self.tr("Oldest first")
        )
        self.newest_first.setToolTip(self.tr("Click to turn the order round"))

    def _show_kinds(self) -> None:
        checked = [k for k, a in self.kind_actions.items() if a.isChecked()]
        if not checked:
            text = self.tr("All kinds")
        elif len(checked) == 1:
            text = self._kind_word(checked[0])
        else:
            text = self.tr("{count} kinds").format(count=len(checked))
        self.kinds_button.setText(text)
        self.all_kinds.setEnabled(bool(checked))

    def _show_matches(self) -> None:
        active = self._model.filter.active
        if active:
            total = self._model.total
            self.matches.setText(self.tr("%n entry(s)", "", total))
        self.matches.setVisible(active)
        self.clear_button.setVisible(active)
