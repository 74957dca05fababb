"""Mail passwords behind a tiny interface, kept only in the system keyring."""

from __future__ import annotations

import contextlib
from typing import Protocol

from proxydesk.mail.errors import KeyringUnavailable, PasswordMissing

SERVICE = "ProxyDesk mail"

INSTALL_HINT = (
    "no usable system keyring was found, so ProxyDesk has nowhere safe to keep the mail "
    "password; install and unlock one (on Debian/Ubuntu: 'apt install gnome-keyring' in a "
    "desktop session, or KWallet on KDE) and try again"
)


class PasswordStore(Protocol):
    def get(self, account: str, user: str) -> str: ...
    def set(self, account: str, user: str, password: str) -> None: ...
    def delete(self, account: str, user: str) -> None: ...


def _key(account: str, user: str) -> str:
    return f"{account}:{user}"


class KeyringPasswords:
    """The system keyring (Secret Service, KWallet, macOS Keychain, Windows Credential Locker)."""

    def __init__(self) -> None:
        import keyring
        from keyring.backends import chainer, fail

        backend = keyring.get_keyring()
        usable = not isinstance(backend, fail.Keyring) and not (
            isinstance(backend, chainer.ChainerBackend) and not backend.backends
        )
        if not usable or getattr(backend, "priority", 1) <= 0:
            raise KeyringUnavailable(INSTALL_HINT)
        self._keyring = keyring
        self.backend_name = f"{type(backend).__module__}.{type(backend).__name__}"

    def get(self, account: str, user: str) -> str:
        password = self._call(self._keyring.get_password, SERVICE, _key(account, user))
        if password is None:
            raise PasswordMissing(
                f"the keyring holds no password for mail account '{account}'; "
                "set it again with 'proxydesk mail-account password'"
            )
        return str(password)

    def set(self, account: str, user: str, password: str) -> None:
        self._call(self._keyring.set_password, SERVICE, _key(account, user), password)

    def delete(self, account: str, user: str) -> None:
        from keyring.errors import PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError):
            self._call(self._keyring.delete_password, SERVICE, _key(account, user))

    def _call(self, function, *args):  # type: ignore[no-untyped-def]
        from keyring.errors import KeyringError

        try:
            return function(*args)
        except KeyringError as exc:
            # the backend's message may name the item but never the password
            raise KeyringUnavailable(f"the system keyring refused: {exc}; {INSTALL_HINT}") from None
