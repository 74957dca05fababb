"""Powers of attorney: a scan dropped on a relative is stored; the list; the case header."""

from __future__ import annotations

import io
import os
import sqlite3
import threading
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QDate, QEvent, QMimeData, QModelIndex, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
)
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from proxydesk.domain import PoaValidity, poa_validity
from proxydesk.progress import Progress, ProgressCallback
from proxydesk.services import scan_files
from proxydesk.services.registry import Services
from proxydesk.services.scan_files import CHUNK, STAGE_CHECK, STAGE_READ, STAGE_STORE
from proxydesk.ui.documents.feature import DocumentsFeature
from proxydesk.ui.documents.operations import covered_cases, longest_valid
from proxydesk.ui.documents.powers_model import PowersOfAttorneyModel
from proxydesk.ui.documents.scan_dialog import StoreScanDialog
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.main_window import MainWindow
from proxydesk.ui.models.relatives_cases import RelativesCasesModel
from proxydesk.ui.widgets.colors import Tone, tone
from proxydesk.views import CaseSummary, PowerOfAttorneyView
from tests.ui.mail_letters import png
from tests.ui.story import Story
from tests.ui.writes import written

WAIT_MS = 10_000
TODAY = date(2012, 3, 17)


# -- the rules, without Qt -----------------------------------------------------------------


def power(**changes: object) -> PowerOfAttorneyView:
    base = PowerOfAttorneyView(
        id=1,
        relative_id=7,
        relative_name="Erika",
        agent_name="Jan",
        organization_id=None,
        organization_name=None,
        account_ids=[],
        acts=["information"],
        valid_from=date(2012, 3, 1),
        valid_until=None,
        status="signed",
        place="",
        signed_on=date(2012, 3, 1),
        has_scan=True,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def case(case_id: int, org: int, relatives: list[int]) -> CaseSummary:
    return CaseSummary(
        case_id,
        f"case {case_id}",
        org,
        "Org",
        "open",
        datetime.now(UTC),
        None,
        relatives,
        [],
        0,
        0,
        0,
    )


def test_validity_follows_status_and_dates() -> None:
    assert poa_validity(power(), TODAY) is PoaValidity.VALID
    assert poa_validity(power(status="draft"), TODAY) is PoaValidity.NOT_IN_FORCE
    assert poa_validity(power(status="refused"), TODAY) is PoaValidity.NOT_IN_FORCE
    assert poa_validity(power(valid_from=date(2012, 4, 1)), TODAY) is PoaValidity.NOT_YET
    assert poa_validity(power(valid_until=date(2012, 3, 16)), TODAY) is PoaValidity.EXPIRED
    assert poa_validity(power(valid_until=TODAY), TODAY) is PoaValidity.ENDS_SOON
    assert poa_validity(power(valid_until=date(2012, 4, 10)), TODAY) is PoaValidity.ENDS_SOON
    assert poa_validity(power(valid_until=date(2013, 3, 17)), TODAY) is PoaValidity.VALID


def test_a_power_covers_the_relatives_cases_with_its_organization() -> None:
    cases = [case(1, 10, [7]), case(2, 11, [7, 8]), case(3, 10, [8])]
    assert [c.id for c in covered_cases(power(), cases)] == [1, 2]
    assert [c.id for c in covered_cases(power(organization_id=10), cases)] == [1]


def test_the_longest_valid_power_counts() -> None:
    short = power(id=1, valid_until=date(2012, 6, 1))
    long = power(id=2, valid_until=date(2013, 1, 1))
    endless = power(id=3)
    expired = power(id=4, valid_until=date(2012, 1, 1))
    assert longest_valid([short, long, expired], TODAY) is long
    assert longest_valid([short, endless], TODAY) is endless
    assert longest_valid([expired, power(status="draft")], TODAY) is None


# -- the list model --------------------------------------------------------------------------


def test_powers_model(services: Services, story: Story, qtmodeltester: ModelTester) -> None:
    model = PowersOfAttorneyModel(services.poa, services.cases, lambda: TODAY)
    model.show_relative(story.erika)
    assert model.rowCount() == 1
    text = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert text[PowersOfAttorneyModel.COLUMN_ORGANIZATION] == "Every organization (general)"
    assert text[PowersOfAttorneyModel.COLUMN_ACTS] == "Move an email address"
    assert text[PowersOfAttorneyModel.COLUMN_VALID].endswith("no end date (valid)")
    assert text[PowersOfAttorneyModel.COLUMN_STATUS] == "signed"
    assert text[PowersOfAttorneyModel.COLUMN_COVERS] == (
        "Move Erika's line to Ilse's house, Move Erika's email address"
    )
    assert text[PowersOfAttorneyModel.COLUMN_SCAN] == "none"
    qtmodeltester.check(model)
    later = PowersOfAttorneyModel(services.poa, services.cases, lambda: date(2030, 1, 1))
    later.show_relative(story.erika)
    assert later.validity(0) is PoaValidity.VALID  # no end date: valid for good
    model.show_relative(story.ilse)
    assert model.rowCount() == 0


# -- dropping a scan in the window ---------------------------------------------------------


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    path = tmp_path / "Vollmacht unterschrieben.png"
    path.write_bytes(png("#f0f0f0", 64))
    return path


@pytest.fixture
def hans(window: MainWindow, services: Services) -> int:
    """A relative with one case at the company and no power of attorney yet."""
    relative = services.directory.add_relative("Hans Abel")
    services.cases.add_case("Hans's contract", "Telvia", relatives=["Hans"])
    window.load()
    return relative.id


def relative_row(window: MainWindow, relative_id: int) -> QModelIndex:
    model = window.tree_model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if model.data(index, RelativesCasesModel.RELATIVE_ID_ROLE) == relative_id:
            return index
    raise AssertionError("no such relative in the tree")


def centre(window: MainWindow, index: QModelIndex) -> QPoint:
    return window.tree.visualRect(index).center()


def files(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drag_to(window: MainWindow, pos: QPoint, mime: QMimeData) -> QDragMoveEvent:
    viewport = window.tree.viewport()
    actions = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, actions, mime, buttons, keys)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(pos, actions, mime, buttons, keys)
    QApplication.sendEvent(viewport, move)
    return move


def drop_at(window: MainWindow, pos: QPoint, mime: QMimeData) -> QDropEvent:
    event = QDropEvent(
        QPointF(pos),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.tree.viewport(), event)
    return event


def test_dropping_a_scan_on_a_relative_stores_it_and_the_header_says_until_when(
    qtbot: QtBot, window: MainWindow, services: Services, hans: int, scan: Path
) -> None:
    documents = window.features.documents
    row = relative_row(window, hans)
    window.select_case(services.cases.cases(hans)[0].id)
    header = window.header.power_of_attorney.text()
    assert header == "✗ No valid power of attorney on file, and Telvia AG asks for one."

    move = drag_to(window, centre(window, row), files(scan))
    assert move.isAccepted() and move.dropAction() == Qt.DropAction.CopyAction
    highlight = documents.drop_target.highlight
    assert highlight.isVisible()
    assert highlight.geometry().intersects(window.tree.visualRect(row))
    drop = drop_at(window, centre(window, row), files(scan))
    assert drop.isAccepted() and not highlight.isVisible()

    dialog = documents.scan_dialog
    assert isinstance(dialog, StoreScanDialog) and dialog.isVisible()
    assert not dialog.save_button.isEnabled()  # whose power? the proxy's name is not set yet
    qtbot.keyClicks(dialog.agent, "Jan Lindner")
    telvia = services.directory.organizations()[0]
    dialog.choose_organization(telvia.id)
    dialog.set_acts({"moves", "email_transfer"})
    dialog.no_end.setChecked(False)
    dialog.valid_until.setDate(QDate(2013, 3, 16))
    dialog.set_status("accepted")
    with qtbot.waitSignal(dialog.stored, timeout=WAIT_MS) as stored:
        dialog.save_button.click()
        assert dialog.busy.isVisible()  # stored on the writer lane; big scans take a moment
    view = stored.args[0]
    assert not dialog.isVisible()
    assert (view.relative_id, view.organization_id, view.status) == (hans, telvia.id, "accepted")
    assert view.acts == ["moves", "email_transfer"] and view.has_scan
    assert (view.valid_from, view.valid_until) == (TODAY, date(2013, 3, 16))
    assert services.poa.proxy().name == "Jan Lindner"
    kept = services.poa.scan(view.id)
    assert kept.data == scan.read_bytes() and kept.mime_type == "image/png"

    until = TimeFormat().day(datetime(2013, 3, 16))
    assert window.header.power_of_attorney.text() == (
        f"✓ A valid power of attorney is on file, valid until {until}."
    )
    assert "valid until" in window.statusBar().currentMessage()


def test_drops_anywhere_but_on_a_relative_or_of_other_files_are_refused(
    qtbot: QtBot, window: MainWindow, story: Story, scan: Path, tmp_path: Path
) -> None:
    documents = window.features.documents
    case_row = window.case_indexes()[0]
    move = drag_to(window, centre(window, case_row), files(scan))
    assert not move.isAccepted() and not documents.drop_target.highlight.isVisible()
    assert not drop_at(window, centre(window, case_row), files(scan)).isAccepted()
    letter = tmp_path / "notes.txt"
    letter.write_text("not a scan")
    row = relative_row(window, story.erika)
    assert not drag_to(window, centre(window, row), files(letter)).isAccepted()
    assert not drop_at(window, centre(window, row), files(letter)).isAccepted()
    assert documents.scan_dialog is None
    drag_to(window, centre(window, row), files(scan))
    assert documents.drop_target.highlight.isVisible()
    QApplication.sendEvent(window.tree.viewport(), QDragLeaveEvent())
    assert not documents.drop_target.highlight.isVisible()


def test_a_broken_scan_is_refused_in_words_and_nothing_is_stored(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story, tmp_path: Path
) -> None:
    fake = tmp_path / "scan.pdf"
    fake.write_bytes(b"this is no PDF at all")
    dialog = window.features.documents.store_scan(story.ilse, "Ilse Lindner", fake)
    dialog.agent.setText("Jan Lindner")
    task = dialog.store()
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=WAIT_MS)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "scan.pdf is neither a PDF nor a PNG or JPEG image" in dialog.error.text()
    assert services.poa.powers(story.ilse) == []
    dialog.reject()


def test_the_relatives_menu_opens_the_list_and_the_scan(
    qtbot: QtBot, window: MainWindow, services: Services, hans: int, scan: Path
) -> None:
    documents: DocumentsFeature = window.features.documents
    dialog = documents.store_scan(hans, "Hans Abel", scan)
    dialog.agent.setText("Jan Lindner")
    dialog.valid_from.setDate(QDate(2011, 1, 1))
    dialog.valid_until.setDate(QDate(2011, 12, 31))  # over by now
    with qtbot.waitSignal(dialog.stored, timeout=WAIT_MS):
        dialog.store()
    row = relative_row(window, hans)
    pos = centre(window, row)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, window.tree.viewport().mapToGlobal(pos)
    )
    QApplication.sendEvent(window.tree.viewport(), event)
    menu = window.tree.row_menu
    assert menu is not None
    labels = [a.text() for a in menu.actions()]
    assert labels[:2] == ["Powers of attorney…", "Add a signed power of attorney…"]
    menu.actions()[0].trigger()
    menu.hide()
    powers = documents.powers_dialog
    assert powers is not None and powers.isVisible()
    assert powers.windowTitle() == "Powers of attorney — Hans Abel"
    model = powers.model
    assert model.rowCount() == 1 and model.validity(0) is PoaValidity.EXPIRED
    valid = model.index(0, PowersOfAttorneyModel.COLUMN_VALID)
    assert model.data(valid).endswith("(expired)")
    assert model.data(valid, Qt.ItemDataRole.ForegroundRole) == tone(Tone.BAD)
    assert model.data(model.index(0, PowersOfAttorneyModel.COLUMN_COVERS)) == "Hans's contract"
    opened: list[QUrl] = []
    powers.open_url = opened.append
    powers.select(0)
    path = powers.open_scan()
    assert path is not None and path.name == scan.name
    assert path.read_bytes() == scan.read_bytes()
    assert [u.toLocalFile() for u in opened] == [str(path)]
    # the case header: an expired one is no valid one
    window.select_case(services.cases.cases(hans)[0].id)
    assert "none valid today" in window.header.power_of_attorney.text()


def test_a_stored_scan_is_taken_back_with_edit_undo(
    qtbot: QtBot, window: MainWindow, services: Services, hans: int, scan: Path
) -> None:
    dialog = window.features.documents.store_scan(hans, "Hans Abel", scan)
    dialog.agent.setText("Jan Lindner")
    with qtbot.waitSignal(dialog.stored, timeout=WAIT_MS) as stored:
        dialog.store()
    power = stored.args[0]
    undo = window.features.editing.undo_action
    qtbot.waitUntil(lambda: undo.isEnabled())
    assert undo.text().startswith("Undo Store the signed power of attorney of Hans Abel")
    undo.trigger()
    written(qtbot)
    assert services.poa.powers(hans) == []  # the power the scan started goes with it
    window.features.editing.redo_action.trigger()
    written(qtbot)
    assert services.poa.scan(power.id).data == scan.read_bytes()


def test_a_case_row_gets_no_relatives_menu(window: MainWindow, story: Story) -> None:
    pos = centre(window, window.case_indexes()[0])
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, pos)
    QApplication.sendEvent(window.tree.viewport(), event)
    menu = window.tree.row_menu
    assert menu is not None  # the case's own entries (editing)
    labels = [a.text() for a in menu.actions()]
    assert "Powers of attorney…" not in labels
    assert event.type() == QEvent.Type.ContextMenu


def _file_counts(path: Path) -> dict[str, object]:
    """What a stored scan would change: powers, documents, blobs, the user's name."""
    with sqlite3.connect(path) as conn:
        counts: dict[str, object] = {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("powers_of_attorney", "documents", "blobs")
        }
        counts["name"] = conn.execute(
            "SELECT value FROM settings WHERE key = 'proxy_name'"
        ).fetchone()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return counts


def _slow_share(monkeypatch: pytest.MonkeyPatch, go_on: threading.Event) -> None:
    """The scan is read from a slow share: after the first bytes the reader waits for ``go_on``.

    (A named pipe is refused as a scan: a scan is a plain file, read with a size limit.)
    """
    real_report = scan_files.report

    def report(progress: ProgressCallback | None, stage: str, done: int, total: int) -> None:
        real_report(progress, stage, done, total)
        if stage == STAGE_READ and done == CHUNK:
            go_on.wait(WAIT_MS / 1000)

    monkeypatch.setattr(scan_files, "report", report)


def test_cancel_while_storing_a_scan_leaves_the_file_as_it_was(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    hans: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a scan of a few MB on a slow share: the first MB comes, then the share waits
    data = io.BytesIO()
    Image.frombytes("RGB", (1200, 1200), os.urandom(1200 * 1200 * 3)).save(data, "PNG")
    scan = tmp_path / "Vollmacht in Farbe.png"
    scan.write_bytes(data.getvalue())
    path = services.case_file.path
    before = _file_counts(path)
    dialog = window.features.documents.store_scan(hans, "Hans Abel", scan)
    dialog.agent.setText("Jan Lindner")
    dialog.set_status("accepted")
    go_on = threading.Event()
    _slow_share(monkeypatch, go_on)
    steps: list[tuple[Progress, str]] = []

    def cancel_while_reading(report: Progress) -> None:
        steps.append((report, dialog.step.text()))
        if dialog.cancel_button.isEnabled():
            dialog.cancel_button.click()
            assert dialog.step.text() == "Stopping…" and dialog.isVisible()
            go_on.set()

    with qtbot.waitSignal(dialog.cancelled, timeout=WAIT_MS):
        task = dialog.store()
        assert task is not None
        task.progressed.connect(cancel_while_reading)
    assert [r.stage for r, _text in steps] == [STAGE_READ]
    assert steps[0][0].done == CHUNK and steps[0][1].startswith("Reading the scan: 1")
    assert dialog.isVisible() and dialog.step.text() == "Cancelled. Nothing was stored."
    assert not dialog.busy.isVisible() and dialog.save_button.isEnabled()
    assert _file_counts(path) == before
    assert services.poa.powers(hans) == [] and services.poa.proxy().name == ""

    # stored again, to the end, in one unit of work: scope, scan, status and the user's name
    go_on.set()
    steps.clear()
    with qtbot.waitSignal(dialog.stored, timeout=WAIT_MS) as stored:
        dialog.save_button.click()
        assert dialog.task is not None
        dialog.task.progressed.connect(lambda report: steps.append((report, "")))
    assert stored.args[0].status == "accepted"
    reads = [r.done for r, _text in steps if r.stage == STAGE_READ]
    assert reads == sorted(reads) and reads[-1] == len(data.getvalue()) and len(reads) >= 4
    stages = [r.stage for r, _text in steps]
    assert stages[-4:] == [STAGE_CHECK, STAGE_CHECK, STAGE_STORE, STAGE_STORE]
    after = _file_counts(path)
    assert after["powers_of_attorney"] == before["powers_of_attorney"] + 1  # type: ignore[operator]
    assert after["documents"] == before["documents"] + 1  # type: ignore[operator]
    assert after["name"] == ("Jan Lindner",)
