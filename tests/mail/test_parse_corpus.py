"""Real-world broken mails (shared/corpus): each one imports or is quarantined with a reason."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from proxydesk.mail.parse import ParsedMessage, UnparseableMessage, parse_message

CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus"
FILES = sorted(CORPUS.rglob("*.eml")) if CORPUS.is_dir() else []
SERVER_TIME = datetime(2012, 3, 20, 9, 15, tzinfo=UTC)


def _name(path: Path) -> str:
    return str(path.relative_to(CORPUS)) if path.is_relative_to(CORPUS) else path.name


def _import(raw: bytes) -> ParsedMessage | str:
    """The parsed mail, or the quarantine reason; any other exception fails the test."""
    try:
        return parse_message(raw, internaldate=SERVER_TIME)
    except UnparseableMessage as exc:
        assert exc.reason.strip(), "a quarantined mail needs a reason"
        return exc.reason


def test_the_corpus_is_there() -> None:
    assert CORPUS.is_dir(), f"corpus missing: {CORPUS}"
    assert len(FILES) >= 100


# A missing corpus must fail, not skip: parametrize over a placeholder then.
@pytest.mark.parametrize("path", FILES or [CORPUS / "missing.eml"], ids=_name)
def test_corpus_mail_imports_or_is_quarantined(path: Path) -> None:
    result = _import(path.read_bytes())
    if isinstance(result, ParsedMessage):
        assert result.date.tzinfo is not None
        assert all(a.filename and a.filename not in (".", "..") for a in result.attachments)
        assert all("/" not in a.filename and "\\" not in a.filename for a in result.attachments)
        if result.html is not None:
            assert "<script" not in result.html.lower()


def test_corpus_summary() -> None:
    """Print what a sync of the corpus would do (run pytest with -s to see it)."""
    assert FILES, f"corpus missing: {CORPUS}"
    parsed: list[str] = []
    quarantined: list[tuple[str, str]] = []
    repaired = 0
    for path in FILES:
        result = _import(path.read_bytes())
        if isinstance(result, str):
            quarantined.append((_name(path), result))
        else:
            parsed.append(_name(path))
            repaired += bool(result.repaired)
    print(
        f"\ncorpus: {len(parsed)} parsed ({repaired} with repairs), {len(quarantined)} quarantined"
    )
    for name, reason in quarantined:
        print(f"  quarantined {name}: {reason}")
    assert len(parsed) + len(quarantined) == len(FILES)


def test_damaged_corpus_mails_never_crash() -> None:
    """Truncated and bit-flipped versions of every corpus mail: parsed or quarantined."""
    assert FILES, f"corpus missing: {CORPUS}"
    rng = random.Random(20120320)
    for path in FILES:
        raw = path.read_bytes()
        variants = [raw[: rng.randrange(len(raw) + 1)] for _ in range(3)]
        for _ in range(3):
            damaged = bytearray(raw)
            for _ in range(1 + len(raw) // 200):
                damaged[rng.randrange(len(raw))] = rng.randrange(256)
            variants.append(bytes(damaged))
        for variant in variants:
            _import(variant)


def test_corpus_speed() -> None:
    """Parse every corpus mail 20 times; report messages per second."""
    assert FILES, f"corpus missing: {CORPUS}"
    raws = [path.read_bytes() for path in FILES]
    start = time.perf_counter()
    for _ in range(20):
        for raw in raws:
            _import(raw)
    elapsed = time.perf_counter() - start
    rate = 20 * len(raws) / elapsed
    print(f"\ncorpus speed: {20 * len(raws)} mails in {elapsed:.2f} s = {rate:.0f} mails/s")
    assert rate > 100  # a floor against accidental quadratic work, not a benchmark
