"""The measured steps of the mail sync benchmark, each run in a fresh process.

    python -m benchmarks.mail_sync_steps STEP < settings.json

reads its settings (server, user, password, case file...) as JSON from stdin, so the password
never shows in a process list, and prints one JSON line with the seconds it measured and the
process's peak RSS. Only what a step needs is imported, so the peak RSS is the step's own.
"""

from __future__ import annotations

import imaplib
import json
import resource
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Settings = dict[str, Any]


def bare_relevant(settings: Settings) -> dict[str, Any]:
    """imaplib: UID SEARCH with ProxyDesk's criteria, then one UID FETCH of the result."""
    started = time.perf_counter()
    imap = _login(settings)
    uids = _ok(imap.uid("SEARCH", settings["criteria"]))[0].split()
    searched = time.perf_counter() - started
    size = 0
    if uids:
        data = _ok(imap.uid("FETCH", b",".join(uids).decode(), "(BODY.PEEK[])"))
        size = sum(len(item[1]) for item in data if isinstance(item, tuple))
    imap.logout()
    return {
        "seconds": time.perf_counter() - started,
        "search_seconds": searched,
        "messages": len(uids),
        "bytes": size,
    }


def bare_all(settings: Settings) -> dict[str, Any]:
    """imaplib: one UID FETCH 1:* BODY.PEEK[] of the whole folder, held in memory."""
    started = time.perf_counter()
    imap = _login(settings)
    data = _ok(imap.uid("FETCH", "1:*", "(BODY.PEEK[])"))
    messages = [item[1] for item in data if isinstance(item, tuple)]
    imap.logout()
    return {
        "seconds": time.perf_counter() - started,
        "messages": len(messages),
        "bytes": sum(len(m) for m in messages),
    }


class _Passwords:
    """The PasswordStore interface over one password."""

    def __init__(self, account: str, user: str, password: str) -> None:
        self.saved = {(account, user): password}

    def get(self, account: str, user: str) -> str:
        return self.saved[(account, user)]

    def set(self, account: str, user: str, password: str) -> None:
        self.saved[(account, user)] = password

    def delete(self, account: str, user: str) -> None:
        self.saved.pop((account, user), None)


def proxydesk_sync(settings: Settings) -> dict[str, Any]:
    """ProxyDesk's MailSync.run on an existing case file, timed around run() alone."""
    from proxydesk.mail.sync import MailSync, Progress
    from proxydesk.storage.database import open_case_file

    opening = time.perf_counter()
    case_file = open_case_file(Path(settings["case_file"]))
    opened = time.perf_counter() - opening
    passwords = _Passwords(settings["account"], settings["user"], settings["password"])
    shown = [0]

    def progress(p: Progress) -> None:
        if p.total >= 1000 and p.done * 10 // p.total > shown[0]:
            shown[0] = p.done * 10 // p.total
            rss = peak_rss_kb() / 1024
            print(
                f"      {p.stage}: {p.done}/{p.total} after {p.elapsed:.1f} s "
                f"({p.rate:.0f}/s, peak RSS {rss:.0f} MB)",
                file=sys.stderr,
                flush=True,
            )

    sync = MailSync(case_file, passwords)
    profiler = None
    if settings.get("profile"):
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    started = time.perf_counter()
    report = sync.run(settings["account"], import_all=settings["import_all"], progress=progress)
    seconds = time.perf_counter() - started
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(settings["profile"])
    # later runs in the same process: what a resync costs in an app that is already running
    again = []
    for _ in range(settings.get("runs", 1) - 1):
        started = time.perf_counter()
        sync.run(settings["account"], import_all=settings["import_all"])
        again.append(time.perf_counter() - started)
    case_file.close()
    folders = [
        {
            "folder": f.folder,
            "seen": f.seen,
            "fetched": f.fetched,
            "new": f.new,
            "duplicates": f.duplicates,
            "quarantined": f.quarantined,
            "filed": f.filed,
            "unchanged": f.unchanged,
        }
        for f in report.folders
    ]
    return {
        "seconds": seconds,
        "again": again,
        "open_seconds": opened,
        "folders": folders,
        "messages": sum(f["fetched"] for f in folders),
    }


STEPS: dict[str, Callable[[Settings], dict[str, Any]]] = {
    "bare-relevant": bare_relevant,
    "bare-all": bare_all,
    # not "proxydesk": a `pkill -f proxydesk` elsewhere on a shared machine would end the step
    "desk-sync": proxydesk_sync,
}


def _login(settings: Settings) -> imaplib.IMAP4:
    imap = imaplib.IMAP4(settings["host"], settings["port"], timeout=600)
    imap.login(settings["user"], settings["password"])
    _ok(imap.select("INBOX", readonly=True))
    return imap


def _ok(response: tuple[str, list[Any]]) -> list[Any]:
    typ, data = response
    if typ != "OK":
        raise RuntimeError(f"IMAP said {typ}: {data!r}")
    return data


def peak_rss_kb() -> int:
    """This process's own peak RSS (VmHWM).

    Not getrusage: on Linux a child's ru_maxrss starts from its parent's RSS at fork, which
    survives the exec, so every step would seem at least as large as the benchmark itself.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class ChildPeaks(threading.Thread):
    """The peak RSS (VmHWM) of each process this one starts, looked at every 20 ms.

    A big import reads headers in a process of its own; its memory counts with the step's.
    """

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peaks: dict[int, int] = {}
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(0.02):
            for listing in Path("/proc/self/task").glob("*/children"):
                for pid in listing.read_text().split():
                    status = Path(f"/proc/{pid}/status")
                    try:
                        lines = status.read_text().splitlines()
                    except OSError:
                        continue  # gone meanwhile
                    for line in lines:
                        if line.startswith("VmHWM:"):
                            kb = int(line.split()[1])
                            self.peaks[int(pid)] = max(kb, self.peaks.get(int(pid), 0))

    def total_kb(self) -> int:
        self.stopped.set()
        self.join()
        return sum(self.peaks.values())


def main() -> None:
    step = STEPS[sys.argv[1]]
    children = ChildPeaks()
    children.start()
    result = step(json.load(sys.stdin))
    helpers = children.total_kb()
    # the step's own peak and its helper processes' (their peaks added: a bound on both)
    result["helper_rss_kb"] = helpers
    result["peak_rss_kb"] = peak_rss_kb() + helpers
    print(json.dumps(result))


if __name__ == "__main__":
    main()
