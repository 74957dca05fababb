"""Powers of attorney in the user's words: what they allow, their status, their validity."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QObject

from proxydesk.domain import PoaAct, PoaValidity
from proxydesk.views import PowerOfAttorneyView

#: the acts in the order the dialog and the list show them
ACTS = tuple(a.value for a in PoaAct)


class PoaWords(QObject):
    def __init__(self, parent: QObject | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self.locale = locale if locale is not None else QLocale()

    def act(self, value: str) -> str:
        words = {
            "information": self.tr("Get information"),
            "contract_changes": self.tr("Change contracts"),
            "moves": self.tr("Move lines and contracts"),
            "cancellations": self.tr("Cancel contracts"),
            "email_transfer": self.tr("Move an email address"),
        }
        return words.get(value) or value.replace("_", " ").capitalize()

    def status(self, value: str) -> str:
        words = {
            "draft": self.tr("draft"),
            "signed": self.tr("signed"),
            "sent": self.tr("sent"),
            "accepted": self.tr("accepted"),
            "refused": self.tr("refused"),
        }
        return words.get(value) or value

    def day(self, value: date) -> str:
        return self.locale.toString(
            QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
        )

    def organization(self, power: PowerOfAttorneyView) -> str:
        return power.organization_name or self.tr("Every organization (general)")

    def period(self, power: PowerOfAttorneyView) -> str:
        start = self.day(power.valid_from) if power.valid_from else None
        if power.valid_until is None:
            return (
                self.tr("from {start}, no end date").format(start=start)
                if start
                else self.tr("no end date")
            )
        end = self.day(power.valid_until)
        return (
            self.tr("{start} – {end}").format(start=start, end=end)
            if start
            else self.tr("until {end}").format(end=end)
        )

    def validity(self, state: PoaValidity, power: PowerOfAttorneyView, today: date) -> str:
        if state is PoaValidity.EXPIRED:
            return self.tr("expired")
        if state is PoaValidity.ENDS_SOON and power.valid_until is not None:
            days = (power.valid_until - today).days
            return self.tr("ends today") if days == 0 else self.tr("ends in %n day(s)", "", days)
        if state is PoaValidity.NOT_YET:
            return self.tr("not yet in force")
        if state is PoaValidity.NOT_IN_FORCE:
            return self.tr("not in force")
        return self.tr("valid")
