"""Forms from the app: the demo relative's power of attorney, a letter, a fax with no number."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from proxydesk.services.registry import Services
from proxydesk.storage.database import open_case_file
from proxydesk.ui.app import create_main_window
from proxydesk.ui.main_window import MainWindow
from proxydesk.ui.paper.preview import PdfPreview

RENDER_MS = 30_000
DEMO_RELATIVE = "Gerda Voit"


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
def window(
    qtbot: QtBot, demo: Services, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    for key in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    shown = create_main_window(demo)
    qtbot.addWidget(shown)
    shown.features.paper.inform = lambda _parent, text: told.append(text)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _choose_under(window: MainWindow, relative: str, title: str | None = None) -> None:
    for index in window.case_indexes():
        case = window.tree_model.case_at(index)
        under = index.parent().data()
        if under == relative and case is not None and (title is None or case.title == title):
            window.tree.setCurrentIndex(index)
            assert window.current_case_id == case.id
            return
    raise AssertionError(f"no case under {relative}")


def _shown(qtbot: QtBot, window: MainWindow) -> PdfPreview:
    preview = window.features.paper.preview
    assert preview is not None
    with qtbot.waitSignal(preview.shown, timeout=RENDER_MS):
        pass
    return preview


def test_power_of_attorney_of_the_demo_relative(qtbot: QtBot, window: MainWindow) -> None:
    _choose_under(window, DEMO_RELATIVE)
    window.features.paper.poa_action.trigger()
    preview = _shown(qtbot, window)
    assert preview.paper is not None
    assert preview.options.language == "de" and preview.options.paper == "a4"
    assert preview.paper.file_name == "Vollmacht-Gerda-Voit.pdf"
    assert preview.page_count == len(PdfReader(io.BytesIO(preview.paper.data)).pages) >= 1
    assert "Gerda Voit" in (preview.paper.data and _text(preview.paper.data))


def test_the_complaint_letter_is_the_default_draft(qtbot: QtBot, window: MainWindow) -> None:
    _choose_under(window, DEMO_RELATIVE)
    assert "--edit-json" in window.features.paper.complaint_action.toolTip()
    window.features.paper.complaint_action.trigger()
    preview = _shown(qtbot, window)
    assert preview.paper is not None and preview.paper.file_name.startswith("Beschwerde-")
    assert preview.page_count >= 1


def test_a_fax_without_a_number_says_so_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, demo: Services, told: list[str]
) -> None:
    demo.directory.add_organization("Stadtwerke Nordhafen")
    demo.cases.add_case("Final bill sent twice", "Stadtwerke Nordhafen", relatives=[DEMO_RELATIVE])
    window.load()
    _choose_under(window, DEMO_RELATIVE, "Final bill sent twice")
    window.features.paper.fax_action.trigger()
    qtbot.waitUntil(lambda: window.features.paper.fax_dialog is not None, timeout=RENDER_MS)
    dialog = window.features.paper.fax_dialog
    assert dialog is not None
    assert dialog.to_fax == "" and not dialog.poa_box.isEnabled()
    dialog.accept()
    qtbot.waitUntil(lambda: bool(told), timeout=RENDER_MS)
    # in the app's words: the way out is the fax dialog, not a command-line flag
    assert told == [
        "Stadtwerke Nordhafen has no fax number in the case file. Choose Paper → Fax to the "
        "company… again and type the number to send to."
    ]
    assert window.features.paper.preview is None
    assert window.features.paper._folder._path is None  # nothing handed out, nothing written


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
