"""What makes a mail relevant: the organizations' addresses and the cases' numbers.

Apart from the file (filing.py reads it from there), so the header process can check mail
against it without loading the database layer.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from proxydesk.mail.headers import Headers


@dataclass
class Relevance:
    """What makes a mail relevant: the organizations' addresses and the cases' numbers."""

    addresses: dict[str, int] = field(default_factory=dict)  # address -> organization
    domains: dict[str, int] = field(default_factory=dict)  # mail domain -> organization
    numbers: dict[str, list[int]] = field(default_factory=dict)  # number -> cases
    organization_case: dict[int, int] = field(default_factory=dict)  # organization -> case

    @property
    def empty(self) -> bool:
        return not (self.addresses or self.domains or self.numbers)

    def digest(self) -> str:
        terms = sorted(self.addresses) + sorted(self.domains) + sorted(self.numbers)
        return hashlib.sha256(json.dumps(terms).encode()).hexdigest()

    def imap_criteria(self) -> list[Any]:
        """One server-side SEARCH key: an OR tree over every address, domain and number.

        Flat and in UTF-8 bytes (search with charset UTF-8): imapclient neither passes the
        charset into nested criteria nor sends a literal inside parentheses correctly.
        """
        keys: list[Any] = []
        for term in [*sorted(self.addresses), *sorted(self.domains)]:
            encoded = term.encode()
            keys += [["FROM", encoded], ["TO", encoded], ["CC", encoded]]
        keys += [["TEXT", number.encode()] for number in sorted(self.numbers)]
        if not keys:
            return []
        while len(keys) > 1:  # a balanced tree keeps the nesting shallow
            paired = [["OR", *keys[i], *keys[i + 1]] for i in range(0, len(keys) - 1, 2)]
            keys = paired + ([keys[-1]] if len(keys) % 2 else [])
        # prefix notation needs no parentheses: OR OR FROM a TO a TEXT n
        return list(keys[0])

    def organization_of(self, addresses: list[str]) -> int | None:
        for address in addresses:
            if address in self.addresses:
                return self.addresses[address]
            domain = address.rpartition("@")[2]
            while domain:
                if domain in self.domains:
                    return self.domains[domain]
                domain = domain.partition(".")[2]
        return None

    def cases_by_number(self, text: str) -> list[int]:
        return [case for number, cases in self.numbers.items() if number in text for case in cases]

    def matches_raw(self, headers: Headers, raw: bytes) -> bool:
        """A local check for import-all: the same terms the server-side SEARCH uses."""
        if self.organization_of(headers.addresses) is not None:
            return True
        return any(number.encode() in raw for number in self.numbers)
