"""ProxyDesk at scale, each measurement beside its bare peer.

    python benchmarks/scale.py                # 100,000 events, 50,000 of them mails
    python benchmarks/scale.py --quick        # 10,000 / 5,000, a smoke run

The case file is generated once by ``scale_data.py`` (kept in ``--data-dir``) and reused.
Qt runs on the offscreen platform for the app and its peers alike (``--platform`` to change).

1. **Opening a case**: the main window on the file, the big case chosen in the tree, until its
   timeline has painted its first screen; against the same first page of rows (events with
   their contact, the page size the timeline loads) read straight from sqlite3. Medians of
   ``--runs``. Two rows split it (``scale_split.py``): the data path (what the window reads,
   no widget) against the same bare statements, and the timeline's paint against a plain
   QTableView painting the same texts. Then the timeline is scrolled page by page and the
   SQL statements counted
   (``tests/ui/queries.py``): per ``fetchMore`` and per painted row (which must be none).
2. **Full-text search** over the file's mails: ``TimelineService.search`` (what the search
   panel calls) against the raw FTS5 query through sqlite3 (the same MATCH, ranked, the same
   limit, with the found events' columns). Medians of ``--runs`` for each query.
3. **Start-up**: a fresh ``python benchmarks/scale_startup.py FILE`` (the ``proxydesk``
   command's own path) until the main window's timeline first painted rows, against a fresh
   ``python -c`` that imports PySide6 and shows a QMainWindow until its first paint. Process
   start to first paint, alternating, median of ``--startup-runs``. The same runs also say when
   every feature was ready (the services attached after the first paint).

Prints a table with each pair, the ratio and whether the target is met, and writes
``benchmarks/results/scale.md`` (``--quick``: ``scale_quick.md``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


from benchmarks.scale_data import ScaleStats, scale_file  # noqa: E402
from benchmarks.scale_split import bare_table, data_path, leanest_window  # noqa: E402
from benchmarks.scale_startup import BARE  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
CASE_RATIO = 2.0
SEARCH_RATIO = 2.0
STARTUP_RATIO = 2.5
SEARCH_QUERIES = ("Techniker", "Nebenkostenabrechnung Fehler", "Vollm")
SCROLL_PAGES = 10
#: the columns of the first page the bare peer reads: what a timeline row is made of
BARE_PAGE = (
    "SELECT e.id, e.case_id, e.kind, e.occurred_at, e.ended_at, e.channel, e.direction,"
    " c.name, e.summary, e.body, e.number_dialed, e.hold_seconds, e.transfers, e.outcome"
    " FROM events e LEFT JOIN contacts c ON c.id = e.contact_id"
    " WHERE e.case_id = ? ORDER BY e.occurred_at, e.id LIMIT ?"
)
BARE_SEARCH = (
    "SELECT e.id, e.case_id, e.kind, e.occurred_at, e.summary, e.body FROM events e JOIN"
    " (SELECT rowid, rank FROM events_fts WHERE events_fts MATCH ? ORDER BY rank LIMIT ?) m"
    " ON e.id = m.rowid ORDER BY m.rank"
)


@dataclass
class Pair:
    """One measurement of ProxyDesk beside its bare peer: medians of CPU and of wall time.

    The target is judged on CPU time (the process's own, or for start-up the child
    process's): on a machine shared with other work the wall clock also counts the time the
    process waited for a core. The wall-clock ratio is shown beside it.
    """

    what: str
    ours: float
    bare: float
    #: None: a reference row, shown for what it tells, not judged
    target: float | None
    ours_wall: float = 0.0
    bare_wall: float = 0.0
    ours_runs: list[float] = field(default_factory=list)
    bare_runs: list[float] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return self.ours / self.bare if self.bare else float("inf")

    @property
    def wall_ratio(self) -> float:
        return self.ours_wall / self.bare_wall if self.bare_wall else float("inf")

    @property
    def met(self) -> bool:
        return self.target is None or self.ratio <= self.target

    @property
    def verdict(self) -> tuple[str, str]:
        """The target and whether it is met, as the table shows them."""
        if self.target is None:
            return "(reference)", "-"
        return f"<= {self.target:g}x", "met" if self.met else "NOT MET"


@dataclass
class Results:
    stats: ScaleStats
    path: Path
    pairs: list[Pair] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    statements: dict[str, Any] = field(default_factory=dict)
    load: list[float] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class Timed:
    """Medians of repeated runs: CPU seconds of this thread and wall-clock seconds."""

    cpu: float
    wall: float
    runs: list[float]


def timed(
    runs: int, work: Callable[[], object], before: Callable[[], object] = lambda: None
) -> Timed:
    """Run ``work`` once to warm up, then ``runs`` times; ``before`` each run, untimed."""
    before()
    work()
    cpu: list[float] = []
    wall: list[float] = []
    for _ in range(runs):
        before()
        started_cpu, started = time.thread_time(), time.perf_counter()
        work()
        cpu.append(time.thread_time() - started_cpu)
        wall.append(time.perf_counter() - started)
    return Timed(statistics.median(cpu), statistics.median(wall), cpu)


def pair(what: str, ours: Timed, bare: Timed, target: float | None) -> Pair:
    return Pair(what, ours.cpu, bare.cpu, target, ours.wall, bare.wall, ours.runs, bare.runs)


# -- 1. opening a case and scrolling ------------------------------------------------------


def measure_case(results: Results, runs: int) -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from proxydesk.services.registry import Services
    from proxydesk.storage.database import open_case_file
    from proxydesk.ui.app import application, create_main_window
    from tests.ui.queries import statements

    stats = results.stats
    app = application()
    case_file = open_case_file(results.path, writable=False)
    services = Services.for_file(case_file)
    timeline = services.timeline
    window = create_main_window(services)
    window.show()
    app.processEvents()
    model = window.timeline_model
    viewport = window.timeline.viewport()

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and model.rowCount():
                self.count += 1
            return False

    paints = Paints()
    viewport.installEventFilter(paints)

    def open_small() -> None:
        window.select_case(stats.small_case_id)
        QApplication.processEvents()

    def open_big() -> None:
        before = paints.count
        window.select_case(stats.big_case_id)
        QApplication.processEvents()
        if paints.count == before:
            viewport.repaint()
        assert paints.count > before and window.current_case_id == stats.big_case_id

    # from the small case (untimed) to the big one, its first screen painted
    ours = timed(runs, open_big, before=open_small)
    page_size = model.rowCount()

    # the peer: the statements that read this page, straight through sqlite3
    reader = window.reader
    with statements(reader.connection) as sent:
        reader.timeline.entries(stats.big_case_id, limit=page_size + 1)
    bare_db = sqlite3.connect(f"{results.path.resolve().as_uri()}?mode=ro", uri=True)
    found: list[int] = []

    def bare_page() -> None:
        found[:] = [len(bare_db.execute(sql).fetchall()) for sql in sent]

    def plain_page() -> None:
        rows = bare_db.execute(BARE_PAGE, (stats.big_case_id, page_size)).fetchall()
        assert len(rows) == page_size

    bare = timed(runs, bare_page)
    plain = timed(runs, plain_page)
    lean_view, lean_open = leanest_window(window, bare_db, BARE_PAGE, stats.big_case_id, page_size)
    lean = timed(runs, lean_open)
    lean_view.close()
    service = timed(runs, lambda: timeline.entries(stats.big_case_id, limit=page_size + 1))
    data = timed(runs, data_path(reader, stats.big_case_id))
    bare_db.close()
    # the big case is open: its first screen painted again, against a plain table's
    paint = timed(runs, viewport.repaint)
    peer_view, peer_repaint = bare_table(window)
    peer_paint = timed(runs, peer_repaint)
    peer_view.close()
    first_page = f"the {len(sent)} statements of its first page ({page_size} rows) in sqlite3"
    results.pairs += [
        pair(
            f"open a case of {stats.events:,} events: header and timeline, first screen painted"
            f" / {first_page}",
            ours,
            bare,
            CASE_RATIO,
        ),
        pair(
            "- of that, the data path: the header's detail and the timeline model's first"
            f" page, no widget / {first_page}",
            data,
            bare,
            CASE_RATIO,
        ),
        pair(
            "- the whole open again / the leanest window that opens the same page (its"
            " plainest SQL, the rows' texts in a QStandardItemModel, a plain QTableView of"
            " the timeline's size painted)",
            ours,
            lean,
            None,
        ),
        pair(
            "- of that, the timeline's first screen painted (the model's data() for each"
            " visible cell) / the same texts from a QStandardItemModel in a plain QTableView"
            " of the same size",
            paint,
            peer_paint,
            None,
        ),
    ]
    rest = ours.cpu - data.cpu - paint.cpu
    results.notes.append(
        f"Opening the case: {_ms(ours.cpu)} CPU in all, of which the data path"
        f" {_ms(data.cpu)} and the timeline's paint {_ms(paint.cpu)}; the remaining"
        f" {_ms(max(rest, 0.0))} is the window's own work for the new case: its widgets'"
        " Python (the header's rows made anew, the filter bar refilled) and Qt laying out the"
        " window (the table's columns fitted to the rows on screen) and painting the header."
    )
    results.notes.append(
        f"The first page's statements: {len(sent)} ({', '.join(map(str, found))} rows). The"
        f" plainest query for those rows (events with their contact, {page_size} rows:"
        f" `{BARE_PAGE}`) takes {plain.cpu * 1000:.2f} ms CPU ({plain.wall * 1000:.2f} ms"
        " wall) in sqlite3. The page alone through `TimelineService.entries` (no window):"
        f" {service.cpu * 1000:.2f} ms CPU ({service.wall * 1000:.2f} ms wall)."
    )

    # what the opening and the scrolling cost in SQL statements
    window.select_case(stats.small_case_id)
    QApplication.processEvents()
    with statements(reader.connection) as opening:
        window.select_case(stats.big_case_id)
        QApplication.processEvents()
    fetches: list[int] = []
    model.rowsInserted.connect(lambda *_: fetches.append(1))
    bar = window.timeline.verticalScrollBar()
    row_height = window.timeline.verticalHeader().defaultSectionSize()
    visible = max(viewport.height() // row_height, 1)
    fetched_sql: list[str] = []
    painted_sql: list[str] = []
    painted_rows = 0
    for _ in range(SCROLL_PAGES):
        with statements(reader.connection) as seen:
            bar.setValue(bar.maximum())
            QApplication.processEvents()
        fetched_sql += seen
        # a screenful at a time through the rows just loaded, each screen painted
        for value in range(bar.value(), bar.maximum() + 1, visible):
            with statements(reader.connection) as seen:
                bar.setValue(value)
                viewport.repaint()
            painted_sql += seen
            painted_rows += visible
    with statements(reader.connection) as data_sql:
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                model.data(model.index(row, column))
    results.statements = {
        "opening": len(opening),
        "fetches": len(fetches),
        "per_fetch": len(fetched_sql) / max(len(fetches), 1),
        "rows_loaded": model.rowCount(),
        "painted_rows": painted_rows,
        "per_painted_row": len(painted_sql) / max(painted_rows, 1),
        "in_data": len(data_sql),
    }
    window.close()
    case_file.close()


# -- 2. full-text search -----------------------------------------------------------------


def measure_search(results: Results, runs: int) -> None:
    from proxydesk.reading.engine import fts_match
    from proxydesk.reading.timeline_filter import TimelineFilter
    from proxydesk.services.registry import Services
    from proxydesk.storage.database import open_case_file

    limit = 200
    with open_case_file(results.path, writable=False) as case_file:
        timeline = Services.for_file(case_file).timeline
        bare_db = sqlite3.connect(f"{results.path.resolve().as_uri()}?mode=ro", uri=True)
        for query in SEARCH_QUERIES:
            match = fts_match(TimelineFilter(text=query).words)
            found: list[int] = []

            def ours_search(query: str = query, found: list[int] = found) -> None:
                found[:] = [e.id for e in timeline.search(query, limit=limit)]

            def bare_search(match: str = match, found: list[int] = found) -> None:
                rows = bare_db.execute(BARE_SEARCH, (match, limit)).fetchall()
                assert [r[0] for r in rows] == found, "the peers found different mail"

            ours = timed(runs, ours_search)
            bare = timed(runs, bare_search)
            count = bare_db.execute(
                "SELECT count(*) FROM events_fts WHERE events_fts MATCH ?", (match,)
            ).fetchone()[0]
            results.pairs.append(
                pair(
                    f"search {stats_mails(results)} mails for '{query}' ({count:,} hits,"
                    f" best {len(found)}) / the raw FTS5 query",
                    ours,
                    bare,
                    SEARCH_RATIO,
                )
            )
        bare_db.close()


def stats_mails(results: Results) -> str:
    return f"{results.stats.mails:,}"


# -- 3. start-up -------------------------------------------------------------------------


def _started(argv: list[str], env: dict[str, str]) -> tuple[float, dict[str, Any]]:
    """Wall seconds from starting the process to the first paint it reports, and its report."""
    started = time.time()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{argv[1]} failed ({done.returncode}): {done.stderr[-2000:]}")
    report: dict[str, Any] = json.loads(lines[-1])
    return report["at"] - started, report


def measure_startup(results: Results, runs: int, env: dict[str, str]) -> None:
    app_argv = [sys.executable, str(ROOT / "benchmarks" / "scale_startup.py"), str(results.path)]
    bare_argv = [sys.executable, "-c", BARE]
    _started(app_argv, env)  # warm the page cache (and write the .pyc files) for all
    _started(bare_argv, env)
    ours: list[tuple[float, float]] = []
    features: list[tuple[float, float]] = []
    bare: list[tuple[float, float]] = []
    report: dict[str, Any] = {}
    for _ in range(runs):
        started = time.time()
        seconds, report = _started(app_argv, env)
        ours.append((report["cpu"], seconds))
        features.append((report["attached_cpu"], report["attached_at"] - started))
        if report["sqlalchemy_loaded"]:
            raise RuntimeError("the first screen loaded SQLAlchemy")
        seconds, peer = _started(bare_argv, env)
        bare.append((peer["cpu"], seconds))
    if report["case_id"] != results.stats.big_case_id:
        print(f"  note: the app started on case {report['case_id']}, not the big case")

    def medians(runs: list[tuple[float, float]]) -> Timed:
        cpu = [c for c, _ in runs]
        return Timed(statistics.median(cpu), statistics.median(w for _, w in runs), cpu)

    results.pairs.append(
        pair(
            f"start-up to the main window with the first timeline page painted"
            f" ({report['rows']} rows of {results.stats.events:,}) / a bare PySide6 QMainWindow",
            medians(ours),
            medians(bare),
            STARTUP_RATIO,
        )
    )
    results.pairs.append(
        pair(
            "- then every menu and feature ready: SQLAlchemy loaded on a pool thread after the"
            " first paint, the services made and attached / the bare window",
            medians(features),
            medians(bare),
            None,
        )
    )
    results.notes.append(
        "Start-up, wall clock from process start to first paint: ProxyDesk "
        + ", ".join(_ms(w) for _, w in ours)
        + "; bare "
        + ", ".join(_ms(w) for _, w in bare)
        + ". The first screen (the tree, the case's header, its first timeline page, the"
        " filter bar) is read with sqlite3 alone; no run had SQLAlchemy loaded at its first"
        " paint. Until the features are attached the window shows and scrolls the file and"
        " switches cases; File holds Quit only."
    )


# -- the report --------------------------------------------------------------------------


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def table(results: Results) -> str:
    lines = [
        "| measurement / peer | ProxyDesk (CPU) | peer (CPU) | ratio | target | met |"
        " wall: ProxyDesk / peer (ratio) |",
        "|---|---|---|---|---|---|---|",
    ]
    for p in results.pairs:
        target, met = p.verdict
        lines.append(
            f"| {p.what} | {_ms(p.ours)} | {_ms(p.bare)} | {p.ratio:.2f}x |"
            f" {target} | {met} |"
            f" {_ms(p.ours_wall)} / {_ms(p.bare_wall)} ({p.wall_ratio:.2f}x) |"
        )
    s = results.statements
    if s:
        lines += [
            "",
            "| SQL statements | count |",
            "|---|---|",
            f"| opening the case (header, timeline's first page) | {s['opening']} |",
            f"| per fetchMore while scrolling ({s['fetches']} pages, {s['rows_loaded']:,} rows)"
            f" | {s['per_fetch']:.1f} |",
            f"| per painted row ({s['painted_rows']:,} rows painted) | {s['per_painted_row']:g} |",
            f"| in data() over every loaded row | {s['in_data']} |",
        ]
    return "\n".join(lines)


def markdown(results: Results, args: argparse.Namespace) -> str:
    stats = results.stats
    runs = "\n".join(
        f"- {p.what}: ProxyDesk {', '.join(_ms(t) for t in p.ours_runs)};"
        f" peer {', '.join(_ms(t) for t in p.bare_runs)}"
        for p in results.pairs
    )
    notes = "\n".join(f"- {n}" for n in results.notes)
    from PySide6 import __version__ as pyside

    return f"""# Scale benchmark

Run of `benchmarks/scale.py{" --quick" if args.quick else ""}` on
{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {results.seconds:.0f} s in all; Qt platform
`{args.platform}`; Python {platform.python_version()}, PySide6 {pyside}, SQLite
{sqlite3.sqlite_version}; {os.cpu_count()} CPUs, load average {results.load[0]:.1f} before and
{results.load[-1]:.1f} after (other work shared the machine).

The case file: {stats.events:,} events in one case, {stats.mails:,} of them mails (with their
stored messages), {stats.promises:,} promises ({stats.loose_promises:,} said outside any
event), {stats.attachments:,} attachments; {stats.megabytes:,.0f} MB, generated in
{stats.seconds:.0f} s by `scale_data.py`.

{table(results)}

Times are medians of CPU time (this thread's for 1 and 2, the child process's for 3), the
target judged on them; the wall clock is beside them. Every run's CPU time ({args.runs} runs
for 1 and 2, {args.startup_runs} fresh processes for 3):

{runs}

Notes:

{notes}

How the window reads: everything it shows (the tree, the case header, the timeline's pages)
comes through `proxydesk.reading` on the window's own sqlite3 connection; the services hand
their session's connection to the same readers. A page keeps its rows and makes an entry when
it is first shown, and the filter bar reads the case's people only when its box is used, so the
data path is the page's four statements and the header's few. The rest of opening a case is
Qt's: the header's rows laid out and painted, the tree's selection, the timeline's reset and
paint. The leanest window that opens the same page (its plainest SQL, a QStandardItemModel, a
plain QTableView painted) already costs several times the page's SQL, and painting a plain
table of the rows alone costs more than the SQL: no window that paints the page gets within 2x
of its bare SQL. What ProxyDesk reads to open the case (the data path) is within it; the whole
open is shown against that leanest window too. At start-up the first screen is read and painted
with sqlite3 alone; SQLAlchemy, the services and every feature come on a pool thread right
after the first paint (the row below the start-up row).
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 events, 5,000 mails")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--mails", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--startup-runs", type=int, default=7)
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/proxydesk-scalebench"))
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM for all runs")
    parser.add_argument("--only", choices=["case", "search", "startup"], action="append")
    parser.add_argument("--output", type=Path)
    args = parser.parse_args()
    if args.quick:
        args.events, args.mails = 10_000, 5_000
    os.environ["QT_QPA_PLATFORM"] = args.platform
    env = {**os.environ, "PROXYDESK_LOG": str(args.data_dir / "proxydesk.log")}
    # users' Pythons write .pyc files: a start-up measured without them compiles every module
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ.update(env)
    started = time.perf_counter()
    path, stats = scale_file(args.data_dir, args.events, args.mails)
    print(f"case file: {path} ({stats.megabytes:,.0f} MB)", flush=True)
    results = Results(stats, path, load=[os.getloadavg()[0]])
    steps = args.only or ["case", "search", "startup"]
    if "case" in steps:
        measure_case(results, args.runs)
    if "search" in steps:
        measure_search(results, args.runs)
    if "startup" in steps:
        measure_startup(results, args.startup_runs, env)
    results.load.append(os.getloadavg()[0])
    results.seconds = time.perf_counter() - started
    print(table(results))
    if args.only is None:
        output = args.output or RESULTS / ("scale_quick.md" if args.quick else "scale.md")
        output.write_text(markdown(results, args))
        print(f"written: {output.relative_to(ROOT) if output.is_relative_to(ROOT) else output}")
    return 0 if all(p.met for p in results.pairs) else 1


if __name__ == "__main__":
    sys.exit(main())
