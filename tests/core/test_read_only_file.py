"""A file this user cannot write: every command reads it, none writes it, and says why in one line.

Run as ``nobody`` (``tests/support/nobody.py``): root, who runs the suite, ignores file modes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from proxydesk.services.opening import new_file
from proxydesk.services.registry import Services
from proxydesk.storage.access import can_write
from tests.support import nobody
from tests.support.nobody import State


@pytest.fixture(params=nobody.READ_ONLY)
def unwritable(request: pytest.FixtureRequest) -> Iterator[tuple[Path, State]]:
    """A file with one case that ``nobody`` cannot write, and how it was."""
    with nobody.shared_folder() as folder:
        file = folder / "family.proxydesk"
        with new_file(file, timezone="Europe/Berlin") as made:
            services = Services.for_file(made)
            services.directory.add_organization("Telco")
            services.cases.add_case("Move the line", "Telco")
        yield file, nobody.make_read_only(file, request.param)


def proxydesk(file: Path, *args: str) -> tuple[int, str, str]:
    done = nobody.python_as_nobody(
        ["-m", "proxydesk", "--file", str(file), *args], file.parent / "home"
    )
    return done.returncode, done.stdout, done.stderr


def test_commands_read_a_read_only_file_and_refuse_to_write_it_in_one_line(
    unwritable: tuple[Path, State],
) -> None:
    file, before = unwritable

    rc, out, err = proxydesk(file, "cases", "--json")
    assert (rc, err) == (0, "")
    assert [case["title"] for case in json.loads(out)] == ["Move the line"]

    rc, out, err = proxydesk(file, "note", "--case", "1", "--text", "a note")
    assert rc == 2 and out == ""
    assert err == (
        f"proxydesk: {file} cannot be written (the file or its folder is read-only); "
        "it can still be read; to change it, ask for write access to it and its folder\n"
    )
    assert nobody.as_it_is(file) == before  # nothing written, nothing made beside it


def test_a_file_and_its_folder_both_writable_can_be_written(tmp_path: Path) -> None:
    file = tmp_path / "family.proxydesk"
    assert can_write(file)  # not there yet: its folder decides
    file.write_bytes(b"")
    assert can_write(file)
