"""A case file is always named: an empty name never falls back to the user's real file."""

from __future__ import annotations

import pytest

from proxydesk.cli.main import main
from proxydesk.launcher import main as launcher_main


@pytest.mark.parametrize("given", [["--file", ""], ["--file", "  "]])
def test_an_empty_file_name_is_refused(
    given: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PROXYDESK_FILE", raising=False)
    for command in (["cases", "--json"], ["init"], ["relative", "add", "Gerda"]):
        assert main([*given, *command]) == 2
        out, err = capsys.readouterr()
        assert out == "" and err == "proxydesk: --file is empty; name the case file\n"


def test_an_empty_variable_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROXYDESK_FILE", "")
    assert main(["cases", "--json"]) == 2
    assert launcher_main([]) == 2  # the app is not started on the default file either
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "proxydesk: $PROXYDESK_FILE is empty; name the case file\n" * 2
