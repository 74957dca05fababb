"""Making a case file is atomic, and a file is always named: no empty name, no half file."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from proxydesk.errors import FileProblem
from proxydesk.services import opening


def proxydesk(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "proxydesk", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_a_failing_fill_leaves_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "family.proxydesk"

    def broken(_made: object) -> None:
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        opening.make_file(path, fill=broken)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_never_replaced(tmp_path: Path) -> None:
    path = tmp_path / "family.proxydesk"
    path.write_text("my notes")
    with pytest.raises(FileProblem, match="exists already"):
        opening.make_file(path)
    assert path.read_text() == "my notes"
    assert list(tmp_path.iterdir()) == [path]


def test_an_empty_file_of_that_name_is_made_into_a_case_file(tmp_path: Path) -> None:
    path = tmp_path / "family.proxydesk"
    path.touch()
    with opening.new_file(path, timezone="Europe/Berlin") as case_file:
        assert case_file.setting("timezone") == "Europe/Berlin"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name, path.name + ".lock"]


def test_the_demo_is_whole_when_it_has_its_name(tmp_path: Path) -> None:
    with opening.open_demo(tmp_path, "en") as case_file:
        assert case_file.path == tmp_path / opening.DEMO_FILE_NAME
    assert not list(tmp_path.glob(".*.making*"))


def test_a_killed_init_demo_leaves_no_file_or_a_whole_one(tmp_path: Path) -> None:
    """SIGKILL at seeded random moments of ``init --demo`` (about 1 s each)."""
    chance = random.Random(13)
    for run in range(8):
        path = tmp_path / f"run{run}" / "family.proxydesk"
        path.parent.mkdir()
        started = proxydesk("--file", str(path), "init", "--demo")
        time.sleep(chance.uniform(0.05, 1.3))
        started.send_signal(signal.SIGKILL)
        started.communicate()
        # beside the name at most a hidden half-made file, never taken for a case file
        assert all(p == path or p.name.startswith(f".{path.name}.") for p in path.parent.iterdir())
        if not path.exists():
            continue  # nothing under the name: init makes it as if nothing had happened
        listed = proxydesk("--file", str(path), "cases", "--json")
        out, err = listed.communicate(timeout=60)
        assert listed.returncode == 0, err
        assert json.loads(out), "a whole demo file has its cases"
