"""Reading a plain header block directly gives what the email package's parser gives."""

from __future__ import annotations

from email.parser import BytesHeaderParser
from email.policy import compat32

import pytest

from proxydesk.mail.headers import _header_block, plain_fields
from tests.mail.letters import COMPANY, mail
from tests.mail.test_parse_corpus import FILES

PARSER = BytesHeaderParser(policy=compat32)

PLAIN_BLOCKS = [
    mail(1)[1],
    mail(2, sender=COMPANY, attachment=b"%PDF-1.4 x", receipt_to=COMPANY)[1],
    b"Subject:\r\n folded\r\n\tonce more\r\nFrom: a@b.example\r\n\r\nbody",
    b"subject: first\r\nSUBJECT: second\r\nTo: a@b.example,\r\n c@d.example\r\n\r\n",
    b"Subject: no body and no final newline",
    b"Subject:x\nTo: a@b.example\n\nunix line ends",
    b"X-Empty: \r\nSubject:   spaces before\r\n\r\n",
    b"\r\nSubject: after an empty first line: a body, no headers\r\n",
]
NEEDS_THE_PARSER = [
    b"Subject: Gr\xfc\xdfe\r\n\r\n",  # 8-bit header bytes
    b"Subject: a\rb\r\n\r\n",  # a lone CR ends a line for the parser
    b" continued first\r\nSubject: x\r\n\r\n",
    b"From someone@example Mon Jan  1 00:00:00 2024\r\nSubject: x\r\n\r\n",
    b"Subject: x\r\nthis is no header line\r\nTo: a@b.example\r\n\r\n",
    b":no name\r\nSubject: x\r\n\r\n",
    b"Subject : obsolete space before the colon\r\n\r\n",
]


def parsed(raw: bytes) -> dict[str, str]:
    message = PARSER.parsebytes(_header_block(raw))
    return {name.lower(): str(message.get(name)) for name in message}


@pytest.mark.parametrize("raw", PLAIN_BLOCKS)
def test_plain_blocks_read_as_the_parser_reads_them(raw: bytes) -> None:
    assert plain_fields(_header_block(raw)) == parsed(raw)


@pytest.mark.parametrize("raw", NEEDS_THE_PARSER)
def test_anything_unusual_is_left_to_the_parser(raw: bytes) -> None:
    assert plain_fields(_header_block(raw)) is None


def test_the_corpus_reads_the_same_either_way() -> None:
    """Every real-world mail the fast path takes, it reads exactly as the parser does."""
    taken = 0
    for path in FILES:
        raw = path.read_bytes()
        fields = plain_fields(_header_block(raw))
        if fields is not None:
            taken += 1
            assert fields == parsed(raw), path.name
    assert taken >= len(FILES) // 2
