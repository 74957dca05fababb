"""One writer per case file, whatever name it is opened by (hard links, symlinks)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from proxydesk.errors import FileInUse
from proxydesk.services import opening
from proxydesk.services.registry import Services


@pytest.fixture
def made(tmp_path: Path) -> Path:
    path = tmp_path / "family.proxydesk"
    opening.make_file(path, timezone="Europe/Berlin")
    return path


def other_names(made: Path) -> list[Path]:
    linked = made.with_name("linked.proxydesk")
    os.link(made, linked)
    symlink = made.with_name("symlink.proxydesk")
    symlink.symlink_to(made)
    return [linked, symlink]


def test_a_second_name_of_an_open_file_gets_no_second_writer(made: Path) -> None:
    names = other_names(made)
    with opening.open_file(made):
        for name in names:
            with pytest.raises(FileInUse, match="another ProxyDesk"):
                opening.open_file(name)
            # reading through the other name stays possible
            with opening.open_file(name, writable=False) as reader:
                assert reader.setting("timezone") == "Europe/Berlin"
    for name in names:  # let go, every name may write again
        opening.open_file(name).close()


def test_another_process_cannot_write_through_a_hard_link(made: Path) -> None:
    linked = other_names(made)[0]
    probe = textwrap.dedent(f"""
        from proxydesk.errors import FileInUse
        from proxydesk.services.opening import open_file
        try:
            open_file({str(linked)!r})
        except FileInUse as exc:
            print("IN USE:", exc)
        else:
            print("OPENED")
    """)
    with opening.open_file(made) as case_file:
        out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
        assert "IN USE:" in out.stdout, out.stderr
        # the writer here still writes, its SQLite locks untouched by the other's try
        Services.for_file(case_file).directory.add_relative("Gerda Voß")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert "OPENED" in out.stdout, out.stderr


def test_writes_through_two_names_in_turn_all_land(made: Path) -> None:
    linked = other_names(made)[0]
    for index in range(6):
        name = made if index % 2 else linked
        with opening.open_file(name) as case_file:
            Services.for_file(case_file).directory.add_relative(f"Relative {index}")
    with opening.open_for_command(made, writable=False) as opened:
        assert len(opened.services.directory.relatives()) == 6
