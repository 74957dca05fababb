"""Fixtures for the real parts: a Dovecot server, a cutting proxy, the Secret Service keyring.

Loaded from tests/conftest.py. A test that uses any of them is marked `integration` here, so
under PROXYDESK_REQUIRE_INTEGRATION=1 it fails rather than skips when the part is missing.
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.errors import KeyringError

from tests.support.cutting_proxy import CuttingProxy
from tests.support.dovecot import DOVECOT_MISSING, DovecotServer, ImapUser, find_dovecot
from tests.support.secret_service import (
    HOW_TO_RUN,
    RecordingSecretService,
    find_secret_service,
)

INTEGRATION_FIXTURES = frozenset(
    {"dovecot", "imap_user", "cutting_proxy", "secret_service_keyring"}
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if INTEGRATION_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """One real Dovecot for the whole session; use `imap_user` for a mailbox of your own."""
    if find_dovecot() is None:
        pytest.skip(DOVECOT_MISSING)
    with DovecotServer() as server:
        yield server


@pytest.fixture
def imap_user(dovecot: DovecotServer) -> ImapUser:
    """A new account with an empty mailbox, on a running server."""
    if not dovecot.running:
        dovecot.start()  # an earlier test stopped it
    return dovecot.add_user()


@pytest.fixture
def cutting_proxy(dovecot: DovecotServer) -> Iterator[CuttingProxy]:
    """A proxy in front of Dovecot's plaintext port that can drop connections on cue."""
    if not dovecot.running:
        dovecot.start()
    with CuttingProxy(dovecot.host, dovecot.port) as proxy:
        yield proxy


@pytest.fixture
def secret_service_keyring() -> Iterator[RecordingSecretService]:
    """The real Secret Service as the keyring backend; entries stored through it are removed."""
    previous = keyring.get_keyring()
    if find_secret_service(previous) is None:
        kind = type(previous)
        pytest.skip(HOW_TO_RUN.format(backend=f"{kind.__module__}.{kind.__qualname__}"))
    backend = RecordingSecretService()
    try:
        backend.get_preferred_collection()  # a locked keyring would need a password prompt
    except KeyringError as error:
        pytest.skip(HOW_TO_RUN.format(backend=f"SecretService, but unusable: {error}"))
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        try:
            backend.remove_recorded()
        finally:
            keyring.set_keyring(previous)
