"""The core (everything outside proxydesk.ui) imports and works with PySide6 absent."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

BLOCK_QT = textwrap.dedent("""
    import importlib.abc, sys

    class NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == "PySide6" or name.startswith("PySide6."):
                raise ImportError(f"{name} is blocked for this test")
            return None

    sys.meta_path.insert(0, NoQt())
""")


def run_without_qt(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BLOCK_QT + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin"},
    )


def test_every_core_module_imports_without_pyside6(tmp_path: Path) -> None:
    result = run_without_qt(
        """
        import importlib, pkgutil
        import proxydesk
        names = [m.name for m in pkgutil.walk_packages(proxydesk.__path__, "proxydesk.")
                 if not m.name.startswith("proxydesk.ui") and m.name != "proxydesk.__main__"
                 and ".migrations.versions." not in m.name and not m.name.endswith(".env")]
        for name in names:
            importlib.import_module(name)
        assert "PySide6" not in sys.modules
        print(len(names), "modules")
    """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.split()[0]) > 20


def test_cli_works_without_pyside6_and_the_app_says_what_is_missing(tmp_path: Path) -> None:
    result = run_without_qt(
        """
        from proxydesk.launcher import main
        assert main(["--file", "demo.proxydesk", "init", "--demo"]) == 0
        assert main(["--file", "demo.proxydesk", "timeline", "1", "--json"]) == 0
        assert main(["--file", "demo.proxydesk"]) == 2
    """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert '"kind": "call"' in result.stdout
    assert "needs PySide6" in result.stderr
