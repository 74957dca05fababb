"""Decoding bytes of mail text: declared, wrong, unknown and double-encoded charsets."""

from __future__ import annotations

import pytest

from proxydesk.mail.charsets import decode_8bit_header, decode_bytes, looks_like_mojibake

GERMAN = "Sehr geehrte Frau Voß, Ihr Anschluss wird übernommen. Mit freundlichen Grüßen"


def test_correct_declarations_need_no_note() -> None:
    for charset in ("utf-8", "iso-8859-15", "windows-1252"):
        decoded = decode_bytes(
            GERMAN.encode(charset if charset != "windows-1252" else "cp1252"), charset
        )
        assert decoded.text == GERMAN and decoded.note is None


def test_plain_ascii_is_fast_and_silent() -> None:
    assert decode_bytes(b"Hello", "x-unknown").note is None
    assert decode_bytes(b"Hello", None).text == "Hello"


def test_utf8_inside_a_latin1_declaration() -> None:
    decoded = decode_bytes(GERMAN.encode(), "ISO-8859-1")
    assert decoded.text == GERMAN
    assert decoded.note == "wrong charset iso-8859-1 declared, decoded as utf-8"


@pytest.mark.parametrize("declared", ["utf-8", None, "x-unknown", "us-ascii"])
def test_latin1_without_or_against_its_declaration(declared: str | None) -> None:
    decoded = decode_bytes(GERMAN.encode("latin-1"), declared)
    assert decoded.text == GERMAN
    assert decoded.note is not None


def test_cyrillic_is_guessed() -> None:
    text = "Здравствуйте, ваш заказ принят. Техник придёт тринадцатого марта."
    assert decode_bytes(text.encode("cp1251"), "utf-8").text == text


def test_a_stray_byte_in_long_utf8_is_replaced_not_guessed() -> None:
    data = (GERMAN * 10).encode() + b"\xff" + (GERMAN * 10).encode()
    decoded = decode_bytes(data, "utf-8")
    assert decoded.text.count("\ufffd") == 1
    assert decoded.note is not None and "replaced" in decoded.note


def test_mojibake_is_detected_and_repaired() -> None:
    garbled = GERMAN.encode().decode("cp1252")
    assert looks_like_mojibake(garbled)
    assert not looks_like_mojibake(GERMAN)
    assert not looks_like_mojibake("Ça coûte 5 € — très cher «oui»")
    decoded = decode_bytes(garbled.encode(), "utf-8")
    assert decoded.text == GERMAN and decoded.note == "mojibake repaired"


def test_8bit_headers() -> None:
    assert decode_8bit_header("Grüße".encode()).text == "Grüße"
    latin = decode_8bit_header("Grüße".encode("cp1252"))
    assert latin.text == "Grüße" and latin.note is not None
    # Big5 bytes read once as latin-1 and stored as UTF-8, with the body saying big5
    double = "大家說英語".encode("big5").decode("latin-1").encode()
    assert decode_8bit_header(double, "big5").text == "大家說英語"
