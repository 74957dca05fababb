"""Passwords really reach the Secret Service (gnome-keyring over D-Bus) and leave it again."""

from __future__ import annotations

import keyring
import pytest
import secretstorage
from keyring.errors import PasswordDeleteError

from tests.support.secret_service import RecordingSecretService

pytestmark = pytest.mark.integration


def stored_secrets(service: str, username: str) -> list[bytes]:
    """What the Secret Service itself holds, asked over D-Bus without the keyring library."""
    connection = secretstorage.dbus_init()
    try:
        items = secretstorage.search_items(connection, {"service": service, "username": username})
        return [item.get_secret() for item in items]
    finally:
        connection.close()


def test_set_get_delete_through_the_real_secret_service(
    secret_service_keyring: RecordingSecretService,
) -> None:
    service = secret_service_keyring.service
    assert keyring.get_keyring() is secret_service_keyring

    keyring.set_password(service, "gerda@example.org", "Rentenkasse-2012!")

    assert keyring.get_password(service, "gerda@example.org") == "Rentenkasse-2012!"
    assert stored_secrets(service, "gerda@example.org") == [b"Rentenkasse-2012!"]

    keyring.set_password(service, "gerda@example.org", "neues Passwort")
    assert keyring.get_password(service, "gerda@example.org") == "neues Passwort"
    assert stored_secrets(service, "gerda@example.org") == [b"neues Passwort"]

    keyring.delete_password(service, "gerda@example.org")
    assert keyring.get_password(service, "gerda@example.org") is None
    assert stored_secrets(service, "gerda@example.org") == []
    with pytest.raises(PasswordDeleteError):
        keyring.delete_password(service, "gerda@example.org")


def test_entries_left_behind_are_removed_by_the_fixture(
    secret_service_keyring: RecordingSecretService,
) -> None:
    service = secret_service_keyring.service
    keyring.set_password(service, "left@example.org", "x")
    secret_service_keyring.remove_recorded()
    assert stored_secrets(service, "left@example.org") == []
