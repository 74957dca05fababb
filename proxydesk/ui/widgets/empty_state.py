"""What an empty list says: a short text (and maybe a button) in the middle of the view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QVBoxLayout, QWidget

from proxydesk.ui.widgets.labels import plain_label

#: the text's width at most, in characters: short lines read at a glance
TEXT_CHARS = 48
#: the model signals after which the row count may have changed
CHANGES = ("modelReset", "rowsInserted", "rowsRemoved", "layoutChanged")

Text = Callable[[], str]


class EmptyState(QObject):
    """Shows ``text()`` over the view's empty viewport while its model has no rows.

    The text is a function, so it can say why the list is empty (a filter, no search yet);
    an optional button offers the way out ("Clear the filter", "Set one up…").
    """

    def __init__(
        self,
        view: QAbstractItemView,
        text: Text,
        *,
        action_text: str = "",
        action: Callable[[], object] | None = None,
        offered: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._text = text
        self._offered = offered
        self.panel = QWidget(view.viewport())
        self.panel.setObjectName("empty-state")
        self.label = plain_label()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self.panel)
        layout.addWidget(self.label)
        self.button: QPushButton | None = None
        if action is not None:
            self.button = QPushButton(action_text)
            self.button.clicked.connect(lambda _=False: action())
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        else:
            # clicks go through to the view, which stays usable (e.g. its context menu)
            self.panel.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        model = view.model()
        for name in CHANGES:
            getattr(model, name).connect(self.refresh)
        self.refresh()

    @property
    def shown(self) -> bool:
        return not self.panel.isHidden()

    def refresh(self) -> None:
        """Show or hide the text as the model's rows come and go, with the text of now."""
        empty = self._view.model().rowCount() == 0
        if empty:
            self.label.setText(self._text())
            if self.button is not None:
                self.button.setVisible(self._offered())
            self._place()
        self.panel.setVisible(empty and bool(self.label.text()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.shown:
            self._place()
        return False

    def _place(self) -> None:
        room = self._view.viewport().rect()
        width = min(room.width(), self.label.fontMetrics().averageCharWidth() * TEXT_CHARS)
        self.label.setFixedWidth(max(width - 24, 1))
        self.panel.adjustSize()
        size = self.panel.size()
        self.panel.move(
            room.center().x() - size.width() // 2, room.center().y() - size.height() // 2
        )
