"""The German UI: every text on the main window is German, and the switch goes both ways."""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import datetime
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QObject, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

import proxydesk.ui
from proxydesk.services.registry import Services
from proxydesk.storage.database import CaseFile
from proxydesk.ui.app import AppController, Prompts, create_main_window, open_demo
from proxydesk.ui.files.welcome import WelcomeDialog
from proxydesk.ui.formatting import TimeFormat
from proxydesk.ui.language import (
    NATIVE_NAMES,
    Language,
    LanguageMenu,
    formatting_locale,
    install_translations,
    saved_choice,
    system_language,
)
from proxydesk.ui.main_window import MainWindow
from tests.ui.writes import written

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
#: rows of each list or table whose cells are read (the demo's timeline is long)
ROWS_READ = 40
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%n")

Install = Callable[[Language], Language]


def _no_accelerator(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _pattern(english: str) -> str:
    """A regex for the text a source string shows: placeholders filled, accelerators gone."""
    parts = PLACEHOLDER.split(_no_accelerator(english))
    holes = PLACEHOLDER.findall(english)
    out = re.escape(parts[0])
    for hole, part in zip(holes, parts[1:], strict=True):
        out += (r"\d+" if hole == "%n" else r".+") + re.escape(part)
    return out


@cache
def english_texts() -> tuple[re.Pattern[str], ...]:
    """Every English UI text whose German differs (shown as is, it would be untranslated)."""
    plurals: dict[str, list[str]] = {}
    for message in ET.parse(TRANSLATIONS / "proxydesk_en.ts").iter("message"):
        forms = [f.text or "" for f in message.iter("numerusform")]
        plurals[message.findtext("source") or ""] = forms
    found: set[str] = set()
    for message in ET.parse(TRANSLATIONS / "proxydesk_de.ts").iter("message"):
        source = message.findtext("source") or ""
        german = [f.text or "" for f in message.iter("numerusform")] or [
            message.findtext("translation") or ""
        ]
        if source in german:
            continue  # "ProxyDesk", "Fax", "TLS": the same in both languages
        # a text with no letters of its own ("{start} – {end}") cannot be told apart
        if not re.search(r"[A-Za-z]{2,}", PLACEHOLDER.sub("", source)):
            continue
        for english in [source, *plurals.get(source, [])]:
            found.add(_pattern(english))
    return tuple(re.compile(p, re.DOTALL) for p in sorted(found))


def untranslated(texts: set[str]) -> list[str]:
    # the Language menu names each language in itself: "English" stays English
    shown = {_no_accelerator(text).strip() for text in texts} - set(NATIVE_NAMES.values())
    return sorted(text for text in shown if any(p.fullmatch(text) for p in english_texts()))


def _cells(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = model.columnCount() if orientation == Qt.Orientation.Horizontal else 0
        for section in range(count):
            for role in roles:
                yield str(model.headerData(section, orientation, role) or "")
    parents = [QModelIndex()]
    while parents:
        parent = parents.pop()
        for row in range(min(model.rowCount(parent), ROWS_READ)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                for role in roles:
                    yield str(index.data(role) or "")
            first = model.index(row, 0, parent)
            if model.rowCount(first) > 0:
                parents.append(first)


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield from (action.text(), action.toolTip(), action.statusTip())
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from _menu_texts(submenu)


def shown_texts(window: QWidget) -> set[str]:
    """Every text the window shows or offers: widgets, menus, actions, headers, tooltips."""
    texts = {window.windowTitle()}
    if isinstance(window, QMainWindow):
        texts.add(window.statusBar().currentMessage())
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            if isinstance(menu, QMenu):
                texts.update(_menu_texts(menu))
    for action in window.findChildren(QAction):
        texts.update((action.text(), action.toolTip(), action.statusTip()))
    widgets: list[QWidget] = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if not (widget is window or widget.isVisibleTo(window)):
            continue
        texts.update((widget.toolTip(), widget.accessibleName(), widget.whatsThis()))
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QLineEdit):
            texts.update((widget.text(), widget.placeholderText()))
        if isinstance(widget, QPlainTextEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QDockWidget):
            texts.add(widget.windowTitle())
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabBar):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView):
            texts.update(_cells(widget))
    return {t for t in texts if t and t.strip()}


@pytest.fixture
def in_language(qapp: QApplication) -> Iterator[Install]:
    """Installs a language for the test; English (as the other tests expect) afterwards."""
    before = QLocale()

    def install(language: Language) -> Language:
        return install_translations(qapp, language)

    yield install
    install_translations(qapp, Language.ENGLISH)
    QLocale.setDefault(before)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[CaseFile]:
    with open_demo(tmp_path) as case_file:
        yield case_file


def _window(qtbot: QtBot, case_file: CaseFile) -> MainWindow:
    window = create_main_window(Services.for_file(case_file))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # the first call with a promise: the entry pane shows its fields and the promise
    model = window.timeline_model
    rows = [r for r in range(model.rowCount()) if model.entry(r).promises]
    window.select_entry(rows[0] if rows else 0)
    return window


def test_the_english_texts_are_found_so_the_check_can_fail(
    qtbot: QtBot, demo: CaseFile, in_language: Install
) -> None:
    in_language(Language.ENGLISH)
    window = _window(qtbot, demo)
    found = untranslated(shown_texts(window))
    # the menus, the headers, the case header's captions: dozens of English texts
    assert {"File", "Relatives and cases", "The story so far", "When"} <= set(found)
    assert len(found) > 40


def test_a_german_main_window_shows_no_english_text(
    qtbot: QtBot, demo: CaseFile, in_language: Install
) -> None:
    assert in_language(Language.GERMAN) is Language.GERMAN
    window = _window(qtbot, demo)
    texts = shown_texts(window)
    assert untranslated(texts) == []
    assert {"Datei", "Angehörige und Fälle", "Was bisher geschah"} <= texts


def test_the_first_start_guide_and_the_call_logger_are_german(
    qtbot: QtBot, demo: CaseFile, in_language: Install
) -> None:
    in_language(Language.GERMAN)
    guide = WelcomeDialog()
    qtbot.addWidget(guide)
    guide.show()
    texts = shown_texts(guide)
    assert untranslated(texts) == [] and "Willkommen bei ProxyDesk" in texts

    window = _window(qtbot, demo)
    window.features.call_logger.start_call()
    written(qtbot)
    logger = window.features.call_logger.logger
    assert logger is not None
    qtbot.waitExposed(logger)
    texts = shown_texts(logger)
    assert untranslated(texts) == [] and "Notizen" in texts
    logger.close()


def test_german_comes_with_qts_own_texts_and_german_dates(
    qtbot: QtBot, demo: CaseFile, in_language: Install
) -> None:
    in_language(Language.GERMAN)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert TimeFormat().when(datetime(2012, 3, 5, 10, 14)) == "05.03.12 10:14"
    # a date typed into a field keeps its whole year
    assert TimeFormat().editable_when == "dd.MM.yyyy HH:mm"
    assert TimeFormat(QLocale.c()).editable_when == "yyyy-MM-dd HH:mm"


def test_english_under_another_locale_writes_iso_dates() -> None:
    c_locale = formatting_locale(Language.ENGLISH, QLocale("fr_FR"))
    assert TimeFormat(c_locale).day(datetime(2012, 3, 5)) == "2012-03-05"
    assert formatting_locale(Language.ENGLISH, QLocale("en_GB")).name() == "en_GB"
    assert formatting_locale(Language.GERMAN, QLocale("de_AT")).name() == "de_AT"
    assert formatting_locale(Language.GERMAN, QLocale("fr_FR")).name() == "de_DE"


def test_german_is_chosen_for_a_german_system() -> None:
    assert system_language(QLocale("de_DE")) is Language.GERMAN
    assert system_language(QLocale("de_CH")) is Language.GERMAN
    assert system_language(QLocale("en_US")) is Language.ENGLISH
    assert system_language(QLocale("fr_FR")) is Language.ENGLISH
    assert system_language(QLocale.c()) is Language.ENGLISH


def test_the_language_menu_switches_to_german_and_back(
    qtbot: QtBot, demo: CaseFile, in_language: Install, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    windows: list[MainWindow] = []

    menus: list[LanguageMenu] = []

    def rebuild(choice: Language) -> None:
        in_language(choice)
        windows.append(_window(qtbot, demo))
        menus.append(LanguageMenu(rebuild, settings=settings, parent=windows[-1]))
        windows[-1].menuBar().addMenu(menus[-1])

    in_language(Language.ENGLISH)
    rebuild(Language.ENGLISH)
    titles = [a.text() for a in windows[-1].menuBar().actions()]
    assert "&File" in titles and "&Language" in titles

    menus[-1].choices[Language.GERMAN].trigger()
    assert saved_choice(settings) is Language.GERMAN
    titles = [a.text() for a in windows[-1].menuBar().actions()]
    assert "&Datei" in titles and "&Sprache" in titles
    assert untranslated(shown_texts(windows[-1])) == []

    assert len(windows) == 2 and menus[-1].choices[Language.GERMAN].isChecked()
    menus[-1].choices[Language.ENGLISH].trigger()
    assert saved_choice(settings) is Language.ENGLISH
    assert "&File" in [a.text() for a in windows[-1].menuBar().actions()]


def _language_menu(window: MainWindow) -> LanguageMenu:
    menu = window.findChild(LanguageMenu)
    assert isinstance(menu, LanguageMenu)
    return menu


def _menu_titles(window: MainWindow | None) -> list[str]:
    assert window is not None
    return [action.text() for action in window.menuBar().actions()]


def test_settings_language_builds_the_apps_window_again_in_german_and_back(
    qtbot: QtBot, in_language: Install
) -> None:
    in_language(Language.ENGLISH)
    controller = AppController(Prompts())
    try:
        assert controller.open_demo()
        english = controller.window
        assert english is not None
        case_id = english.current_case_id
        titles = _menu_titles(english)
        # Settings comes just before Help
        assert titles[-2:] == ["&Settings", "&Help"]
        _language_menu(english).choices[Language.GERMAN].trigger()
        german = controller.window
        assert german is not None and german is not english
        assert _menu_titles(german)[-2:] == ["E&instellungen", "&Hilfe"]
        assert german.current_case_id == case_id
        assert untranslated(shown_texts(german)) == []
        assert saved_choice() is Language.GERMAN

        _language_menu(german).choices[Language.ENGLISH].trigger()
        assert "&File" in _menu_titles(controller.window)
        assert saved_choice() is Language.ENGLISH
    finally:
        controller.close()


def _subclassed(cls: type) -> Iterator[type]:
    sub: type
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclassed(sub)


def test_no_text_with_a_count_sits_in_a_class_that_is_subclassed() -> None:
    """PySide looks a %n text up under the object's own class first and stops there."""
    for module in pkgutil.walk_packages(proxydesk.ui.__path__, "proxydesk.ui."):
        importlib.import_module(module.name)
    ours = {c.__name__: c for c in _subclassed(QObject) if c.__module__.startswith("proxydesk")}
    counted = {
        context.findtext("name") or ""
        for context in ET.parse(TRANSLATIONS / "proxydesk_en.ts").iter("context")
    }
    assert counted and counted <= set(ours)
    subclassed = {name: list(_subclassed(ours[name])) for name in counted}
    assert {name: subs for name, subs in subclassed.items() if subs} == {}


def test_every_ui_string_has_a_german_translation_and_the_qm_is_compiled(
    tmp_path: Path,
) -> None:
    bin_dir = Path(sys.executable).parent
    sources = sorted(str(p) for p in (TRANSLATIONS.parents[1] / "proxydesk" / "ui").rglob("*.py"))
    for lang in ("de", "en"):
        ts = tmp_path / f"proxydesk_{lang}.ts"
        ts.write_bytes((TRANSLATIONS / ts.name).read_bytes())
        extra = ["-pluralonly"] if lang == "en" else []
        lupdate = [str(bin_dir / "pyside6-lupdate"), "-silent", "-no-obsolete", *extra]
        subprocess.run([*lupdate, *sources, "-ts", str(ts)], check=True)
        unfinished = [
            m.findtext("source")
            for m in ET.parse(ts).iter("message")
            if m.findall("translation[@type='unfinished']")
        ]
        assert unfinished == [], f"not translated in {ts.name}; run scripts/translations.sh"
        qm = tmp_path / f"proxydesk_{lang}.qm"
        lrelease = [str(bin_dir / "pyside6-lrelease"), "-silent"]
        subprocess.run([*lrelease, str(TRANSLATIONS / ts.name), "-qm", str(qm)], check=True)
        assert qm.read_bytes() == (TRANSLATIONS / qm.name).read_bytes(), f"{qm.name} is stale"


SHOW_AND_QUIT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from proxydesk.launcher import main
    from proxydesk.ui.app import application
    from proxydesk.ui.main_window import MainWindow

    app = application()

    def look():
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()]
        if not shown:
            QTimer.singleShot(50, look)
            return
        window = shown[0]
        print("TITLE", window.windowTitle(), flush=True)
        for action in window.menuBar().actions():
            print("MENU", action.text(), flush=True)
        window.close()
        app.quit()

    QTimer.singleShot(0, look)
    sys.exit(main(["--demo"]))
    """
)


def test_proxydesk_demo_under_a_german_locale_is_german(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG="de_DE.UTF-8", QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", SHOW_AND_QUIT],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    menus = [line[5:] for line in done.stdout.splitlines() if line.startswith("MENU ")]
    assert "&Datei" in menus and "&Zusagen" in menus, done.stdout
    assert untranslated(set(menus)) == []


def test_a_german_case_form_writes_and_reads_numbers_with_german_keywords(
    in_language: Install, qtbot: QtBot, tmp_path: Path
) -> None:
    from proxydesk.ui.editing.case_dialog import CaseDialog

    in_language(Language.GERMAN)
    with open_demo(tmp_path, language="de") as case_file:
        services = Services.for_file(case_file)
        case_id = services.cases.cases()[0].id
        record = services.cases.case_record(case_id)
        dialog = CaseDialog(
            record,
            relatives=services.directory.relatives(),
            organizations=services.directory.organizations(),
        )
        qtbot.addWidget(dialog)
        shown = dialog.references.toPlainText().splitlines()
        assert "Auftrag: A-2012-0305-48817" in shown
        assert not any(line.startswith(("order:", "ticket:")) for line in shown)
        dialog.references.setPlainText("Vorgang: 4711\nAuftrag: B-9\norder: C-1\n12345")
        assert dialog.problem() is None
        assert dialog.values().references == ["ticket: 4711", "order: B-9", "order: C-1", "12345"]
