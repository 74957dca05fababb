"""Hostile shapes of mail: deep nesting, huge headers, many parts; bounded time, no crash."""

from __future__ import annotations

import time

from proxydesk.mail.parse import MAX_DEPTH, MAX_PARTS, UnparseableMessage, parse_message


def nested(levels: int) -> bytes:
    head = b""
    tail = b""
    for i in range(levels):
        head += b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
        tail = b"\r\n--b%d--\r\n" % i + tail
    return (
        b"From: a@example.org\r\nSubject: tief\r\n"
        + head
        + b"Content-Type: text/plain\r\n\r\ninnen"
        + tail
    )


def test_nesting_beyond_the_cap_is_skipped_with_a_note() -> None:
    parsed = parse_message(nested(MAX_DEPTH + 10))
    assert parsed.subject == "tief"
    assert any("nested deeper" in note for note in parsed.repaired)


def test_nesting_within_the_cap_is_read() -> None:
    assert parse_message(nested(20)).text == "innen"


def test_absurd_nesting_is_quarantined_quickly() -> None:
    start = time.perf_counter()
    try:
        parse_message(nested(3000))
    except UnparseableMessage as exc:
        assert "nested" in exc.reason
    assert time.perf_counter() - start < 10


def test_huge_headers_are_cut_not_fatal() -> None:
    raw = (
        b"From: a@example.org\r\nSubject: "
        + b"x " * 1_000_000
        + b"\r\nTo: "
        + b", ".join(b"u%d@example.org" % i for i in range(50_000))
        + b"\r\n\r\nText"
    )
    start = time.perf_counter()
    parsed = parse_message(raw)
    assert time.perf_counter() - start < 5
    assert parsed.text == "Text"
    assert len(parsed.subject) <= 64 * 1024
    # the cut may leave a truncated last address; the ones before it are whole
    assert parsed.to and all(address.endswith("@example.org") for _, address in parsed.to[:-1])
    assert any("subject header longer" in note for note in parsed.repaired)


def test_many_parts_are_capped() -> None:
    part = b"--B\r\nContent-Type: application/octet-stream\r\n\r\nxx\r\n"
    raw = (
        b"From: a@example.org\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
        + part * (MAX_PARTS + 50)
        + b"--B--\r\n"
    )
    parsed = parse_message(raw)
    assert len(parsed.attachments) < MAX_PARTS
    assert any("parts" in note for note in parsed.repaired)


def test_binary_junk_in_every_place() -> None:
    junk = bytes(range(256))
    raw = (
        b"From: "
        + junk
        + b"\r\nSubject: "
        + junk
        + b"\r\nDate: "
        + junk
        + b"\r\nContent-Type: text/plain; charset="
        + junk
        + b"\r\n\r\n"
        + junk
    )
    parsed = parse_message(raw)
    assert parsed.date.tzinfo is not None


def test_broken_base64_and_missing_boundary() -> None:
    raw = (
        b"From: a@example.org\r\nContent-Type: multipart/mixed; boundary=NOPE\r\n\r\n"
        b"Hallo ohne Grenze\r\n"
    )
    assert "Hallo ohne Grenze" in parse_message(raw).text
    raw = (
        b"From: a@example.org\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"SGFsbG8gR2VyZGE=SGFsbG8=\r\n!!! ***"
    )
    assert parse_message(raw).text == "Hallo GerdaHallo"
