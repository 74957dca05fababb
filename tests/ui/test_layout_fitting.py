"""A window layout kept from an older run does not make the timeline measure rows."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from proxydesk.services.registry import Services
from proxydesk.ui.app import create_main_window
from proxydesk.ui.files.settings import LayoutStore
from proxydesk.ui.files.window_layout import restore_layout, save_layout
from proxydesk.ui.main_window import MainWindow
from proxydesk.ui.models.timeline import TimelineModel
from tests.ui.story import Story


def reopened(qtbot: QtBot, window: MainWindow, services: Services) -> MainWindow:
    """The window's layout kept, then a new window on the same file with it restored."""
    store = LayoutStore(QSettings())
    save_layout(window, store)
    again = create_main_window(services)
    qtbot.addWidget(again)
    assert restore_layout(again, store)
    return again


def test_restored_columns_keep_fitting_to_the_rows_on_screen(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story
) -> None:
    header = window.timeline.horizontalHeader()
    assert header.resizeContentsPrecision() == 0
    # a layout saved as an older version did: Qt's default, every row measured
    header.setResizeContentsPrecision(1000)
    header.resizeSection(2, 321)
    restored = reopened(qtbot, window, services).timeline.horizontalHeader()
    assert restored.sectionSize(2) == 321  # the user's widths come back
    assert restored.resizeContentsPrecision() == 0


def test_an_older_layout_that_fitted_columns_to_their_rows_fits_them_no_more(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story
) -> None:
    header = window.timeline.horizontalHeader()
    fitted = QHeaderView.ResizeMode.ResizeToContents
    # as an older ProxyDesk kept it: the time, kind and duration fitted to the rows on screen
    for column in (0, 1, 4):
        header.setSectionResizeMode(column, fitted)
    restored = reopened(qtbot, window, services).timeline.horizontalHeader()
    modes = [restored.sectionResizeMode(c) for c in range(restored.count())]
    assert fitted not in modes
    assert modes[TimelineModel.COLUMN_SUMMARY] == QHeaderView.ResizeMode.Stretch


def test_a_restored_column_too_narrow_for_this_languages_words_is_widened(
    qtbot: QtBot, window: MainWindow, services: Services, story: Story
) -> None:
    header = window.timeline.horizontalHeader()
    kind = TimelineModel.COLUMN_KIND
    wide = header.sectionSize(kind)
    # as kept by a run in a language with shorter words
    header.resizeSection(kind, wide // 2)
    header.resizeSection(TimelineModel.COLUMN_WHO, 321)
    restored = reopened(qtbot, window, services).timeline.horizontalHeader()
    assert restored.sectionSize(kind) == wide  # every kind's word whole again
    assert restored.sectionSize(TimelineModel.COLUMN_WHO) == 321  # the user's own width
