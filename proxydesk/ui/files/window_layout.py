"""The main window's layout kept from one run to the next: its geometry, panes and columns."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QHeaderView, QSplitter

from proxydesk.ui.files.settings import LayoutStore

Part = QSplitter | QHeaderView


class LaidOut(Protocol):
    """A window whose layout is kept: the main window."""

    def saveGeometry(self) -> QByteArray: ...

    def restoreGeometry(self, geometry: QByteArray | bytes | bytearray | memoryview) -> bool: ...

    def layout_parts(self) -> dict[str, Part]:
        """The pieces whose sizes the user sets, by the name they are kept under."""
        ...

    def keep_restored(self, name: str) -> None:
        """The part ``name`` was restored: it keeps those sizes (not the ones made at first)."""
        ...


def _parts(window: LaidOut) -> dict[str, Part]:
    return window.layout_parts()


def save_layout(window: LaidOut, store: LayoutStore | None = None) -> None:
    store = store if store is not None else LayoutStore()
    store.put("geometry", window.saveGeometry())
    for name, part in _parts(window).items():
        store.put(name, part.saveState())
    store.sync()


def restore_layout(window: LaidOut, store: LayoutStore | None = None) -> bool:
    """Put back what was saved; False when nothing was (a first start keeps its own sizes)."""
    store = store if store is not None else LayoutStore()
    geometry = store.get("geometry")
    if geometry is None:
        return False
    window.restoreGeometry(geometry)
    for name, part in _parts(window).items():
        state = store.get(name)
        if state is not None:
            precision = part.resizeContentsPrecision() if isinstance(part, QHeaderView) else 0
            part.restoreState(state)
            if isinstance(part, QHeaderView):
                # how many rows a fitted column is measured on is the app's choice, not the
                # user's: a state saved by an older ProxyDesk carries Qt's default (1,000
                # rows), which measured every loaded timeline row at each start
                part.setResizeContentsPrecision(precision)
            window.keep_restored(name)
    return True
