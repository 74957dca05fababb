"""The UI's language: Qt's and ProxyDesk's translations, the user's choice, the Language menu.

English is the source language. ``proxydesk_en.qm`` holds only the English plural forms
("1 entry", "2 entries") and is always installed; ``proxydesk_de.qm`` and Qt's own
``qtbase_de.qm`` (standard buttons, context menus) go on top of it for German. Dates and numbers
follow the language: German uses the German locale, English the system's English locale or,
on any other, the C locale (ISO dates, see ``formatting.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from enum import StrEnum
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from proxydesk.ui.help import HELP_MENU_NAME

#: where the choice is kept in QSettings (UI state, not a case-file setting)
SETTINGS_KEY = "ui/language"
#: marks the translators installed here, so the next install replaces them
TRANSLATOR_NAME = "proxydesk-translator"
#: the languages a full translation exists for, besides English
TRANSLATED = ("de",)
SETTINGS_MENU_NAME = "settings-menu"


class Language(StrEnum):
    """What the user chose; SYSTEM follows the desktop's locale."""

    SYSTEM = "system"
    GERMAN = "de"
    ENGLISH = "en"


#: each language named in itself, as language menus do; never translated
NATIVE_NAMES = {Language.GERMAN: "Deutsch", Language.ENGLISH: "English"}


def system_language(locale: QLocale | None = None) -> Language:
    """German when the desktop's locale (LANGUAGE, LC_ALL, LANG) asks for it, else English."""
    locale = locale if locale is not None else QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code == "de":
            return Language.GERMAN
        if code == "en":
            return Language.ENGLISH
    return Language.GERMAN if locale.language() == QLocale.Language.German else Language.ENGLISH


def resolved(choice: Language, system: QLocale | None = None) -> Language:
    """The language a choice stands for: SYSTEM becomes German or English."""
    return system_language(system) if choice is Language.SYSTEM else choice


def saved_choice(settings: QSettings | None = None) -> Language:
    settings = settings if settings is not None else QSettings()
    value = settings.value(SETTINGS_KEY, Language.SYSTEM.value)
    try:
        return Language(str(value))
    except ValueError:
        return Language.SYSTEM


def save_choice(choice: Language, settings: QSettings | None = None) -> None:
    settings = settings if settings is not None else QSettings()
    settings.setValue(SETTINGS_KEY, choice.value)
    settings.sync()


def formatting_locale(language: Language, system: QLocale | None = None) -> QLocale:
    """The locale dates and numbers are written in, for a UI in ``language``."""
    system = system if system is not None else QLocale.system()
    if language is Language.GERMAN:
        if system.language() == QLocale.Language.German:
            return system  # keeps de_AT's and de_CH's own ways
        return QLocale("de_DE")
    if system.language() == QLocale.Language.English:
        return system
    return QLocale.c()


def remove_translations(app: QCoreApplication) -> None:
    """Take out the translators an earlier ``install_translations`` put in."""
    for translator in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def install_translations(
    app: QCoreApplication, choice: Language | None = None, *, system: QLocale | None = None
) -> Language:
    """Install the translations for ``choice`` (None: the saved one); returns the language.

    Replaces the translators installed before and sets the default locale, so windows made
    afterwards come up in the new language; windows already open keep their texts.
    ``system`` stands in for the desktop's locale (a screenshot in another language).
    """
    language = resolved(choice if choice is not None else saved_choice(), system)
    remove_translations(app)
    ours = resources.files("proxydesk").joinpath("resources", "translations")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    with ExitStack() as stack:
        folder = str(stack.enter_context(resources.as_file(ours)))
        # the last installed is asked first: English plurals at the bottom
        wanted = [(f"proxydesk_{Language.ENGLISH.value}", folder)]
        if language.value in TRANSLATED:
            wanted += [
                (f"qtbase_{language.value}", qt_folder),
                (f"proxydesk_{language.value}", folder),
            ]
        for name, where in wanted:
            translator = QTranslator(app)
            translator.setObjectName(TRANSLATOR_NAME)
            if translator.load(name, where):
                app.installTranslator(translator)
            else:
                translator.setParent(None)
    QLocale.setDefault(formatting_locale(language, system))
    return language


def installed_translators(app: QCoreApplication) -> list[QTranslator]:
    return app.findChildren(QTranslator, TRANSLATOR_NAME)


class LanguageMenu(QMenu):
    """View → Language: the system's language, Deutsch, English; a change is saved at once.

    ``on_change`` gets the new choice after it is saved, e.g. to install it and build the
    window again in the new language.
    """

    def __init__(
        self,
        on_change: Callable[[Language], None],
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Language"))
        self._on_change = on_change
        self._settings = settings
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.choices: dict[Language, QAction] = {}
        labels = {
            Language.SYSTEM: self.tr("&System language"),
            Language.GERMAN: NATIVE_NAMES[Language.GERMAN],
            Language.ENGLISH: NATIVE_NAMES[Language.ENGLISH],
        }
        for choice, label in labels.items():
            action = QAction(label, self)
            action.setCheckable(True)
            action.setData(choice.value)
            action.setObjectName(f"language-{choice.value}")
            self.group.addAction(action)
            self.addAction(action)
            self.choices[choice] = action
            if choice is Language.SYSTEM:
                self.addSeparator()
        self.choices[saved_choice(settings)].setChecked(True)
        self.choices[Language.SYSTEM].setToolTip(
            self.tr("Follow the desktop: German when it is set to German, else English")
        )
        self.setToolTipsVisible(True)
        self.group.triggered.connect(self._chosen)

    def _chosen(self, action: QAction) -> None:
        choice = Language(str(action.data()))
        if choice is saved_choice(self._settings):
            return
        save_choice(choice, self._settings)
        self._on_change(choice)


class SettingsMenu(QMenu):
    """Settings, before Help: for now the language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Settings"))
        self.setObjectName(SETTINGS_MENU_NAME)


def install_language_menu(
    window: QMainWindow,
    on_change: Callable[[Language], None],
    *,
    settings: QSettings | None = None,
) -> LanguageMenu:
    """Settings → Language on the window's menu bar; the Settings menu goes before Help."""
    bar = window.menuBar()
    settings_menu = bar.findChild(QMenu, SETTINGS_MENU_NAME)
    if not isinstance(settings_menu, QMenu):
        settings_menu = SettingsMenu(bar)
        help_menu = bar.findChild(QMenu, HELP_MENU_NAME)
        if isinstance(help_menu, QMenu):
            bar.insertMenu(help_menu.menuAction(), settings_menu)
        else:
            bar.addMenu(settings_menu)
    menu = LanguageMenu(on_change, settings=settings, parent=settings_menu)
    settings_menu.addMenu(menu)
    return menu
