"""The core's stored words (event kinds, statuses, outcomes) put into the user's words."""

from __future__ import annotations

from PySide6.QtCore import QObject


def _fallback(value: str) -> str:
    """A value the UI has no words for yet, still readable."""
    return value.replace("_", " ").capitalize()


class Words(QObject):
    """Translated names for the core's enum values; one per widget or model that shows them."""

    def kind(self, value: str) -> str:
        words = {
            "email_in": self.tr("Email received"),
            "email_out": self.tr("Email sent"),
            "call": self.tr("Call"),
            "visit": self.tr("Visit"),
            "letter": self.tr("Letter"),
            "fax": self.tr("Fax"),
            "social": self.tr("Social media"),
            "technician": self.tr("Technician"),
            "note": self.tr("Note"),
            "promise": self.tr("Statement"),
        }
        return words.get(value) or _fallback(value)

    def case_status(self, value: str) -> str:
        words = {
            "open": self.tr("Open"),
            "waiting_on_them": self.tr("Waiting on them"),
            "waiting_on_us": self.tr("Waiting on us"),
            "escalated": self.tr("Escalated"),
            "resolved": self.tr("Resolved"),
        }
        return words.get(value) or _fallback(value)

    def outcome(self, value: str) -> str:
        words = {
            "resolved": self.tr("Resolved"),
            "promise_made": self.tr("A promise was made"),
            "transferred": self.tr("Transferred"),
            "hung_up_on_us": self.tr("They hung up on us"),
            "disconnected": self.tr("Disconnected"),
            "no_result": self.tr("No result"),
        }
        return words.get(value) or _fallback(value)

    def promise_kind(self, value: str) -> str:
        words = {
            "promise": self.tr("Promise"),
            "claim": self.tr("Claim"),
            "instruction": self.tr("Instruction"),
        }
        return words.get(value) or _fallback(value)

    def promise_status(self, value: str) -> str:
        words = {
            "open": self.tr("open"),
            "kept": self.tr("kept"),
            "broken": self.tr("broken"),
            "false": self.tr("turned out false"),
        }
        return words.get(value) or _fallback(value)

    def reference_kind(self, value: str) -> str:
        words = {
            "ticket": self.tr("Ticket number"),
            "order": self.tr("Order number"),
            "other": self.tr("Reference"),
        }
        return words.get(value) or _fallback(value)
