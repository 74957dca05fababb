"""A real Dovecot 2.3 IMAP server on 127.0.0.1, private to one test session.

The server runs from its own config in a temporary directory, with plaintext IMAP and IMAPS
on two free loopback ports, a self-signed certificate, one passwd-file per user (so users can
be added while the server runs) and Maildir storage. It runs as root (mail owned by nobody)
or, without root, entirely as the calling user.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import grp
import imaplib
import itertools
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from imapclient import imap_utf7

from tests.support.dovecot_config import CONFIG_TEMPLATE, ROOTLESS_CONFIG

DOVECOT_MISSING = "Dovecot not installed: apt-get install dovecot-imapd"
OPENSSL_MISSING = "openssl not installed: apt-get install openssl"

HOST = "127.0.0.1"
NOBODY_UID = 65534
NOBODY_GID = 65534

_USER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@+-]*")

# Unix socket paths (base_dir + "/login/imap-master" and the like) must stay under 108 bytes.
_MAX_ROOT_LENGTH = 60


class DovecotError(RuntimeError):
    """Dovecot could not be started, or did not answer as expected."""


@dataclass(frozen=True)
class ImapUser:
    """A mail account on the test server."""

    name: str
    password: str


def find_dovecot() -> str | None:
    """Path of the dovecot master binary, or None when Dovecot is not installed."""
    found = shutil.which("dovecot")
    if found:
        return found
    fallback = Path("/usr/sbin/dovecot")
    return str(fallback) if fallback.exists() else None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    return free_ports(1)[0]


def free_ports(count: int) -> list[int]:
    """Distinct TCP ports on 127.0.0.1 that nothing listens on right now."""
    with contextlib.ExitStack() as stack:
        probes = [stack.enter_context(socket.socket()) for _ in range(count)]
        for probe in probes:
            probe.bind((HOST, 0))  # all bound at once, so no port comes back twice
        return [int(probe.getsockname()[1]) for probe in probes]


def quote_mailbox(name: str) -> str:
    """An IMAP quoted string for a mailbox name, in modified UTF-7."""
    encoded = imap_utf7.encode(name)
    text = encoded.decode("ascii") if isinstance(encoded, bytes) else str(encoded)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class DovecotServer:
    """One Dovecot master process with its own config, ports, users and mail."""

    host = HOST

    def __init__(self, *, start_timeout: float = 15.0) -> None:
        binary = find_dovecot()
        if binary is None:
            raise DovecotError(DOVECOT_MISSING)
        if shutil.which("openssl") is None:
            raise DovecotError(OPENSSL_MISSING)
        self.binary = binary
        self.start_timeout = start_timeout
        parent = tempfile.gettempdir()
        if len(parent) > _MAX_ROOT_LENGTH - 30:
            parent = "/tmp"
        self.root = Path(tempfile.mkdtemp(prefix="proxydesk-dovecot-", dir=parent))
        # mkdtemp makes the directory 0700; Dovecot's unprivileged processes must traverse it.
        self.root.chmod(0o755)
        self.instance_name = f"proxydesk-test-{secrets.token_hex(4)}"
        self.port, self.tls_port = free_ports(2)
        self.config_path = self.root / "dovecot.conf"
        self.log_path = self.root / "dovecot.log"
        self.stderr_path = self.root / "master-stderr.log"
        self.passwd_dir = self.root / "passwd.d"
        self.mail_root = self.root / "mail"
        self.cafile = self.root / "cert.pem"
        self._keyfile = self.root / "key.pem"
        self._process: subprocess.Popen[bytes] | None = None
        self._users: dict[str, ImapUser] = {}
        self._user_numbers = itertools.count(1)
        self._lock = threading.Lock()
        atexit.register(self.close)
        self._prepare()

    # -- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> DovecotServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> None:
        """Start the master process and wait until both ports accept connections."""
        if self.running:
            return
        with self.stderr_path.open("ab") as stderr:
            self._process = subprocess.Popen(
                [self.binary, "-F", "-c", str(self.config_path)],
                stdin=subprocess.DEVNULL,
                stdout=stderr,
                stderr=stderr,
                start_new_session=True,
            )
        deadline = time.monotonic() + self.start_timeout
        for port in (self.port, self.tls_port):
            while not _listening(port):
                if self._process.poll() is not None:
                    code = self._process.returncode
                    self._process = None
                    raise DovecotError(f"dovecot exited with status {code}\n{self.log_tail()}")
                if time.monotonic() > deadline:
                    self.stop()
                    raise DovecotError(
                        f"dovecot did not listen on {HOST}:{port} within "
                        f"{self.start_timeout:.0f}s\n{self.log_tail()}"
                    )
                time.sleep(0.01)

    def stop(self) -> None:
        """Stop the server and every process it started; open client connections drop."""
        process = self._process
        if process is None:
            return
        # Children get SIGTERM along with the master, and so does any child it still starts
        # while shutting down: imap processes would otherwise outlive it while their client
        # stays connected (a real restart drops those connections), and a login process caught
        # starting up makes the master wait five seconds for it.
        signalled: set[int] = set()
        process.terminate()
        deadline = time.monotonic() + 10
        while process.poll() is None and time.monotonic() < deadline:
            for pid in self._instance_pids(process.pid) - signalled:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGTERM)
                signalled.add(pid)
            time.sleep(0.02)
        if process.poll() is None:
            process.kill()
            process.wait(timeout=5)
        _end_processes(signalled | self._instance_pids(process.pid))
        self._process = None

    def restart(self) -> None:
        """Stop and start again on the same ports with the same users and mail."""
        self.stop()
        self.start()

    def close(self) -> None:
        """Stop the server and remove its directory."""
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
        atexit.unregister(self.close)

    def log_tail(self, lines: int = 40) -> str:
        """The last lines of Dovecot's log and of the master's own output."""
        parts = []
        for path in (self.stderr_path, self.log_path):
            with contextlib.suppress(OSError):
                text = path.read_text(errors="replace").splitlines()[-lines:]
                if text:
                    parts.append(f"--- {path.name} ---\n" + "\n".join(text))
        return "\n".join(parts) or "(Dovecot wrote no log)"

    # -- users -------------------------------------------------------------------------------

    def add_user(self, name: str | None = None, password: str | None = None) -> ImapUser:
        """Add an account that can log in at once, without reloading the server."""
        with self._lock:
            if name is None:
                name = f"user{next(self._user_numbers):04d}"
            if password is None:
                password = secrets.token_urlsafe(12)
            if name in self._users or not _USER_NAME.fullmatch(name):
                raise ValueError(f"cannot add user {name!r}")
            if any(c in password for c in ":\r\n"):
                raise ValueError("a password cannot hold ':' or line breaks")
            user = ImapUser(name, password)
            # One file per user: Dovecot rereads a changed passwd-file at most once a second,
            # so users appended to one shared file would fail to log in for up to a second.
            entry = self.passwd_dir / name
            entry.write_text(f"{name}:{{PLAIN}}{password}::::::\n", encoding="utf-8")
            entry.chmod(0o644)
            self._users[name] = user
            return user

    def user(self, name: str) -> ImapUser:
        return self._users[name]

    # -- talking to the server ---------------------------------------------------------------

    def ssl_context(self) -> ssl.SSLContext:
        """A client context that trusts exactly this server's certificate."""
        return ssl.create_default_context(cafile=str(self.cafile))

    @contextlib.contextmanager
    def connect(self, user: ImapUser | str, *, tls: bool = False) -> Iterator[imaplib.IMAP4]:
        """A logged-in imaplib connection, logged out afterwards."""
        account = self._resolve(user)
        imap: imaplib.IMAP4
        if tls:
            imap = imaplib.IMAP4_SSL(
                HOST, self.tls_port, ssl_context=self.ssl_context(), timeout=10
            )
        else:
            imap = imaplib.IMAP4(HOST, self.port, timeout=10)
        try:
            imap.login(account.name, account.password)
            yield imap
        finally:
            with contextlib.suppress(imaplib.IMAP4.error, OSError):
                imap.logout()

    def create_folder(self, user: ImapUser | str, folder: str) -> None:
        with self.connect(user) as imap:
            _check(imap.create(quote_mailbox(folder)), f"CREATE {folder}")

    def append(
        self,
        user: ImapUser | str,
        folder: str,
        raw: bytes,
        flags: Iterable[str] = (),
        internaldate: dt.datetime | None = None,
    ) -> int:
        """Store one message and return its UID; internaldate must carry a time zone."""
        flag_list = " ".join(flags)
        with self.connect(user) as imap:
            typ, data = imap.append(
                quote_mailbox(folder), f"({flag_list})" if flag_list else None, internaldate, raw
            )
            _check((typ, data), f"APPEND to {folder}")
        match = re.search(rb"APPENDUID \d+ (\d+)", b" ".join(d for d in data if d))
        if match is None:
            raise DovecotError(f"APPEND to {folder} gave no APPENDUID: {data!r}")
        return int(match.group(1))

    def append_many(self, user: ImapUser | str, folder: str, raws: Iterable[bytes]) -> None:
        """Store many messages over one connection (a login per message is slow)."""
        with self.connect(user) as imap:
            for raw in raws:
                _check(imap.append(quote_mailbox(folder), None, None, raw), f"APPEND to {folder}")

    def flags(self, user: ImapUser | str, folder: str) -> dict[int, frozenset[str]]:
        """UID -> flags of every message in a folder, read-only; \\Recent is left out."""
        with self.connect(user) as imap:
            _check(imap.select(quote_mailbox(folder), readonly=True), f"EXAMINE {folder}")
            typ, data = imap.uid("FETCH", "1:*", "(FLAGS)")
            _check((typ, data), f"FETCH FLAGS in {folder}")
        result: dict[int, frozenset[str]] = {}
        for item in data:
            line = item[0] if isinstance(item, tuple) else item
            if not isinstance(line, bytes):
                continue
            uid = re.search(rb"UID (\d+)", line)
            found = re.search(rb"FLAGS \(([^)]*)\)", line)
            if uid and found:
                names = found.group(1).decode("ascii").split()
                result[int(uid.group(1))] = frozenset(n for n in names if n != "\\Recent")
        return result

    def messages(self, user: ImapUser | str, folder: str) -> dict[int, bytes]:
        """UID -> raw message of every message in a folder, without setting \\Seen."""
        with self.connect(user) as imap:
            _check(imap.select(quote_mailbox(folder), readonly=True), f"EXAMINE {folder}")
            typ, data = imap.uid("FETCH", "1:*", "(BODY.PEEK[])")
            _check((typ, data), f"FETCH BODY in {folder}")
        result: dict[int, bytes] = {}
        for item in data:
            if isinstance(item, tuple):
                uid = re.search(rb"UID (\d+)", item[0])
                if uid:
                    result[int(uid.group(1))] = item[1]
        return result

    # -- internals ---------------------------------------------------------------------------

    def _resolve(self, user: ImapUser | str) -> ImapUser:
        return user if isinstance(user, ImapUser) else self._users[user]

    def _prepare(self) -> None:
        certificate = ["-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30"]
        subject = ["-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"]
        files = ["-keyout", str(self._keyfile), "-out", str(self.cafile)]
        subprocess.run(
            ["openssl", "req", *certificate, *subject, *files], check=True, capture_output=True
        )
        self._keyfile.chmod(0o600)
        self.passwd_dir.mkdir(mode=0o755)
        self.mail_root.mkdir()
        if os.geteuid() == 0:
            os.chown(self.mail_root, NOBODY_UID, NOBODY_GID)
        self.config_path.write_text(self._config(), encoding="utf-8")
        for name in ("alice", "bob", "carol"):
            self.add_user(name, f"{name}-secret")

    def _config(self) -> str:
        if os.geteuid() == 0:
            uid, gid, rootless = NOBODY_UID, NOBODY_GID, ""
        else:
            uid, gid = os.getuid(), os.getgid()
            rootless = ROOTLESS_CONFIG.format(
                user=pwd.getpwuid(uid).pw_name, group=grp.getgrgid(gid).gr_name, uid=uid
            )
        return CONFIG_TEMPLATE.format(
            instance_name=self.instance_name,
            root=self.root,
            host=HOST,
            port=self.port,
            tls_port=self.tls_port,
            cert=self.cafile,
            key=self._keyfile,
            passwd_dir=self.passwd_dir,
            mail_root=self.mail_root,
            uid=uid,
            gid=gid,
            privileges=rootless,
        )

    def _instance_pids(self, master_pid: int) -> set[int]:
        """Live processes of this instance: the master's children and anything by its title."""
        title = f"dovecot-{self.instance_name}/"
        found: set[int] = set()
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                status = (entry / "status").read_text()
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if "\nState:\tZ" in status:
                continue
            ppid = re.search(r"^PPid:\s*(\d+)", status, re.MULTILINE)
            is_child = ppid is not None and int(ppid.group(1)) == master_pid
            if is_child or cmdline.startswith(title.encode()):
                found.add(int(entry.name))
        found.discard(master_pid)
        return found


def _listening(port: int) -> bool:
    """Whether 127.0.0.1:port is in LISTEN state, so connections to it will be accepted.

    Read from /proc rather than by connecting: a probe connection makes Dovecot start a login
    process, which holds up a stop that comes right after.
    """
    wanted = f"0100007F:{port:04X}"
    try:
        table = Path("/proc/net/tcp").read_text()
    except OSError:
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return True
        except OSError:
            return False
    return any(
        fields[1] == wanted and fields[3] == "0A"
        for fields in (line.split() for line in table.splitlines()[1:])
        if len(fields) > 3
    )


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    # The state letter follows the parenthesised command name.
    return stat[stat.rfind(")") + 2 :].split(" ", 1)[0] != "Z"


def _end_processes(pids: set[int], grace: float = 2.0) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in pids:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, sig)
        deadline = time.monotonic() + grace
        while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
            time.sleep(0.02)
        pids = {pid for pid in pids if _alive(pid)}
        if not pids:
            return


def _check(response: tuple[str, Sequence[object]], what: str) -> None:
    typ, data = response
    if typ != "OK":
        raise DovecotError(f"{what} failed: {typ} {data!r}")
