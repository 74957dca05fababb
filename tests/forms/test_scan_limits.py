"""A scan is a plain file of at most 50 MB: a device, a pipe or a huge file is refused at once."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from proxydesk.cli.main import main
from proxydesk.services.scan_files import MAX_SCAN_BYTES


def huge(tmp_path: Path) -> Path:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as out:
        out.truncate(MAX_SCAN_BYTES + 1)  # sparse: no disk is spent on it
    return path


def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "scan-pipe"
    os.mkfifo(path)  # nobody writes: reading it would wait forever
    return path


@pytest.mark.parametrize(
    ("scan", "said"),
    [
        (lambda tmp: Path("/dev/zero"), "not a plain file"),
        (fifo, "not a plain file"),
        (lambda tmp: tmp, "not a plain file"),
        (huge, "a scan may be at most 50 MB"),
    ],
    ids=["/dev/zero", "a FIFO", "a folder", "51 MB"],
)
def test_a_scan_that_is_no_plain_file_or_too_big_is_refused_at_once(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], scan: object, said: str
) -> None:
    path = scan(tmp_path)  # type: ignore[operator]
    before = demo_copy.read_bytes()
    started = time.monotonic()
    code = main(["--file", str(demo_copy), "poa", "attach", "--relative", "Gerda", str(path)])
    err = capsys.readouterr().err
    assert code == 2 and len(err.splitlines()) == 1 and said in err, err
    assert time.monotonic() - started < 10
    assert demo_copy.read_bytes() == before
