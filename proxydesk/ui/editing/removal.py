"""Asking before a removal, and explaining why something cannot be removed yet."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from proxydesk.ui.widgets.message import open_message


class RemovalWords(QObject):
    """The kinds of things that can hang on a record, in the user's words, with their count."""

    def counted(self, kind: str, count: int) -> str:
        words = {
            "cases": self.tr("Cases: {count}"),
            "accounts": self.tr("Accounts: {count}"),
            "powers of attorney": self.tr("Powers of attorney: {count}"),
            "documents": self.tr("Documents: {count}"),
            "contacts": self.tr("People at the organization: {count}"),
            "events": self.tr("Timeline entries: {count}"),
            "promises": self.tr("Promises and claims: {count}"),
            "reminders": self.tr("Reminders: {count}"),
            "appointments": self.tr("Appointments: {count}"),
            "unfinished calls": self.tr("Unfinished calls: {count}"),
        }
        return words.get(kind, kind + ": {count}").format(count=count)

    # The questions with a count live here, in a class of their own: PySide looks a %n text up
    # under the object's own class first (EditOperations), never reaching CaseEdits'.

    def case_question(self, title: str, numbers: int) -> str:
        return self.tr(
            "Remove the case “{title}” and its %n ticket or order number(s)? "
            "You can take it back with Edit → Undo.",
            "",
            numbers,
        ).format(title=title)

    def organization_question(self, name: str, channels: int) -> str:
        return self.tr(
            "Remove {name} and its %n channel(s) (hotlines, addresses)? "
            "You can take it back with Edit → Undo.",
            "",
            channels,
        ).format(name=name)

    def account_question(self, number: str, cases: int) -> str:
        return self.tr(
            "Remove the account {number}? It is no longer shown on its %n case(s). "
            "You can take it back with Edit → Undo.",
            "",
            cases,
        ).format(number=number)

    def listed(self, uses: dict[str, int]) -> str:
        return "\n".join("• " + self.counted(kind, count) for kind, count in uses.items())


def refuse(parent: QWidget, title: str, sentence: str, uses: dict[str, int]) -> QMessageBox:
    """Why the record stays: a sentence, then what depends on it, one line each."""
    listed = RemovalWords().listed(uses)
    return open_message(parent, QMessageBox.Icon.Information, title, f"{sentence}\n\n{listed}")


def confirm(
    parent: QWidget,
    title: str,
    question: str,
    remove_text: str,
    then: Callable[[], None],
) -> QMessageBox:
    """Ask before removing (window-modal, not blocking); ``then`` runs on the Remove button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    remove = box.addButton(remove_text, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.buttonClicked.connect(lambda button: then() if button is remove else None)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
