"""The mail sync benchmark's results: measurements, the targets, tables and Markdown."""

from __future__ import annotations

import contextlib
import os
import platform
import sqlite3
import statistics
import subprocess
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from benchmarks.mail_corpus import CorpusStats

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "benchmarks" / "README.md"
README_BEGIN, README_END = "<!-- mail_sync results: begin -->", "<!-- mail_sync results: end -->"
RELEVANT_RATIO = 3.0  # (a) at most 3x the bare SEARCH + FETCH
RESYNC_SECONDS = 0.3  # (c)
PEAK_MB = 300.0  # (d)
RESYNC_RUNS = 5


@dataclass
class Measured:
    """One measured process: its own timing (or wall time), peak RSS and what it reported."""

    seconds: float
    rss_mb: float
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class Runs:
    """Repeated runs of one measurement; the best counts, as the least disturbed one."""

    runs: list[Measured] = field(default_factory=list)

    @property
    def best(self) -> Measured:
        return min(self.runs, key=lambda m: m.seconds)

    @property
    def seconds(self) -> float:
        return self.best.seconds

    @property
    def rss_mb(self) -> float:
        return max(m.rss_mb for m in self.runs)

    @property
    def median(self) -> float:
        return statistics.median(m.seconds for m in self.runs)

    @property
    def warm_median(self) -> float:
        """Median of the runs after the first in the same process (an app already running)."""
        return statistics.median(t for m in self.runs for t in m.data["again"])

    def spread(self) -> str:
        seconds = [m.seconds for m in self.runs]
        return f"({min(seconds):.2f}-{max(seconds):.2f})"

    def listed(self, digits: int = 1) -> str:
        return ", ".join(f"{m.seconds:.{digits}f}" for m in self.runs)


@dataclass
class SizeResult:
    size: int
    corpus: CorpusStats
    reused: bool
    index_seconds: float
    warmup_seconds: float
    bare_relevant: Runs
    relevant: Runs
    resync_relevant: Runs
    bare_all: Runs
    mbsync: Runs
    full: Runs
    resync_full: Runs
    case_file_mb: float
    mbsync_mb: float
    load: tuple[float, float] = (0.0, 0.0)  # 1-minute load average before and after
    problems: list[str] = field(default_factory=list)


HEADER = ["size", "step", "ProxyDesk", "peer", "peer result", "ratio", "target", "met"]


def rows(r: SizeResult) -> list[list[str]]:
    size = f"{r.size:,}"
    rel_n = r.relevant.best.data["messages"]
    rel_ratio = r.relevant.seconds / r.bare_relevant.seconds
    mb_ratio = r.full.seconds / r.mbsync.seconds
    bare_ratio = r.full.seconds / r.bare_all.seconds
    resync_full, resync_rel = r.resync_full.median, r.resync_relevant.median
    spread_full, spread_rel = r.resync_full.spread(), r.resync_relevant.spread()
    warm = r.resync_full.warm_median
    yes = {True: "yes", False: "**no**"}
    return [
        [
            size,
            f"(a) first sync, relevant ({rel_n} msgs)",
            f"{r.relevant.seconds:.2f} s",
            "imaplib UID SEARCH + FETCH",
            f"{r.bare_relevant.seconds:.2f} s",
            f"{rel_ratio:.1f}x",
            f"<= {RELEVANT_RATIO:.0f}x",
            yes[rel_ratio <= RELEVANT_RATIO],
        ],
        [
            size,
            f"(b) full import ({r.size:,} msgs)",
            f"{r.full.seconds:.1f} s",
            "mbsync (isync)",
            f"{r.mbsync.seconds:.1f} s",
            f"{mb_ratio:.1f}x",
            "< 1x (faster)",
            yes[mb_ratio < 1],
        ],
        [
            size,
            "(b) full import",
            f"{r.full.seconds:.1f} s",
            "imaplib UID FETCH 1:*",
            f"{r.bare_all.seconds:.1f} s",
            f"{bare_ratio:.0f}x",
            "-",
            "-",
        ],
        [
            size,
            "(c) resync, no changes, after (b)",
            f"{resync_full:.3f} s {spread_full}",
            "-",
            "-",
            "-",
            f"<= {RESYNC_SECONDS} s",
            yes[resync_full <= RESYNC_SECONDS],
        ],
        [
            size,
            "(c) same, 2nd run() in the same process",
            f"{warm:.3f} s",
            "-",
            "-",
            "-",
            "(an app already running)",
            "-",
        ],
        [
            size,
            "(c) resync, no changes, after (a)",
            f"{resync_rel:.3f} s {spread_rel}",
            "-",
            "-",
            "-",
            f"<= {RESYNC_SECONDS} s",
            yes[resync_rel <= RESYNC_SECONDS],
        ],
        [
            size,
            "(d) peak RSS, full import",
            f"{r.full.rss_mb:.0f} MB",
            "mbsync",
            f"{r.mbsync.rss_mb:.0f} MB",
            "-",
            f"<= {PEAK_MB:.0f} MB",
            yes[r.full.rss_mb <= PEAK_MB],
        ],
    ]


MEMORY_HEADER = [
    "size",
    "ProxyDesk (a)",
    "ProxyDesk (b)",
    "ProxyDesk (c)",
    "imaplib (a)",
    "imaplib FETCH 1:*",
    "mbsync",
]


def memory_row(r: SizeResult) -> list[str]:
    resync = max(r.resync_full.rss_mb, r.resync_relevant.rss_mb)
    values = [
        r.relevant.rss_mb,
        r.full.rss_mb,
        resync,
        r.bare_relevant.rss_mb,
        r.bare_all.rss_mb,
        r.mbsync.rss_mb,
    ]
    return [f"{r.size:,}", *(f"{v:.0f} MB" for v in values)]


RUNS_HEADER = ["size", "measurement", "seconds, in the order run"]


def runs_rows(r: SizeResult) -> list[list[str]]:
    size = f"{r.size:,}"
    return [
        [size, "(a) imaplib SEARCH + FETCH", r.bare_relevant.listed(2)],
        [size, "(a) ProxyDesk", r.relevant.listed(2)],
        [size, "(b) imaplib FETCH 1:*", r.bare_all.listed(2)],
        [size, "(b) mbsync", r.mbsync.listed()],
        [size, "(b) ProxyDesk", r.full.listed()],
        [size, "(c) ProxyDesk after (b), fresh process", r.resync_full.listed(3)],
        [size, "(c) ProxyDesk after (a), fresh process", r.resync_relevant.listed(3)],
    ]


MAILBOX_HEADER = [
    "messages",
    "size",
    "company mail",
    "with number",
    "attachments",
    "replies",
    "generated",
    "Dovecot index",
    "case file after (b)",
    "mbsync Maildir",
    "load avg before/after",
]


def mailbox_row(r: SizeResult) -> list[str]:
    c = r.corpus
    generated = "reused" if r.reused else f"{c.seconds:.0f} s"
    return [
        f"{c.count:,}",
        f"{c.megabytes:.0f} MB",
        str(c.company),
        str(c.with_number),
        str(c.attachments),
        str(c.replies),
        generated,
        f"{r.index_seconds:.1f} s",
        f"{r.case_file_mb:.0f} MB",
        f"{r.mbsync_mb:.0f} MB",
        f"{r.load[0]:.1f} / {r.load[1]:.1f}",
    ]


def plain_table(header: list[str], body: list[list[str]]) -> str:
    cells = [header, *body]
    widths = [max(len(row[i].replace("**", "")) for row in cells) for i in range(len(header))]
    lines = []
    for n, row in enumerate(cells):
        plain = [c.replace("**", "").ljust(w) for c, w in zip(row, widths, strict=True)]
        lines.append("  ".join(plain))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(header: list[str], body: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in body]
    return "\n".join(lines)


def machine() -> dict[str, str]:
    cpu = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = ""
    with contextlib.suppress(OSError, ValueError, IndexError):
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024**2:.0f} GB RAM"
    dovecot = _version(["dovecot", "--version"])  # "2.3.19.1 (9b53102964)"
    isync = _version(["mbsync", "--version"])  # "isync 1.4.4"
    commit = _version(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"])
    dirty = _version(["git", "-C", str(ROOT), "status", "--porcelain", "--", "proxydesk"])
    return {
        "code": f"commit {commit}"
        + (", with uncommitted changes in proxydesk/" if dirty != "?" else ""),
        "machine": f"{os.cpu_count()} cores (nproc {len(os.sched_getaffinity(0))}), {cpu}{memory}",
        "software": f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"Dovecot {dovecot.split()[0]}, {isync}",
    }


def _version(argv: list[str]) -> str:
    try:
        found = subprocess.run(argv, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        found = ""
    return found or "?"


def markdown(
    results: list[SizeResult], total_seconds: float, repeat: int, level: str = "##"
) -> str:
    """The run's description and tables; `level` is the Markdown heading level of sections."""
    info = machine()
    body = [row for r in results for row in rows(r)]
    return "\n".join(
        [
            f"Run of `benchmarks/mail_sync.py` on {datetime.now().astimezone():%Y-%m-%d %H:%M %Z}, "
            f"{total_seconds / 60:.0f} min in all.",
            "",
            f"- Machine: {info['machine']}",
            f"- Software: {info['software']}",
            f"- Code: {info['code']}",
            "- Mail: a local Dovecot on 127.0.0.1, plaintext IMAP, Maildir; every figure after "
            "one unmeasured full fetch (warm page cache and Dovecot cache).",
            "- ProxyDesk seconds are `MailSync.run()` in a fresh process (connect, login, both "
            "folders, all writes); imaplib seconds are connect to logout; mbsync is its wall time.",
            f"- (a) and (b): the best of {repeat} runs each, in alternating order (every run is "
            "listed below); a fresh case file for every ProxyDesk run.",
            f"- (c) is the median of {RESYNC_RUNS} runs, each in a fresh process, and of the "
            "second `run()` in those processes; peak memory is each process's own peak "
            "RSS (VmHWM; mbsync's through GNU time), ProxyDesk's with the peak of the "
            "header process a big import starts added to it.",
            "- The machine is shared: the 1-minute load average before and after each size is in "
            "the last table; a load near the core count means the figures are noisy.",
            "",
            f"{level} Results",
            "",
            markdown_table(HEADER, body),
            "",
            *(f"**Warning ({r.size:,}):** {p}\n" for r in results for p in r.problems),
            f"{level} Peak memory (max RSS per process)",
            "",
            markdown_table(MEMORY_HEADER, [memory_row(r) for r in results]),
            "",
            f"{level} Mailboxes",
            "",
            markdown_table(MAILBOX_HEADER, [mailbox_row(r) for r in results]),
            "",
            f"{level} Every run",
            "",
            markdown_table(RUNS_HEADER, [row for r in results for row in runs_rows(r)]),
            "",
        ]
    )


def update_readme(section: str) -> None:
    """Replace the results block of benchmarks/README.md with the latest results."""
    if not README.exists():
        return
    text = README.read_text(encoding="utf-8")
    if README_BEGIN not in text or README_END not in text:
        return
    head, _, rest = text.partition(README_BEGIN)
    _, _, tail = rest.partition(README_END)
    README.write_text(f"{head}{README_BEGIN}\n{section}\n{README_END}{tail}", encoding="utf-8")
