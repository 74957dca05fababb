"""``proxydesk backups``: the backups beside the case file; ``backups restore ID`` puts one back."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from proxydesk.cli.output import emit_json, table

if TYPE_CHECKING:
    from proxydesk.cli.main import Context

KINDS = {"daily": "daily", "before-restore": "before a restore"}


def register(commands: argparse._SubParsersAction) -> None:
    backups = commands.add_parser("backups", help="list the file's backups, or restore one")
    backups.add_argument("--json", action="store_true", help="print JSON only")
    backups.set_defaults(handler=list_all, writes=False)
    actions = backups.add_subparsers(dest="action", metavar="ACTION")
    restore = actions.add_parser(
        "restore", help="put a backup back (the file as it is now is kept as a backup first)"
    )
    restore.add_argument("id", metavar="ID", help="the backup, as `proxydesk backups` lists it")
    restore.set_defaults(handler=restore_one, writes=False)


def _kind(kind: str) -> str:
    return KINDS.get(kind, f"before upgrade ({kind})" if kind.startswith("rev") else kind)


def list_all(ctx: Context) -> int:
    from proxydesk.services.backups import list_backups

    found = list_backups(ctx.file.path)
    if ctx.args.json:
        emit_json(
            [
                {"id": b.id, "taken": b.taken.isoformat(), "kind": b.kind, "path": str(b.path)}
                for b in found
            ]
        )
        return 0
    if not found:
        print(f"no backups of {ctx.file.path} yet")
        return 0
    table(
        ["ID", "TAKEN (UTC)", "KIND", "SIZE"],
        [[b.id, f"{b.taken:%Y-%m-%d %H:%M}", _kind(b.kind), f"{b.size // 1024} KB"] for b in found],
    )
    return 0


def restore_one(ctx: Context) -> int:
    from proxydesk.services.backups import restore

    kept = restore(ctx.file.path, ctx.args.id)
    print(f"restored {ctx.file.path} from backup {ctx.args.id}; it was kept as backup {kept.id}")
    return 0
