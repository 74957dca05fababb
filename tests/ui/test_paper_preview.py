"""The dossier from the app: made in the background, previewed, cancelled, saved, printed."""

from __future__ import annotations

import io
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from proxydesk.forms.output import STAGE_TIMELINE
from proxydesk.progress import Progress
from proxydesk.services.registry import Services
from proxydesk.storage.database import open_case_file
from proxydesk.ui.app import create_main_window
from proxydesk.ui.main_window import MainWindow
from proxydesk.ui.paper.preview import PdfPreview

RENDER_MS = 30_000
#: events in the long case: its timeline takes a few seconds to lay out
LONG_CASE_EVENTS = 400


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    from proxydesk.services.demo import DEMO_TIMEZONE, build_demo

    path = tmp_path_factory.mktemp("paper") / "demo.proxydesk"
    case_file = open_case_file(path, create=True, timezone=DEMO_TIMEZONE)
    build_demo(case_file)
    yield Services.for_file(case_file)
    case_file.close()


@pytest.fixture
def told() -> list[str]:
    return []


@pytest.fixture
def window(qtbot: QtBot, demo: Services, told: list[str]) -> MainWindow:
    shown = create_main_window(demo)
    qtbot.addWidget(shown)
    shown.features.paper.inform = lambda _parent, text: told.append(text)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _dossier(qtbot: QtBot, window: MainWindow) -> PdfPreview:
    window.features.paper.dossier_action.trigger()
    preview = window.features.paper.preview
    assert preview is not None
    with qtbot.waitSignal(preview.shown, timeout=RENDER_MS):
        pass
    return preview


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_the_dossier_is_made_in_the_background_and_previewed(
    qtbot: QtBot, window: MainWindow, told: list[str]
) -> None:
    assert window.features.paper.dossier_action.shortcut().toString() == "Ctrl+Shift+D"
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    reports: list[object] = []
    window.features.paper.dossier_action.trigger()
    preview = window.features.paper.preview
    assert preview is not None and preview.task is not None
    preview.task.progressed.connect(reports.append)
    assert preview.busy.isVisibleTo(preview) and preview.cancel_button.isVisibleTo(preview)
    assert not preview.save_button.isEnabled()
    with qtbot.waitSignal(preview.shown, timeout=RENDER_MS):
        pass
    timer.stop()
    assert reports, "no progress reached the GUI thread"
    assert len(ticks) > 1, "the event loop did not run while the dossier was made"
    assert preview.paper is not None
    pages = len(PdfReader(io.BytesIO(preview.paper.data)).pages)
    assert pages > 1
    assert preview.page_count == pages == len(preview.pages.page_labels)
    assert preview.page_label.text() == f"Page 1 of {pages}"
    assert not preview.busy.isVisibleTo(preview) and preview.save_button.isEnabled()
    assert preview.paper.file_name.startswith("dossier-")
    assert told == []


@pytest.fixture(scope="module")
def long_case(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, int]]:
    """A case with enough events that laying out its timeline takes a while."""
    from benchmarks.dossier import build_case

    folder = tmp_path_factory.mktemp("long")
    case_file = open_case_file(folder / "long.proxydesk", create=True, timezone="Europe/Berlin")
    services = Services.for_file(case_file)
    case_id = build_case(services, LONG_CASE_EVENTS, 0, folder)
    services.poa.set_proxy(name="Jan Voß")
    yield services, case_id
    case_file.close()


def test_cancel_in_the_timeline_writes_nothing_and_says_so(
    qtbot: QtBot, long_case: tuple[Services, int], told: list[str]
) -> None:
    services, case_id = long_case
    window = create_main_window(services)
    qtbot.addWidget(window)
    window.features.paper.inform = lambda _parent, text: told.append(text)
    asked: list[str] = []

    def ask_save_path(_parent: object, suggested: str) -> str:
        asked.append(suggested)
        return ""

    window.features.paper.ask_save_path = ask_save_path
    window.show()
    assert window.select_case(case_id)
    window.features.paper.dossier_action.trigger()
    preview = window.features.paper.preview
    assert preview is not None and preview.task is not None
    assert preview.cancel_button.isVisibleTo(preview) and preview.cancel_button.isEnabled()
    steps: list[tuple[Progress, int, str]] = []

    def cancel_in_the_timeline(report: Progress) -> None:
        steps.append((report, preview.progress.value(), preview.step_label.text()))
        if report.stage == STAGE_TIMELINE and preview.cancel_button.isEnabled():
            preview.cancel_button.click()

    preview.task.progressed.connect(cancel_in_the_timeline)
    with qtbot.waitSignal(preview.cancelled, timeout=RENDER_MS):
        pass
    timeline = [(r, text) for r, _value, text in steps if r.stage == STAGE_TIMELINE]
    report, text = timeline[0]
    assert report.total == LONG_CASE_EVENTS and report.done < report.total
    assert text == f"Timeline: {report.done} of {LONG_CASE_EVENTS} entries"
    # the dialog stays and says so; no PDF anywhere, the save dialog was never asked
    assert (
        preview.isVisible() and preview.paper is None and window.features.paper.preview is preview
    )
    assert preview.pages.placeholder.text() == "Cancelled. No document was made or saved."
    assert preview.pages.placeholder.isVisible() and not preview.note.isVisible()
    assert not preview.busy.isVisibleTo(preview) and not preview.save_button.isEnabled()
    assert preview.again_button.isVisibleTo(preview)
    private = window.features.paper._folder._path
    assert private is None or not any(private.rglob("*"))
    assert asked == [] and told == []

    # made again to the end: each stage's bar only moves forward
    again: list[Progress] = []
    with qtbot.waitSignal(preview.shown, timeout=RENDER_MS):
        preview.again_button.click()
        assert preview.task is not None
        preview.task.progressed.connect(again.append)
    assert preview.paper is not None and not preview.pages.placeholder.isVisible()
    stages = list(dict.fromkeys(r.stage for r in again))
    assert stages[:2] == ["summary", STAGE_TIMELINE] and stages[-1] == "preview"
    for stage in stages:
        done = [r.done for r in again if r.stage == stage]
        assert done == sorted(done) and done[-1] == next(r.total for r in again if r.stage == stage)
    assert sum(r.stage == STAGE_TIMELINE for r in again) > 10  # a bar that moves, not one jump


def test_save_writes_the_pdf(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    preview = _dossier(qtbot, window)
    asked: list[str] = []

    def ask(_parent: object, suggested: str) -> str:
        asked.append(suggested)
        return str(tmp_path / "escalation")

    preview._ask_save_path = ask
    saved = preview.save()
    assert saved == tmp_path / "escalation.pdf"
    assert Path(asked[0]).name == preview.paper.file_name if preview.paper else False
    data = saved.read_bytes()
    assert data == preview.paper.data if preview.paper else False
    case = window.tree_model.case_at(window.tree.currentIndex())
    assert case is not None
    assert " ".join(case.title.split()) in _text(data)


def test_save_never_writes_over_the_open_case_file(
    qtbot: QtBot, window: MainWindow, demo: Services, tmp_path: Path, told: list[str]
) -> None:
    preview = _dossier(qtbot, window)
    case_file = demo.case_file.path
    link = tmp_path / "evidence.pdf"
    link.symlink_to(case_file)  # a harmless name for the open file itself
    before = case_file.read_bytes()
    preview._ask_save_path = lambda _parent, _suggested: str(link)
    assert preview.save() is None
    assert told and "will not write over" in told[-1]
    assert case_file.read_bytes() == before and link.is_symlink()


def test_print_to_a_pdf_printer_prints_every_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    preview = _dossier(qtbot, window)
    target = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    assert preview.print_to(printer) == preview.page_count
    assert len(PdfReader(target).pages) == preview.page_count


def test_another_paper_size_makes_it_again(qtbot: QtBot, window: MainWindow) -> None:
    preview = _dossier(qtbot, window)
    other = "letter" if preview.options.paper == "a4" else "a4"
    with qtbot.waitSignal(preview.shown, timeout=RENDER_MS):
        preview.paper_box.setCurrentIndex(preview.paper_box.findData(other))
    assert preview.paper is not None and preview.paper.options.paper == other
    width = float(PdfReader(io.BytesIO(preview.paper.data)).pages[0].mediabox.width)
    assert round(width) == (612 if other == "letter" else 595)


def test_open_in_viewer_hands_over_a_private_copy(qtbot: QtBot, window: MainWindow) -> None:
    opened: list[QUrl] = []
    window.features.paper.open_url = lambda url: opened.append(url) or True
    preview = _dossier(qtbot, window)
    path = preview.open_in_viewer()
    assert path is not None and opened == [QUrl.fromLocalFile(str(path))]
    assert path.read_bytes() == (preview.paper.data if preview.paper else b"")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_closing_while_it_is_made_stops_the_work_quietly(
    qtbot: QtBot, window: MainWindow, told: list[str]
) -> None:
    window.features.paper.dossier_action.trigger()
    preview = window.features.paper.preview
    assert preview is not None and preview.task is not None
    task = preview.task
    preview.close_button.click()
    assert task.cancelled and window.features.paper.preview is None
    qtbot.waitUntil(lambda: not task.running, timeout=RENDER_MS)
    assert told == []
