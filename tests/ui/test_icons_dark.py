"""In a dark theme, the colours that mark overdue, kept and broken stay readable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from proxydesk.reading.file import FileReader
from proxydesk.services.registry import Services
from proxydesk.ui.main_window import MainWindow
from proxydesk.ui.models.relatives_cases import RelativesCasesModel
from proxydesk.ui.promises.model import PromisesModel
from proxydesk.ui.widgets.colors import TONES, Tone, dark_palette, is_dark, tone
from tests.ui.story import Story
from tests.ui.test_icons import contrast

#: WCAG AA for text
TEXT_CONTRAST = 4.5


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[QPalette]:
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    yield qapp.palette()
    qapp.setPalette(before)


def test_each_tone_reads_on_its_own_ground(qapp: QApplication) -> None:
    light_ground = QColor("#ffffff")
    dark_ground = dark_palette().color(QPalette.ColorRole.Base)
    for which, (light, shade) in TONES.items():
        assert contrast(QColor(light), light_ground) >= TEXT_CONTRAST, which
        assert contrast(QColor(shade), dark_ground) >= TEXT_CONTRAST, which


def test_the_dark_palette_counts_as_dark(dark: QPalette) -> None:
    assert is_dark()
    assert not is_dark(QPalette(QColor("#f0f0f0")))
    assert tone(Tone.BAD) == QColor(TONES[Tone.BAD][1])


def test_overdue_promises_and_cases_stay_readable_in_the_dark(
    dark: QPalette, services: Services, story: Story
) -> None:
    ground = dark.color(QPalette.ColorRole.Base)
    promises = PromisesModel(services.promises, clock=services.promises.clock)
    promises.set_case(None)
    overdue = [
        promises.index(r, PromisesModel.COLUMN_WHAT)
        for r in range(promises.rowCount())
        if promises.index(r, 0).data(PromisesModel.URGENCY_ROLE) == "overdue"
    ]
    assert overdue
    for index in overdue:
        color = index.data(Qt.ItemDataRole.ForegroundRole)
        assert contrast(color, ground) >= TEXT_CONTRAST

    reader = FileReader.open(services.case_file.path, services.timeline.clock)
    tree = RelativesCasesModel(reader.cases)
    tree.reload()
    cell = tree.index(0, RelativesCasesModel.COLUMN_OVERDUE)
    assert contrast(cell.data(Qt.ItemDataRole.ForegroundRole), ground) >= TEXT_CONTRAST


def test_the_window_paints_its_marks_in_the_dark_shades(
    dark: QPalette, window: MainWindow, story: Story
) -> None:
    """A valid power of attorney is on file: said in the green of dark themes."""
    window.select_case(story.move_case)
    style = window.header.power_of_attorney.styleSheet()
    assert TONES[Tone.GOOD][1] in style
    assert TONES[Tone.GOOD][0] not in style
