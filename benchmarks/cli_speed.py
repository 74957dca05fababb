"""How fast the command line answers, against a Python that does nothing.

Makes a demo file (``proxydesk init --demo``) in a temporary folder, then runs each command
and ``python -c pass`` in turn, alternated, ``--runs`` rounds (default 5), and compares the
medians of their wall times: ``proxydesk --help`` at most 3x a bare Python, the listings a cron
job or a script runs (``cases --json``, ``promises --json``, ``remind --due``) at most 5x.
Prints the table and writes it to ``benchmarks/results/cli.md`` (``--output`` elsewhere).

Run it as ``python benchmarks/cli_speed.py [--runs N] [--output FILE]`` with the venv in which
ProxyDesk is installed (its ``proxydesk`` script sits beside that Python).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "cli.md"

#: the commands and their targets, as ratios of the bare Python's median
COMMANDS: tuple[tuple[tuple[str, ...], float], ...] = (
    (("--help",), 3.0),
    (("cases", "--json"), 5.0),
    (("promises", "--json"), 5.0),
    (("remind", "--due"), 5.0),
)


def wall(argv: list[str], env: dict[str, str]) -> float:
    """One run's wall time; its exit status is not judged (``remind --due`` says 1 or 0)."""
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(runs: int, folder: Path) -> list[tuple[str, float, float, float]]:
    python = Path(sys.executable)
    proxydesk = python.with_name("proxydesk")
    if not proxydesk.exists():
        raise SystemExit(f"no proxydesk script beside {python}: install ProxyDesk in this venv")
    env = dict(os.environ, PROXYDESK_FILE=str(folder / "demo.proxydesk"), LANG="C.UTF-8")
    subprocess.run([str(proxydesk), "init", "--demo", "--language", "en"], env=env, check=True)
    bare = [str(python), "-c", "pass"]
    commands = [[str(proxydesk), *args] for args, _ in COMMANDS]
    for command in commands:
        wall(command, env)  # once to warm the disk cache, not counted
    ours: list[list[float]] = [[] for _ in COMMANDS]
    theirs: list[list[float]] = [[] for _ in COMMANDS]
    # round by round, each command right beside a bare Python: a burst of load on the shared
    # machine falls on both sides of a pair, and on every command alike
    for _ in range(runs):
        for n, command in enumerate(commands):
            ours[n].append(wall(command, env))
            theirs[n].append(wall(bare, env))
    rows = [
        (
            "proxydesk " + " ".join(args),
            statistics.median(ours[n]),
            statistics.median(theirs[n]),
            target,
        )
        for n, (args, target) in enumerate(COMMANDS)
    ]
    return rows


def report(rows: list[tuple[str, float, float, float]], runs: int, took: float) -> str:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        "# Command-line speed",
        "",
        f"Run of `benchmarks/cli_speed.py` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f"{took:.0f} s in all; Python {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"load average {load:.1f} after. Wall time, median of {runs} runs, each command "
        "alternated with `python -c pass`, on the demo file (`proxydesk init --demo`).",
        "",
        "Before the commands loaded lazily and the listings read with plain sqlite3 (issue 11), "
        "`proxydesk --help` took 1.13 s and `cases --json` 1.30 s against 0.047 s.",
        "",
        "| command | ProxyDesk | python -c pass | ratio | target | met |",
        "|---|---|---|---|---|---|",
    ]
    for name, ours, bare, target in rows:
        ratio = ours / bare
        met = "met" if ratio <= target else "NOT MET"
        lines.append(
            f"| `{name}` | {ours * 1000:.0f} ms | {bare * 1000:.0f} ms | {ratio:.2f}x "
            f"| <= {target:g}x | {met} |"
        )
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each command (median)")
    parser.add_argument("--output", type=Path, default=RESULTS, help="where the table goes")
    args = parser.parse_args()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="proxydesk-cli-speed-") as folder:
        rows = measure(args.runs, Path(folder))
    text = report(rows, args.runs, time.perf_counter() - start)
    print(text)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    return 0 if all(ours / bare <= target for _, ours, bare, target in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
