"""Every control a keyboard can reach tells a screen reader what it is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from proxydesk.ui.main_window import MainWindow

TAB = Qt.FocusPolicy.TabFocus


def spoken_name(widget: QWidget) -> str:
    """What assistive technology reads for the widget: its name as Qt's accessibility gives it."""
    owner = widget.parentWidget()
    if isinstance(owner, QAbstractSpinBox | QComboBox):
        # a spin box's (or an editable combo box's) line edit: the box is what is read
        widget = owner
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name).strip()


def reachable(window: QWidget) -> list[QWidget]:
    """The widgets Tab can reach in the window and its docks, shown or not.

    Popups (a combo box's list) are windows of their own and are named by their owner;
    labels whose text can be selected take the focus only by a click, and say their text.
    """
    return [
        widget
        for widget in window.findChildren(QWidget)
        if widget.focusPolicy() & TAB and widget.window() is window
    ]


def describe(widget: QWidget) -> str:
    parents = []
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        parents.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__} {widget.objectName()!r} in {' < '.join(parents[:4])}"


def test_every_focusable_control_has_a_name(window: MainWindow, qtbot: QtBot) -> None:
    # the docks (promises, reminders, search) are shown so that their controls are laid out
    for dock in window.findChildren(QDockWidget):
        dock.show()
    window.select_entry(0)
    controls = reachable(window)
    assert len(controls) > 20
    nameless = [describe(w) for w in controls if w.isEnabled() and not spoken_name(w)]
    assert nameless == [], "\n".join(nameless)


def test_the_walk_finds_a_nameless_control(window: MainWindow) -> None:
    """The check can fail: a bare line edit without a label is caught."""
    bare = QLineEdit(window.centralWidget())
    assert not spoken_name(bare)
    assert bare in reachable(window)
    bare.setAccessibleName("Test field")
    assert spoken_name(bare) == "Test field"


def test_the_dialogs_name_their_controls_and_labels_lead_to_fields(window: MainWindow) -> None:
    """Mail accounts, About and the guide: named controls; each field label is its buddy."""
    dialogs = [
        window.features.mail.show_accounts(),
        window.features.help.show_about(),
        window.features.help.show_guide(),
    ]
    for dialog in dialogs:
        nameless = [describe(w) for w in reachable(dialog) if not spoken_name(w)]
        assert nameless == [], "\n".join(nameless)
        for form in dialog.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                if label is None or field is None or not isinstance(label.widget(), QLabel):
                    continue
                if field.widget() is not None and field.widget().focusPolicy() & TAB:
                    assert label.widget().buddy() is field.widget(), label.widget().text()
        dialog.close()
