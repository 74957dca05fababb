"""The main window's layout kept from one run to the next: its geometry, panes and columns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHeaderView, QSplitter

from proxydesk.ui.files.settings import LayoutStore

if TYPE_CHECKING:
    from proxydesk.ui.main_window import MainWindow

Part = QSplitter | QHeaderView


def _parts(window: MainWindow) -> dict[str, Part]:
    """The pieces whose sizes the user sets, by the name they are kept under."""
    return {
        "panes": window.panes,
        "case_view": window.case_view,
        "tree_columns": window.tree.header(),
        "timeline_columns": window.timeline.horizontalHeader(),
    }


def save_layout(window: MainWindow, store: LayoutStore | None = None) -> None:
    store = store if store is not None else LayoutStore()
    store.put("geometry", window.saveGeometry())
    for name, part in _parts(window).items():
        store.put(name, part.saveState())
    store.sync()


def restore_layout(window: MainWindow, store: LayoutStore | None = None) -> bool:
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
            if name == "timeline_columns":
                # and whether a column measures rows at all (older ones fitted some), and
                # how narrow the time, kind and duration may get in this language
                window.timeline.keep_restored()
            if name == "case_view":
                # the header's share is the user's now, not the one made for a first look
                window.keep_case_view_sizes()
    return True
