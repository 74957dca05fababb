"""The words on the paper, in German and English, and how each language writes dates."""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date, datetime
from typing import Literal

from proxydesk.errors import InvalidInput
from proxydesk.forms import texts_de, texts_en

Language = Literal["de", "en"]
Paper = Literal["a4", "letter"]

LANGUAGES: tuple[Language, ...] = ("de", "en")
PAPERS: tuple[Paper, ...] = ("a4", "letter")

_CATALOGUES: dict[Language, Mapping[str, str]] = {"de": texts_de.TEXTS, "en": texts_en.TEXTS}
_MONTHS: dict[Language, tuple[str, ...]] = {"de": texts_de.MONTHS, "en": texts_en.MONTHS}
_WEEKDAYS: dict[Language, tuple[str, ...]] = {"de": texts_de.WEEKDAYS, "en": texts_en.WEEKDAYS}


def _locale(environ: Mapping[str, str]) -> str:
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(key, "")
        if value:
            return value
    return ""


def default_language(environ: Mapping[str, str] | None = None) -> Language:
    """German when the locale says so (LC_ALL, LC_MESSAGES or LANG starting with "de")."""
    locale = _locale(os.environ if environ is None else environ)
    return "de" if locale.lower().startswith("de") else "en"


def default_paper(environ: Mapping[str, str] | None = None) -> Paper:
    """US Letter for the US and Canada locales, A4 everywhere else."""
    locale = _locale(os.environ if environ is None else environ).split(".")[0].lower()
    return "letter" if locale in ("en_us", "en_ca", "es_us", "fr_ca") else "a4"


def language(value: str) -> Language:
    cleaned = value.strip().lower()[:2]
    if cleaned not in LANGUAGES:
        raise InvalidInput(f"unknown language '{value}'; choose one of: de, en")
    return cleaned


def paper(value: str) -> Paper:
    cleaned = value.strip().lower()
    if cleaned not in PAPERS:
        raise InvalidInput(f"unknown paper size '{value}'; choose one of: a4, letter")
    return cleaned


def t(lang: Language, key: str, **values: object) -> str:
    """The text for a key; values fill its {placeholders} (values are never re-parsed)."""
    template = _CATALOGUES[lang][key]
    return template.format(**values) if values else template


def has(lang: Language, key: str) -> bool:
    return key in _CATALOGUES[lang]


def label(lang: Language, group: str, value: str | None) -> str:
    """A stored value (an event kind, a status ...) in words; unknown values as they are."""
    if value is None:
        return ""
    key = f"{group}.{value}"
    return t(lang, key) if has(lang, key) else value.replace("_", " ")


def day_text(lang: Language, value: date) -> str:
    """16.03.2012 / 16 Mar 2012."""
    if lang == "de":
        return value.strftime("%d.%m.%Y")
    return f"{value.day} {_MONTHS['en'][value.month - 1][:3]} {value.year}"


def long_day_text(lang: Language, value: date, weekday: bool = False) -> str:
    """16. März 2012 / 16 March 2012, optionally with the weekday in front."""
    month = _MONTHS[lang][value.month - 1]
    text = (
        f"{value.day}. {month} {value.year}"
        if lang == "de"
        else f"{value.day} {month} {value.year}"
    )
    if weekday:
        text = f"{_WEEKDAYS[lang][value.weekday()]}, {text}"
    return text


def time_text(value: datetime) -> str:
    return value.strftime("%H:%M")


def moment_text(lang: Language, value: datetime | None) -> str:
    """16.03.2012, 15:20 / 16 Mar 2012, 15:20; an empty string for no time."""
    if value is None:
        return ""
    return f"{day_text(lang, value.date())}, {time_text(value)}"


def duration_text(lang: Language, seconds: int | None) -> str:
    """1 h 05 min / 45 min / under a minute."""
    if seconds is None:
        return ""
    minutes = round(seconds / 60)
    if seconds > 0 and minutes == 0:
        return t(lang, "duration.under_minute")
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest:02d} min" if hours else f"{rest} min"


def size_text(lang: Language, size: int) -> str:
    """A file size the way people read it: 830 B, 12 KB, 3.4 MB (3,4 MB in German)."""
    if size < 1024:
        text = f"{size} B"
    elif size < 1024 * 1024:
        text = f"{round(size / 1024)} KB"
    else:
        text = f"{size / 1024 / 1024:.1f} MB"
    return text.replace(".", ",") if lang == "de" else text


def count_text(lang: Language, n: int, key: str) -> str:
    """ "1 page" / "3 pages": the key names the pair "<key>.one" and "<key>.many"."""
    return t(lang, f"{key}.one" if n == 1 else f"{key}.many", n=n)
