"""The icons: one per event kind and promise state, drawn alike, readable on light and dark."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication

from proxydesk.domain import EventKind, PromiseStatus
from proxydesk.services.registry import Services
from proxydesk.ui.icons import (
    EVENT_KINDS,
    OVERDUE,
    PROMISE_STATES,
    app_icon,
    event_icon,
    icon_file,
    promise_icon,
)
from proxydesk.ui.main_window import MainWindow
from proxydesk.ui.models.timeline import TimelineModel
from proxydesk.ui.promises.model import PromisesModel
from proxydesk.ui.widgets.colors import dark_palette
from proxydesk.ui.widgets.entry_detail import IconMark
from tests.ui.story import Story

SVG = "{http://www.w3.org/2000/svg}"
SIZES = (16, 24, 32, 48, 64, 128, 256)
#: the grounds the icons must read on: a light and a dark window (Fusion's dark palette)
GROUNDS = ("#ffffff", dark_palette().window().color().name())
#: WCAG's minimum contrast for graphical objects
MIN_CONTRAST = 3.0
DESKTOP_FILE = Path(__file__).parents[2] / "resources" / "proxydesk.desktop"

NAMES = [f"event-{k}" for k in EVENT_KINDS] + [f"promise-{s}" for s in PROMISE_STATES]


def luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def painted(icon: QIcon, side: int) -> QImage:
    image = icon.pixmap(QSize(side, side)).toImage()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def opaque_share(image: QImage) -> float:
    """The share of pixels that are mostly opaque."""
    total = image.width() * image.height()
    seen = sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 128
    )
    return seen / total


def test_every_event_kind_and_promise_state_has_an_icon(qapp: QApplication) -> None:
    assert set(EVENT_KINDS) == {k.value for k in EventKind} | {"promise"}
    assert set(PROMISE_STATES) == {s.value for s in PromiseStatus} | {OVERDUE}
    for kind in EVENT_KINDS:
        assert not event_icon(kind).isNull(), kind
    for state in PROMISE_STATES:
        assert not promise_icon(state).isNull(), state
    assert not app_icon().isNull()
    assert event_icon("carrier pigeon").isNull()
    assert promise_icon("forgotten").isNull()
    # loaded once
    assert event_icon("call").cacheKey() == event_icon("call").cacheKey()


@pytest.mark.parametrize("name", NAMES)
def test_icons_share_one_grid_and_stroke(name: str) -> None:
    root = ET.fromstring(icon_file(name).read_text(encoding="utf-8"))
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 24 24"
    assert root.get("stroke-width") == "2"
    assert root.get("stroke-linecap") == "round"
    assert root.get("stroke-linejoin") == "round"
    assert root.get("fill") == "none"
    title = root.find(f"{SVG}title")
    assert title is not None and title.text
    # no element sets a stroke width or colour of its own: one pen for the whole set
    for element in root.iter():
        if element is not root:
            assert element.get("stroke-width") is None, name
            assert element.get("stroke") is None, name


@pytest.mark.parametrize("name", NAMES)
def test_icon_colours_read_on_light_and_dark_grounds(name: str) -> None:
    stroke = ET.fromstring(icon_file(name).read_text(encoding="utf-8")).get("stroke")
    assert stroke is not None and re.fullmatch(r"#[0-9a-f]{6}", stroke)
    for ground in GROUNDS:
        ratio = contrast(QColor(stroke), QColor(ground))
        assert ratio >= MIN_CONTRAST, f"{name} on {ground}: {ratio:.2f}"


@pytest.mark.parametrize("side", SIZES)
def test_icons_render_sharp_at_every_size(qapp: QApplication, side: int) -> None:
    """Qt's SVG icon engine is there (PySide6-Essentials) and draws each icon at full size."""
    images = {}
    for name in [*NAMES, "proxydesk"]:
        icon = QIcon(str(icon_file(name)))
        image = painted(icon, side)
        assert (image.width(), image.height()) == (side, side), name
        share = opaque_share(image)
        # a line drawing: something drawn, mostly ground
        assert 0.03 < share < (0.95 if name == "proxydesk" else 0.6), (name, side, share)
        images[name] = image
    # no two icons look the same
    assert len({bytes(image.constBits()) for image in images.values()}) == len(images)


def test_promise_states_differ_in_shape_not_only_in_colour(qapp: QApplication) -> None:
    """Seen in grey (colour-blind, or printed), each state's icon is still its own."""
    shapes = set()
    for state in PROMISE_STATES:
        image = painted(promise_icon(state), 32)
        alpha = bytes(image.pixelColor(x, y).alpha() > 128 for y in range(32) for x in range(32))
        shapes.add(alpha)
    assert len(shapes) == len(PROMISE_STATES)


def test_the_timeline_shows_each_entry_with_its_kind_icon(services: Services, story: Story) -> None:
    model = TimelineModel(services.timeline)
    model.set_case(story.move_case)
    assert model.rowCount() > 0
    kinds = set()
    for row in range(model.rowCount()):
        entry = model.entry(row)
        icon = model.index(row, TimelineModel.COLUMN_KIND).data(Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon)
        assert icon.cacheKey() == event_icon(entry.kind).cacheKey()
        kinds.add(entry.kind)
        # only the kind column has one
        summary = model.index(row, TimelineModel.COLUMN_SUMMARY)
        assert summary.data(Qt.ItemDataRole.DecorationRole) is None
    assert len(kinds) > 1


def test_the_promises_table_shows_each_state_with_its_icon(
    services: Services, story: Story
) -> None:
    model = PromisesModel(services.promises, clock=services.promises.clock)
    model.set_case(None)
    states = set()
    for row in range(model.rowCount()):
        index = model.index(row, PromisesModel.COLUMN_STATUS)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        overdue = index.data(PromisesModel.URGENCY_ROLE) == "overdue"
        state = OVERDUE if overdue else model.promise(row).status
        assert icon.cacheKey() == promise_icon(state).cacheKey()
        states.add(state)
    assert OVERDUE in states and len(states) > 1


def test_the_application_has_its_icon_and_desktop_name() -> None:
    """``application()`` as the app makes it, in a process of its own (tests share a qapp)."""
    script = (
        "from proxydesk.ui.app import application; app = application(); "
        "print(app.windowIcon().isNull(), app.desktopFileName())"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.split() == ["False", "proxydesk"]


def test_the_entry_shows_its_kind_icon_and_each_promise_its_state(
    window: MainWindow, services: Services, story: Story
) -> None:
    window.select_case(story.email_case)
    row = window.timeline_model.row_of(story.hold_call)
    assert row is not None
    window.select_entry(row)
    detail = window.detail
    assert detail.kind_icon.icon.cacheKey() == event_icon("call").cacheKey()
    assert detail.kind_icon.isVisibleTo(window)
    # as tall as a line of text: it grows with the font and the scale factor
    assert detail.kind_icon.height() == detail.kind.fontMetrics().height()
    marks = detail.promises.findChildren(IconMark)
    entry = detail.entry
    assert entry is not None and len(marks) == len(entry.promises) == 2
    # the call's first promise is overdue, the instruction has no due time and is open
    assert {m.icon.cacheKey() for m in marks} == {
        promise_icon(OVERDUE).cacheKey(),
        promise_icon("open").cacheKey(),
    }


@pytest.mark.integration
def test_the_desktop_entry_is_valid_and_names_the_icon() -> None:
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run(
        [validate, str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    entry = DESKTOP_FILE.read_text(encoding="utf-8")
    assert "\nIcon=proxydesk\n" in entry
    assert "\nExec=proxydesk\n" in entry
    assert icon_file("proxydesk").is_file()
