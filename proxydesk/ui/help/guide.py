"""Help → User Guide: the short guide in the UI's language, shown from the package, offline."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

GUIDE_LANGUAGES = ("de", "en")
#: the window's first size, in characters and text lines
GUIDE_CHARS = 84
GUIDE_LINES = 34


def guide_language(locale: QLocale | None = None) -> str:
    """German for a German UI, else English (the UI's language sets the default locale)."""
    locale = locale if locale is not None else QLocale()
    return "de" if locale.language() == QLocale.Language.German else "en"


def guide_text(language: str) -> str:
    """The guide's Markdown in ``language`` (de or en)."""
    if language not in GUIDE_LANGUAGES:
        raise ValueError(f"no guide in {language!r}")
    guide = resources.files("proxydesk").joinpath("resources", "guide", f"guide_{language}.md")
    return guide.read_text(encoding="utf-8")


class GuideBrowser(QTextBrowser):
    """Markdown shown read-only; it never loads anything, neither files nor the network."""

    def loadResource(self, kind: int, name: object) -> object:
        return None


class GuideWindow(QDialog):
    """The user guide in a window of its own, beside the main window (not modal)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ProxyDesk User Guide"))
        self.language = language
        self.browser = GuideBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setMarkdown(guide_text(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * GUIDE_CHARS, metrics.lineSpacing() * GUIDE_LINES)
