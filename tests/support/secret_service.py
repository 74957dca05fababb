"""The real Secret Service (gnome-keyring over D-Bus) as the keyring backend for a test."""

from __future__ import annotations

import secrets
from typing import Any

from keyring.backend import KeyringBackend
from keyring.backends import SecretService, chainer

HOW_TO_RUN = (
    "Secret Service keyring not available (keyring.get_keyring() is {backend}); run the tests "
    "inside a D-Bus session with gnome-keyring unlocked, as scripts/test.sh does: "
    "dbus-run-session -- sh -c 'printf secret | gnome-keyring-daemon --unlock "
    "--components=secrets >/dev/null; exec pytest ...'"
)


class RecordingSecretService(SecretService.Keyring):
    """The SecretService backend, remembering what it stored so a test can clean up."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.recorded: set[tuple[str, str]] = set()
        # A service name no other run uses, for tests that need one.
        self.service = f"proxydesk-test-{secrets.token_hex(4)}"

    def set_password(self, service: str, username: str, password: str) -> None:
        self.recorded.add((service, username))
        super().set_password(service, username, password)

    def remove_recorded(self) -> None:
        """Delete every entry stored through this backend that is still there."""
        for service, username in sorted(self.recorded):
            if super().get_password(service, username) is not None:
                super().delete_password(service, username)
        self.recorded.clear()


def find_secret_service(backend: KeyringBackend) -> SecretService.Keyring | None:
    """The SecretService backend `backend` is or chains to, if any."""
    if isinstance(backend, SecretService.Keyring):
        return backend
    if isinstance(backend, chainer.ChainerBackend):
        for chained in backend.backends:
            if isinstance(chained, SecretService.Keyring):
                return chained
    return None
