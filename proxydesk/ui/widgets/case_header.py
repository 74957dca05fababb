"""Above the timeline: what to have at hand for the next call about the case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QClipboard, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from proxydesk.domain import CaseStatus
from proxydesk.ui.documents.operations import longest_valid
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.widgets.colors import Tone, tone_css
from proxydesk.ui.widgets.copyable import CopyableNumber
from proxydesk.ui.widgets.labels import number_font, plain_label, section_label
from proxydesk.ui.words import Words
from proxydesk.views import CaseDetail, ReferenceView

#: the status chip's colours; dark text on light ground reads in light and dark themes
STATUS_COLORS = {
    "open": "#dbe7fb",
    "waiting_on_them": "#fdecc8",
    "waiting_on_us": "#fde0c8",
    "escalated": "#f9d3d0",
    "resolved": "#d5efd9",
}

#: the story is read out on the phone: larger than the rest, this many lines in view
STORY_SCALE = 1.25
STORY_LINES = 6
#: the story's margin, in lines
STORY_MARGIN = 0.4
#: between the numbers and the hotlines; between a heading and what it heads
GUTTER = 24
COLUMN_SPACING = 4


class CaseHeader(QWidget):
    """Title and status, the story so far, numbers with copy buttons, hotlines, the POA.

    Once ``set_editable(True)``, the story can be edited in place and the status changed;
    the header only asks (``story_edited``, ``status_chosen``): whoever listens writes.
    """

    #: case id, the new story so far
    story_edited = Signal(int, str)
    #: case id, the new status
    status_chosen = Signal(int, str)

    def __init__(
        self,
        *,
        time_format: TimeFormat | None = None,
        clipboard: QClipboard | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._words = Words(self)
        self._today = today
        self._format = time_format if time_format is not None else TimeFormat(parent=self)
        self._clipboard = clipboard
        self.detail: CaseDetail | None = None

        self.title = plain_label()
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.status = plain_label()
        self.status.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.meta = plain_label()
        self.meta.setWordWrap(True)

        self.story = QPlainTextEdit()
        self.story.setReadOnly(True)
        self.story.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        story_font = self.story.font()
        story_font.setPointSizeF(story_font.pointSizeF() * STORY_SCALE)
        self.story.setFont(story_font)
        self.story.setPlaceholderText(
            self.tr("No story written yet. Write it with `proxydesk case story`.")
        )
        self.story.setAccessibleName(self.tr("The story so far"))
        self._build_edit_controls()
        line = self.story.fontMetrics().lineSpacing()
        # air around the text, in proportion to it: it reads as a page, not as a field
        self.story.document().setDocumentMargin(line * STORY_MARGIN)
        frame = 2 * (self.story.frameWidth() + int(self.story.document().documentMargin()))
        # a fixed height: the header does not jump from case to case, and longer stories scroll
        self.story.setFixedHeight(STORY_LINES * line + frame)

        self.numbers = QWidget()
        self.numbers_grid = QGridLayout(self.numbers)
        self.numbers_grid.setContentsMargins(0, 0, 0, 0)
        self.hotlines = QWidget()
        self.hotlines_grid = QGridLayout(self.hotlines)
        self.hotlines_grid.setContentsMargins(0, 0, 0, 0)
        self.power_of_attorney = plain_label()
        self.power_of_attorney.setWordWrap(True)

        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.status_button, 0, Qt.AlignmentFlag.AlignTop)
        at_hand = QHBoxLayout()
        at_hand.setSpacing(GUTTER)
        at_hand.addLayout(self._titled(self.tr("Numbers to have at hand"), self.numbers), 3)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        at_hand.addWidget(separator)
        at_hand.addLayout(self._titled(self.tr("Hotlines"), self.hotlines), 2)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.meta)
        layout.addSpacing(4)
        story_heading = QHBoxLayout()
        story_heading.addWidget(section_label(self.tr("The story so far")), 1)
        for button in (self.edit_story_button, self.save_story_button, self.cancel_story_button):
            story_heading.addWidget(button)
        layout.addLayout(story_heading)
        layout.addWidget(self.story)
        layout.addSpacing(4)
        layout.addLayout(at_hand)
        layout.addWidget(self.power_of_attorney)
        layout.addStretch(1)

    def _build_edit_controls(self) -> None:
        """Edit / Save / Cancel for the story, a menu of statuses; hidden until editable."""
        self.edit_story_button = QPushButton(self.tr("&Edit the story"))
        self.edit_story_button.setToolTip(self.tr("Write the story so far (F2)"))
        self.edit_story_button.clicked.connect(self.start_story_edit)
        self.save_story_button = QPushButton(self.tr("&Save the story"))
        self.save_story_button.setToolTip(self.tr("Save the story (Ctrl+Enter)"))
        self.save_story_button.clicked.connect(self.save_story)
        self.cancel_story_button = QPushButton(self.tr("Cancel"))
        self.cancel_story_button.setToolTip(self.tr("Leave the story as it was (Esc)"))
        self.cancel_story_button.clicked.connect(self.cancel_story_edit)
        for keys, slot in (
            ("Ctrl+Return", self.save_story),
            ("Ctrl+Enter", self.save_story),
            ("Escape", self.cancel_story_edit),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.story)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.status_button = QToolButton()
        self.status_button.setText(self.tr("Change status"))
        self.status_button.setAccessibleName(self.tr("Change the case's status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self.status_button)
        for status in CaseStatus:
            action = self.status_menu.addAction(self._words.case_status(status.value))
            action.setData(status.value)
            action.triggered.connect(lambda _=False, value=status.value: self.choose_status(value))
        self.status_button.setMenu(self.status_menu)
        self._editable = False
        self._show_edit_controls(editing=False)

    def set_editable(self, editable: bool) -> None:
        """Offer editing the story and the status (a writable file) or not."""
        self._editable = editable
        if editable:
            self.story.setPlaceholderText(
                self.tr("No story written yet. Press “Edit the story” to write it.")
            )
        self._show_edit_controls(editing=False)

    @property
    def editing_story(self) -> bool:
        return not self.story.isReadOnly()

    def start_story_edit(self) -> None:
        if not self._editable or self.detail is None:
            return
        self.story.setReadOnly(False)
        self.story.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self._show_edit_controls(editing=True)
        self.story.setFocus(Qt.FocusReason.OtherFocusReason)
        self.story.moveCursor(self.story.textCursor().MoveOperation.End)

    def save_story(self) -> None:
        if not self.editing_story or self.detail is None:
            return
        text = self.story.toPlainText()
        case_id, before = self.detail.summary.id, self.detail.story_so_far
        self._end_story_edit()
        if text != before:
            self.story_edited.emit(case_id, text)

    def cancel_story_edit(self) -> None:
        if self.editing_story and self.detail is not None:
            self.story.setPlainText(self.detail.story_so_far)
        self._end_story_edit()

    def choose_status(self, status: str) -> None:
        if self._editable and self.detail is not None and status != self.detail.summary.status:
            self.status_chosen.emit(self.detail.summary.id, status)

    def _end_story_edit(self) -> None:
        self.story.setReadOnly(True)
        self.story.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._show_edit_controls(editing=False)

    def _show_edit_controls(self, *, editing: bool) -> None:
        self.edit_story_button.setVisible(self._editable and not editing)
        self.save_story_button.setVisible(self._editable and editing)
        self.cancel_story_button.setVisible(self._editable and editing)
        self.status_button.setVisible(self._editable)

    def _titled(self, title: str, body: QWidget) -> QVBoxLayout:
        column = QVBoxLayout()
        # set here, or it takes the wide spacing of the row it sits in
        column.setSpacing(COLUMN_SPACING)
        column.addWidget(section_label(title))
        column.addWidget(body)
        column.addStretch(1)
        return column

    @property
    def copyable_numbers(self) -> list[CopyableNumber]:
        return self.numbers.findChildren(CopyableNumber)

    def show_case(self, detail: CaseDetail) -> None:
        if self.editing_story:
            self.save_story()  # leaving the case (or reading it again) keeps what was written
        self.detail = detail
        summary = detail.summary
        self.title.setText(summary.title)
        self.status.setText(self._words.case_status(summary.status))
        color = STATUS_COLORS.get(summary.status, "#e6e6e6")
        _set_style(
            self.status,
            f"QLabel {{ background: {color}; color: #1b1b1b; border-radius: 9px;"
            " padding: 3px 10px; }",
        )
        relatives = ", ".join(summary.relative_names) or self.tr("nobody yet")
        self.meta.setText(
            self.tr("{organization} · for {relatives} · opened {opened}").format(
                organization=detail.organization.name,
                relatives=relatives,
                opened=self._format.day(summary.opened_at),
            )
        )
        self._end_story_edit()
        self.story.setPlainText(detail.story_so_far)
        self._fill_numbers(detail)
        self._fill_hotlines(detail)
        self._show_power_of_attorney(detail)

    def _fill_numbers(self, detail: CaseDetail) -> None:
        """Each relative's customer number, then the case's ticket and order numbers."""
        rows: list[tuple[str, str, str]] = [
            (
                self.tr("Customer no. ({name})").format(name=account.relative_name),
                account.customer_number,
                "",
            )
            for account in detail.accounts
        ]
        rows += [
            (self._words.reference_kind(r.kind), r.value, self._reference_note(r))
            for r in detail.references
        ]
        _clear(self.numbers_grid)
        if not rows:
            self.numbers_grid.addWidget(plain_label(self.tr("None recorded yet")), 0, 0)
        for row, (caption, value, note) in enumerate(rows):
            number = CopyableNumber(value, what=caption, clipboard=self._clipboard)
            number.setToolTip(note)
            caption_label = plain_label(caption)
            caption_label.setWordWrap(True)
            caption_label.setToolTip(note)
            caption_label.setContentsMargins(0, number.text_offset, 0, 0)
            self.numbers_grid.addWidget(caption_label, row, 0, Qt.AlignmentFlag.AlignTop)
            self.numbers_grid.addWidget(number, row, 1)
        self.numbers_grid.setColumnStretch(1, 1)
        _end_with_stretch(self.numbers_grid, max(len(rows), 1))

    def _reference_note(self, reference: ReferenceView) -> str:
        parts = []
        if reference.given_by and reference.given_at:
            parts.append(
                self.tr("Given by {who} on {when}").format(
                    who=reference.given_by, when=self._format.when(reference.given_at)
                )
            )
        elif reference.given_by:
            parts.append(self.tr("Given by {who}").format(who=reference.given_by))
        if reference.note:
            parts.append(reference.note)
        return "\n".join(parts)

    def _fill_hotlines(self, detail: CaseDetail) -> None:
        _clear(self.hotlines_grid)
        hotlines = [c for c in detail.organization.channels if c.kind == "hotline"]
        if not hotlines:
            self.hotlines_grid.addWidget(plain_label(self.tr("None recorded yet")), 0, 0)
        mono = number_font(self.font())
        for row, channel in enumerate(hotlines):
            number = plain_label(channel.value)
            number.setFont(mono)
            self.hotlines_grid.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
            purpose = plain_label(channel.purpose)
            purpose.setWordWrap(True)
            self.hotlines_grid.addWidget(purpose, row, 1)
        self.hotlines_grid.setColumnStretch(1, 1)
        _end_with_stretch(self.hotlines_grid, max(len(hotlines), 1))

    def _show_power_of_attorney(self, detail: CaseDetail) -> None:
        valid = longest_valid(detail.powers_of_attorney, self._today())
        if detail.valid_power_of_attorney and valid is not None and valid.valid_until is not None:
            text = self.tr("✓ A valid power of attorney is on file, valid until {day}.").format(
                day=self._format.day(datetime.combine(valid.valid_until, time()))
            )
            color = tone_css(Tone.GOOD)
        elif detail.valid_power_of_attorney and valid is not None:
            text = self.tr("✓ A valid power of attorney is on file, with no end date.")
            color = tone_css(Tone.GOOD)
        elif detail.valid_power_of_attorney:
            text, color = self.tr("✓ A valid power of attorney is on file."), tone_css(Tone.GOOD)
        elif detail.organization.asks_for_power_of_attorney:
            text = self.tr(
                "✗ No valid power of attorney on file, and {organization} asks for one."
            ).format(organization=detail.organization.name)
            color = tone_css(Tone.BAD)
        else:
            text, color = self.tr("No valid power of attorney on file."), ""
        if detail.powers_of_attorney and not detail.valid_power_of_attorney:
            text += " " + self.tr(
                "(%n recorded, none valid today)", "", len(detail.powers_of_attorney)
            )
        self.power_of_attorney.setText(text)
        _set_style(self.power_of_attorney, f"QLabel {{ color: {color}; }}" if color else "")


def _set_style(widget: QWidget, sheet: str) -> None:
    """A style sheet set anew restyles the widget even when it is the same: only a change."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def _end_with_stretch(grid: QGridLayout, used: int) -> None:
    """Room the ``used`` rows do not need goes below them, not between them.

    A grid never forgets a row it had: the stretch goes right below the rows in use, so
    showing case after case does not add an empty row each time.
    """
    for row in range(max(grid.rowCount(), used + 1)):
        grid.setRowStretch(row, 1 if row == used else 0)


def _clear(grid: QGridLayout) -> None:
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
