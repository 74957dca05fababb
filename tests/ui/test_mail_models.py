"""The mail windows' item models on their own, without a window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from proxydesk.mail.accounts import MailAccountService
from proxydesk.mail.attachments import MailPart
from proxydesk.mail.sync import FolderReport, SyncReport
from proxydesk.mail.sync_accounts import AccountResult, SyncOutcome
from proxydesk.ui.mail.accounts_model import MailAccountsModel
from proxydesk.ui.mail.attachments_model import AttachmentsModel
from proxydesk.ui.mail.sync_summary_model import SyncSummaryModel
from tests.mail.conftest import Desk
from tests.support.dovecot import ImapUser

pytest_plugins = ["tests.ui.mail_fixtures"]


def outcome() -> SyncOutcome:
    home = SyncReport(
        "home",
        [
            FolderReport("INBOX", seen=45, fetched=6, new=5, duplicates=1, quarantined=0, filed=5),
            FolderReport("Sent", seen=3, unchanged=True),
        ],
    )
    return SyncOutcome([AccountResult("home", home), AccountResult("work", None)])


def test_sync_summary(qtmodeltester: ModelTester) -> None:
    model = SyncSummaryModel()
    model.set_outcome(outcome())
    assert model.rowCount() == 2  # the account that failed has no folders to show
    cells = [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert cells == [
        ["home", "INBOX", "45", "6", "5", "1", "0", "5"],
        ["home", "Sent", "3", "no change", "", "", "", ""],
    ]
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert (
        model.data(model.index(0, SyncSummaryModel.COLUMN_NEW), Qt.ItemDataRole.TextAlignmentRole)
        == right
    )
    qtmodeltester.check(model)
    model.set_outcome(None)
    assert model.rowCount() == 0


def test_sync_outcome_counts() -> None:
    result = outcome()
    assert result.new_messages == 5 and result.quarantined == 0 and result.errors == []


def test_attachments(qtmodeltester: ModelTester) -> None:
    model = AttachmentsModel()
    model.set_parts(
        [
            MailPart("Vollmacht.pdf", "application/pdf", b"%PDF" * 300, False, None),
            MailPart("setup.exe", "application/octet-stream", b"MZ", False, None),
        ]
    )
    assert model.rowCount() == 2
    first = model.data(model.index(0, 0))
    assert first.startswith("Vollmacht.pdf  (application/pdf, ")
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None
    assert "does not open it" in model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.part(1).is_program and not model.part(0).is_program
    qtmodeltester.check(model)


def test_accounts(qtmodeltester: ModelTester, desk: Desk, imap_user: ImapUser) -> None:
    desk.add_account(imap_user, "127.0.0.1", 143)
    model = MailAccountsModel(MailAccountService(desk.case_file))
    model.reload()
    assert model.names == ["home"]
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row == [
        "home",
        "127.0.0.1:143",
        "plaintext (this computer only)",
        imap_user.name,
        "never",
    ]
    qtmodeltester.check(model)
