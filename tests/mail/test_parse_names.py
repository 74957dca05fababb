"""Attachment file names: never a path, never empty, safe on Windows, macOS and Linux."""

from __future__ import annotations

import pytest

from proxydesk.mail.filenames import MAX_NAME_CHARS, safe_filename


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\Windows\\system.ini", "system.ini"),
        ("C:\\Windows\\evil.exe", "evil.exe"),
        ("C:evil.exe", "evil.exe"),
        ("/etc/shadow", "shadow"),
        ("CON.txt", "_CON.txt"),
        ("con", "_con"),
        ("LPT1.pdf", "_LPT1.pdf"),
        ("nul.tar.gz", "_nul.tar.gz"),
        ("CONSOLE.txt", "CONSOLE.txt"),
        ("..", "fallback.bin"),
        (".", "fallback.bin"),
        ("", "fallback.bin"),
        ("   ", "fallback.bin"),
        ("...", "fallback.bin"),
        ("folder/", "fallback.bin"),
        (".bashrc", "bashrc"),
        ("report.pdf.", "report.pdf"),
        ("a\x00b\x07c.txt", "a_b_c.txt"),
        ("what?<>|*.txt", "what_____.txt"),
        ("file.txt:stream", "file.txt_stream"),
        ("invoice\u202egpj.exe", "invoicegpj.exe"),
        ("Vollmacht   Gerda\tVoß.pdf", "Vollmacht Gerda Voß.pdf"),
        ("=?UTF-8?B?S8O8bmRpZ3VuZy5wZGY=?=", "Kündigung.pdf"),
    ],
)
def test_safe_filename(name: str, expected: str) -> None:
    assert safe_filename(name, "fallback.bin") == expected


def test_long_names_keep_their_extension() -> None:
    name = safe_filename("x" * 400 + ".pdf", "f.bin")
    assert len(name) == MAX_NAME_CHARS and name.endswith(".pdf")
    wide = safe_filename("ü" * 149 + "€" * 100 + ".docx", "f.bin")
    assert wide.endswith(".docx") and len(wide.encode()) <= 240


def test_a_bad_fallback_is_made_safe_too() -> None:
    assert safe_filename("..", "../x.bin") == "x.bin"
    assert safe_filename("", "") == "attachment.bin"
