"""Escaping user text, the word catalogues, dates and fax numbers: no PDF needed."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from proxydesk.domain import (
    CallOutcome,
    CaseStatus,
    Channel,
    EventKind,
    PoaAct,
    PoaStatus,
    PromiseKind,
    PromiseStatus,
    ReferenceKind,
)
from proxydesk.errors import InvalidInput
from proxydesk.forms import fonts, texts_de, texts_en
from proxydesk.forms.markup import excerpt, fit, line, para, plain
from proxydesk.forms.phones import fax_number, home_region, phone_display
from proxydesk.forms.texts import (
    Language,
    default_language,
    default_paper,
    duration_text,
    label,
    long_day_text,
    moment_text,
    size_text,
    t,
)


def test_markup_in_user_text_comes_out_literally() -> None:
    hostile = '<font size=90>big</font> <a href="javascript:x">x</a> &amp; < >'
    assert para(hostile) == (
        '&lt;font size=90&gt;big&lt;/font&gt; &lt;a href="javascript:x"&gt;x&lt;/a&gt; '
        "&amp;amp; &lt; &gt;"
    )
    assert "<" not in line("a\n<b>\nc") and line("a\n<b>\nc") == "a &lt;b&gt; c"


def test_lines_are_kept_and_control_characters_dropped() -> None:
    assert para("one\r\ntwo\rthree\n\nfour") == "one<br/>two<br/>three<br/><br/>four"
    assert plain("bell\x07 null\x00 esc\x1b tab\tend") == "bell null esc tab    end"
    assert plain("lone \ud800 surrogate") == "lone \ufffd surrogate"
    assert plain("Vo\u0308it") == "Vöit"  # composed, so a search finds it


def test_overlong_text_is_cut_with_a_note() -> None:
    text = "word " * 10
    assert para(text, limit=12, more="[more]") == "word word wo … [more]"
    start, left = excerpt("alpha beta gamma delta", 12)
    assert start == "alpha beta" and left == 12


def test_fit_cuts_to_the_width_with_an_ellipsis() -> None:
    fonts.register_fonts()
    short = fit("Gerda Voß", fonts.REGULAR, 8, 500)
    assert short == "Gerda Voß"
    cut = fit("x" * 500, fonts.REGULAR, 8, 100)
    assert cut.endswith("…") and len(cut) < 40


def test_both_catalogues_say_the_same_things() -> None:
    assert set(texts_de.TEXTS) == set(texts_en.TEXTS)
    for catalogue in (texts_de.TEXTS, texts_en.TEXTS):
        assert all(value.strip() for value in catalogue.values())


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_stored_value_has_words(lang: Language) -> None:
    groups = {
        "kind": [*EventKind, *PromiseKind],
        "kinds": list(PromiseKind),
        "status": list(PromiseStatus),
        "channel": list(Channel),
        "outcome": list(CallOutcome),
        "case_status": list(CaseStatus),
        "poa_status": list(PoaStatus),
        "act": list(PoaAct),
        "reference": list(ReferenceKind),
    }
    catalogue = texts_de.TEXTS if lang == "de" else texts_en.TEXTS
    for group, values in groups.items():
        for value in values:
            assert f"{group}.{value.value}" in catalogue, (group, value)
            assert label(lang, group, value.value) == catalogue[f"{group}.{value.value}"]


def test_language_and_paper_follow_the_locale() -> None:
    assert default_language({"LANG": "de_DE.UTF-8"}) == "de"
    assert default_language({"LANG": "de_AT.UTF-8", "LC_ALL": "en_GB.UTF-8"}) == "en"
    assert default_language({}) == "en"
    assert default_paper({"LANG": "en_US.UTF-8"}) == "letter"
    assert default_paper({"LANG": "de_DE.UTF-8"}) == "a4"
    assert default_paper({"LC_ALL": "en_GB.UTF-8"}) == "a4"


def test_dates_times_and_sizes_as_each_language_writes_them() -> None:
    day = date(2012, 3, 16)
    assert long_day_text("de", day) == "16. März 2012"
    assert long_day_text("en", day, weekday=True) == "Friday, 16 March 2012"
    assert moment_text("de", datetime(2012, 3, 16, 15, 20)) == "16.03.2012, 15:20"
    assert moment_text("en", datetime(2012, 3, 16, 15, 20)) == "16 Mar 2012, 15:20"
    assert duration_text("en", 3900) == "1 h 05 min"
    assert duration_text("de", 20) == "unter 1 min"
    assert size_text("de", 3 * 1024 * 1024 + 400_000) == "3,4 MB"
    assert t("en", "page_of", page=2, pages=5) == "Page 2 of 5"
    assert t("de", "page_of", page=2, pages=5) == "Seite 2 von 5"


def test_fax_numbers_are_checked_and_written_as_the_country_does() -> None:
    assert fax_number("+49 800 555 0109").display == "0800 5550109"
    assert fax_number("0800/555 0109").e164 == "+498005550109"
    assert fax_number("+44 20 7946 0958").display == "+44 20 7946 0958"
    assert fax_number("(212) 555-0100", "US").display == "(212) 555-0100"
    assert fax_number("+49 800 5550109", "US").display == "+49 800 5550109"
    for bad in ("12", "fax me", "+49 1", ""):
        with pytest.raises(InvalidInput):
            fax_number(bad)


def test_the_senders_country_comes_from_their_own_numbers() -> None:
    assert home_region("+49 171 555 0199") == "DE"
    assert home_region("", "+1 212 555 0100") == "US"
    assert home_region("0171 5550199") == "DE"  # no country code: the default
    assert phone_display("+49 171 555 0199") == "0171 5550199"
    assert phone_display("not a number") == "not a number"
