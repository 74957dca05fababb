"""The versions of ProxyDesk and of the parts it runs on, for the About box and bug reports."""

from __future__ import annotations

import platform
from importlib import metadata

import PySide6
from PySide6.QtCore import qVersion

#: the distributions named in the About box, beside Python and Qt
DISTRIBUTIONS = ("proxydesk", "SQLAlchemy", "reportlab")
UNKNOWN = "?"


def distribution_version(name: str) -> str:
    """The installed version of a distribution; "?" when it is not installed as one."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return UNKNOWN


def versions() -> list[tuple[str, str]]:
    """(name, version) of ProxyDesk, Python, Qt, PySide6, SQLAlchemy and reportlab."""
    return [
        ("ProxyDesk", distribution_version("proxydesk")),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("SQLAlchemy", distribution_version("SQLAlchemy")),
        ("reportlab", distribution_version("reportlab")),
    ]


def versions_text(case_file: str) -> str:
    """The versions one per line, then the platform and the case file: ready to paste."""
    lines = [f"{name} {version}" for name, version in versions()]
    lines.append(f"{platform.system()} {platform.release()} ({platform.machine()})")
    lines.append(case_file)
    return "\n".join(lines)
