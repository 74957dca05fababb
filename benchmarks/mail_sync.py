"""Mail sync benchmark: ProxyDesk against bare imaplib and mbsync on a generated mailbox.

    /tmp/venv/bin/python benchmarks/mail_sync.py [--sizes 10000,50000] [--keep] [--quick]

For each size a seeded German mailbox is written straight into a Maildir on a private Dovecot
(tests.support.dovecot), indexed, and read once to warm the caches. Then, each in a fresh
process: (a) ProxyDesk's first sync of the relevant mail against imaplib's SEARCH + FETCH of
the same mail; (b) ProxyDesk's full import into a fresh case file against mbsync and
imaplib fetching the whole folder; (c) a resync with nothing new; (d) the peak RSS of each.
The table is printed, written to benchmarks/results/mail_sync.md and put into the README.
"""

from __future__ import annotations

import argparse
import contextlib
import imaplib
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from imapclient.imapclient import _normalise_search_criteria  # noqa: E402

from benchmarks.mail_corpus import CorpusStats, generate, load_stats  # noqa: E402
from benchmarks.mail_sync_report import (  # noqa: E402
    HEADER,
    MAILBOX_HEADER,
    MEMORY_HEADER,
    RESYNC_RUNS,
    RUNS_HEADER,
    Measured,
    Runs,
    SizeResult,
    mailbox_row,
    markdown,
    memory_row,
    plain_table,
    rows,
    runs_rows,
    update_readme,
)
from proxydesk.mail.filing import load_relevance  # noqa: E402
from tests.mail.conftest import CUSTOMER_NUMBER, ORDER, build_desk  # noqa: E402
from tests.support.dovecot import (  # noqa: E402
    NOBODY_GID,
    NOBODY_UID,
    DovecotServer,
    ImapUser,
)

SEED = 20240229
QUICK_SIZE = 2000
ACCOUNT = "home"
RESULTS = ROOT / "benchmarks" / "results"


# -- running measured processes --------------------------------------------------------------


def run_measured(
    argv: list[str], stdin: bytes, timeout: float, *, echo_errors: bool = True
) -> tuple[float, str, str]:
    """Run a process to its end: (wall seconds, stdout, stderr)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            argv,
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=out,
            stderr=None if echo_errors else err,
        )
        assert process.stdin is not None
        with contextlib.suppress(BrokenPipeError):
            process.stdin.write(stdin)
            process.stdin.close()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        text, errors = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if process.returncode != 0:
        raise RuntimeError(
            f"{' '.join(argv[:5])} exited with {process.returncode}\n{(text + errors)[-2000:]}"
        )
    return wall, text, errors


def run_step(step: str, settings: dict[str, Any], timeout: float) -> Measured:
    """A step of benchmarks.mail_sync_steps in a fresh interpreter; its own timing counts."""
    argv = [sys.executable, "-m", "benchmarks.mail_sync_steps", step]
    _, out, _ = run_measured(argv, json.dumps(settings).encode(), timeout)
    result = json.loads(out.strip().splitlines()[-1])
    return Measured(result["seconds"], result["peak_rss_kb"] / 1024, result)


def run_mbsync(server: DovecotServer, user: ImapUser, workdir: Path, timeout: float) -> Measured:
    """mbsync pulling INBOX into a fresh local Maildir, with isync's default settings."""
    target = workdir / "mbsync"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir()
    config = workdir / "mbsyncrc"
    config.touch(mode=0o600)
    config.write_text(
        f"IMAPAccount bench\nHost {server.host}\nPort {server.port}\nUser {user.name}\n"
        f"Pass {user.password}\nSSLType None\nAuthMechs LOGIN\n\n"
        "IMAPStore bench-far\nAccount bench\n\n"
        f"MaildirStore bench-near\nPath {target}/\nInbox {target}/INBOX\n\n"
        "Channel bench\nFar :bench-far:\nNear :bench-near:\nPatterns INBOX\nCreate Near\n"
        "Sync Pull\nSyncState *\n",
        encoding="utf-8",
    )
    # GNU time reports mbsync's own peak RSS: a child of this (larger) process would start
    # its ru_maxrss from ours
    peak = workdir / "mbsync-rss"
    timer = ["/usr/bin/time", "-f", "%M", "-o", str(peak)] if Path("/usr/bin/time").exists() else []
    wall, _, _ = run_measured(
        [*timer, "mbsync", "-c", str(config), "-q", "bench"], b"", timeout, echo_errors=False
    )  # it warns about the plaintext password
    rss_mb = int(peak.read_text().split()[-1]) / 1024 if timer else float("nan")
    inbox = target / "INBOX"
    count = sum(1 for sub in ("cur", "new") for _ in (inbox / sub).iterdir())
    return Measured(wall, rss_mb, {"messages": count})


# -- one mailbox size ------------------------------------------------------------------------


def prepare_mailbox(
    server: DovecotServer, size: int, data_dir: Path
) -> tuple[ImapUser, CorpusStats, bool]:
    """The generated Maildir (reused when one with the same size and seed is kept)."""
    maildir = data_dir / str(size) / "Maildir"
    stats = load_stats(maildir, size, SEED)
    reused = stats is not None
    if stats is None:
        shutil.rmtree(maildir.parent, ignore_errors=True)
        maildir.parent.mkdir(parents=True)
        maildir.parent.chmod(0o755)
        owner = (NOBODY_UID, NOBODY_GID) if os.geteuid() == 0 else None
        print(f"  generating {size:,} messages in {maildir} ...", flush=True)
        stats = generate(
            maildir,
            size,
            seed=SEED,
            customer_number=CUSTOMER_NUMBER,
            order=ORDER,
            owner=owner,
            progress=_every_tenth(size),
        )
    user = server.add_user(f"bench{size}", secrets.token_hex(12))
    home = server.mail_root / user.name
    home.mkdir(mode=0o700)
    if os.geteuid() == 0:
        os.chown(home, NOBODY_UID, NOBODY_GID)
    (home / "Maildir").symlink_to(maildir, target_is_directory=True)
    return user, stats, reused


def _every_tenth(size: int) -> Callable[[int], None]:
    def show(done: int) -> None:
        if done % max(1000, size // 10) == 0:
            print(f"    {done:,}", flush=True)

    return show


def index_mailbox(server: DovecotServer, user: ImapUser) -> int:
    """SELECT makes Dovecot scan the Maildir, give out UIDs and build its index."""
    imap = imaplib.IMAP4(server.host, server.port, timeout=3600)
    try:
        imap.login(user.name, user.password)
        typ, data = imap.select("INBOX", readonly=True)
        if typ != "OK":
            raise RuntimeError(f"SELECT INBOX failed: {data!r}")
        return int(data[0] or 0)
    finally:
        imap.logout()


def search_command(criteria: list[Any]) -> str:
    """The arguments of ProxyDesk's UID SEARCH, byte for byte as IMAPClient writes them."""
    arguments = _normalise_search_criteria(["UID", "1:*", *criteria], "UTF-8")
    if not all(isinstance(a, bytes) for a in arguments):
        raise RuntimeError("the criteria need an IMAP literal, which imaplib cannot send here")
    return "CHARSET UTF-8 " + b" ".join(arguments).decode()


def new_case_file(path: Path, server: DovecotServer, user: ImapUser) -> str:
    """A case file with Telvia AG and a mail account for the user; returns the SEARCH key."""
    desk = build_desk(path)
    try:
        desk.add_account(user, server.host, server.port)
        with desk.case_file.reading() as session:
            criteria = load_relevance(session).imap_criteria()
    finally:
        desk.case_file.close()
    return search_command(criteria)


def bench_size(
    server: DovecotServer, size: int, data_dir: Path, workdir: Path, args: argparse.Namespace
) -> SizeResult:
    print(f"\n== {size:,} messages", flush=True)
    load_before = os.getloadavg()[0]
    user, corpus, reused = prepare_mailbox(server, size, data_dir)
    print(
        f"  mailbox: {corpus.count:,} messages, {corpus.megabytes:.0f} MB"
        f" ({'reused' if reused else f'generated in {corpus.seconds:.1f} s'})",
        flush=True,
    )
    started = time.perf_counter()
    selected = index_mailbox(server, user)
    index_seconds = time.perf_counter() - started
    if selected != size:
        raise RuntimeError(f"Dovecot sees {selected} messages, expected {size}")
    print(f"  Dovecot indexed the Maildir in {index_seconds:.1f} s", flush=True)

    criteria = new_case_file(workdir / "criteria.proxydesk", server, user)
    server_settings = {
        "host": server.host,
        "port": server.port,
        "user": user.name,
        "password": user.password,
    }
    bare = {**server_settings, "criteria": criteria}
    timeout = args.timeout

    def ours(path: Path, import_all: bool, profile: str = "", runs: int = 1) -> Measured:
        settings = {
            **server_settings,
            "case_file": str(path),
            "account": ACCOUNT,
            "import_all": import_all,
            "profile": profile,
            "runs": runs,
        }
        return run_step("desk-sync", settings, timeout)

    def fresh(kind: str) -> Path:
        path = workdir / f"{kind}-{size}-{secrets.token_hex(4)}.proxydesk"
        new_case_file(path, server, user)
        return path

    started = time.perf_counter()
    run_step("bare-all", bare, timeout)  # page cache and Dovecot's cache, for everybody
    run_step("bare-relevant", bare, timeout)
    warmup_seconds = time.perf_counter() - started
    print(f"  warm-up (one full fetch and one search) took {warmup_seconds:.1f} s", flush=True)

    # each comparison args.repeat times, the order swapped each time so that a change in the
    # machine's load does not always fall on the same side
    print("  (a) relevant mail: imaplib SEARCH + FETCH and ProxyDesk", flush=True)
    bare_relevant, relevant = Runs(), Runs()
    relevant_file = Path()
    for n in range(args.repeat):
        for who in ("bare", "ours") if n % 2 == 0 else ("ours", "bare"):
            if who == "bare":
                bare_relevant.runs.append(run_step("bare-relevant", bare, timeout))
            else:
                relevant_file = fresh("relevant")
                relevant.runs.append(ours(relevant_file, False))
        print(
            f"      imaplib {bare_relevant.runs[-1].seconds:.2f} s, ProxyDesk "
            f"{relevant.runs[-1].seconds:.2f} s for {relevant.runs[-1].data['messages']} messages",
            flush=True,
        )
    resync_relevant = Runs([ours(relevant_file, False, runs=2) for _ in range(RESYNC_RUNS)])

    print("  (b) whole folder: imaplib FETCH 1:*, mbsync and ProxyDesk", flush=True)
    bare_all, mbsync, full = Runs(), Runs(), Runs()
    full_file = Path()
    mbsync_mb = 0.0
    for n in range(args.repeat):
        for who in ("bare", "mbsync", "ours") if n % 2 == 0 else ("ours", "mbsync", "bare"):
            if who == "bare":
                bare_all.runs.append(run_step("bare-all", bare, timeout))
            elif who == "mbsync":
                mbsync.runs.append(run_mbsync(server, user, workdir, timeout))
                mbsync_mb = _tree_mb(workdir / "mbsync")
                shutil.rmtree(workdir / "mbsync", ignore_errors=True)
            else:
                if n > 0:  # only the latest full import is kept for the resync
                    _remove_case_file(full_file)
                full_file = fresh("full")
                profile = str(workdir / f"full-{size}.prof") if args.profile and n == 0 else ""
                full.runs.append(ours(full_file, True, profile))
                if profile:
                    shutil.copy(profile, RESULTS / f"mail_sync_full_{size}.prof")
        print(
            f"      imaplib {bare_all.runs[-1].seconds:.2f} s, mbsync "
            f"{mbsync.runs[-1].seconds:.2f} s, ProxyDesk {full.runs[-1].seconds:.2f} s",
            flush=True,
        )
    resync_full = Runs([ours(full_file, True, runs=2) for _ in range(RESYNC_RUNS)])
    case_file_mb = _tree_mb(full_file) + sum(
        _tree_mb(p) for p in full_file.parent.glob(full_file.name + "-*")
    )
    result = SizeResult(
        size,
        corpus,
        reused,
        index_seconds,
        warmup_seconds,
        bare_relevant,
        relevant,
        resync_relevant,
        bare_all,
        mbsync,
        full,
        resync_full,
        case_file_mb,
        mbsync_mb,
        (load_before, os.getloadavg()[0]),
    )
    for path in workdir.glob("*.proxydesk*"):
        path.unlink()
    result.problems = _check_counts(result)
    return result


def _check_counts(r: SizeResult) -> list[str]:
    """The peers must have moved the same mail, or the comparison means nothing."""
    problems = []
    wanted = r.bare_relevant.runs[0].data["messages"]
    for name, runs, count in (
        ("relevant: imaplib", r.bare_relevant, wanted),
        ("relevant: ProxyDesk", r.relevant, wanted),
        ("full: imaplib", r.bare_all, r.size),
        ("full: mbsync", r.mbsync, r.size),
        ("full: ProxyDesk", r.full, r.size),
    ):
        got = {m.data["messages"] for m in runs.runs}
        if got != {count}:
            problems.append(f"{name} got {sorted(got)} messages, expected {count}")
    quarantined = sum(f["quarantined"] for m in r.full.runs for f in m.data["folders"])
    if quarantined:
        problems.append(f"ProxyDesk quarantined {quarantined} messages")
    for problem in problems:
        print(f"  WARNING {problem}", flush=True)
    return problems


def _remove_case_file(path: Path) -> None:
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()


def _tree_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


# -- command line ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        default="10000,50000",
        help="mailbox sizes, comma-separated (default 10000,50000)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"one small mailbox ({QUICK_SIZE:,} messages) for a smoke run",
    )
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the generated mailboxes in --data-dir for the next run",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=Path("/tmp/proxydesk-mailbench"),
        help="where mailboxes are generated (and kept with --keep)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=2,
        help="runs of each comparison in (a) and (b); the best counts (default 2)",
    )
    parser.add_argument(
        "--timeout", type=float, default=7200.0, help="seconds any one measured process may take"
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="run ProxyDesk's full import under cProfile (slower); the .prof "
        "file goes to benchmarks/results/",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=None,
        help="Markdown file for the results (default results/mail_sync.md, "
        "results/mail_sync_quick.md with --quick)",
    )
    args = parser.parse_args(argv)
    sizes = [QUICK_SIZE] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    if shutil.which("mbsync") is None:
        print("mbsync is missing: apt-get install isync", file=sys.stderr)
        return 2
    RESULTS.mkdir(parents=True, exist_ok=True)
    args.data_dir.mkdir(parents=True, exist_ok=True)
    args.data_dir.chmod(0o755)
    started = time.perf_counter()
    results: list[SizeResult] = []
    workdir = Path(tempfile.mkdtemp(prefix="proxydesk-mailbench-work-"))
    try:
        with DovecotServer() as server:
            for size in sizes:
                results.append(bench_size(server, size, args.data_dir, workdir, args))
                print("\n" + plain_table(HEADER, rows(results[-1])), flush=True)
                # written after each size, so a run cut short keeps what it measured
                write_results(args, results, time.perf_counter() - started, final=False)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
        if not args.keep:
            for size in sizes:
                shutil.rmtree(args.data_dir / str(size), ignore_errors=True)
    total = time.perf_counter() - started
    print(f"\nAll sizes, {total / 60:.1f} min:\n")
    print(plain_table(HEADER, [row for r in results for row in rows(r)]))
    print("\nPeak memory (max RSS):\n")
    print(plain_table(MEMORY_HEADER, [memory_row(r) for r in results]))
    print()
    print(plain_table(MAILBOX_HEADER, [mailbox_row(r) for r in results]))
    print()
    print(plain_table(RUNS_HEADER, [row for r in results for row in runs_rows(r)]))
    output = write_results(args, results, total, final=True)
    print(f"\nwrote {output.relative_to(ROOT) if output.is_relative_to(ROOT) else output}")
    return 0


def write_results(
    args: argparse.Namespace, results: list[SizeResult], total: float, *, final: bool
) -> Path:
    """The Markdown results file; the README's block only once every size is done."""
    output: Path = args.output or RESULTS / ("mail_sync_quick.md" if args.quick else "mail_sync.md")
    title = "# Mail sync benchmark" + (" (quick run)" if args.quick else "")
    if not final:
        title += " (partial: the run is still going or was cut short)"
    output.write_text(f"{title}\n\n{markdown(results, total, args.repeat)}", encoding="utf-8")
    if final and not args.quick and args.output is None:
        update_readme(markdown(results, total, args.repeat, level="###"))
    return output


if __name__ == "__main__":
    sys.exit(main())
