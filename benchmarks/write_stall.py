"""Event-loop stalls of the app window during a full mail import, and the user's writes in it.

    .venv/bin/python benchmarks/write_stall.py [--size 10000] [--writes 3] [--data-dir DIR]

Opens the app's main window (offscreen Qt) on a fresh case file with a mail account on a
private Dovecot on 127.0.0.1 (started as benchmarks/mail_sync.py starts it, on the same
generated mailbox), starts the full import (F9 with "Fetch all mail", ``sync --all``) and
records the gap between the ticks of a QTimer firing every 5 ms on the GUI thread. While the
import runs, the window writes a reminder and a call with a note a few times through its own
operations, as a user's clicks would. Prints the longest stall, the 99th percentile and the
import's time; target: the longest stall <= 100 ms. Writes benchmarks/results/write_stall.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox  # noqa: E402

from benchmarks.mail_sync import ACCOUNT, index_mailbox, new_case_file, prepare_mailbox  # noqa: E402
from benchmarks.mail_sync_steps import _Passwords  # noqa: E402
from proxydesk.domain import CallOutcome  # noqa: E402
from proxydesk.mail.actions import MailServices  # noqa: E402
from proxydesk.mail.sync_accounts import SyncOutcome, SyncProgress  # noqa: E402
from proxydesk.services.registry import Services  # noqa: E402
from proxydesk.storage.database import open_case_file  # noqa: E402
from proxydesk.ui.app import create_main_window  # noqa: E402
from proxydesk.ui.call_logger.end_dialog import EndCallDialog  # noqa: E402
from proxydesk.ui.main_window import MainWindow  # noqa: E402
from proxydesk.ui.reminders.dialogs import ReminderDialog  # noqa: E402
from proxydesk.ui.runner import Lane  # noqa: E402
from tests.support.dovecot import DovecotServer  # noqa: E402

TICK_MS = 5
#: seconds a write of the window may take to land, the import going on
WRITE_TIMEOUT = 120.0
#: seconds the idle window is measured before the import, for comparison
IDLE_SECONDS = 3.0
TARGET_MS = 100.0
HOTLINE = "+49 800 330 1100"
RESULTS = ROOT / "benchmarks" / "results" / "write_stall.md"


@dataclass
class Ticks:
    """The gaps between the timer's ticks, and those that held a window write."""

    gaps_ms: list[float] = field(default_factory=list)
    write_gaps_ms: list[float] = field(default_factory=list)
    #: a write runs, or ran since the last tick: the next gap is the write's
    writing: bool = False
    _clock: QElapsedTimer = field(default_factory=QElapsedTimer)
    _last: float = 0.0

    def start(self) -> None:
        self._clock.start()
        self._last = self._clock.nsecsElapsed() / 1e6

    def tick(self) -> None:
        now = self._clock.nsecsElapsed() / 1e6
        gap = now - self._last
        self._last = now
        self.gaps_ms.append(gap)
        if self.writing:
            self.write_gaps_ms.append(gap)
            self.writing = False

    @property
    def quiet_gaps_ms(self) -> list[float]:
        """The gaps without a window write in them: what the import alone costs."""
        held = list(self.write_gaps_ms)
        quiet = []
        for gap in self.gaps_ms:
            if gap in held:
                held.remove(gap)
            else:
                quiet.append(gap)
        return quiet


@dataclass
class Measured:
    size: int
    import_seconds: float
    messages: int
    ticks: Ticks
    writes_ms: list[float]
    idle_gaps_ms: list[float]
    written: tuple[int, int]  # reminders, calls in the file afterwards
    load: tuple[float, float]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def settle(window: MainWindow, until: Callable[[], bool] = lambda: True) -> None:
    """The event loop runs (the timer ticks) until the window's writes are in the file."""
    app = QApplication.instance()
    assert app is not None
    deadline = time.perf_counter() + WRITE_TIMEOUT
    while any(t.lane is Lane.WRITE for t in window.runner.tasks) or not until():
        if time.perf_counter() > deadline:
            raise RuntimeError("a write of the window did not land")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def click_ok(dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def write_from_the_window(window: MainWindow, n: int) -> None:
    """A reminder by hand, then a call with a note, through the window's own operations
    (the user's clicks), each waited for until it is in the file."""
    features = window.features
    assert features is not None
    reminders = features.reminders
    reminders.add_action.trigger()
    dialog = reminders.panel.dialog
    assert isinstance(dialog, ReminderDialog)
    dialog.text.setText(f"Ask for the ticket number ({n})")
    click_ok(dialog)
    settle(window)
    calls = features.call_logger
    calls.start_call()
    settle(window, lambda: calls.logger is not None)
    logger = calls.logger
    assert logger is not None
    logger.number.setEditText(HOTLINE)
    logger.note.setText(f"Callback promised ({n})")
    logger.add_note()
    settle(window)
    logger.end_call()
    end = logger.dialog
    assert isinstance(end, EndCallDialog)
    end.outcome_buttons[CallOutcome.RESOLVED].setChecked(True)
    click_ok(end)
    settle(window, lambda: calls.logger is None)


def measure(size: int, writes: int, data_dir: Path, workdir: Path) -> Measured:
    app = QApplication.instance() or QApplication([])
    with DovecotServer() as server:
        user, _, _ = prepare_mailbox(server, size, data_dir)
        index_mailbox(server, user)
        path = workdir / "stall.proxydesk"
        new_case_file(path, server, user)
        case_file = open_case_file(path)
        services = Services.for_file(case_file)
        passwords = _Passwords(ACCOUNT, user.name, user.password)
        mail = MailServices.for_file(case_file, services.timeline.clock, lambda: passwords)
        window = create_main_window(services, mail=mail)
        window.show()
        app.processEvents()
        window.select_case(services.cases.cases()[0].id)
        # once before the import, unmeasured: the dialogs' first showing and their imports
        write_from_the_window(window, 0)
        ticks = Ticks()
        timer = QTimer()
        timer.setInterval(TICK_MS)
        timer.timeout.connect(ticks.tick)
        marks = [size * (n + 1) // (writes + 1) for n in range(writes)]
        writes_ms: list[float] = []
        outcome: list[SyncOutcome] = []
        loop = QEventLoop()

        def write() -> None:
            n = len(writes_ms) + 1
            ticks.writing = True
            started = time.perf_counter()
            write_from_the_window(window, n)
            writes_ms.append((time.perf_counter() - started) * 1000)
            ticks.writing = True  # and the gap that ends after it

        def progressed(report: SyncProgress) -> None:
            while marks and report.done >= marks[0]:
                QTimer.singleShot(0, write)
                marks.pop(0)

        def synced(result: SyncOutcome) -> None:
            outcome.append(result)
            loop.quit()

        # the same timer on the idle window first: what the machine's own load costs
        idle = Ticks()
        idle_timer = QTimer()
        idle_timer.setInterval(TICK_MS)
        idle_timer.timeout.connect(idle.tick)
        idle.start()
        idle_timer.start()
        QTimer.singleShot(int(IDLE_SECONDS * 1000), loop.quit)
        loop.exec()
        idle_timer.stop()

        features = window.features
        assert features is not None
        dialog = features.mail.sync_dialog
        dialog.progressed.connect(progressed)
        dialog.synced.connect(synced)
        dialog.fetch_all.setChecked(True)
        load_before = os.getloadavg()[0]
        ticks.start()
        timer.start()
        started = time.perf_counter()
        features.mail.sync_action.trigger()
        loop.exec()
        seconds = time.perf_counter() - started
        timer.stop()
        app.processEvents()
        fetched = sum(line.folder.fetched for line in outcome[0].folders)
        if outcome[0].errors:
            raise RuntimeError(f"the import failed: {outcome[0].errors}")
        window.runner.shutdown()
        window.close()
        case_file.close()
        with sqlite3.connect(path) as db:
            reminders = db.execute("SELECT count(*) FROM reminders").fetchone()[0]
            calls = db.execute("SELECT count(*) FROM events WHERE kind = 'call'").fetchone()[0]
        return Measured(
            size,
            seconds,
            fetched,
            ticks,
            writes_ms,
            idle.gaps_ms,
            (reminders, calls),
            (load_before, os.getloadavg()[0]),
        )


def report(m: Measured) -> str:
    gaps = m.ticks.gaps_ms
    quiet = m.ticks.quiet_gaps_ms
    longest = max(gaps)
    rows = [
        ("messages imported", f"{m.messages:,}", "-"),
        ("import time (F9, all mail)", f"{m.import_seconds:.1f} s", "-"),
        ("ticks recorded (every 5 ms)", f"{len(gaps):,}", "-"),
        ("longest stall", f"{longest:.0f} ms", f"<= {TARGET_MS:.0f} ms"),
        ("99th percentile", f"{percentile(gaps, 0.99):.0f} ms", "-"),
        ("median gap", f"{statistics.median(gaps):.1f} ms", "-"),
        ("longest stall outside the window's writes", f"{max(quiet):.0f} ms", "-"),
        ("99th percentile outside the writes", f"{percentile(quiet, 0.99):.0f} ms", "-"),
        (
            "window writes (reminder + call each): click to in the file",
            ", ".join(f"{w:.0f} ms" for w in m.writes_ms),
            "-",
        ),
        (
            f"idle window, {IDLE_SECONDS:g} s before the import: longest, 99th percentile",
            f"{max(m.idle_gaps_ms):.0f} ms, {percentile(m.idle_gaps_ms, 0.99):.0f} ms",
            "-",
        ),
        (
            "written: reminders, calls (one each before the import)",
            f"{m.written[0]}, {m.written[1]}",
            "all",
        ),
    ]
    met = "yes" if longest <= TARGET_MS else "no"
    lines = [
        "| measure | result | target |",
        "|---|---|---|",
        *(f"| {a} | {b} | {c} |" for a, b, c in rows),
    ]
    return "\n".join(lines) + f"\n\nTarget met: {met}.\n"


def machine() -> str:
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    return (
        f"- Machine: {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, Qt offscreen\n"
        f"- Code: commit {commit}\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=10_000, help="messages (default 10000)")
    parser.add_argument("--writes", type=int, default=3, help="window writes during the import")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=Path("/tmp/proxydesk-mailbench"),
        help="where the mailbox is generated, shared with benchmarks/mail_sync.py --keep",
    )
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    args.data_dir.mkdir(parents=True, exist_ok=True)
    args.data_dir.chmod(0o755)
    with tempfile.TemporaryDirectory(prefix="proxydesk-stall-") as work:
        measured = measure(args.size, args.writes, args.data_dir, Path(work))
    table = report(measured)
    print(table)
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    args.output.write_text(
        f"# Event-loop stalls during a full mail import\n\n"
        f"Run of `benchmarks/write_stall.py` on {when}.\n\n{machine()}"
        f"- Mail: {measured.size:,} generated messages on a local Dovecot (127.0.0.1), "
        f"imported from the window (F9, all mail) into a fresh case file.\n"
        f"- A QTimer on the GUI thread fires every {TICK_MS} ms; a stall is the gap between "
        f"two ticks. During the import the window writes a reminder and a call with a note "
        f"{len(measured.writes_ms)} times through its own operations.\n"
        f"- Load average before/after: {measured.load[0]:.1f} / {measured.load[1]:.1f} "
        f"(the machine is shared; a load near the core count makes the figures noisy).\n\n"
        f"{table}",
        encoding="utf-8",
    )
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
