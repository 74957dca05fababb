"""What an undo step was, in the user's words: "Add relative Anna Berger"."""

from __future__ import annotations

from PySide6.QtCore import QObject

from proxydesk.services.history import Action, Verb
from proxydesk.ui.documents.poa_words import PoaWords
from proxydesk.ui.words import Words

#: a promise or a reminder is named by its first words
SHORT = 40


def short(text: str) -> str:
    return text if len(text) <= SHORT else text[: SHORT - 1].rstrip() + "…"


class UndoWords(QObject):
    """Each kind of step worded with its names (core steps carry a verb and the names)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words = Words(self)
        self._poa_words = PoaWords(self)

    def undo(self, action: Action | None) -> str:
        if action is None:
            return self.tr("Undo")
        return self.tr("Undo {action}").format(action=self.action(action))

    def redo(self, action: Action | None) -> str:
        if action is None:
            return self.tr("Redo")
        return self.tr("Redo {action}").format(action=self.action(action))

    def action(self, action: Action) -> str:
        subject, detail = action.subject, action.detail
        text = self._text(action.verb, bool(detail))
        status = ""
        if action.verb is Verb.SET_STATUS:
            status = self._words.case_status(detail)
        elif action.verb is Verb.MARK_PROMISE:
            status = self._words.promise_status(detail)
        elif action.verb is Verb.SET_POA_STATUS:
            status = self._poa_words.status(detail)
        return text.format(
            name=subject,
            title=subject,
            number=subject,
            subject=subject,
            text=short(subject),
            other=short(detail),
            detail=detail,
            status=status,
        )

    def _text(self, verb: Verb, has_detail: bool) -> str:
        if verb is Verb.STORE_SCAN:
            if has_detail:
                return self.tr("Store the signed power of attorney of {name} for {detail}")
            return self.tr("Store the signed power of attorney of {name}")
        if verb is Verb.DRAFT_POA:
            if has_detail:
                return self.tr("Draft the power of attorney of {name} for {detail}")
            return self.tr("Draft the power of attorney of {name}")
        texts = {
            Verb.ADD_RELATIVE: self.tr("Add relative {name}"),
            Verb.EDIT_RELATIVE: self.tr("Edit relative {name}"),
            Verb.REMOVE_RELATIVE: self.tr("Remove relative {name}"),
            Verb.ADD_ORGANIZATION: self.tr("Add organization {name}"),
            Verb.EDIT_ORGANIZATION: self.tr("Edit organization {name}"),
            Verb.REMOVE_ORGANIZATION: self.tr("Remove organization {name}"),
            Verb.ADD_ACCOUNT: self.tr("Add account {number} at {detail}"),
            Verb.EDIT_ACCOUNT: self.tr("Edit account {number}"),
            Verb.REMOVE_ACCOUNT: self.tr("Remove account {number}"),
            Verb.OPEN_CASE: self.tr("Open case {title}"),
            Verb.EDIT_CASE: self.tr("Edit case {title}"),
            Verb.REMOVE_CASE: self.tr("Remove case {title}"),
            Verb.EDIT_STORY: self.tr("Edit the story of {title}"),
            Verb.SET_STATUS: self.tr("Set {title} to {status}"),
            Verb.ADD_REFERENCE: self.tr("Add the number {detail} to {title}"),
            Verb.ADD_ENTRY: self.tr("Add “{detail}” to {title}"),
            Verb.ATTACH_FILE: self.tr("Attach {subject} to “{detail}”"),
            Verb.FINISH_CALL: self.tr("Log the call to {detail} in {title}"),
            Verb.ADD_PROMISE: self.tr("Add “{text}”"),
            Verb.MARK_PROMISE: self.tr("Mark “{text}” as {status}"),
            Verb.LINK_CONTRADICTION: self.tr("Link “{text}” and “{other}”"),
            Verb.MOVE_MAIL: self.tr("Move the mail “{text}” to {detail}"),
            Verb.ADD_REMINDER: self.tr("Add the reminder “{text}”"),
            Verb.REMINDER_DONE: self.tr("Mark the reminder “{text}” as done"),
            Verb.SNOOZE_REMINDER: self.tr("Snooze the reminder “{text}”"),
            Verb.SET_POA_STATUS: self.tr("Set the power of attorney of {name} to {status}"),
            Verb.SET_PROXY: self.tr("Change your own details"),
        }
        return texts[verb]
